package io.qualspec.rules.model;

/**
 * Unit and qualification grades. {@link #rank()} orders them for "at least" comparisons across scales:
 * Achieved counts as a Pass on a hurdle that asks for "at least a Pass".
 */
public enum Grade {
	NOT_ACHIEVED(0, "Not achieved"), UNCLASSIFIED(0, "Unclassified"), FAIL(0, "Fail"), ACHIEVED(1, "Achieved"),
	PASS(1, "Pass"), MERIT(2, "Merit"), DISTINCTION(3, "Distinction"), DISTINCTION_STAR(4, "Distinction*");

	private final int rank;
	private final String label;

	Grade(int rank, String label) {
		this.rank = rank;
		this.label = label;
	}

	public int rank() {
		return rank;
	}

	public String label() {
		return label;
	}

	/** Whether the unit is achieved with this result (it counts towards the rule of combination). */
	public boolean isAchievement() {
		return rank > 0;
	}

	public boolean isAtLeast(Grade other) {
		return rank >= other.rank;
	}
}
