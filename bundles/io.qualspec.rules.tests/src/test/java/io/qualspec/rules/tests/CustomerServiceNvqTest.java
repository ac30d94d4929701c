package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LearnerRecord.UnitResult;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.RuleSet;

/**
 * OCR Level 2 NVQ Certificate in Customer Service (03455, 500/8625/X): its handbook says the qualification
 * "requires a minimum of 192 glh" (OCR Customer Service NVQ centre handbook, version 4, February 2019, §2.8
 * "Qualification size"), which the engine computes over all valid selections from the rule of combination
 * alone.
 */
class CustomerServiceNvqTest {

	private final RuleSet ruleSet = Examples.ruleSet("500/8625/X");

	@Test
	void theMinimumGlhOverValidSelectionsIs192() {
		Analysis.Extreme minimum = new Analyser(ruleSet).optimum(Measure.GLH, false);
		assertEquals(192, minimum.value());
		assertTrue(minimum.selection().containsAll(List.of("F1", "F2")), minimum.selection().toString());
		Evaluation route = new Evaluator(ruleSet).evaluate(achieved(minimum.selection()));
		assertTrue(route.eligible(), "the solver's selection is a valid route: " + route.failing());
		assertEquals(192, route.totals().glh());
	}

	@Test
	void theRuleIsFeasibleAndTheAnalysisIsComplete() {
		Analysis analysis = new Analyser(ruleSet).analyse();
		assertTrue(analysis.feasible());
		assertEquals(192, analysis.minGlh().value());
		assertEquals(28, analysis.minCredits().value());
		assertEquals(280, analysis.minTqt().value());
		assertTrue(analysis.selections().exact(), analysis.selections().text());
		assertTrue(analysis.selections().lower().signum() > 0);
		assertTrue(analysis.neverMet().isEmpty());
	}

	@Test
	void twentyEightCreditsWithoutAUnitFromGroupEAreNotEnough() {
		// F1 F2 (8 credits) + A3, A4 (group B), B6 (group C), C3 (group D): 28 credits, 20 optional, all at
		// Level 2, but nothing from group E (Development and Improvement).
		Evaluation evaluation = new Evaluator(ruleSet).evaluate(achieved(List.of("F1", "F2", "A3", "A4", "B6", "C3")));
		assertEquals(28, evaluation.totals().credits());
		assertFalse(evaluation.eligible());
		assertEquals(1, evaluation.failing().size(), evaluation.failing().toString());
		Evaluation.RuleVerdict failing = evaluation.failing().get(0);
		assertTrue(failing.rule() instanceof EachGroupRule each && each.measure() == Measure.UNITS);
		assertEquals("not met by group E (0)", failing.explanation());
		assertEquals(1, failing.shortfall());
	}

	@Test
	void addingAUnitFromGroupEMakesTheRecordEligible() {
		Evaluation evaluation = new Evaluator(ruleSet)
				.evaluate(achieved(List.of("F1", "F2", "A3", "A4", "B6", "C3", "D7")));
		assertTrue(evaluation.eligible(), evaluation.failing().toString());
		assertEquals(AwardGrade.of(Grade.PASS), evaluation.grade().grade(), "a pass/fail qualification is passed");
	}

	static LearnerRecord achieved(List<String> unitIds) {
		return new LearnerRecord("learner",
				unitIds.stream().map(id -> new UnitResult(id, List.of(Grade.ACHIEVED), List.of())).toList());
	}
}
