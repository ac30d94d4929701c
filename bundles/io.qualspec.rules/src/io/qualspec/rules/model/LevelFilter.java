package io.qualspec.rules.model;

/** "at level 2", "at or above level 3", "at or below level 2". */
public record LevelFilter(int level, Comparison comparison) {

	public enum Comparison {
		AT, AT_OR_ABOVE, AT_OR_BELOW
	}

	public boolean accepts(RuleUnit unit) {
		if (unit.level() == null) {
			return false;
		}
		return switch (comparison) {
			case AT -> unit.level() == level;
			case AT_OR_ABOVE -> unit.level() >= level;
			case AT_OR_BELOW -> unit.level() <= level;
		};
	}

	public String text() {
		String levelText = level == 0 ? "Entry level" : "level " + level;
		return switch (comparison) {
			case AT -> "at " + levelText;
			case AT_OR_ABOVE -> "at or above " + levelText;
			case AT_OR_BELOW -> "at or below " + levelText;
		};
	}
}
