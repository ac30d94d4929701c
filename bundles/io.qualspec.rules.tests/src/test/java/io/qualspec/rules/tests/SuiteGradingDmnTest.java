package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

import io.qualspec.rules.dmn.GradingDmn;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluation.UnitOutcome;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.Grading.Band;
import io.qualspec.rules.model.Grading.Hurdle;
import io.qualspec.rules.model.Grading.PointsRow;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LearnerRecord.UnitResult;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;

/**
 * The DMN export of the grading shapes of unit-based suites, executed by the Camunda 7 DMN engine, grades as the
 * engine ({@link Evaluator}) does: a BTEC-style suite whose bands are grades of several letters ("D*D"), with
 * Near Pass cells and compensation, and a scheme of points per credit. Some records are worked by hand from the
 * figures; thousands of generated records are graded by both.
 */
class SuiteGradingDmnTest {

	private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static AwardGrade letters(String letters) {
		return AwardGrade.ofLetters(letters).orElseThrow();
	}

	private static Map<Grade, Integer> cells(int nearPass, int pass, int merit, int distinction) {
		return Map.of(Grade.UNCLASSIFIED, 0, Grade.NEAR_PASS, nearPass, Grade.PASS, pass, Grade.MERIT, merit,
				Grade.DISTINCTION, distinction);
	}

	/**
	 * A Diploma of 720 GLH in the shape of Pearson BTEC International Level 3 Qualifications in Information
	 * Technology, Issue 3, September 2022, section 9: units of 60, 90 and 120 GLH scoring Pass 6/9/12, Merit
	 * 10/15/20, Distinction 16/24/32, and the thresholds PP 72, MP 88, MM 104, DM 124, DD 144, D*D 162, D*D* 180.
	 * The units, the rule, the Near Pass cells (2/3/4 points), the hurdles and the compensation are not the
	 * handbook's: they are here so that every shape the DMN must handle occurs.
	 */
	static RuleSet btecDiploma() {
		int[] glh = { 120, 120, 90, 90, 90, 60, 60, 60, 60, 120 };
		List<RuleUnit> units = new ArrayList<>();
		List<String> mandatory = new ArrayList<>();
		List<String> optional = new ArrayList<>();
		for (int i = 0; i < glh.length; i++) {
			String id = String.valueOf(i + 1);
			boolean isMandatory = i < 3;
			(isMandatory ? mandatory : optional).add(id);
			units.add(new RuleUnit(id, null, "Unit " + id, isMandatory ? "A" : "B", null, 3, glh[i],
					i == 2 ? Assessment.EXTERNAL : Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION, null, null));
		}
		Grading grading = new Grading(false, List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				List.of(new PointsRow(60, cells(2, 6, 10, 16)), new PointsRow(90, cells(3, 9, 15, 24)),
						new PointsRow(120, cells(4, 12, 20, 32))),
				List.of(new Band(letters("D*D*"), null, 180, null), new Band(letters("D*D"), null, 162, 179),
						new Band(letters("DD"), null, 144, 161), new Band(letters("DM"), null, 124, 143),
						new Band(letters("MM"), null, 104, 123), new Band(letters("MP"), null, 88, 103),
						new Band(letters("PP"), null, 72, 87)),
				List.of(new Hurdle("3", Grade.NEAR_PASS, false), new Hurdle(null, Grade.PASS, true)),
				new Grading.Compensation(Measure.GLH, 60, true), true);
		return new RuleSet("BTEC/IT/720", "Diploma of 720 GLH", 3, new RuleSet.DeclaredSize(null, false, 720, false, null),
				units, List.of(new RuleGroup("A", "Mandatory units", true, mandatory),
						new RuleGroup("B", "Optional units", false, optional)),
				List.of(new AggregateRule(Measure.GLH, Selection.whole(), null, new Bound(Bound.Kind.EXACTLY, 720), false)),
				List.of(), grading, false, false, List.of());
	}

	/**
	 * Points per credit, Pass 7, Merit 8, Distinction 9, and one row for 30 GLH that takes precedence over it;
	 * unit 7 states no credits, unit 8 has 30 GLH, the others 40 to 46. 60 credits are needed; bands P 420-459, M 460-499, D 500-539, D* from 540.
	 */
	static RuleSet perCredit() {
		Integer[] credits = { 10, 10, 15, 15, 5, 5, null, 10 };
		List<RuleUnit> units = new ArrayList<>();
		for (int i = 0; i < credits.length; i++) {
			String id = String.valueOf(i + 1);
			units.add(new RuleUnit(id, null, "Unit " + id, null, credits[i], 2, i == 7 ? 30 : 40 + i,
					Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION, null, null));
		}
		Grading grading = new Grading(false, List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				List.of(new PointsRow(null, Map.of(Grade.PASS, 7, Grade.MERIT, 8, Grade.DISTINCTION, 9)),
						new PointsRow(30, Map.of(Grade.PASS, 50, Grade.MERIT, 60, Grade.DISTINCTION, 70))),
				List.of(new Band(AwardGrade.of(Grade.DISTINCTION_STAR), "D*", 540, null),
						new Band(AwardGrade.of(Grade.DISTINCTION), "D", 500, 539), new Band(AwardGrade.of(Grade.MERIT), "M", 460, 499),
						new Band(AwardGrade.of(Grade.PASS), "P", 420, 459)),
				List.of(new Hurdle(null, Grade.PASS, false)), null, true);
		return new RuleSet("CREDIT/60", "Points per credit", 2, null, units, List.of(),
				List.of(new AggregateRule(Measure.CREDITS, Selection.whole(), null, new Bound(Bound.Kind.AT_LEAST, 60), false)),
				List.of(), grading, false, false, List.of());
	}

	/** One rule set's DMN, with each distinct input evaluated once (both decisions are pure functions). */
	private static final class Dmn {
		final RuleSet ruleSet;
		final String xml;
		final DmnDecision unitPoints;
		final DmnDecision qualificationGrade;
		final Evaluator evaluator;
		private final Map<List<Object>, Object> answers = new HashMap<>();

		Dmn(RuleSet ruleSet) {
			this.ruleSet = ruleSet;
			xml = GradingDmn.write(ruleSet);
			unitPoints = decision(xml, GradingDmn.UNIT_POINTS);
			qualificationGrade = decision(xml, GradingDmn.QUALIFICATION_GRADE);
			evaluator = new Evaluator(ruleSet);
		}

		int points(RuleUnit unit, Grade grade) {
			return (Integer) answers.computeIfAbsent(Arrays.asList(unit.id(), unit.glh(), unit.credits(), grade), key -> {
				Map<String, Object> inputs = new HashMap<>();
				inputs.put(GradingDmn.UNIT, unit.id());
				inputs.put(GradingDmn.GLH, unit.glh());
				inputs.put(GradingDmn.CREDITS, unit.credits());
				inputs.put(GradingDmn.GRADE, GradingDmn.gradeValue(grade));
				DmnDecisionRuleResult row = DMN.evaluateDecisionTable(unitPoints, inputs).getSingleResult();
				assertNotNull(row, "no row of unitPoints matches " + inputs);
				return ((Number) row.getSingleEntry()).intValue();
			});
		}

		String grade(int total, boolean hurdlesMet) {
			return (String) answers.computeIfAbsent(Arrays.asList(total, hurdlesMet), key -> {
				DmnDecisionRuleResult row = DMN.evaluateDecisionTable(qualificationGrade,
						Map.of(GradingDmn.TOTAL_POINTS, total, GradingDmn.HURDLES_MET, hurdlesMet)).getSingleResult();
				assertNotNull(row, "no row of qualificationGrade matches " + total + " points, hurdles met " + hurdlesMet);
				return row.getSingleEntry();
			});
		}

		/**
		 * The DMN's total and grade for a record: the engine chooses each unit's result and gives its verdict on
		 * the hurdles (with compensation) and the rule of combination as hurdlesMet; the DMN scores and grades.
		 */
		Graded grade(LearnerRecord record) {
			Evaluation evaluation = evaluator.evaluate(record);
			int total = 0;
			for (UnitOutcome outcome : evaluation.units()) {
				total += points(outcome.unit(), outcome.result());
			}
			boolean hurdlesMet = evaluation.eligible() && evaluation.grade().failedHurdles().isEmpty();
			return new Graded(total, grade(total, hurdlesMet));
		}

		/** The engine's total and grade for a record. */
		Graded engine(LearnerRecord record) {
			Evaluation.QualificationGrade grade = evaluator.evaluate(record).grade();
			return new Graded(grade.points(), grade.grade().word());
		}
	}

	private record Graded(int total, String grade) {
	}

	private static DmnDecision decision(String xml, String key) {
		return DMN.parseDecision(key, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/** A record of one attempt per unit: "1 merit, 2 pass, ...". */
	private static LearnerRecord record(String results) {
		List<UnitResult> units = new ArrayList<>();
		for (String result : results.split(", ")) {
			String[] part = result.split(" ");
			units.add(new UnitResult(part[0], List.of(Grade.fromWord(part[1]).orElseThrow()), List.of()));
		}
		return new LearnerRecord("learner", units);
	}

	/** Units 1, 2, 3 (mandatory) and 10, 4, 6, 7, 8 (optional): 120 + 120 + 90 + 120 + 90 + 3 x 60 = 720 GLH. */
	private static LearnerRecord diploma(String one, String two, String three, String ten, String four, String six,
			String seven, String eight) {
		return record("1 " + one + ", 2 " + two + ", 3 " + three + ", 10 " + ten + ", 4 " + four + ", 6 " + six + ", 7 "
				+ seven + ", 8 " + eight);
	}

	private final Dmn btec = new Dmn(btecDiploma());
	private final Dmn perCredit = new Dmn(perCredit());

	@Test
	void diplomaRecordsWorkedByHand() {
		// all Pass: 12 + 12 + 9 + 12 + 9 + 3 x 6 = 72, PP (72-87)
		assertEquals(new Graded(72, "PP"), btec.grade(diploma("pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass")));
		// all Merit: 20 + 20 + 15 + 20 + 15 + 3 x 10 = 120, MM (104-123)
		assertEquals(new Graded(120, "MM"),
				btec.grade(diploma("merit", "merit", "merit", "merit", "merit", "merit", "merit", "merit")));
		// all Distinction: 32 + 32 + 24 + 32 + 24 + 3 x 16 = 192, D*D* (180 and above)
		assertEquals(new Graded(192, "D*D*"), btec.grade(diploma("distinction", "distinction", "distinction",
				"distinction", "distinction", "distinction", "distinction", "distinction")));
		// 32 + 32 + 24 + 32 + 24 + 16 + 0 + 6 = 166, D*D (162-179): one optional 60-GLH unit Unclassified is
		// within the compensation (up to 60 GLH of optional units), so it still counts towards the 720 GLH
		assertEquals(new Graded(166, "D*D"), btec.grade(diploma("distinction", "distinction", "distinction",
				"distinction", "distinction", "distinction", "unclassified", "pass")));
		// two such units (120 GLH) exceed it: a hurdle fails, unclassified whatever the points
		assertEquals(new Graded(160, "unclassified"), btec.grade(diploma("distinction", "distinction", "distinction",
				"distinction", "distinction", "distinction", "unclassified", "unclassified")));
		// an optional 60-GLH unit at Near Pass, within the compensation, scores its Near Pass cell: 20 + 20 + 15
		// + 20 + 15 + 2 + 2 x 10 = 112, MM (104-123)
		assertEquals(new Graded(112, "MM"), btec.grade(diploma("merit", "merit", "merit", "merit", "merit", "near-pass",
				"merit", "merit")));
		// the examined mandatory unit 3 at Near Pass meets its own hurdle and scores 3, but it is not achieved
		// and compensation covers optional units only: the mandatory group is not complete, unclassified
		assertEquals(new Graded(108, "unclassified"), btec.grade(diploma("merit", "merit", "near-pass", "merit", "merit",
				"merit", "merit", "merit")));
		// 660 GLH: the rule of combination is not met
		assertEquals(new Graded(110, "unclassified"), btec.grade(record(
				"1 merit, 2 merit, 3 merit, 10 merit, 4 merit, 6 merit, 7 merit")));
	}

	@Test
	void diplomaRecordsGradeAsTheEngineGradesThem() {
		Random random = new Random(720);
		List<RuleUnit> mandatory = btec.ruleSet.units().subList(0, 3);
		List<RuleUnit> optional = btec.ruleSet.units().subList(3, 10);
		Grade[] grades = { Grade.UNCLASSIFIED, Grade.NEAR_PASS, Grade.PASS, Grade.PASS, Grade.MERIT, Grade.MERIT,
				Grade.DISTINCTION, Grade.DISTINCTION, Grade.DISTINCTION_STAR };
		int graded = 0;
		for (int i = 0; i < 3000; i++) {
			List<RuleUnit> taken = new ArrayList<>();
			mandatory.stream().filter(unit -> random.nextInt(20) > 0).forEach(taken::add);
			// optional units up to 390 GLH (720 in all), usually exactly
			List<RuleUnit> shuffled = new ArrayList<>(optional);
			Collections.shuffle(shuffled, random);
			int glh = 0;
			for (RuleUnit unit : shuffled) {
				if (glh + unit.glh() <= 390) {
					taken.add(unit);
					glh += unit.glh();
				}
			}
			LearnerRecord record = new LearnerRecord("generated " + i, taken.stream()
					.map(unit -> new UnitResult(unit.id(), attempts(random, grades), List.of())).toList());
			Graded expected = btec.engine(record);
			assertEquals(expected, btec.grade(record), record.toString());
			graded += expected.grade().equals("unclassified") ? 0 : 1;
		}
		assertTrue(graded > 300, graded + " of the records have a grade: the bands are exercised");
	}

	/** One or two attempts (the best counts). */
	private static List<Grade> attempts(Random random, Grade[] grades) {
		List<Grade> attempts = new ArrayList<>();
		attempts.add(grades[random.nextInt(grades.length)]);
		if (random.nextInt(5) == 0) {
			attempts.add(grades[random.nextInt(grades.length)]);
		}
		return attempts;
	}

	@Test
	void everyTotalGradesByTheLetterBands() {
		for (int total = -3; total <= 230; total++) {
			String expected = total >= 180 ? "D*D*" : total >= 162 ? "D*D" : total >= 144 ? "DD" : total >= 124 ? "DM"
					: total >= 104 ? "MM" : total >= 88 ? "MP" : total >= 72 ? "PP" : "unclassified";
			assertEquals(expected, btec.grade(total, true), total + " points");
			assertEquals("unclassified", btec.grade(total, false), total + " points, a hurdle failed");
		}
		assertTrue(btec.xml.contains("\"D*D*\", \"D*D\", \"DD\""), "the output values are the letters");
	}

	@Test
	void perCreditRecordsWorkedByHand() {
		// units 1-6 (60 credits) at Pass: 60 x 7 = 420, Pass
		assertEquals(new Graded(420, "pass"), perCredit.grade(record("1 pass, 2 pass, 3 pass, 4 pass, 5 pass, 6 pass")));
		// at Distinction: 60 x 9 = 540, Distinction*
		assertEquals(new Graded(540, "distinction-star"), perCredit.grade(record(
				"1 distinction, 2 distinction, 3 distinction, 4 distinction, 5 distinction, 6 distinction")));
		// unit 8 (10 credits, 30 GLH) scores by its GLH row, 60 for Merit, not 10 x 8; unit 7 states no credits
		// and scores 0: 10 x 8 + 15 x 8 + 15 x 8 + 5 x 8 + 5 x 8 + 60 + 0 = 460, Merit
		assertEquals(new Graded(460, "merit"), perCredit.grade(record(
				"2 merit, 3 merit, 4 merit, 5 merit, 6 merit, 8 merit, 7 distinction")));
		// a unit at Unclassified has no cell: 0 points, and fails the hurdle
		assertEquals(new Graded(350, "unclassified"), perCredit.grade(record(
				"1 unclassified, 2 pass, 3 pass, 4 pass, 5 pass, 6 pass")));
	}

	@Test
	void perCreditRecordsGradeAsTheEngineGradesThem() {
		Random random = new Random(7);
		// mostly achievements, so that many records meet the hurdle and reach the bands
		Grade[] grades = { Grade.UNCLASSIFIED, Grade.NEAR_PASS, Grade.DISTINCTION_STAR, Grade.PASS, Grade.PASS, Grade.PASS,
				Grade.PASS, Grade.PASS, Grade.PASS, Grade.MERIT, Grade.MERIT, Grade.MERIT, Grade.MERIT, Grade.MERIT, Grade.MERIT,
				Grade.DISTINCTION, Grade.DISTINCTION, Grade.DISTINCTION, Grade.DISTINCTION, Grade.DISTINCTION, Grade.DISTINCTION };
		int graded = 0;
		for (int i = 0; i < 2000; i++) {
			LearnerRecord record = new LearnerRecord("generated " + i, perCredit.ruleSet.units().stream()
					.filter(unit -> random.nextInt(10) > 0)
					.map(unit -> new UnitResult(unit.id(), attempts(random, grades), List.of())).toList());
			Graded expected = perCredit.engine(record);
			assertEquals(expected, perCredit.grade(record), record.toString());
			graded += expected.grade().equals("unclassified") ? 0 : 1;
		}
		assertTrue(graded > 200, graded + " of the records have a grade");
	}

	@Test
	void theCreditsInputIsThereOnlyForAPerCreditRow() throws Exception {
		assertTrue(perCredit.xml.contains("<inputData id=\"inputData_credits\""));
		assertTrue(perCredit.xml.contains("<text>credits * 9</text>"));
		assertFalse(btec.xml.contains("inputData_credits"));
		GradingDmnTest.validate(perCredit.xml);
		GradingDmnTest.validate(btec.xml);
	}

	@Test
	void onlyARowPerCreditScoresPerCredit() {
		// a table of only a row per credit: every unit not overridden is scored per credit, whatever its GLH
		RuleSet set = perCredit();
		Grading g = set.grading();
		RuleSet onlyPerCredit = new RuleSet(set.qualification(), set.title(), set.level(), set.declared(), set.units(),
				set.groups(), set.rules(), set.resits(), new Grading(false, g.grades(), g.points().subList(0, 1), g.bands(),
						g.hurdles(), null, true), false, false, List.of());
		Dmn dmn = new Dmn(onlyPerCredit);
		RuleUnit unit8 = onlyPerCredit.unit("8").orElseThrow();
		assertEquals(80, dmn.points(unit8, Grade.MERIT));
		assertEquals(0, dmn.points(onlyPerCredit.unit("7").orElseThrow(), Grade.MERIT));
		assertEquals(0, dmn.points(unit8, Grade.NEAR_PASS));
	}
}
