package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LearnerRecord.UnitResult;
import io.qualspec.rules.model.RuleSet;

/**
 * OCR Level 2 Cambridge Technical Diploma in Customer Service (603/2730/3), graded from the example
 * specification: points by unit GLH and grade, the unit 1 override, bands, hurdles and resits
 * (OCR Cambridge Technicals Level 2 qualification handbook, version 1, §10 "How to calculate the qualification
 * grade").
 */
class CambridgeTechnicalGradingTest {

	private final RuleSet ruleSet = Examples.ruleSet("603/2730/3");
	private final Evaluator evaluator = new Evaluator(ruleSet);

	/** Unit 1 achieved, then units 2-7 with the given results ("pass then merit" for attempts). */
	private Evaluation evaluate(String... results) {
		List<UnitResult> units = new ArrayList<>();
		units.add(new UnitResult("1", List.of(Grade.ACHIEVED), List.of()));
		for (int i = 0; i < results.length; i++) {
			List<Grade> attempts = new ArrayList<>();
			for (String attempt : results[i].split(" then ")) {
				attempts.add(Grade.valueOf(attempt.toUpperCase(java.util.Locale.ROOT)));
			}
			units.add(new UnitResult(String.valueOf(i + 2), attempts, List.of()));
		}
		return evaluator.evaluate(new LearnerRecord("learner", units));
	}

	@Test
	void learnerAScores92PointsAndAPass() {
		Evaluation a = evaluate("pass", "pass", "merit", "pass", "pass", "pass");
		assertTrue(a.eligible());
		assertEquals(92, a.grade().points());
		assertEquals(AwardGrade.of(Grade.PASS), a.grade().grade());
		assertEquals(360, a.totals().glh());
		assertEquals(List.of(20, 7, 7, 16, 14, 14, 14), a.units().stream().map(Evaluation.UnitOutcome::points).toList());
	}

	@Test
	void learnerBHas91PointsButIsUnclassifiedByTheUnit2Hurdle() {
		Evaluation b = evaluate("unclassified", "distinction", "merit", "merit", "merit", "pass");
		assertEquals(91, b.grade().points());
		assertEquals(AwardGrade.of(Grade.UNCLASSIFIED), b.grade().grade());
		assertTrue(b.grade().reason().startsWith("hurdle not met: unit 2 is Unclassified"), b.grade().reason());
		assertFalse(b.eligible(), "unit 2 is not achieved, so the 7 mandatory units are not all achieved");
	}

	@ParameterizedTest(name = "{0} points -> {1}")
	@CsvSource({
			// all Pass is the least a learner who clears the hurdles can score
			"90, PASS, 'pass, pass, pass, pass, pass, pass'",
			"96, PASS, 'pass, pass, distinction, merit, pass, pass'",
			"97, MERIT, 'merit, pass, distinction, merit, pass, pass'",
			"102, MERIT, 'pass, pass, distinction, distinction, distinction, pass'",
			"103, DISTINCTION, 'merit, pass, distinction, distinction, distinction, pass'",
			"106, DISTINCTION, 'pass, pass, distinction, distinction, distinction, distinction'",
			"107, DISTINCTION_STAR, 'merit, pass, distinction, distinction, distinction, distinction'" })
	void bandBoundaries(int points, Grade grade, String results) {
		Evaluation evaluation = evaluate(results.split(", "));
		assertEquals(points, evaluation.grade().points());
		assertEquals(AwardGrade.of(grade), evaluation.grade().grade(), evaluation.grade().reason());
	}

	@Test
	void eightyNinePointsFallBelowThePassBand() {
		// 89 cannot be scored with every unit at least Pass; the band table itself puts it below Pass.
		assertEquals(AwardGrade.of(Grade.UNCLASSIFIED), ruleSet.grading().bandFor(89).orElseThrow().grade());
		assertEquals(AwardGrade.of(Grade.PASS), ruleSet.grading().bandFor(90).orElseThrow().grade());
	}

	@Test
	void unit1NotAchievedFailsTheHurdle() {
		List<UnitResult> units = new ArrayList<>();
		units.add(new UnitResult("1", List.of(Grade.NOT_ACHIEVED), List.of()));
		for (int unit = 2; unit <= 7; unit++) {
			units.add(new UnitResult(String.valueOf(unit), List.of(Grade.DISTINCTION), List.of()));
		}
		Evaluation evaluation = evaluator.evaluate(new LearnerRecord("no unit 1", units));
		assertEquals(AwardGrade.of(Grade.UNCLASSIFIED), evaluation.grade().grade());
		assertEquals(9 + 9 + 18 * 4, evaluation.grade().points(), "the override gives 0 points when not achieved");
		assertTrue(evaluation.grade().reason().contains("unit 1 is Not achieved"), evaluation.grade().reason());
	}

	@Test
	void aResitThatLiftsAGradeCountsTheBestResult() {
		Evaluation before = evaluate("unclassified", "distinction", "merit", "merit", "merit", "pass");
		Evaluation after = evaluate("unclassified then pass", "distinction", "merit", "merit", "merit", "pass");
		assertEquals(AwardGrade.of(Grade.UNCLASSIFIED), before.grade().grade());
		assertEquals(98, after.grade().points());
		assertEquals(AwardGrade.of(Grade.MERIT), after.grade().grade());
		assertTrue(after.eligible());
	}

	@Test
	void aThirdSittingOfAnExamIsRefused() {
		// Unit 2 is externally assessed and may be resat once: the third sitting's Merit does not count.
		Evaluation evaluation = evaluate("unclassified then unclassified then merit", "pass", "pass", "pass", "pass", "pass");
		assertEquals(List.of(Grade.UNCLASSIFIED, Grade.UNCLASSIFIED), evaluation.units().get(1).attempts());
		assertEquals(AwardGrade.of(Grade.UNCLASSIFIED), evaluation.grade().grade());
		assertTrue(evaluation.notes().stream().anyMatch(n -> n.startsWith("unit 2: attempt 3 refused")), evaluation.notes().toString());
	}

	@Test
	void theHandbooksWorkedExamplesAgreeWithTheEngine() {
		List<WorkedExampleCheck.ExampleResult> results = WorkedExampleCheck.check(ruleSet);
		assertEquals(List.of("Learner A", "Learner B"), results.stream().map(r -> r.example().name()).toList());
		results.forEach(r -> assertTrue(r.agrees(), r.example().name() + ": " + r.disagreements()));
	}
}
