package io.qualspec.rules.model;

/**
 * Unit and qualification grades. {@link #rank()} orders them for "at least" comparisons across scales:
 * Achieved counts as a Pass on a hurdle that asks for "at least a Pass". Near Pass (BTEC Nationals' N for an
 * externally assessed unit) is below Pass and is not an achievement of the unit.
 */
public enum Grade {
	NOT_ACHIEVED(0, "Not achieved", "U"), UNCLASSIFIED(0, "Unclassified", "U"), FAIL(0, "Fail", "F"),
	NEAR_PASS(1, "Near Pass", "N"), ACHIEVED(2, "Achieved", "A"), PASS(2, "Pass", "P"), MERIT(3, "Merit", "M"),
	DISTINCTION(4, "Distinction", "D"), DISTINCTION_STAR(5, "Distinction*", "D*");

	private final int rank;
	private final String label;
	private final String letter;

	Grade(int rank, String label, String letter) {
		this.rank = rank;
		this.label = label;
		this.letter = letter;
	}

	/** The grade's letter in a grade of several letters: P, M, D, D*, U. */
	public String letter() {
		return letter;
	}

	public int rank() {
		return rank;
	}

	public String label() {
		return label;
	}

	/** Whether the unit is achieved with this result (it counts towards the rule of combination). */
	public boolean isAchievement() {
		return rank >= PASS.rank;
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
