package io.qualspec.rules.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.WorkedExample;

/**
 * Recomputes a rule set's worked examples: what the handbook prints against what the engine computes.
 */
public final class WorkedExampleCheck {

	private WorkedExampleCheck() {
	}

	/**
	 * A worked example with the engine's evaluation; {@link #agrees()} is false when any stated part of the
	 * expectation (eligibility, points, grade) differs from what the engine computes.
	 */
	public record ExampleResult(WorkedExample example, Evaluation evaluation) {

		public boolean agrees() {
			return disagreements().isEmpty();
		}

		/** Each stated part that differs, as "points: printed 92, computed 91". */
		public List<String> disagreements() {
			List<String> differences = new ArrayList<>();
			var expected = example.expected();
			if (expected == null) {
				return differences;
			}
			if (expected.eligible() != null && expected.eligible() != evaluation.eligible()) {
				differences.add("eligible: printed " + yesNo(expected.eligible()) + ", computed " + yesNo(evaluation.eligible()));
			}
			Integer points = evaluation.grade().points();
			if (expected.points() != null && !Objects.equals(expected.points(), points)) {
				differences.add("points: printed " + expected.points() + ", computed " + points);
			}
			var grade = evaluation.grade().grade();
			if (expected.grade() != null && !expected.grade().equals(grade)) {
				differences.add("grade: printed " + expected.grade().label() + ", computed "
						+ (grade == null ? "none" : grade.label()) + " (" + evaluation.grade().reason() + ")");
			}
			return differences;
		}

		private static String yesNo(boolean value) {
			return value ? "yes" : "no";
		}
	}

	public static List<ExampleResult> check(RuleSet ruleSet) {
		Evaluator evaluator = new Evaluator(ruleSet);
		return ruleSet.examples().stream().map(e -> new ExampleResult(e, evaluator.evaluate(e.record()))).toList();
	}
}
