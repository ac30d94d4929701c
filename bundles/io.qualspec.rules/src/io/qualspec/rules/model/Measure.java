package io.qualspec.rules.model;

import java.util.Collection;

/** What an aggregate rule adds up over the selected units. */
public enum Measure {
	CREDITS, UNITS, GLH;

	/**
	 * The amount one unit contributes to a rule's amount (0 where the unit states no figure: it brings the
	 * learner nothing towards a minimum). Totals use {@link #total}, which does not count a missing figure as 0.
	 */
	public int of(RuleUnit unit) {
		Integer amount = stated(unit);
		return amount == null ? 0 : amount;
	}

	/** The figure the unit states, or null. */
	private Integer stated(RuleUnit unit) {
		return switch (this) {
			case CREDITS -> unit.credits();
			case UNITS -> 1;
			case GLH -> unit.glh();
		};
	}

	/** The sum over units, or null when a unit states no figure (the sum is then unknown, not smaller). */
	public Integer total(Collection<RuleUnit> units) {
		int total = 0;
		for (RuleUnit unit : units) {
			Integer amount = stated(unit);
			if (amount == null) {
				return null;
			}
			total += amount;
		}
		return total;
	}

	/**
	 * Why the figure cannot be summed over these units, "3 of 7 units state no GLH: the GLH cannot be
	 * computed", or null when every unit states it.
	 */
	public String notComputable(Collection<RuleUnit> units) {
		long unstated = units.stream().filter(unit -> stated(unit) == null).count();
		if (unstated == 0) {
			return null;
		}
		return unstated + " of " + units.size() + (units.size() == 1 ? " unit states" : " units state") + " no " + word()
				+ ": the " + word() + " cannot be computed";
	}

	public String word() {
		return switch (this) {
			case CREDITS -> "credits";
			case UNITS -> "units";
			case GLH -> "GLH";
		};
	}
}
