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

	/**
	 * The grade's word in rule sets, learner records and DMN: the constant's name in lower case with hyphens
	 * ("not-achieved", "distinction-star").
	 */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The grade for a word of {@link #word()}; "distinction*" is accepted for Distinction*. */
	public static java.util.Optional<Grade> fromWord(String word) {
		String normal = "distinction*".equals(word) ? "distinction-star" : word;
		for (Grade grade : values()) {
			if (grade.word().equals(normal)) {
				return java.util.Optional.of(grade);
			}
		}
		return java.util.Optional.empty();
	}
}
