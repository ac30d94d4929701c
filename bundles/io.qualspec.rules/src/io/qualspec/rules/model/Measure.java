package io.qualspec.rules.model;

/** What an aggregate rule adds up over the selected units. */
public enum Measure {
	CREDITS, UNITS, GLH;

	/** The amount one unit contributes (0 where the unit states no figure). */
	public int of(RuleUnit unit) {
		return switch (this) {
			case CREDITS -> unit.credits() == null ? 0 : unit.credits();
			case UNITS -> 1;
			case GLH -> unit.glh() == null ? 0 : unit.glh();
		};
	}

	public String word() {
		return switch (this) {
			case CREDITS -> "credits";
			case UNITS -> "units";
			case GLH -> "GLH";
		};
	}
}
