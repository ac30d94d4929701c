package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;

/**
 * Grading of a BTEC-style suite: one threshold table per size, grades of several letters for the larger sizes,
 * and compensation. The tables are those of the example suite, from Pearson BTEC International Level 3
 * Qualifications in Information Technology, Specification, Issue 3, September 2022, section 9 (unit points:
 * 60 GLH P 6, M 10, D 16; 120 GLH P 12, M 20, D 32; thresholds per size, p. 370; the Subsidiary Diploma's
 * compensation: "Mandatory must be passed, 60 GLH only at U grade permitted from optional"). The learners below
 * are made up; every expected total and grade is worked out by hand in the comment of its row.
 */
class BtecSuiteGradingTest {

	private static final String SUITE = "Pearson BTEC International Level 3 %s in Information Technology";

	/** A size's grading as the example encodes it, over made-up units of 120 GLH. */
	private static RuleSet size(String size, int units120) {
		RuleSet example = Examples.ruleSet(SUITE.formatted(size));
		List<RuleUnit> units = new ArrayList<>();
		for (int i = 1; i <= units120; i++) {
			units.add(unit(String.valueOf(i), null, 120));
		}
		return new RuleSet(example.qualification(), example.title(), 3, example.declared(), units, List.of(), List.of(),
				List.of(), example.grading(), false, false, List.of());
	}

	private static RuleUnit unit(String id, String group, int glh) {
		return new RuleUnit(id, null, "Unit " + id, group, null, 3, glh, Assessment.INTERNAL,
				GradeScale.PASS_MERIT_DISTINCTION, null, Map.of());
	}

	private static LearnerRecord record(String grades) {
		List<LearnerRecord.UnitResult> results = new ArrayList<>();
		String[] words = grades.split(" ");
		for (int i = 0; i < words.length; i++) {
			results.add(new LearnerRecord.UnitResult(String.valueOf(i + 1), List.of(Grade.fromWord(words[i]).orElseThrow()), null));
		}
		return new LearnerRecord("learner", results);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', value = {
			// size | units of 120 GLH | grades | points | grade
			// 12 + 12 + 12 + 12 + 12 + 20 = 80: PP 72-87
			"Diploma | 6 | pass pass pass pass pass merit | 80 | PP",
			// 6 x 20 = 120: MM 104-123
			"Diploma | 6 | merit merit merit merit merit merit | 120 | MM",
			// 3 x 32 + 3 x 20 = 156: DD 144-161
			"Diploma | 6 | distinction distinction distinction merit merit merit | 156 | DD",
			// 5 x 32 + 20 = 180: D*D* from 180
			"Diploma | 6 | distinction distinction distinction distinction distinction merit | 180 | D*D*",
			// 9 x 12 = 108: PPP 108-123
			"Extended Diploma | 9 | pass pass pass pass pass pass pass pass pass | 108 | PPP",
			// 4 x 20 + 5 x 12 = 140: MMP 140-155
			"Extended Diploma | 9 | merit merit merit merit pass pass pass pass pass | 140 | MMP",
			// 8 x 32 + 12 = 268: D*D*D 252-269
			"Extended Diploma | 9 | distinction distinction distinction distinction distinction distinction distinction distinction pass | 268 | D*D*D",
			// 3 x 20 = 60: M 52-73 of the Subsidiary Diploma
			"Subsidiary Diploma | 3 | merit merit merit | 60 | merit",
			// 3 x 12 = 36: M 26-41 of the Certificate is 26-41, so 36 is a Merit there
			"Certificate | 3 | pass pass pass | 36 | merit" })
	void eachSizeGradesByItsOwnTable(String size, int units, String grades, int points, String grade) {
		Evaluation evaluation = new Evaluator(size(size, units)).evaluate(record(grades));
		assertEquals(points, evaluation.grade().points(), evaluation.grade().reason());
		assertEquals(AwardGrade.fromWord(grade).orElseThrow(), evaluation.grade().grade(), evaluation.grade().reason());
	}

	/**
	 * A Subsidiary Diploma of 360 GLH: mandatory units 1 and 2 (120 GLH each) and optional units 3 and 4 (60 GLH
	 * each), all needed for the size.
	 */
	private static RuleSet subsidiaryDiploma() {
		RuleSet example = Examples.ruleSet(SUITE.formatted("Subsidiary Diploma"));
		List<RuleUnit> units = List.of(unit("1", "M", 120), unit("2", "M", 120), unit("3", "O", 60), unit("4", "O", 60));
		List<RuleGroup> groups = List.of(new RuleGroup("M", "Mandatory units", true, List.of("1", "2")),
				new RuleGroup("O", "Optional units", false, List.of("3", "4")));
		return new RuleSet(example.qualification(), example.title(), 3, example.declared(), units, groups,
				List.of(new AggregateRule(Measure.GLH, Selection.whole(), null, new Bound(Bound.Kind.EXACTLY, 360), false)),
				List.of(), example.grading(), false, false, List.of());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// every unit passed: 12 + 12 + 6 + 6 = 36, P 36-51
			"pass pass pass pass | true | 36 | pass",
			// a U in one optional unit of 60 GLH is allowed: 32 + 20 + 0 + 6 = 58, M 52-73
			"distinction merit unclassified pass | true | 58 | merit",
			// a U in both optional units is 120 GLH, beyond the 60 allowed: the hurdle fails, and the two units do
			// not count towards the 360 GLH
			"distinction distinction unclassified unclassified | false | 64 | unclassified",
			// a U in a mandatory unit is never compensated: 0 + 32 + 16 + 16 = 64 points, but unclassified
			"unclassified distinction distinction distinction | false | 64 | unclassified" })
	void compensationAllowsAUnclassifiedOptionalUnitWithinItsLimit(String grades, boolean eligible, int points,
			String grade) {
		Evaluation evaluation = new Evaluator(subsidiaryDiploma()).evaluate(record(grades));
		assertEquals(eligible, evaluation.eligible(), "a compensated unit counts towards the rules, another U does not: "
				+ evaluation.verdicts());
		assertEquals(points, evaluation.grade().points());
		assertEquals(AwardGrade.fromWord(grade).orElseThrow(), evaluation.grade().grade(), evaluation.grade().reason());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "D*D, true", "MPP, true", "D*D*D*, true", "P, true", "U, true", "DX, false", "d*d, false", "*D, false" })
	void gradesOfSeveralLettersAreReadFromTheirLetters(String letters, boolean grade) {
		assertEquals(grade, AwardGrade.ofLetters(letters).isPresent(), letters);
	}

	@ParameterizedTest(name = "{0} < {1}")
	@CsvSource({ "PP, MP", "MP, MM", "MM, DM", "DM, DD", "DD, D*D", "D*D, D*D*", "PPP, MPP", "DDD, D*DD", "D*D*D, D*D*D*" })
	void lettersOrderTheGradesOfOneSize(String lower, String higher) {
		assertTrue(AwardGrade.ofLetters(lower).orElseThrow().rank() < AwardGrade.ofLetters(higher).orElseThrow().rank());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "near-pass, false", "unclassified, false", "fail, false", "pass, true", "achieved, true" })
	void nearPassIsBelowPassAndNoAchievement(String word, boolean achievement) {
		Grade grade = Grade.fromWord(word).orElseThrow();
		assertEquals(achievement, grade.isAchievement());
		assertTrue(Grade.NEAR_PASS.isAtLeast(Grade.UNCLASSIFIED));
		assertFalse(Grade.NEAR_PASS.isAtLeast(Grade.PASS));
	}

	/**
	 * Points per credit, as Pearson's "Calculating your overall BTEC grade (QCF)" states them for Level 3 BTEC
	 * Nationals: "a Pass is worth 7 points per credit, a Merit is worth 8 … a Distinction is worth 9". Units of 10,
	 * 10 and 5 credits graded M, D and P: 80 + 90 + 35 = 205.
	 */
	@org.junit.jupiter.api.Test
	void aUnitScoresItsCreditsTimesThePointsPerCredit() {
		Grading grading = new Grading(false, List.of(), List.of(new Grading.PointsRow(null,
				Map.of(Grade.PASS, 7, Grade.MERIT, 8, Grade.DISTINCTION, 9, Grade.UNCLASSIFIED, 0))),
				List.of(new Grading.Band(AwardGrade.of(Grade.PASS), "P", 0, null)), List.of(), null, false);
		List<RuleUnit> units = List.of(credits("1", 10), credits("2", 10), credits("3", 5));
		RuleSet ruleSet = new RuleSet("QCF", null, 3, null, units, List.of(), List.of(), List.of(), grading, false, false,
				List.of());
		assertEquals(205, new Evaluator(ruleSet).evaluate(record("merit distinction pass")).grade().points());
	}

	private static RuleUnit credits(String id, int credits) {
		return new RuleUnit(id, null, "Unit " + id, null, credits, 3, null, Assessment.INTERNAL,
				GradeScale.PASS_MERIT_DISTINCTION, null, Map.of());
	}
}
