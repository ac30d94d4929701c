package io.qualspec.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A qualification grade: one grade (Pass, Distinction*), or, for the larger sizes of a suite, several letters
 * highest first (MP, D*D, DDM), one per size step of the suite.
 */
public record AwardGrade(List<Grade> letters) {

	public AwardGrade {
		letters = List.copyOf(letters);
		if (letters.isEmpty()) {
			throw new IllegalArgumentException("a grade has at least one letter");
		}
	}

	public static AwardGrade of(Grade grade) {
		return new AwardGrade(List.of(grade));
	}

	/**
	 * The grade written as letters, "D*D", "MPP", "P" or "U"; empty when the text is not a grade of the
	 * letters P, M, D, D* and U.
	 */
	public static Optional<AwardGrade> ofLetters(String text) {
		List<Grade> letters = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			Grade grade = switch (text.charAt(i)) {
				case 'P' -> Grade.PASS;
				case 'M' -> Grade.MERIT;
				case 'U' -> Grade.UNCLASSIFIED;
				case 'D' -> {
					boolean star = i + 1 < text.length() && text.charAt(i + 1) == '*';
					i += star ? 1 : 0;
					yield star ? Grade.DISTINCTION_STAR : Grade.DISTINCTION;
				}
				default -> null;
			};
			if (grade == null) {
				return Optional.empty();
			}
			letters.add(grade);
		}
		return letters.isEmpty() ? Optional.empty() : Optional.of(new AwardGrade(letters));
	}

	/** The grade of one letter, or null for a grade of several. */
	public Grade single() {
		return letters.size() == 1 ? letters.get(0) : null;
	}

	/** "D*D", "P". */
	public String letterCode() {
		return letters.stream().map(Grade::letter).collect(Collectors.joining());
	}

	/** As documents and messages show it: "Pass", "Distinction*", or the letters "D*D". */
	public String label() {
		return letters.size() == 1 ? letters.get(0).label() : letterCode();
	}

	/** The word in rule sets and learner records: "pass", "distinction-star", or the letters "D*D". */
	public String word() {
		return letters.size() == 1 ? letters.get(0).word() : letterCode();
	}

	/** The grade for a word of {@link #word()}. */
	public static Optional<AwardGrade> fromWord(String word) {
		Optional<Grade> single = Grade.fromWord(word);
		return single.isPresent() ? single.map(AwardGrade::of) : ofLetters(word);
	}

	/**
	 * Orders the grades of one size: the sum of the letters' ranks, so PP < MP < MM < DM < DD < D*D < D*D*
	 * and PPP < MPP < ... < D*D*D*.
	 */
	public int rank() {
		return letters.stream().mapToInt(Grade::rank).sum();
	}

	/** Whether this is a pass or better (every letter at least Pass). */
	public boolean isAchievement() {
		return letters.stream().allMatch(Grade::isAchievement);
	}
}
