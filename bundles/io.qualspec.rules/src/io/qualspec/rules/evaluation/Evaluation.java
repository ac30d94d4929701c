package io.qualspec.rules.evaluation;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleUnit;

/**
 * What a learner record earns: eligibility, each rule's verdict with the amount achieved and the shortfall,
 * totals over the units that count, each unit's result and points, and the qualification grade with its
 * reason.
 */
public record Evaluation(boolean eligible, List<RuleVerdict> verdicts, List<UnitOutcome> units, Totals totals,
		QualificationGrade grade, List<String> notes) {

	public Evaluation {
		verdicts = List.copyOf(verdicts);
		units = List.copyOf(units);
		notes = List.copyOf(notes);
	}

	/** The hard rules that do not hold. */
	public List<RuleVerdict> failing() {
		return verdicts.stream().filter(v -> !v.holds() && !v.rule().advisory()).toList();
	}

	/**
	 * One rule against the record: the amount achieved, the amount required (null where the rule sets no
	 * amount, as for a barred pair) and how far the record is from meeting it.
	 */
	public record RuleVerdict(Rule rule, boolean holds, int achieved, Integer required, int shortfall,
			String explanation) {
	}

	/**
	 * A unit of the record: the attempts that count (a refused sitting is dropped), the result used, whether
	 * it is achieved and whether it counts towards the rules (a counting cap may leave it out).
	 */
	public record UnitOutcome(RuleUnit unit, List<Grade> attempts, Grade result, boolean achieved, boolean counted,
			Integer points) {
	}

	/**
	 * Credits, GLH and TQT of the units that count; each is null when a counted unit states no such figure
	 * (a missing value is not a 0 and makes the sum unknown).
	 */
	public record Totals(Integer credits, Integer glh, Integer tqt) {

		/** "28 credits, 192 GLH, TQT 280", leaving out the figures that are not known; "none stated" when none is. */
		public String sentence() {
			List<String> parts = new ArrayList<>();
			if (credits != null) {
				parts.add(credits + " credits");
			}
			if (glh != null) {
				parts.add(glh + " GLH");
			}
			if (tqt != null) {
				parts.add("TQT " + tqt);
			}
			return parts.isEmpty() ? "none stated" : String.join(", ", parts);
		}
	}

	/**
	 * The qualification grade (null where the specification states no grading), the points, the hurdles
	 * that failed (each as "unit 2 is Unclassified (every other unit at least Pass)") and why.
	 */
	public record QualificationGrade(AwardGrade grade, Integer points, List<String> failedHurdles, String reason) {
		public QualificationGrade {
			failedHurdles = List.copyOf(failedHurdles);
		}

		public boolean hurdlesMet() {
			return failedHurdles.isEmpty();
		}
	}
}
