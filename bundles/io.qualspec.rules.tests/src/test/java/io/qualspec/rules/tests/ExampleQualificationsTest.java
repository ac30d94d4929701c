package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.model.RuleSet;

/** Every example qualification: its rules are feasible, and its worked examples agree with the engine. */
class ExampleQualificationsTest {

	static Stream<RuleSet> ruleSets() {
		return Examples.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ruleSets")
	void isFeasibleWithAnalysisFigures(RuleSet ruleSet) {
		Analysis analysis = new Analyser(ruleSet).analyse();
		assertTrue(analysis.feasible(), ruleSet.qualification() + " conflict: " + analysis.conflict());
		assertNotNull(analysis.minGlh());
		assertTrue(analysis.minGlh().value() <= analysis.maxGlh().value());
		assertTrue(analysis.minCredits().value() <= analysis.maxCredits().value());
		assertTrue(analysis.selections().lower().signum() > 0);
		// the selections attaining the optima are valid routes for the evaluator too
		for (Analysis.Extreme extreme : new Analysis.Extreme[] { analysis.minGlh(), analysis.maxGlh(), analysis.minCredits() }) {
			assertTrue(new Evaluator(ruleSet).evaluate(CustomerServiceNvqTest.achieved(extreme.selection())).eligible(),
					ruleSet.qualification() + " " + extreme);
		}
		System.out.printf("%s  GLH %d-%d  credits %d-%d  TQT %s  selections %s  redundant %d%n", ruleSet.qualification(),
				analysis.minGlh().value(), analysis.maxGlh().value(), analysis.minCredits().value(),
				analysis.maxCredits().value(), analysis.minTqt() == null ? "-" : analysis.minTqt().value() + "-" + analysis.maxTqt().value(),
				analysis.selections().text(), analysis.redundant().size());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ruleSets")
	void workedExamplesAgreeWithTheEngine(RuleSet ruleSet) {
		for (WorkedExampleCheck.ExampleResult result : WorkedExampleCheck.check(ruleSet)) {
			assertTrue(result.agrees(), ruleSet.qualification() + " " + result.example().name() + ": " + result.disagreements());
		}
	}
}
