package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import io.qualspec.rules.dmn.GradingDmn;
import io.qualspec.rules.evaluation.Evaluation.UnitOutcome;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.Grading.Band;
import io.qualspec.rules.model.Grading.Hurdle;
import io.qualspec.rules.model.Grading.PointsRow;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LearnerRecord.UnitResult;
import io.qualspec.rules.model.ResitPolicy;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/**
 * The DMN export of a qualification's grading, executed by the Camunda 7 DMN engine (FEEL by feel-scala),
 * grades records as the handbook does: OCR Cambridge Technicals Level 2 qualification handbook, version 1,
 * §10 "How to calculate the qualification grade", for the Level 2 Diploma in Customer Service (603/2730/3).
 * The expectations are the handbook's tables, written out below, not the Qualspec engine; the rule set is
 * built by hand, so the test depends on the export and the DMN engine only.
 */
class GradingDmnTest {

	private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final RuleSet ruleSet = cambridgeTechnical();
	private final String xml = GradingDmn.write(ruleSet);
	private final DmnDecision unitPoints = decision(xml, GradingDmn.UNIT_POINTS);
	private final DmnDecision qualificationGrade = decision(xml, GradingDmn.QUALIFICATION_GRADE);

	/** OCR Level 2 Cambridge Technical Diploma in Customer Service, as the handbook states it. */
	static RuleSet cambridgeTechnical() {
		List<RuleUnit> units = new ArrayList<>();
		units.add(new RuleUnit("1", null, "Unit 1", null, null, 2, 60, Assessment.EXTERNAL, GradeScale.ACHIEVED_OR_NOT,
				20, null));
		for (int unit = 2; unit <= 7; unit++) {
			// units 1 and 2 are examined, the others assessed by the centre (§4 unit table, "E" and "I")
			units.add(new RuleUnit(String.valueOf(unit), null, "Unit " + unit, null, null, 2, GLH[unit - 1],
					unit == 2 ? Assessment.EXTERNAL : Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION, null, null));
		}
		Grading grading = new Grading(false, List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				List.of(new PointsRow(30, Map.of(Grade.PASS, 7, Grade.MERIT, 8, Grade.DISTINCTION, 9, Grade.UNCLASSIFIED, 0)),
						new PointsRow(60, Map.of(Grade.PASS, 14, Grade.MERIT, 16, Grade.DISTINCTION, 18, Grade.UNCLASSIFIED, 0))),
				List.of(new Band(AwardGrade.of(Grade.DISTINCTION_STAR), "D*", 107, null), new Band(AwardGrade.of(Grade.DISTINCTION), "D", 103, 106),
						new Band(AwardGrade.of(Grade.MERIT), "M", 97, 102), new Band(AwardGrade.of(Grade.PASS), "P", 90, 96),
						new Band(AwardGrade.of(Grade.UNCLASSIFIED), "U", 0, 89)),
				List.of(new Hurdle("1", Grade.ACHIEVED, false), new Hurdle(null, Grade.PASS, true)), null, true);
		return new RuleSet("603/2730/3", "OCR Level 2 Cambridge Technical Diploma in Customer Service", 2, null, units,
				List.of(), List.of(new AllUnitsRule(List.of(), 7, null, false)),
				List.of(new ResitPolicy(Assessment.EXTERNAL, 1)), grading, false, false, List.of());
	}

	// ----------------------------------------------------------------- the handbook's tables, as printed

	/** GLH of units 1 to 7 (§4 unit table). */
	private static final int[] GLH = { 60, 30, 30, 60, 60, 60, 60 };

	/**
	 * Points of one unit (§10): "An achievement of unit 1 will be awarded 20 points"; 30-GLH units score Pass
	 * 7, Merit 8, Distinction 9; 60-GLH units Pass 14, Merit 16, Distinction 18; Unclassified 0.
	 */
	private static int handbookPoints(int unit, Grade grade) {
		if (unit == 1) {
			return grade == Grade.ACHIEVED ? 20 : 0;
		}
		int[] row = GLH[unit - 1] == 30 ? new int[] { 0, 7, 8, 9 } : new int[] { 0, 14, 16, 18 };
		return switch (grade) {
			case PASS -> row[1];
			case MERIT -> row[2];
			case DISTINCTION -> row[3];
			default -> row[0];
		};
	}

	/** The bands (§10): D* 107 and above, D 103-106, M 97-102, P 90-96, U below 90. */
	private static Grade handbookBand(int total) {
		return total >= 107 ? Grade.DISTINCTION_STAR : total >= 103 ? Grade.DISTINCTION : total >= 97 ? Grade.MERIT
				: total >= 90 ? Grade.PASS : Grade.UNCLASSIFIED;
	}

	/** The hurdle (§10): "a learner must achieve unit 1 and at least a Pass grade for all other units". */
	private static boolean handbookHurdles(List<Grade> results) {
		return results.get(0) == Grade.ACHIEVED && results.subList(1, results.size()).stream()
				.allMatch(g -> g == Grade.PASS || g == Grade.MERIT || g == Grade.DISTINCTION);
	}

	// ------------------------------------------------------------------------------ asking the DMN engine

	private static DmnDecision decision(String xml, String key) {
		return DMN.parseDecision(key, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/** Results of units 1 to 7 in order: "achieved", "pass", "not-achieved", ... */
	private static List<Grade> results(String... units) {
		return Arrays.stream(units).map(word -> Grade.fromWord(word.trim()).orElseThrow()).toList();
	}

	/**
	 * Answers of the DMN engine by decision and inputs. Both decisions are pure functions of their inputs, so
	 * each distinct input is evaluated once per test; the exhaustive test then needs about a hundred
	 * evaluations rather than a hundred thousand (minutes).
	 */
	private final Map<List<Object>, Object> answers = new HashMap<>();

	private int points(DmnDecision unitPoints, String unit, Integer glh, Grade grade) {
		return (Integer) answers.computeIfAbsent(Arrays.asList(unitPoints, unit, glh, grade), key -> {
			Map<String, Object> inputs = new HashMap<>();
			inputs.put(GradingDmn.UNIT, unit);
			inputs.put(GradingDmn.GLH, glh);
			inputs.put(GradingDmn.GRADE, GradingDmn.gradeValue(grade));
			DmnDecisionRuleResult row = DMN.evaluateDecisionTable(unitPoints, inputs).getSingleResult();
			assertNotNull(row, "no row of unitPoints matches " + inputs);
			return ((Number) row.getSingleEntry()).intValue();
		});
	}

	private Grade grade(DmnDecision qualificationGrade, int total, boolean hurdlesMet) {
		return (Grade) answers.computeIfAbsent(Arrays.asList(qualificationGrade, total, hurdlesMet), key -> {
			DmnDecisionRuleResult row = DMN.evaluateDecisionTable(qualificationGrade,
					Map.of(GradingDmn.TOTAL_POINTS, total, GradingDmn.HURDLES_MET, hurdlesMet)).getSingleResult();
			assertNotNull(row, "no row of qualificationGrade matches " + total + " points, hurdles met " + hurdlesMet);
			String value = row.getSingleEntry();
			return GradingDmn.grade(value).orElseThrow(() -> new AssertionError("not a grade: " + value));
		});
	}

	/** The DMN's verdict on a record. */
	private record DmnGrade(int total, Grade grade) {
	}

	/**
	 * Grades results of units 1 to 7 with the DMN: unitPoints scores each unit (and must give the handbook's
	 * points), qualificationGrade grades the sum with the handbook's hurdle verdict as hurdlesMet.
	 */
	private DmnGrade gradeWithDmn(List<Grade> results) {
		int total = 0;
		for (int unit = 1; unit <= results.size(); unit++) {
			Grade result = results.get(unit - 1);
			int points = points(unitPoints, String.valueOf(unit), GLH[unit - 1], result);
			assertEquals(handbookPoints(unit, result), points, "unit " + unit + " " + result.label());
			total += points;
		}
		return new DmnGrade(total, grade(qualificationGrade, total, handbookHurdles(results)));
	}

	@Test
	void learnerAScores92PointsAndAPass() {
		// §10 Example A: 20 + 7 + 7 + 16 + 14 + 14 + 14 = 92 points, "an overall qualification grade of a Pass"
		assertEquals(new DmnGrade(92, Grade.PASS),
				gradeWithDmn(results("achieved", "pass", "pass", "merit", "pass", "pass", "pass")));
	}

	@Test
	void learnerBHas91PointsButTheUnit2HurdleMakesItUnclassified() {
		// §10 Example B: 91 points, "enough points to be eligible for a Pass", but unit 2 is Unclassified
		assertEquals(new DmnGrade(91, Grade.UNCLASSIFIED),
				gradeWithDmn(results("achieved", "unclassified", "distinction", "merit", "merit", "merit", "pass")));
		// With the hurdles met, 91 points would be a Pass: the hurdle, not the total, decides.
		assertEquals(Grade.PASS, grade(qualificationGrade, 91, true));
	}

	@ParameterizedTest(name = "{0} points -> {1}")
	@CsvSource({
			// 89 cannot be scored with every unit at least Pass: unit 2 is Unclassified (20+0+9+14+14+16+16)
			"89, UNCLASSIFIED, 'achieved, unclassified, distinction, pass, pass, merit, merit'",
			"90, PASS, 'achieved, pass, pass, pass, pass, pass, pass'", // 20+7+7+4x14
			"96, PASS, 'achieved, merit, merit, merit, merit, pass, pass'", // 20+8+8+16+16+14+14
			"97, MERIT, 'achieved, distinction, merit, distinction, pass, pass, pass'", // 20+9+8+18+3x14
			"102, MERIT, 'achieved, pass, pass, distinction, distinction, distinction, pass'", // 20+7+7+3x18+14
			"103, DISTINCTION, 'achieved, merit, pass, distinction, distinction, distinction, pass'", // 20+8+7+3x18+14
			"106, DISTINCTION, 'achieved, pass, pass, distinction, distinction, distinction, distinction'", // 20+7+7+4x18
			"107, DISTINCTION_STAR, 'achieved, merit, pass, distinction, distinction, distinction, distinction'" })
	void bandBoundaries(int total, Grade grade, String units) {
		assertEquals(new DmnGrade(total, grade), gradeWithDmn(results(units.split(", "))));
	}

	@Test
	void unit1NotAchievedScoresNothingAndFailsTheHurdle() {
		// 0 + 9 + 9 + 4 x 18 = 90 points, a Pass by the bands, but unit 1 is not achieved
		assertEquals(new DmnGrade(90, Grade.UNCLASSIFIED), gradeWithDmn(results("not-achieved", "distinction",
				"distinction", "distinction", "distinction", "distinction", "distinction")));
	}

	@Test
	void theEngineChoosesTheResultAndTheDmnScoresIt() {
		// Choosing each unit's result (best attempt, refused resits) stays in the engine; the DMN scores it.
		Evaluator evaluator = new Evaluator(ruleSet);
		// unit 2 resat: the better result, Pass, counts: 20+7+9+16+16+16+14 = 98, a Merit
		assertEquals(new DmnGrade(98, Grade.MERIT), gradeWithDmn(chosen(evaluator, "achieved", "unclassified then pass",
				"distinction", "merit", "merit", "merit", "pass")));
		// an examined unit may be resat once: unit 1's third sitting does not count, so it is not achieved
		assertEquals(new DmnGrade(0 + 7 * 2 + 14 * 4, Grade.UNCLASSIFIED), gradeWithDmn(chosen(evaluator,
				"not-achieved then not-achieved then achieved", "pass", "pass", "pass", "pass", "pass", "pass")));
	}

	/** The result of each unit as the engine chooses it from the attempts ("unclassified then pass"). */
	private static List<Grade> chosen(Evaluator evaluator, String... units) {
		List<UnitResult> results = new ArrayList<>();
		for (int i = 0; i < units.length; i++) {
			results.add(new UnitResult(String.valueOf(i + 1), results(units[i].split(" then ")), List.of()));
		}
		return evaluator.evaluate(new LearnerRecord("learner", results)).units().stream().map(UnitOutcome::result).toList();
	}

	@Test
	void everyRecordOfOneResultPerUnitGradesAsTheHandbookDoes() {
		Grade[] unit1 = { Grade.ACHIEVED, Grade.NOT_ACHIEVED };
		Grade[] graded = { Grade.UNCLASSIFIED, Grade.PASS, Grade.MERIT, Grade.DISTINCTION };
		int records = 0;
		for (Grade first : unit1) {
			for (int code = 0; code < 4096; code++) {
				List<Grade> results = new ArrayList<>();
				results.add(first);
				int total = handbookPoints(1, first);
				for (int unit = 2; unit <= 7; unit++) {
					Grade grade = graded[(code >> (2 * (unit - 2))) & 3];
					results.add(grade);
					total += handbookPoints(unit, grade);
				}
				Grade expected = handbookHurdles(results) ? handbookBand(total) : Grade.UNCLASSIFIED;
				assertEquals(new DmnGrade(total, expected), gradeWithDmn(results), results.toString());
				records++;
			}
		}
		assertEquals(2 * 4096, records);
	}

	@Test
	void everyTotalGradesAsTheBandsDo() {
		for (int total = -5; total <= 130; total++) {
			assertEquals(handbookBand(total), grade(qualificationGrade, total, true), total + " points");
			assertEquals(Grade.UNCLASSIFIED, grade(qualificationGrade, total, false), total + " points, hurdle failed");
		}
	}

	@Test
	void cellsTheTableDoesNotStateScoreNothing() {
		// The engine's conventions where the handbook is silent: a grade without a cell, a GLH without a row,
		// no GLH at all and an override not achieved score 0; the override scores for any achievement.
		assertEquals(0, points(unitPoints, "5", 60, Grade.NOT_ACHIEVED));
		assertEquals(0, points(unitPoints, "5", 45, Grade.DISTINCTION));
		assertEquals(0, points(unitPoints, "5", null, Grade.PASS));
		assertEquals(0, points(unitPoints, "1", 60, Grade.NOT_ACHIEVED));
		assertEquals(20, points(unitPoints, "1", 60, Grade.ACHIEVED));
		assertEquals(20, points(unitPoints, "1", 60, Grade.MERIT));
		assertEquals(20, points(unitPoints, "1", null, Grade.ACHIEVED), "the override ignores GLH");
	}

	@Test
	void gapsAndOverlapsBetweenBandsGradeAsListed() {
		// No Merit band (97-102 is in no band), and a Pass band that overlaps Distinction: the band listed first
		// takes a total, and a total in no band is unclassified. So: 107 and above D*, 103-106 D (also 103
		// and 104, which the Pass band lists too), 90-102 P, anything else U (10-20 by the U band).
		Grading odd = new Grading(false, List.of(Grade.PASS, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				ruleSet.grading().points(),
				List.of(new Band(AwardGrade.of(Grade.DISTINCTION_STAR), "D*", 107, null), new Band(AwardGrade.of(Grade.DISTINCTION), "D", 103, 106),
						new Band(AwardGrade.of(Grade.PASS), "P", 90, 104), new Band(AwardGrade.of(Grade.UNCLASSIFIED), "U", 10, 20)),
				ruleSet.grading().hurdles(), null, true);
		String oddXml = GradingDmn.write(withGrading(ruleSet, odd));
		assertTrue(oddXml.contains("<description>band P: 90-104 points where no earlier band applies</description>"));
		assertTrue(oddXml.contains("<text>[90..102]</text>"), "Distinction takes 103 and 104");
		DmnDecision oddGrade = decision(oddXml, GradingDmn.QUALIFICATION_GRADE);
		for (int total = -5; total <= 130; total++) {
			Grade expected = total >= 107 ? Grade.DISTINCTION_STAR : total >= 103 ? Grade.DISTINCTION
					: total >= 90 ? Grade.PASS : Grade.UNCLASSIFIED;
			assertEquals(expected, grade(oddGrade, total, true), total + " points");
		}
	}

	/** Validates against the OMG's DMN 1.3 schema as Camunda's model bundles it (its parser does not validate). */
	static void validate(String document) throws Exception {
		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(Dmn.class.getResource("/org/camunda/bpm/model/dmn/schema/DMN13.xsd"));
		schema.newValidator().validate(new StreamSource(new StringReader(document)));
	}

	@Test
	void theDocumentIsValidAgainstTheDmn13Schema() throws Exception {
		validate(xml);
		assertThrows(SAXException.class, () -> validate(
				xml.replace("<description>", "<descriptions>").replace("</description>", "</descriptions>")),
				"the schema is really checked");
	}

	@Test
	void bothTablesAreUnique() {
		DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertEquals(GradingDmn.DMN_NAMESPACE, model.getDefinitions().getDomElement().getNamespaceURI());
		for (String name : List.of(GradingDmn.UNIT_POINTS, GradingDmn.QUALIFICATION_GRADE)) {
			Decision decision = model.getModelElementById(name);
			assertEquals(name, decision.getName());
			DecisionTable table = (DecisionTable) decision.getExpression();
			assertEquals(HitPolicy.UNIQUE, table.getHitPolicy());
		}
		DecisionTable points = (DecisionTable) ((Decision) model.getModelElementById(GradingDmn.UNIT_POINTS)).getExpression();
		// 2 override rows, 4 cells + 1 "other grade" row per GLH row, 1 "other GLH" row
		assertEquals(2 + 2 * 5 + 1, points.getRules().size());
		DecisionTable grades = (DecisionTable) ((Decision) model.getModelElementById(GradingDmn.QUALIFICATION_GRADE)).getExpression();
		List<String> totals = grades.getRules().stream()
				.map(rule -> rule.getInputEntries().iterator().next().getText().getTextContent()).toList();
		assertEquals(List.of("-", ">=107", "[103..106]", "[97..102]", "[90..96]", "<90"), totals);
		// Camunda enforces UNIQUE when it evaluates, so every single answer above came from exactly one row.
		DmnDecision overlapping = decision(xml.replace("[90..96]", "[90..104]"), GradingDmn.QUALIFICATION_GRADE);
		RuntimeException twoRows = assertThrows(RuntimeException.class, () -> DMN.evaluateDecisionTable(overlapping,
				Map.of(GradingDmn.TOTAL_POINTS, 103, GradingDmn.HURDLES_MET, true)));
		assertTrue(twoRows.getMessage().contains("UNIQUE"), twoRows.getMessage());
	}

	@Test
	void gradesAreTheWordsOfTheJsonRuleSet() {
		assertEquals(List.of("not-achieved", "unclassified", "fail", "near-pass", "achieved", "pass", "merit", "distinction",
				"distinction-star"), List.of(Grade.values()).stream().map(GradingDmn::gradeValue).toList());
		for (Grade grade : Grade.values()) {
			assertEquals(grade, GradingDmn.grade(GradingDmn.gradeValue(grade)).orElseThrow());
		}
		assertTrue(xml.contains("<text>\"distinction-star\"</text>"));
	}

	@Test
	void theDocumentIsOneDefinitionsElementInTheDmnNamespace() {
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions "), xml.substring(0, 100));
		assertTrue(xml.contains(" xmlns=\"" + GradingDmn.DMN_NAMESPACE + "\""));
		assertTrue(xml.endsWith("</definitions>\n"));
	}

	@Test
	void userTextIsEscapedAsXmlAndAsFeel() throws Exception {
		String awkward = "1\"<&>'\\ \u00e9\n\t\uD83D\uDE00";
		List<RuleUnit> units = new ArrayList<>(ruleSet.units());
		units.set(0, new RuleUnit(awkward, null, "Unit <1>", null, null, 2, 60, Assessment.EXTERNAL,
				GradeScale.ACHIEVED_OR_NOT, 20, null));
		RuleSet odd = new RuleSet("603/2730/3 & <x>", "Title \"with\" <markup> & ]]> \u0001", 2, null, units,
				List.of(), ruleSet.rules(), ruleSet.resits(), ruleSet.grading(), false, false, List.of());
		String oddXml = GradingDmn.write(odd);
		validate(oddXml);
		Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(oddXml.getBytes(StandardCharsets.UTF_8)));
		Element definitions = document.getDocumentElement();
		assertEquals("603/2730/3 & <x> Title \"with\" <markup> & ]]> \uFFFD grading", definitions.getAttribute("name"));
		assertEquals("qualspec_grading_603_2730_3____x_", definitions.getAttribute("id"));
		DmnDecision oddPoints = decision(oddXml, GradingDmn.UNIT_POINTS);
		assertEquals(20, points(oddPoints, awkward, 60, Grade.ACHIEVED));
		assertEquals(0, points(oddPoints, awkward, 60, Grade.NOT_ACHIEVED));
		assertEquals(14, points(oddPoints, "1", 60, Grade.PASS), "unit \"1\" is no longer overridden");
		assertEquals(7, points(oddPoints, "2", 30, Grade.PASS));
		// A control character has no FEEL spelling that Camunda's FEEL engine reads: refused, not mis-scored.
		units.set(0, new RuleUnit("1\u0001", null, "Unit 1", null, null, 2, 60, Assessment.EXTERNAL,
				GradeScale.ACHIEVED_OR_NOT, 20, null));
		RuleSet control = new RuleSet("603/2730/3", null, 2, null, units, List.of(), ruleSet.rules(), ruleSet.resits(),
				ruleSet.grading(), false, false, List.of());
		assertThrows(IllegalArgumentException.class, () -> GradingDmn.write(control));
	}

	@Test
	void noDmnWithoutPointsBasedGrading() {
		RuleSet passFail = withGrading(ruleSet, new Grading(true, List.of(), List.of(), List.of(), List.of(), null, true));
		RuleSet ungraded = withGrading(ruleSet, null);
		for (RuleSet set : List.of(passFail, ungraded)) {
			assertFalse(GradingDmn.supports(set));
			assertTrue(GradingDmn.export(set).isEmpty());
			assertThrows(IllegalArgumentException.class, () -> GradingDmn.write(set));
		}
		DmnDecision exported = decision(GradingDmn.export(ruleSet).orElseThrow(), GradingDmn.QUALIFICATION_GRADE);
		assertEquals(Grade.PASS, grade(exported, 92, true), "Learner A's 92 points");
	}

	private static RuleSet withGrading(RuleSet set, Grading grading) {
		return new RuleSet(set.qualification(), set.title(), set.level(), set.declared(), set.units(), set.groups(),
				set.rules(), set.resits(), grading, set.noExemptions(), set.noEquivalences(), set.examples());
	}
}
