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
import java.util.Locale;
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
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluation.UnitOutcome;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
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
 * grades every record exactly as the {@link Evaluator} does. The Cambridge Technical rule set (603/2730/3,
 * DOMAIN.md §4) is built by hand, so the test depends on the engine and its model only.
 */
class GradingDmnTest {

	private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final RuleSet ruleSet = cambridgeTechnical();
	private final Evaluator evaluator = new Evaluator(ruleSet);
	private final String xml = GradingDmn.write(ruleSet);
	private final DmnDecision unitPoints = decision(xml, GradingDmn.UNIT_POINTS);
	private final DmnDecision qualificationGrade = decision(xml, GradingDmn.QUALIFICATION_GRADE);

	/** OCR Level 2 Cambridge Technical Diploma in Customer Service, as the handbook states it. */
	static RuleSet cambridgeTechnical() {
		List<RuleUnit> units = new ArrayList<>();
		units.add(new RuleUnit("1", null, "Unit 1", null, null, 2, 60, Assessment.EXTERNAL, GradeScale.ACHIEVED_OR_NOT,
				20, null));
		for (int unit = 2; unit <= 7; unit++) {
			units.add(new RuleUnit(String.valueOf(unit), null, "Unit " + unit, null, null, 2, unit <= 3 ? 30 : 60,
					Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION, null, null));
		}
		Grading grading = new Grading(false, List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				List.of(new PointsRow(30, Map.of(Grade.PASS, 7, Grade.MERIT, 8, Grade.DISTINCTION, 9, Grade.UNCLASSIFIED, 0)),
						new PointsRow(60, Map.of(Grade.PASS, 14, Grade.MERIT, 16, Grade.DISTINCTION, 18, Grade.UNCLASSIFIED, 0))),
				List.of(new Band(Grade.DISTINCTION_STAR, "D*", 107, null), new Band(Grade.DISTINCTION, "D", 103, 106),
						new Band(Grade.MERIT, "M", 97, 102), new Band(Grade.PASS, "P", 90, 96),
						new Band(Grade.UNCLASSIFIED, "U", 0, 89)),
				List.of(new Hurdle("1", Grade.ACHIEVED, false), new Hurdle(null, Grade.PASS, true)), true);
		return new RuleSet("603/2730/3", "OCR Level 2 Cambridge Technical Diploma in Customer Service", 2, null, units,
				List.of(), List.of(new AllUnitsRule(List.of(), 7, null, false)),
				List.of(new ResitPolicy(Assessment.EXTERNAL, 1)), grading, false, false, List.of());
	}

	private static DmnDecision decision(String xml, String key) {
		return DMN.parseDecision(key, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/** A record: unit 1's attempts then units 2-7, each "pass", "not-achieved" or "unclassified then merit". */
	private static LearnerRecord record(String name, String... units) {
		List<UnitResult> results = new ArrayList<>();
		for (int i = 0; i < units.length; i++) {
			List<Grade> attempts = new ArrayList<>();
			for (String attempt : units[i].split(" then ")) {
				attempts.add(Grade.valueOf(attempt.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
			}
			results.add(new UnitResult(String.valueOf(i + 1), attempts, List.of()));
		}
		return new LearnerRecord(name, results);
	}

	/**
	 * Answers of the DMN engine by decision and inputs. Both decisions are pure functions of their inputs, so
	 * each distinct input is evaluated once per test; the exhaustive test then needs about a hundred
	 * evaluations rather than a quarter of a million (minutes).
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

	/** The DMN's verdict on a record the engine has evaluated. */
	private record DmnGrade(int total, Grade grade) {
	}

	/**
	 * Grades an evaluated record with the DMN: the unit results the engine chose (best attempt, refused resits)
	 * are scored by unitPoints and summed; qualificationGrade gets the total and the engine's hurdle verdict.
	 * Each unit's DMN points must equal the engine's.
	 */
	private DmnGrade gradeWithDmn(Evaluation evaluation) {
		int total = 0;
		for (UnitOutcome outcome : evaluation.units()) {
			int points = points(unitPoints, outcome.unit().id(), outcome.unit().glh(), outcome.result());
			assertEquals(outcome.points(), points, outcome.unit().label() + " " + outcome.result().label());
			total += points;
		}
		return new DmnGrade(total, grade(qualificationGrade, total, hurdlesMet(evaluation)));
	}

	/**
	 * The engine's verdict on the hurdles, and on the rule of combination, which also makes a record
	 * unclassified. Evaluation has no field for the hurdle verdict yet: the grade's reason states it.
	 */
	private static boolean hurdlesMet(Evaluation evaluation) {
		return evaluation.eligible() && evaluation.grade().hurdlesMet();
	}

	private DmnGrade assertAgrees(LearnerRecord record) {
		Evaluation evaluation = evaluator.evaluate(record);
		DmnGrade dmn = gradeWithDmn(evaluation);
		assertEquals(evaluation.grade().points(), dmn.total(), record.name() + ": total");
		assertEquals(evaluation.grade().grade(), dmn.grade(), record.name() + ": grade (" + evaluation.grade().reason() + ")");
		return dmn;
	}

	@Test
	void learnerAScores92PointsAndAPass() {
		DmnGrade a = assertAgrees(record("Learner A", "achieved", "pass", "pass", "merit", "pass", "pass", "pass"));
		assertEquals(new DmnGrade(92, Grade.PASS), a);
	}

	@Test
	void learnerBHas91PointsButTheUnit2HurdleMakesItUnclassified() {
		LearnerRecord b = record("Learner B", "achieved", "unclassified", "distinction", "merit", "merit", "merit", "pass");
		assertEquals(new DmnGrade(91, Grade.UNCLASSIFIED), assertAgrees(b));
		// With the hurdles met, 91 points would be a Pass: the hurdle, not the total, decides.
		assertEquals(Grade.PASS, grade(qualificationGrade, 91, true));
	}

	@ParameterizedTest(name = "{0} points -> {1}")
	@CsvSource({
			// 89 cannot be scored with every unit at least Pass: unit 2 is Unclassified, so the hurdle fails.
			"89, UNCLASSIFIED, 'achieved, unclassified, distinction, pass, pass, merit, merit'",
			"90, PASS, 'achieved, pass, pass, pass, pass, pass, pass'",
			"96, PASS, 'achieved, merit, merit, merit, merit, pass, pass'",
			"97, MERIT, 'achieved, distinction, merit, distinction, pass, pass, pass'",
			"102, MERIT, 'achieved, pass, pass, distinction, distinction, distinction, pass'",
			"103, DISTINCTION, 'achieved, merit, pass, distinction, distinction, distinction, pass'",
			"106, DISTINCTION, 'achieved, pass, pass, distinction, distinction, distinction, distinction'",
			"107, DISTINCTION_STAR, 'achieved, merit, pass, distinction, distinction, distinction, distinction'" })
	void bandBoundaries(int total, Grade grade, String units) {
		DmnGrade dmn = assertAgrees(record(total + " points", units.split(", ")));
		assertEquals(new DmnGrade(total, grade), dmn);
	}

	@Test
	void theTableItselfPutsEightyNineBelowThePassBand() {
		assertEquals(Grade.UNCLASSIFIED, grade(qualificationGrade, 89, true));
		assertEquals(Grade.PASS, grade(qualificationGrade, 90, true));
	}

	@Test
	void unit1NotAchievedScoresNothingAndFailsTheHurdle() {
		LearnerRecord record = record("no unit 1", "not-achieved", "distinction", "distinction", "distinction",
				"distinction", "distinction", "distinction");
		assertEquals(new DmnGrade(90, Grade.UNCLASSIFIED), assertAgrees(record));
	}

	@Test
	void theEngineChoosesTheResultAndTheDmnScoresIt() {
		// Best result counts (unit 2 resubmitted), and unit 1's third sitting is refused (one resit for exams).
		assertEquals(new DmnGrade(98, Grade.MERIT), assertAgrees(record("resubmission", "achieved",
				"unclassified then pass", "distinction", "merit", "merit", "merit", "pass")));
		assertEquals(new DmnGrade(0 + 7 * 2 + 14 * 4, Grade.UNCLASSIFIED), assertAgrees(record("third sitting",
				"not-achieved then not-achieved then achieved", "pass", "pass", "pass", "pass", "pass", "pass")));
		// A unit with no result scores nothing and fails its hurdle.
		assertEquals(new DmnGrade(20 + 7 * 2 + 14 * 3, Grade.UNCLASSIFIED), assertAgrees(record("no unit 7",
				"achieved", "pass", "pass", "pass", "pass", "pass")));
	}

	@Test
	void everyRecordOfOneResultPerUnitGradesAsTheEngineDoes() {
		// Unit 1 also with results outside its scale: the engine scores its override for any achievement.
		Grade[] unit1 = Grade.values();
		Grade[] graded = { Grade.UNCLASSIFIED, Grade.PASS, Grade.MERIT, Grade.DISTINCTION };
		int records = 0;
		for (Grade first : unit1) {
			for (int code = 0; code < 4096; code++) {
				List<UnitResult> results = new ArrayList<>();
				results.add(new UnitResult("1", List.of(first), List.of()));
				for (int unit = 2; unit <= 7; unit++) {
					Grade grade = graded[(code >> (2 * (unit - 2))) & 3];
					results.add(new UnitResult(String.valueOf(unit), List.of(grade), List.of()));
				}
				assertAgrees(new LearnerRecord("record " + first + " " + code, results));
				records++;
			}
		}
		assertEquals(8 * 4096, records);
	}

	@Test
	void everyTotalGradesAsTheBandsDo() {
		for (int total = -5; total <= 130; total++) {
			Grade expected = ruleSet.grading().bandFor(total).map(Band::grade).orElse(Grade.UNCLASSIFIED);
			assertEquals(expected, grade(qualificationGrade, total, true), total + " points");
			assertEquals(Grade.UNCLASSIFIED, grade(qualificationGrade, total, false), total + " points, hurdle failed");
		}
	}

	@Test
	void cellsTheTableDoesNotStateScoreNothing() {
		// As in the engine: a grade without a cell, a GLH without a row, no GLH at all, an override not achieved.
		assertEquals(0, points(unitPoints, "5", 60, Grade.NOT_ACHIEVED));
		assertEquals(0, points(unitPoints, "5", 45, Grade.DISTINCTION));
		assertEquals(0, points(unitPoints, "5", null, Grade.PASS));
		assertEquals(0, points(unitPoints, "1", 60, Grade.NOT_ACHIEVED));
		assertEquals(20, points(unitPoints, "1", 60, Grade.ACHIEVED));
		assertEquals(20, points(unitPoints, "1", null, Grade.ACHIEVED), "the override ignores GLH");
	}

	@Test
	void gapsAndOverlapsBetweenBandsGradeAsTheEngineDoes() {
		// No Merit band (97-102 is in no band), and a Pass band that overlaps Distinction: the first band wins.
		Grading odd = new Grading(false, List.of(Grade.PASS, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				ruleSet.grading().points(),
				List.of(new Band(Grade.DISTINCTION_STAR, "D*", 107, null), new Band(Grade.DISTINCTION, "D", 103, 106),
						new Band(Grade.PASS, "P", 90, 104), new Band(Grade.UNCLASSIFIED, "U", 10, 20)),
				ruleSet.grading().hurdles(), true);
		RuleSet oddSet = withGrading(ruleSet, odd);
		String oddXml = GradingDmn.write(oddSet);
		assertTrue(oddXml.contains("<description>band P: 90-104 points where no earlier band applies</description>"));
		assertTrue(oddXml.contains("<text>[90..102]</text>"), "Distinction takes 103 and 104");
		DmnDecision oddGrade = decision(oddXml, GradingDmn.QUALIFICATION_GRADE);
		for (int total = -5; total <= 130; total++) {
			Grade expected = odd.bandFor(total).map(Band::grade).orElse(Grade.UNCLASSIFIED);
			assertEquals(expected, grade(oddGrade, total, true), total + " points");
		}
		// and with records through the engine
		Evaluator oddEvaluator = new Evaluator(oddSet);
		DmnDecision oddPoints = decision(oddXml, GradingDmn.UNIT_POINTS);
		for (String units : List.of("achieved, pass, pass, pass, pass, pass, pass",
				"achieved, distinction, merit, distinction, pass, pass, pass",
				"achieved, pass, pass, distinction, distinction, distinction, distinction")) {
			Evaluation evaluation = oddEvaluator.evaluate(record(units, units.split(", ")));
			int total = evaluation.units().stream()
					.mapToInt(o -> points(oddPoints, o.unit().id(), o.unit().glh(), o.result())).sum();
			assertEquals(evaluation.grade().points(), total);
			assertEquals(evaluation.grade().grade(), grade(oddGrade, total, hurdlesMet(evaluation)), units);
		}
	}

	/** Validates against the OMG's DMN 1.3 schema as Camunda's model bundles it (its parser does not validate). */
	private static void validate(String document) throws Exception {
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
		assertEquals(List.of("not-achieved", "unclassified", "fail", "achieved", "pass", "merit", "distinction",
				"distinction-star"), List.of(Grade.values()).stream().map(GradingDmn::gradeValue).toList());
		for (Grade grade : Grade.values()) {
			assertEquals(grade, GradingDmn.grade(GradingDmn.gradeValue(grade)).orElseThrow());
		}
		assertTrue(xml.contains("<text>\"distinction-star\"</text>"));
	}

	@Test
	void theExportIsDeterministic() {
		assertEquals(xml, GradingDmn.write(cambridgeTechnical()));
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
		RuleSet passFail = withGrading(ruleSet, new Grading(true, List.of(), List.of(), List.of(), List.of(), true));
		RuleSet ungraded = withGrading(ruleSet, null);
		for (RuleSet set : List.of(passFail, ungraded)) {
			assertFalse(GradingDmn.supports(set));
			assertTrue(GradingDmn.export(set).isEmpty());
			assertThrows(IllegalArgumentException.class, () -> GradingDmn.write(set));
		}
		assertEquals(xml, GradingDmn.export(ruleSet).orElseThrow());
	}

	private static RuleSet withGrading(RuleSet set, Grading grading) {
		return new RuleSet(set.qualification(), set.title(), set.level(), set.declared(), set.units(), set.groups(),
				set.rules(), set.resits(), grading, set.noExemptions(), set.noEquivalences(), set.examples());
	}
}
