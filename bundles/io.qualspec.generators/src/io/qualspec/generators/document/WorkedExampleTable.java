package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.WorkedExample;

/**
 * A worked example as the handbook prints it (Unit | GLH | Grade | Number of points, with totals,
 * OCR Cambridge Technical handbook, Version 1, §10 examples), and what the handbook states beside what the rules engine computes.
 *
 * @param disagreements where the computed result differs from the printed one
 * @param reason        the engine's reason for the grade, or null
 */
public record WorkedExampleTable(String id, String name, boolean showCredits, boolean showPoints, List<ExampleUnit> rows,
		String totalGlh, String totalCredits, String printedPoints, List<Comparison> comparison, boolean agrees,
		List<String> disagreements, String reason) {

	public WorkedExampleTable {
		rows = List.copyOf(rows);
		comparison = List.copyOf(comparison);
		disagreements = List.copyOf(disagreements);
	}

	/** A unit of the example: its number, GLH, credits, result and the points the engine gives it. */
	public record ExampleUnit(String unit, String title, String glh, String credits, String grade, String points) {
	}

	/** A stated outcome beside the engine's: "Total number of points | 92 | 92". */
	public record Comparison(String label, String printed, String computed, boolean agrees) {

		Comparison(String label, String printed, String computed) {
			this(label, printed, computed, printed == null || printed.equals(computed));
		}
	}

	/** Every worked example of a rule set, checked by the engine, in the order written. */
	public static List<WorkedExampleTable> allOf(RuleSet ruleSet) {
		List<WorkedExampleTable> examples = new ArrayList<>();
		for (WorkedExampleCheck.ExampleResult result : WorkedExampleCheck.check(ruleSet)) {
			examples.add(of(ruleSet, result, "example-" + (examples.size() + 1)));
		}
		return examples;
	}

	private static WorkedExampleTable of(RuleSet ruleSet, WorkedExampleCheck.ExampleResult result, String id) {
		boolean showPoints = ruleSet.grading() != null && !ruleSet.grading().points().isEmpty();
		WorkedExample example = result.example();
		Evaluation evaluation = result.evaluation();
		Map<String, Evaluation.UnitOutcome> outcomes = new HashMap<>();
		evaluation.units().forEach(o -> outcomes.put(o.unit().id(), o));
		List<ExampleUnit> rows = new ArrayList<>();
		boolean showCredits = false;
		Integer glh = 0;
		Integer credits = 0;
		for (LearnerRecord.UnitResult unitResult : example.record().results()) {
			RuleUnit unit = ruleSet.unit(unitResult.unitId()).orElse(null);
			Evaluation.UnitOutcome outcome = outcomes.get(unitResult.unitId());
			String grade = !unitResult.attempts().isEmpty()
					? String.join(" then ", unitResult.attempts().stream().map(Grade::label).toList())
					: "Criteria " + String.join(", ", unitResult.criteriaMet())
							+ (outcome == null ? "" : " (" + outcome.result().label() + ")");
			Integer unitGlh = unit == null ? null : unit.glh();
			Integer unitCredits = unit == null ? null : unit.credits();
			showCredits |= unitCredits != null;
			// a total is stated only when every unit states its figure
			glh = glh == null || unitGlh == null ? null : glh + unitGlh;
			credits = credits == null || unitCredits == null ? null : credits + unitCredits;
			String points = outcome == null || outcome.points() == null ? null : "= " + outcome.points() + " points";
			rows.add(new ExampleUnit(unitResult.unitId(), unit == null ? null : unit.title(), Printed.number(unitGlh),
					Printed.number(unitCredits), grade, points));
		}
		// beside points, credits only where a unit scores by its credits
		showCredits &= !showPoints || ruleSet.grading().points().stream().anyMatch(Grading.PointsRow::perCredit);
		WorkedExample.Expectation expected = example.expected();
		List<Comparison> comparison = new ArrayList<>();
		Boolean printedEligible = expected == null ? null : expected.eligible();
		comparison.add(new Comparison("Eligible for the qualification",
				printedEligible == null ? null : Printed.yesNo(printedEligible), Printed.yesNo(evaluation.eligible())));
		Integer printedPoints = expected == null ? null : expected.points();
		if (printedPoints != null || evaluation.grade().points() != null) {
			comparison.add(new Comparison("Total number of points", Printed.number(printedPoints),
					Printed.number(evaluation.grade().points())));
		}
		AwardGrade printedGrade = expected == null ? null : expected.grade();
		AwardGrade computedGrade = evaluation.grade().grade();
		if (printedGrade != null || computedGrade != null) {
			comparison.add(new Comparison("Qualification grade", printedGrade == null ? null : printedGrade.label(),
					computedGrade == null ? "none" : computedGrade.label()));
		}
		return new WorkedExampleTable(id, example.name(), showCredits, showPoints, rows, Printed.number(glh),
				showCredits ? Printed.number(credits) : null, printedPoints == null ? null : "= " + printedPoints + " points",
				comparison, result.agrees(), result.disagreements(), evaluation.grade().reason());
	}
}
