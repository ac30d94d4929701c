package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.json.RuleSetFormatException;
import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.PairedUnits;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LearnerRecord.UnitResult;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.ResitPolicy;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;
import io.qualspec.rules.model.WorkedExample;
import io.qualspec.testing.Repository;

/**
 * The JSON rule-set format (docs/ruleset-format.md): write then read gives the same rule set, writing is
 * deterministic, what is written validates against the JSON Schema, and malformed files fail with a
 * {@link RuleSetFormatException} that names the JSON path of the problem.
 */
class RuleSetJsonTest {

	private static JsonSchema ruleSetSchema;
	private static JsonSchema learnerRecordSchema;

	@BeforeAll
	static void loadSchemas() throws IOException {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		ruleSetSchema = factory.getSchema(Files.readString(schemaFile("qualspec-ruleset.schema.json")));
		learnerRecordSchema = factory.getSchema(Files.readString(schemaFile("qualspec-learner-record.schema.json")));
	}

	// ------------------------------------------------------------------------------------------ fixtures

	/**
	 * OCR Level 2 Cambridge Technical Diploma in Customer Service (603/2730/3): seven ungrouped units, points
	 * by GLH and grade, bands, hurdles, one resit for examined units, best result counts, and the handbook's
	 * two worked examples (OCR Cambridge Technicals Level 2 qualification handbook, version 1, §4 and §10).
	 */
	static RuleSet cambridgeTechnical() {
		List<RuleUnit> units = List.of(
				new RuleUnit("1", "R/615/5441", "Principles of working in service sector organisations", null, null, null, 60,
						Assessment.EXTERNAL, GradeScale.ACHIEVED_OR_NOT, 20, Map.of()),
				graded("2", "Y/615/5442", "Understand customer expectations and issues", 30, Assessment.EXTERNAL),
				graded("3", "K/615/5445", "Social media in the workplace", 30, Assessment.INTERNAL),
				graded("4", "R/615/5620", "Delivering effective customer service", 60, Assessment.INTERNAL),
				graded("5", "D/615/5619", "Obtaining and using customer feedback", 60, Assessment.INTERNAL),
				graded("6", "A/615/5630", "Enhancing the customer experience", 60, Assessment.INTERNAL),
				graded("7", "Y/615/5618", "Handling challenging customer service situations", 60, Assessment.INTERNAL));
		Grading grading = new Grading(false, List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				List.of(new Grading.PointsRow(30, points(7, 8, 9)), new Grading.PointsRow(60, points(14, 16, 18))),
				List.of(new Grading.Band(AwardGrade.of(Grade.DISTINCTION_STAR), "D*", 107, null),
						new Grading.Band(AwardGrade.of(Grade.DISTINCTION), "D", 103, 106), new Grading.Band(AwardGrade.of(Grade.MERIT), "M", 97, 102),
						new Grading.Band(AwardGrade.of(Grade.PASS), "P", 90, 96), new Grading.Band(AwardGrade.of(Grade.UNCLASSIFIED), "U", 0, 89)),
				List.of(new Grading.Hurdle("1", Grade.ACHIEVED, false), new Grading.Hurdle(null, Grade.PASS, true)), null, true);
		List<WorkedExample> examples = List.of(
				example("Learner A", List.of(Grade.ACHIEVED, Grade.PASS, Grade.PASS, Grade.MERIT, Grade.PASS, Grade.PASS,
						Grade.PASS), new WorkedExample.Expectation(true, 92, AwardGrade.of(Grade.PASS))),
				example("Learner B", List.of(Grade.ACHIEVED, Grade.UNCLASSIFIED, Grade.DISTINCTION, Grade.MERIT, Grade.MERIT,
						Grade.MERIT, Grade.PASS), new WorkedExample.Expectation(false, 91, AwardGrade.of(Grade.UNCLASSIFIED))));
		return new RuleSet("603/2730/3", "OCR Level 2 Cambridge Technical Diploma in Customer Service", 2,
				new RuleSet.DeclaredSize(null, false, 360, false, 485), units, List.of(),
				List.of(new AllUnitsRule(List.of(), 7, null, false)), List.of(new ResitPolicy(Assessment.EXTERNAL, 1)),
				grading, false, false, examples);
	}

	private static RuleUnit graded(String id, String urn, String title, int glh, Assessment assessment) {
		return new RuleUnit(id, urn, title, null, null, null, glh, assessment, GradeScale.PASS_MERIT_DISTINCTION, null,
				Map.of());
	}

	private static Map<Grade, Integer> points(int pass, int merit, int distinction) {
		return Map.of(Grade.PASS, pass, Grade.MERIT, merit, Grade.DISTINCTION, distinction, Grade.UNCLASSIFIED, 0);
	}

	/** Units 1 to 7 with these results, one attempt each. */
	private static WorkedExample example(String name, List<Grade> grades, WorkedExample.Expectation expected) {
		List<UnitResult> results = new ArrayList<>();
		for (int i = 0; i < grades.size(); i++) {
			results.add(new UnitResult(String.valueOf(i + 1), List.of(grades.get(i)), List.of()));
		}
		return new WorkedExample(name, new LearnerRecord(name, results), expected);
	}

	/** OCR Level 2 NVQ Certificate in Contact Centre Operations (600/2451/3): local number, group, URN, credits, level, GLH, title. */
	private static final String CONTACT_CENTRE_UNITS = """
			1 | A | T/503/0342 | 4 | 2 | 15 | Improve personal effectiveness at work in a contact centre
			2 | A | D/503/0352 | 2 | 1 | 9 | Comply with health and safety procedures in a contact centre
			3 | B | J/503/0362 | 4 | 2 | 24 | Use systems and technology during customer contact in a contact centre
			4 | B | K/503/0385 | 5 | 2 | 12 | Deliver customer service through a contact centre
			5 | B | L/503/0394 | 5 | 2 | 15 | Carry out direct sales activities in a contact centre
			6 | B | H/503/0403 | 4 | 2 | 12 | Communicate information to customers in different but familiar contexts through a contact centre
			7 | B | L/503/0413 | 4 | 2 | 18 | Provide support through a contact centre for specified products and/or services
			8 | B | K/503/0421 | 7 | 2 | 40 | Deal with incidents through a contact centre
			9 | B | J/503/0426 | 5 | 3 | 15 | Support customers and colleagues when providing contact centre services
			10 | C | L/601/1225 | 5 | 2 | 33 | Deal with customers using bespoke software
			11 | C | F/601/1223 | 5 | 2 | 33 | Deal with incoming telephone calls from customers
			12 | C | D/601/0936 | 6 | 2 | 40 | Promote additional services or products to customers
			13 | C | L/601/1614 | 4 | 2 | 30 | Follow the rules to deliver customer service
			14 | C | D/601/1522 | 6 | 3 | 40 | Process customer service complaints
			15 | C | D/601/1553 | 8 | 3 | 53 | Work with others to improve customer service
			16 | C | H/600/9660 | 3 | 2 | 15 | Develop working relationships with colleagues
			17 | C | L/502/4627 | 3 | 1 | 20 | Word processing software
			18 | C | F/502/4396 | 3 | 2 | 20 | Bespoke software
			19 | C | M/502/8606 | 3 | 2 | 22 | Handling objections and closing sales
			20 | C | F/502/8559 | 2 | 2 | 13 | Time planning in sales
			21 | C | J/502/8577 | 4 | 2 | 27 | Selling by telephone - inbound
			22 | C | J/502/8580 | 4 | 2 | 27 | Selling by telephone - outbound
			23 | C | D/502/8584 | 2 | 2 | 15 | Inputting and accessing sales or marketing data in information systems
			24 | C | Y/601/1227 | 4 | 2 | 27 | Maintain customer service through effective handover
			25 | C | M/601/1511 | 6 | 2 | 40 | Resolve customer service problems
			26 | C | H/601/1215 | 5 | 2 | 33 | Process information about customers
			27 | C | T/601/1512 | 6 | 2 | 40 | Deliver customer service to difficult customers
			28 | C | M/601/1542 | 5 | 2 | 33 | Buddy a colleague to develop their customer service skills
			29 | C | R/601/1548 | 6 | 2 | 40 | Develop your own customer service skills through self-study
			30 | C | L/601/0933 | 5 | 2 | 33 | Give customers a positive impression of yourself and your organisation.
			31 | C | H/601/1540 | 5 | 2 | 33 | Support customers using on-line customer services
			32 | D | J/502/4299 | 2 | 1 | 15 | Using email
			33 | D | A/502/4378 | 3 | 1 | 20 | Using collaborative technologies
			34 | D | M/502/4300 | 3 | 2 | 20 | Using email
			35 | D | F/502/4379 | 4 | 2 | 30 | Using collaborative technologies
			36 | D | T/502/4296 | 3 | 1 | 20 | Using the internet
			37 | D | A/502/4297 | 4 | 2 | 30 | Using the internet
			38 | D | D/502/4292 | 2 | 2 | 15 | IT communication fundamentals
			39 | D | Y/502/4291 | 2 | 1 | 15 | IT communication fundamentals
			""";

	/**
	 * OCR Level 2 NVQ Certificate in Contact Centre Operations (600/2451/3; OCR Contact Centre Operations NVQ
	 * centre handbook, §6.1) as examples/ocr/contact-centre reads it, plus one advisory each-group rule the
	 * handbook does not have, so that every rule type occurs.
	 */
	static RuleSet contactCentre() {
		List<RuleUnit> units = new ArrayList<>();
		Map<String, List<String>> members = new LinkedHashMap<>();
		for (String line : CONTACT_CENTRE_UNITS.strip().split("\n")) {
			String[] cell = line.split(" \\| ");
			units.add(new RuleUnit(cell[0], cell[2], cell[6], cell[1], Integer.valueOf(cell[3]), Integer.valueOf(cell[4]),
					Integer.valueOf(cell[5]), Assessment.INTERNAL, GradeScale.ACHIEVED_OR_NOT, null, null));
			members.computeIfAbsent(cell[1], g -> new ArrayList<>()).add(cell[0]);
		}
		List<RuleGroup> groups = List.of(new RuleGroup("A", "Mandatory Group A", true, members.get("A")),
				new RuleGroup("B", "Optional Group B", false, members.get("B")),
				new RuleGroup("C", "Optional Group C", false, members.get("C")),
				new RuleGroup("D", "Optional Units Group D", false, members.get("D")));
		List<Rule> rules = List.of(
				new AggregateRule(Measure.CREDITS, Selection.whole(), null, new Bound(Bound.Kind.AT_LEAST, 28), false),
				new AggregateRule(Measure.CREDITS, Selection.whole(), new LevelFilter(2, LevelFilter.Comparison.AT),
						new Bound(Bound.Kind.AT_LEAST, 15), false),
				new AllUnitsRule(List.of("A"), 2, 6, false),
				new AggregateRule(Measure.CREDITS, Selection.of(List.of("B"), Selection.PoolReading.OVERLAPPING), null,
						new Bound(Bound.Kind.AT_LEAST, 12), false),
				new AggregateRule(Measure.CREDITS, Selection.of(List.of("B", "C", "D"), Selection.PoolReading.REMAINING), null,
						new Bound(Bound.Kind.AT_LEAST, 10), false),
				new CountingCap(Measure.UNITS, List.of("D"), null, 2, false),
				new BarredPair("10", "18", false), new BarredPair("32", "34", false), new BarredPair("33", "35", false),
				new BarredPair("36", "37", false), new BarredPair("38", "39", false),
				new EachGroupRule(Measure.UNITS, List.of("B", "C"), new Bound(Bound.Kind.AT_LEAST, 1), true));
		return new RuleSet("600/2451/3", "OCR Level 2 NVQ Certificate in Contact Centre Operations", 2,
				new RuleSet.DeclaredSize(28, true, null, false, null), units, groups, rules, List.of(),
				new Grading(true, List.of(), List.of(), List.of(), List.of(), null, false), false, false, List.of());
	}

	/** Not a qualification: every member of the format set, every word used, text that needs escaping. */
	static RuleSet everyMember() {
		Map<Grade, List<String>> criteria = new HashMap<>();
		criteria.put(Grade.DISTINCTION, List.of("D1"));
		criteria.put(Grade.PASS, List.of("P1", "P2"));
		criteria.put(Grade.MERIT, List.of("M1"));
		List<RuleUnit> units = List.of(
				new RuleUnit("U1", "A/000/0001", "Unit \"one\" – café\\niño\n\ttab", "M", 5, 3, 40, Assessment.EXTERNAL,
						GradeScale.PASS_MERIT_DISTINCTION, 20, criteria),
				new RuleUnit("U2", "A/000/0002", "Unit two", "O1", 3, 0, 20, Assessment.INTERNAL, GradeScale.ACHIEVED_OR_NOT,
						null, Map.of(Grade.ACHIEVED, List.of("1.1", "1.2", "2.1"))),
				new RuleUnit("U3", null, null, null, null, null, null, null, null, null, null),
				new RuleUnit("U4", "A/000/0004", "Unit four", "O2", 4, 8, 30, Assessment.INTERNAL,
						GradeScale.PASS_MERIT_DISTINCTION, null, Map.of(Grade.PASS, List.of())));
		List<RuleGroup> groups = List.of(new RuleGroup("M", "Mandatory", true, List.of("U1")),
				new RuleGroup("O1", null, false, List.of("U2")), new RuleGroup("O2", "Optional 2 \u2028 line", false, List.of("U4")));
		List<Rule> rules = List.of(
				new AggregateRule(Measure.GLH, Selection.whole(), new LevelFilter(1, LevelFilter.Comparison.AT_OR_ABOVE),
						new Bound(Bound.Kind.EXACTLY, 100), true),
				new AggregateRule(Measure.UNITS, Selection.of(List.of("O1", "O2"), Selection.PoolReading.OVERLAPPING),
						new LevelFilter(2, LevelFilter.Comparison.AT_OR_BELOW), new Bound(Bound.Kind.AT_MOST, 3), false),
				new EachGroupRule(Measure.CREDITS, List.of("O1", "O2"), new Bound(Bound.Kind.AT_LEAST, 1), false),
				new AllUnitsRule(List.of(), 4, null, false), new AllUnitsRule(List.of("M"), null, 5, true),
				new CountingCap(Measure.CREDITS, List.of("O2"), new LevelFilter(0, LevelFilter.Comparison.AT), 6, false),
				new CountingCap(Measure.GLH, List.of(), null, 0, true), new BarredPair("U2", "U4", true));
		Map<Grade, Integer> everyGrade = new HashMap<>();
		for (Grade grade : Grade.values()) {
			everyGrade.put(grade, grade.ordinal());
		}
		Grading grading = new Grading(false, List.of(Grade.values()), List.of(new Grading.PointsRow(30, everyGrade),
				new Grading.PointsRow(0, Map.of())),
				List.of(new Grading.Band(AwardGrade.of(Grade.DISTINCTION_STAR), "D*", 10, null), new Grading.Band(AwardGrade.of(Grade.FAIL), null, 0, 9),
						new Grading.Band(AwardGrade.of(Grade.PASS), "P", 5, 5)),
				List.of(new Grading.Hurdle("U1", Grade.DISTINCTION_STAR, false), new Grading.Hurdle(null, Grade.PASS, false),
						new Grading.Hurdle(null, Grade.ACHIEVED, true)),
				null, false);
		List<WorkedExample> examples = List.of(
				new WorkedExample("Resits and criteria", new LearnerRecord("Learner C",
						List.of(new UnitResult("U1", List.of(Grade.PASS, Grade.MERIT, Grade.PASS), List.of()),
								new UnitResult("U4", List.of(), List.of("P1", "M1")))),
						new WorkedExample.Expectation(null, 12, null)),
				new WorkedExample("Nothing stated", new LearnerRecord(null, List.of()), null),
				new WorkedExample("Only eligibility", new LearnerRecord("", List.of()),
						new WorkedExample.Expectation(false, null, AwardGrade.of(Grade.FAIL))));
		return new RuleSet("TEST/0001", null, 0, new RuleSet.DeclaredSize(37, true, 245, true, 370), units, groups, rules,
				List.of(new ResitPolicy(Assessment.INTERNAL, null), new ResitPolicy(Assessment.EXTERNAL, 0)), grading, true,
				true, examples);
	}

	/**
	 * Not a qualification: every construct version 2 of the format added, in the shape of a BTEC-style suite
	 * (Int Set and Pass/Fail units, Near Pass, units from at least 2 of several groups, a pair taken together,
	 * a group's minimum if taken, points by GLH and per credit, bands of several letters, compensation, a GLH
	 * range).
	 */
	static RuleSet version2() {
		Map<Grade, List<String>> criteria = new EnumMap<>(Grade.class);
		criteria.put(Grade.NEAR_PASS, List.of());
		criteria.put(Grade.PASS, List.of("A.P1", "A.P2"));
		criteria.put(Grade.MERIT, List.of("A.M1"));
		criteria.put(Grade.DISTINCTION, List.of("AB.D1"));
		List<RuleUnit> units = List.of(
				new RuleUnit("1", "5CO01", "Computational thinking", "A", 10, 3, 120, Assessment.INTERNAL_SET,
						GradeScale.PASS_MERIT_DISTINCTION, null, criteria),
				new RuleUnit("2", null, "Examined unit", "A", 15, 3, 90, Assessment.EXTERNAL, GradeScale.PASS_MERIT_DISTINCTION,
						null, Map.of()),
				new RuleUnit("3", null, "Safe working", "B", 5, 3, 60, Assessment.INTERNAL, GradeScale.PASS_OR_FAIL, null,
						Map.of(Grade.PASS, List.of("1.1", "1.2"))),
				new RuleUnit("4", null, "Optional C", "C", 5, 3, 60, Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION,
						null, Map.of()),
				new RuleUnit("5", null, "Knowledge", "D", 7, 3, null, Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION,
						null, Map.of()),
				new RuleUnit("6", null, "Applied", "D", 7, 3, 45, Assessment.INTERNAL, GradeScale.PASS_MERIT_DISTINCTION,
						null, Map.of()));
		List<RuleGroup> groups = List.of(new RuleGroup("A", "Mandatory", true, List.of("1", "2")),
				new RuleGroup("B", null, false, List.of("3")), new RuleGroup("C", null, false, List.of("4")),
				new RuleGroup("D", null, false, List.of("5", "6")));
		List<Rule> rules = List.of(new GroupSpreadRule(List.of("B", "C", "D"), new Bound(Bound.Kind.AT_LEAST, 2), false),
				new PairedUnits("5", "6", false),
				new AggregateRule(Measure.CREDITS, Selection.of(List.of("D"), Selection.PoolReading.OVERLAPPING), null,
						new Bound(Bound.Kind.AT_LEAST, 14), true, false),
				new GroupSpreadRule(List.of("B", "C"), new Bound(Bound.Kind.AT_MOST, 1), true));
		Grading grading = new Grading(false, List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR),
				List.of(new Grading.PointsRow(60, Map.of(Grade.UNCLASSIFIED, 0, Grade.NEAR_PASS, 4, Grade.PASS, 6, Grade.MERIT, 10,
						Grade.DISTINCTION, 16)),
						new Grading.PointsRow(90, Map.of(Grade.PASS, 9, Grade.MERIT, 15, Grade.DISTINCTION, 24)),
						new Grading.PointsRow(120, Map.of(Grade.PASS, 12, Grade.MERIT, 20, Grade.DISTINCTION, 32)),
						new Grading.PointsRow(null, Map.of(Grade.NEAR_PASS, 3, Grade.PASS, 7, Grade.MERIT, 8, Grade.DISTINCTION, 9))),
				List.of(new Grading.Band(letters("D*D*"), null, 180, null), new Grading.Band(letters("D*D"), null, 162, 179),
						new Grading.Band(letters("DM"), null, 124, 143), new Grading.Band(letters("PP"), "PP", 72, 87),
						new Grading.Band(AwardGrade.of(Grade.UNCLASSIFIED), "U", 0, 71)),
				List.of(new Grading.Hurdle("2", Grade.NEAR_PASS, false), new Grading.Hurdle(null, Grade.PASS, true)),
				new Grading.Compensation(Measure.GLH, 60, true), false);
		// By hand: N: 32 (D, 120 GLH) + 0 (the last attempt, Near Pass, has no cell for 90 GLH) + 6 (Pass from
		// criteria, 60 GLH) = 38, units from group B only, so not eligible and U. P: 32 + 24 + 6 + 16 = 78, PP.
		List<WorkedExample> examples = List.of(new WorkedExample("Near Pass resat", new LearnerRecord("Learner N", List.of(
				new UnitResult("1", List.of(Grade.DISTINCTION), List.of()),
				new UnitResult("2", List.of(Grade.PASS, Grade.NEAR_PASS), List.of()),
				new UnitResult("3", List.of(), List.of("1.1", "1.2")))),
				new WorkedExample.Expectation(false, 38, AwardGrade.of(Grade.UNCLASSIFIED))),
				new WorkedExample("Two letters", new LearnerRecord("Learner P", List.of(
						new UnitResult("1", List.of(Grade.DISTINCTION), List.of()),
						new UnitResult("2", List.of(Grade.DISTINCTION), List.of()),
						new UnitResult("3", List.of(Grade.PASS), List.of()),
						new UnitResult("4", List.of(Grade.DISTINCTION), List.of()))),
						new WorkedExample.Expectation(true, 78, letters("PP"))));
		return new RuleSet("BTEC/0002", "Version 2 constructs", 3, new RuleSet.DeclaredSize(null, false, 143, false, false, 178, null),
				units, groups, rules, List.of(new ResitPolicy(Assessment.INTERNAL_SET, 1)), grading, false, false, examples);
	}

	private static AwardGrade letters(String letters) {
		return AwardGrade.ofLetters(letters).orElseThrow();
	}

	private static RuleSet withDeclared(RuleSet r, RuleSet.DeclaredSize declared) {
		return new RuleSet(r.qualification(), r.title(), r.level(), declared, r.units(), r.groups(), r.rules(), r.resits(),
				r.grading(), r.noExemptions(), r.noEquivalences(), r.examples());
	}

	static Stream<RuleSet> ruleSets() {
		return Stream.of(cambridgeTechnical(), contactCentre(), everyMember(), version2(),
				withDeclared(version2(), new RuleSet.DeclaredSize(40, true, 178, false, true, null, 480)),
				new RuleSet("000/0000/0", null, null, null, List.of(), List.of(), List.of(), List.of(), null, false, false,
						List.of()));
	}

	// ------------------------------------------------------------------------------------ round trips

	@ParameterizedTest
	@MethodSource("ruleSets")
	void readingWhatIsWrittenGivesTheSameRuleSet(RuleSet ruleSet) throws IOException {
		String json = RuleSetJson.write(ruleSet);
		assertEquals(ruleSet, RuleSetJson.read(json));
		assertEquals(ruleSet, RuleSetJson.read(new StringReader(json)));
	}

	@ParameterizedTest
	@MethodSource("ruleSets")
	void writingIsDeterministic(RuleSet ruleSet) {
		String json = RuleSetJson.write(ruleSet);
		assertEquals(json, RuleSetJson.write(ruleSet));
		assertEquals(json, RuleSetJson.write(RuleSetJson.read(json)), "a re-export does not churn");
		assertTrue(json.endsWith("}\n") && !json.contains("\r"), "one layout: \\n line ends and a final newline");
	}

	@Test
	void mapsAreWrittenInGradeOrderWhateverTheirIterationOrder() {
		RuleSet ruleSet = everyMember();
		Map<Grade, Integer> reversed = new LinkedHashMap<>();
		List<Grade> grades = new ArrayList<>(List.of(Grade.values()));
		java.util.Collections.reverse(grades);
		grades.forEach(g -> reversed.put(g, g.ordinal()));
		Map<Grade, Integer> enumOrder = new EnumMap<>(reversed);
		String one = RuleSetJson.write(withPoints(ruleSet, reversed));
		String other = RuleSetJson.write(withPoints(ruleSet, enumOrder));
		assertEquals(one, other);
		assertTrue(one.indexOf("\"not-achieved\": 0") < one.indexOf("\"distinction-star\": 8"));
	}

	private static RuleSet withPoints(RuleSet r, Map<Grade, Integer> points) {
		Grading g = r.grading();
		Grading grading = new Grading(g.passOrFail(), g.grades(), List.of(new Grading.PointsRow(30, points)), g.bands(),
				g.hurdles(), g.compensation(), g.bestResultCounts());
		return new RuleSet(r.qualification(), r.title(), r.level(), r.declared(), r.units(), r.groups(), r.rules(),
				r.resits(), grading, r.noExemptions(), r.noEquivalences(), r.examples());
	}

	@Test
	void theWrittenFileSpeaksTheFormatsVocabulary() {
		JsonObject json = JsonParser.parseString(RuleSetJson.write(contactCentre())).getAsJsonObject();
		assertEquals(List.of("format", "formatVersion", "qualification", "title", "level", "declared", "units", "groups",
				"rules", "resits", "grading", "noExemptions", "noEquivalences", "examples"), List.copyOf(json.keySet()));
		JsonObject remaining = json.getAsJsonArray("rules").get(4).getAsJsonObject();
		assertEquals(JsonParser.parseString("""
				{"type": "aggregate", "measure": "credits", "selection": {"groups": ["B", "C", "D"], "reading": "remaining"},
				 "level": null, "bound": {"atLeast": 10}, "ifTaken": false, "advisory": false,
				 "text": "credits from groups B, C, D (remaining) at least 10"}"""), remaining);
		assertEquals("only 2 units from group D count",
				json.getAsJsonArray("rules").get(5).getAsJsonObject().get("text").getAsString());
		assertEquals(JsonParser.parseString("{\"type\": \"barred\", \"units\": [\"10\", \"18\"], \"advisory\": false,"
				+ " \"text\": \"not both unit 10 and unit 18\"}"), json.getAsJsonArray("rules").get(6));
		JsonObject unit = json.getAsJsonArray("units").get(0).getAsJsonObject();
		assertEquals("achieved-or-not", unit.get("gradeScale").getAsString());
		assertTrue(unit.get("pointsWhenAchieved").isJsonNull(), "absent values are written as null");
	}

	@Test
	void textWrittenForReadersIsIgnoredOnInput() {
		JsonObject json = tree(RuleSetJson.write(contactCentre()));
		json.getAsJsonArray("rules").get(0).getAsJsonObject().addProperty("text", "anything at all");
		json.getAsJsonArray("rules").get(1).getAsJsonObject().remove("text");
		assertEquals(contactCentre(), RuleSetJson.read(json.toString()));
	}

	@Test
	void nullableMembersMayBeLeftOut() {
		JsonObject json = tree(RuleSetJson.write(everyMember()));
		JsonObject unit = json.getAsJsonArray("units").get(2).getAsJsonObject();
		for (String member : List.of("urn", "title", "group", "credits", "level", "glh", "assessment", "gradeScale",
				"pointsWhenAchieved")) {
			unit.remove(member);
		}
		json.remove("title");
		json.getAsJsonArray("examples").get(1).getAsJsonObject().remove("expected");
		json.getAsJsonArray("resits").get(0).getAsJsonObject().remove("limit");
		assertEquals(everyMember(), RuleSetJson.read(json.toString()));
	}

	// ------------------------------------------------------------------------- the engine on what it reads

	@Test
	void theCambridgeTechnicalWorkedExamplesComeOutAsPrintedAfterReading() {
		RuleSet read = RuleSetJson.read(RuleSetJson.write(cambridgeTechnical()));
		Evaluator evaluator = new Evaluator(read);
		for (WorkedExample example : read.examples()) {
			Evaluation evaluation = evaluator.evaluate(example.record());
			assertEquals(example.expected().eligible(), evaluation.eligible(), example.name());
			assertEquals(example.expected().points(), evaluation.grade().points(), example.name());
			assertEquals(example.expected().grade(), evaluation.grade().grade(), example.name());
		}
		assertEquals(List.of(true, false), read.examples().stream().map(e -> e.expected().eligible()).toList());
	}

	@Test
	void theEngineGivesTheSameAnswersOnTheRuleSetItReads() {
		RuleSet original = contactCentre();
		RuleSet read = RuleSetJson.read(RuleSetJson.write(original));
		LearnerRecord record = RuleSetJson.readLearnerRecord("""
				{
				  "format": "qualspec-learner-record",
				  "formatVersion": 1,
				  "learner": "Learner D",
				  "results": [
				    {"unit": "1", "attempts": ["achieved"], "criteriaMet": []},
				    {"unit": "2", "attempts": ["achieved"], "criteriaMet": []},
				    {"unit": "3", "attempts": ["achieved"], "criteriaMet": []},
				    {"unit": "4", "attempts": ["not-achieved", "achieved"], "criteriaMet": []},
				    {"unit": "5", "attempts": ["achieved"], "criteriaMet": []},
				    {"unit": "10", "attempts": ["achieved"], "criteriaMet": []},
				    {"unit": "11", "attempts": ["achieved"], "criteriaMet": []}
				  ]
				}
				""");
		Evaluation evaluation = new Evaluator(read).evaluate(record);
		assertTrue(evaluation.eligible(), () -> evaluation.failing().toString());
		assertEquals(AwardGrade.of(Grade.PASS), evaluation.grade().grade());
		assertEquals(30, evaluation.totals().credits());
		assertEquals(new Evaluator(original).evaluate(record), evaluation);
		Analyser analyser = new Analyser(read);
		assertTrue(analyser.feasible());
		assertEquals(new Analyser(original).optimum(Measure.GLH, false).value(), analyser.optimum(Measure.GLH, false).value());
		assertEquals(new Analyser(original).redundant(), analyser.redundant());
	}

	// ---------------------------------------------------------------------------------- learner records

	@Test
	void learnerRecordsGoThereAndBack() {
		LearnerRecord record = new LearnerRecord("Learner A", List.of(
				new UnitResult("1", List.of(Grade.ACHIEVED), List.of()),
				new UnitResult("2", List.of(Grade.UNCLASSIFIED, Grade.PASS), List.of()),
				new UnitResult("3", List.of(), List.of("P1", "P2", "M1"))));
		String json = RuleSetJson.write(record);
		assertEquals(record, RuleSetJson.readLearnerRecord(json));
		assertEquals(json, RuleSetJson.write(RuleSetJson.readLearnerRecord(json)));
		assertTrue(json.contains("\"attempts\": [\"unclassified\", \"pass\"]"), json);
		assertValid(learnerRecordSchema, json);
		LearnerRecord anonymous = new LearnerRecord(null, List.of());
		assertEquals(anonymous, RuleSetJson.readLearnerRecord(RuleSetJson.write(anonymous)));
	}

	@Test
	void aLearnerRecordFileIsNotARuleSetNorTheOtherWayRound() {
		String record = RuleSetJson.write(new LearnerRecord("x", List.of()));
		assertFormatError("$.format", "expected \"qualspec-ruleset\", found a string (\"qualspec-learner-record\") (a learner-record file says",
				() -> RuleSetJson.read(record));
		assertFormatError("$.format", "expected \"qualspec-learner-record\"",
				() -> RuleSetJson.readLearnerRecord(RuleSetJson.write(cambridgeTechnical())));
	}

	static Stream<Arguments> malformedLearnerRecords() {
		String header = "\"format\": \"qualspec-learner-record\", \"formatVersion\": 1";
		return Stream.of(
				Arguments.of("{" + header + "}", "$.results", "missing"),
				Arguments.of("{" + header + ", \"results\": [{\"unit\": \"1\", \"attempts\": [\"good\"], \"criteriaMet\": []}]}",
						"$.results[0].attempts[0]", "expected one of not-achieved, unclassified, fail, near-pass, achieved, pass, merit, distinction or distinction-star"),
				Arguments.of("{" + header + ", \"results\": [{\"unit\": 1, \"attempts\": [], \"criteriaMet\": []}]}",
						"$.results[0].unit", "expected a string, found a number (1)"),
				Arguments.of("{" + header + ", \"results\": [{\"unit\": \"1\", \"attempts\": []}]}",
						"$.results[0].criteriaMet", "missing"),
				Arguments.of("{" + header + ", \"results\": [{\"unit\": \"1\", \"attempts\": [], \"criteriaMet\": []},"
						+ " {\"unit\": \"1\", \"attempts\": [], \"criteriaMet\": []}]}", "$.results[1].unit", "a second result for unit \"1\""),
				Arguments.of("{" + header + ", \"learner\": \"x\", \"results\": [], \"grade\": \"pass\"}", "$.grade", "unknown member"),
				Arguments.of("{\"learner\": \"x\", \"results\": []}", "$.format", "missing"),
				Arguments.of("[]", "$", "expected an object"),
				Arguments.of("learner: x", "$", "not JSON"));
	}

	@ParameterizedTest
	@MethodSource("malformedLearnerRecords")
	void malformedLearnerRecordsNameThePath(String json, String path, String problem) {
		assertFormatError(path, problem, () -> RuleSetJson.readLearnerRecord(json));
	}

	// ------------------------------------------------------------------------------------------- schema

	@ParameterizedTest
	@MethodSource("ruleSets")
	void whatIsWrittenValidatesAgainstTheSchema(RuleSet ruleSet) {
		assertValid(ruleSetSchema, RuleSetJson.write(ruleSet));
		for (WorkedExample example : ruleSet.examples()) {
			assertValid(learnerRecordSchema, RuleSetJson.write(example.record()));
		}
	}

	@Test
	void theSchemasAreValidDraft202012Schemas() throws IOException {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		// the meta-schemas are resources of the validator's jar, found through the context class loader
		// (under OSGi that is not the validator's own)
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try {
			thread.setContextClassLoader(JsonSchemaFactory.class.getClassLoader());
			JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(SchemaId.V202012));
			for (String file : List.of("qualspec-ruleset.schema.json", "qualspec-learner-record.schema.json")) {
				String text = Files.readString(schemaFile(file));
				assertValid(metaSchema, text);
				JsonObject schema = tree(text);
				assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").getAsString());
				assertEquals("https://qualspec.io/schema/ruleset/2/" + file, schema.get("$id").getAsString());
			}
		} finally {
			thread.setContextClassLoader(previous);
		}
		assertEquals(RuleSetJson.RULESET_SCHEMA_ID, tree(Files.readString(schemaFile("qualspec-ruleset.schema.json")))
				.get("$id").getAsString());
		assertEquals(RuleSetJson.LEARNER_RECORD_SCHEMA_ID,
				tree(Files.readString(schemaFile("qualspec-learner-record.schema.json"))).get("$id").getAsString());
	}

	@Test
	void theTwoSchemasDefineLearnerResultsAlike() throws IOException {
		JsonObject ruleSet = tree(Files.readString(schemaFile("qualspec-ruleset.schema.json"))).getAsJsonObject("$defs");
		JsonObject learner = tree(Files.readString(schemaFile("qualspec-learner-record.schema.json")))
				.getAsJsonObject("$defs");
		for (String definition : learner.keySet()) {
			assertEquals(learner.get(definition), ruleSet.get(definition), definition);
		}
	}

	/**
	 * The schema and the reader agree: on thousands of corrupted files, whatever the reader accepts the schema
	 * accepts, and whatever the schema rejects the reader rejects with a {@link RuleSetFormatException}, never
	 * another exception. The schema accepts a few files the reader rejects: the cross-reference checks JSON
	 * Schema cannot state.
	 */
	@Test
	void theSchemaAndTheReaderAgreeOnCorruptedFiles() {
		Random random = new Random(20240601);
		JsonElement[] replacements = { JsonNull.INSTANCE, new JsonPrimitive(0), new JsonPrimitive(-1),
				new JsonPrimitive(9), new JsonPrimitive(1.5), new JsonPrimitive(2.0), new JsonPrimitive(""), new JsonPrimitive(" "),
				new JsonPrimitive("x"), new JsonPrimitive("pass"), new JsonPrimitive("B"), new JsonPrimitive("1"),
				new JsonPrimitive(true), new JsonPrimitive(false), new JsonArray(), new JsonObject(),
				JsonParser.parseString("{\"atLeast\": 1}"), JsonParser.parseString("[\"B\"]"),
				JsonParser.parseString("{\"all\": true}"), new JsonPrimitive(3_000_000_000L) };
		int accepted = 0;
		int crossReference = 0;
		for (RuleSet ruleSet : List.of(cambridgeTechnical(), contactCentre(), everyMember(), version2())) {
			JsonObject original = tree(RuleSetJson.write(ruleSet));
			for (int i = 0; i < 1500; i++) {
				JsonObject copy = original.deepCopy();
				corrupt(copy, random, replacements);
				String json = copy.toString();
				boolean schemaAccepts = ruleSetSchema.validate(json, InputFormat.JSON).isEmpty();
				try {
					RuleSetJson.read(json);
					accepted++;
					assertTrue(schemaAccepts, () -> "the reader accepts what the schema rejects: " + json + "\n"
							+ ruleSetSchema.validate(json, InputFormat.JSON));
				} catch (RuleSetFormatException e) {
					if (schemaAccepts) {
						crossReference++;
						assertTrue(CROSS_REFERENCE.stream().anyMatch(e.problem()::contains),
								() -> "the schema accepts what the reader rejects: " + e.getMessage() + "\n" + json);
					}
				} catch (RuntimeException e) {
					throw new AssertionError("not a RuleSetFormatException: " + json, e);
				}
			}
		}
		assertTrue(accepted > 100 && crossReference > 10, accepted + " accepted, " + crossReference + " cross-reference");
	}

	/** Problems only the reader finds. */
	private static final List<String> CROSS_REFERENCE = List.of("no unit", "no group", "defined twice", "by its own",
			"is not listed", "a second", "must not be below");

	/** Replaces, removes or adds one member or item somewhere in the tree. */
	private static void corrupt(JsonElement root, Random random, JsonElement[] replacements) {
		List<JsonElement> containers = new ArrayList<>();
		collect(root, containers);
		JsonElement target = containers.get(random.nextInt(containers.size()));
		JsonElement replacement = replacements[random.nextInt(replacements.length)].deepCopy();
		if (target.isJsonObject()) {
			JsonObject object = target.getAsJsonObject();
			List<String> keys = new ArrayList<>(object.keySet());
			int what = random.nextInt(10);
			if (keys.isEmpty() || what == 0) {
				object.add(List.of("extra", "text", "units", "group", "to", "reading", "all").get(random.nextInt(7)), replacement);
			} else if (what == 1) {
				object.remove(keys.get(random.nextInt(keys.size())));
			} else {
				object.add(keys.get(random.nextInt(keys.size())), replacement);
			}
		} else {
			JsonArray array = target.getAsJsonArray();
			if (array.isEmpty() || random.nextInt(4) == 0) {
				array.add(replacement);
			} else if (random.nextBoolean()) {
				array.remove(random.nextInt(array.size()));
			} else {
				array.set(random.nextInt(array.size()), replacement);
			}
		}
	}

	private static void collect(JsonElement element, List<JsonElement> containers) {
		if (element.isJsonObject()) {
			containers.add(element);
			element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), containers));
		} else if (element.isJsonArray()) {
			containers.add(element);
			element.getAsJsonArray().forEach(e -> collect(e, containers));
		}
	}

	@Test
	void brokenTextGivesAFormatExceptionNeverAnotherOne() {
		String json = RuleSetJson.write(everyMember());
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			int at = random.nextInt(json.length());
			String broken = switch (i % 3) {
				case 0 -> json.substring(0, at);
				case 1 -> json.substring(0, at) + json.substring(at + 1);
				default -> json.substring(0, at) + "{}[],:\"\\x0-eE".charAt(random.nextInt(13)) + json.substring(at);
			};
			try {
				RuleSetJson.read(broken);
			} catch (RuleSetFormatException e) {
				assertTrue(e.getMessage().startsWith("$"), e.getMessage());
			} catch (RuntimeException e) {
				throw new AssertionError("not a RuleSetFormatException: " + broken, e);
			}
		}
	}

	// --------------------------------------------------------------------------------- malformed input

	/** A Cambridge Technical file changed by the edit. */
	private static String cambridge(Consumer<JsonObject> edit) {
		JsonObject json = tree(RuleSetJson.write(cambridgeTechnical()));
		edit.accept(json);
		return json.toString();
	}

	private static String version2(Consumer<JsonObject> edit) {
		JsonObject json = tree(RuleSetJson.write(version2()));
		edit.accept(json);
		return json.toString();
	}

	private static JsonObject grading(JsonObject json, String member, int index) {
		return json.getAsJsonObject("grading").getAsJsonArray(member).get(index).getAsJsonObject();
	}

	private static String contactCentre(Consumer<JsonObject> edit) {
		JsonObject json = tree(RuleSetJson.write(contactCentre()));
		edit.accept(json);
		return json.toString();
	}

	/** The Cambridge Technical file cut off inside the URN of unit 2. */
	private static String truncatedInAString() {
		String json = RuleSetJson.write(cambridgeTechnical());
		return json.substring(0, json.indexOf("\"Y/615/5442\"") + 5);
	}

	private static JsonObject unit(JsonObject json, int index) {
		return json.getAsJsonArray("units").get(index).getAsJsonObject();
	}

	private static JsonObject rule(JsonObject json, int index) {
		return json.getAsJsonArray("rules").get(index).getAsJsonObject();
	}

	/** Input, the path the exception names, a part of the problem, and whether JSON Schema can tell too. */
	static Stream<Arguments> malformedRuleSets() {
		return Stream.of(
				// a member missing
				Arguments.of(cambridge(j -> unit(j, 2).remove("id")), "$.units[2].id", "missing; this member is required", true),
				Arguments.of(cambridge(j -> j.remove("units")), "$.units", "missing", true),
				Arguments.of(contactCentre(j -> rule(j, 3).remove("bound")), "$.rules[3].bound",
						"missing; this member is required", true),
				Arguments.of(contactCentre(j -> rule(j, 0).remove("type")), "$.rules[0].type", "missing", true),
				Arguments.of(cambridge(j -> j.getAsJsonObject("grading").remove("hurdles")), "$.grading.hurdles", "missing", true),
				Arguments.of(cambridge(j -> j.getAsJsonArray("examples").get(0).getAsJsonObject().getAsJsonObject("record")
						.remove("results")), "$.examples[0].record.results", "missing", true),
				// a word that is not in the vocabulary
				Arguments.of(cambridge(j -> unit(j, 0).addProperty("assessment", "exam")), "$.units[0].assessment",
						"expected one of internal, external, internal-set or null, found a string (\"exam\")", true),
				Arguments.of(cambridge(j -> unit(j, 0).addProperty("gradeScale", "ACHIEVED_OR_NOT")), "$.units[0].gradeScale",
						"expected one of achieved-or-not, pass-merit-distinction", true),
				Arguments.of(contactCentre(j -> rule(j, 0).addProperty("type", "eachGroup")), "$.rules[0].type",
						"expected one of aggregate, each-group, group-spread, all-units, counting-cap, barred or paired", true),
				Arguments.of(contactCentre(j -> rule(j, 0).addProperty("measure", "points")), "$.rules[0].measure",
						"expected one of credits, units or glh", true),
				Arguments.of(contactCentre(j -> rule(j, 4).getAsJsonObject("selection").addProperty("reading", "rest")),
						"$.rules[4].selection.reading", "expected one of overlapping or remaining", true),
				Arguments.of(cambridge(j -> j.getAsJsonObject("grading").getAsJsonArray("bands").get(0).getAsJsonObject()
						.addProperty("grade", "distinction*")), "$.grading.bands[0].grade", "distinction-star", true),
				Arguments.of(cambridge(j -> j.getAsJsonObject("grading").getAsJsonArray("points").get(0).getAsJsonObject()
						.getAsJsonObject("points").addProperty("excellent", 3)), "$.grading.points[0].points.excellent",
						"unknown member", true),
				// a value of the wrong type or range
				Arguments.of(cambridge(j -> unit(j, 1).addProperty("glh", "30")), "$.units[1].glh",
						"expected an integer or null, found a string (\"30\")", true),
				Arguments.of(cambridge(j -> unit(j, 1).addProperty("glh", 30.5)), "$.units[1].glh",
						"expected an integer or null, found a number (30.5)", true),
				Arguments.of(cambridge(j -> unit(j, 1).addProperty("glh", -30)), "$.units[1].glh", "must be from 0 to 2147483647, found -30", true),
				Arguments.of(cambridge(j -> j.addProperty("level", 9)), "$.level", "must be from 0 to 8, found 9", true),
				Arguments.of(cambridge(j -> j.addProperty("noExemptions", "false")), "$.noExemptions",
						"expected true or false", true),
				Arguments.of(cambridge(j -> j.add("noEquivalences", JsonNull.INSTANCE)), "$.noEquivalences",
						"expected true or false, found null", true),
				Arguments.of(cambridge(j -> j.add("units", new JsonObject())), "$.units", "expected an array, found an object", true),
				Arguments.of(cambridge(j -> unit(j, 0).addProperty("id", "")), "$.units[0].id",
						"expected a string with at least one character that is not white space, found a string (\"\")", true),
				Arguments.of(cambridge(j -> unit(j, 0).addProperty("credits", 1e12)), "$.units[0].credits",
						"must be from 0 to 2147483647, found 1000000000000", true),
				Arguments.of(contactCentre(j -> rule(j, 0).add("bound", JsonParser.parseString("{\"atLeast\": 28, \"atMost\": 30}"))),
						"$.rules[0].bound", "expected exactly 1 member, found 2: atLeast, atMost (exactly one of", true),
				Arguments.of(contactCentre(j -> rule(j, 0).add("bound", JsonParser.parseString("{\"minimum\": 28}"))),
						"$.rules[0].bound.minimum", "unknown member; the members here are atLeast, atMost, exactly", true),
				Arguments.of(contactCentre(j -> rule(j, 0).add("selection", JsonParser.parseString("{\"all\": false}"))),
						"$.rules[0].selection.all", "expected true, found false (to select groups, give", true),
				Arguments.of(contactCentre(j -> rule(j, 0).add("selection", JsonParser.parseString("{\"all\": true, \"groups\": []}"))),
						"$.rules[0].selection.groups", "unknown member; the only member here is all", true),
				Arguments.of(contactCentre(j -> rule(j, 6).add("units", JsonParser.parseString("[\"10\", \"18\", \"19\"]"))),
						"$.rules[6].units", "expected exactly 2 items, found 3", true),
				Arguments.of(contactCentre(j -> rule(j, 6).add("units", JsonParser.parseString("[\"10\", \"10\"]"))),
						"$.rules[6].units[1]", "\"10\" is listed twice", true),
				Arguments.of(cambridge(j -> j.getAsJsonObject("grading").getAsJsonArray("hurdles").get(0).getAsJsonObject()
						.addProperty("otherUnitsOnly", true)), "$.grading.hurdles[0].otherUnitsOnly",
						"expected false, found true (a hurdle on every other unit is one with \"unit\": null)", true),
				// a member the format does not have
				Arguments.of(contactCentre(j -> rule(j, 1).addProperty("scope", "optional groups")), "$.rules[1].scope",
						"unknown member; the members here are type, measure, selection, level, bound, ifTaken, advisory, text", true),
				Arguments.of(cambridge(j -> j.addProperty("entryCode", "05894")), "$.entryCode", "unknown member", true),
				// a member name that needs escaping in the validator's JSON Pointer
				Arguments.of(cambridge(j -> unit(j, 3).addProperty("note/1~a", "x")), "$.units[3].note/1~a",
						"unknown member; the members here are id, urn, title, group, credits, level, glh", true),
				// the document as a whole
				Arguments.of("this is not JSON", "$", "not JSON at line 1, column 1", true),
				Arguments.of("", "$", "not JSON: the document is empty", true),
				Arguments.of(truncatedInAString(), "$.units[1].urn", "unterminated string", true),
				Arguments.of(RuleSetJson.write(cambridgeTechnical()).replace("  \"level\": 2,", "  \"level\": 2,\n  \"level\": 3,"),
						"$.level", "member \"level\" is given twice", false),
				Arguments.of("{\"format\": \"qualspec-ruleset\", \"formatVersion\": 2} []", "$", "not JSON", true),
				Arguments.of("[{\"format\": \"qualspec-ruleset\"}]", "$", "expected an object", true),
				Arguments.of(cambridge(j -> j.addProperty("formatVersion", 3)), "$.formatVersion",
						"expected one of 2 or 1, found a number (3)", true),
				Arguments.of(cambridge(j -> j.addProperty("format", "qualspec-rules")), "$.format",
						"expected \"qualspec-ruleset\", found a string (\"qualspec-rules\")", true),
				// cross-references, which only the reader checks
				Arguments.of(contactCentre(j -> rule(j, 4).getAsJsonObject("selection").add("groups",
						JsonParser.parseString("[\"B\", \"E\"]"))), "$.rules[4].selection.groups[1]",
						"no group \"E\" in $.groups (the groups are A, B, C, D)", false),
				Arguments.of(cambridge(j -> rule(j, 0).add("groups", JsonParser.parseString("[\"A\"]"))), "$.rules[0].groups[0]",
						"no group \"A\" in $.groups (this rule set has no groups)", false),
				Arguments.of(contactCentre(j -> rule(j, 7).add("units", JsonParser.parseString("[\"32\", \"40\"]"))),
						"$.rules[7].units[1]", "no unit \"40\" in $.units", false),
				Arguments.of(contactCentre(j -> unit(j, 0).addProperty("group", "B")), "$.groups[0].units[0]",
						"unit \"1\" is in group \"B\" by its own \"group\" member ($.units[0].group)", false),
				Arguments.of(contactCentre(j -> j.getAsJsonArray("groups").get(0).getAsJsonObject().add("units",
						JsonParser.parseString("[\"1\"]"))), "$.units[1].group",
						"unit \"2\" is not listed in the units of group \"A\" ($.groups[0].units)", false),
				Arguments.of(contactCentre(j -> unit(j, 1).addProperty("id", "1")), "$.units[1].id",
						"unit \"1\" is defined twice (also $.units[0])", false),
				Arguments.of(cambridge(j -> j.getAsJsonArray("examples").get(1).getAsJsonObject().getAsJsonObject("record")
						.getAsJsonArray("results").get(6).getAsJsonObject().addProperty("unit", "8")),
						"$.examples[1].record.results[6].unit", "no unit \"8\" in $.units", false),
				Arguments.of(cambridge(j -> j.getAsJsonObject("grading").getAsJsonArray("bands").get(1).getAsJsonObject()
						.addProperty("to", 100)), "$.grading.bands[1].to", "must not be below \"from\" (103)", false),
				Arguments.of(cambridge(j -> j.getAsJsonArray("resits").add(JsonParser.parseString(
						"{\"assessment\": \"external\", \"limit\": 2}"))), "$.resits[1].assessment",
						"a second policy for external units (also $.resits[0])", false),
				// members and words of version 2
				Arguments.of(version2(j -> rule(j, 0).add("groups", JsonParser.parseString("[\"B\", \"E\"]"))),
						"$.rules[0].groups[1]", "no group \"E\" in $.groups (the groups are A, B, C, D)", false),
				Arguments.of(version2(j -> rule(j, 0).remove("bound")), "$.rules[0].bound", "missing; this member is required", true),
				Arguments.of(version2(j -> rule(j, 0).addProperty("measure", "units")), "$.rules[0].measure",
						"unknown member; the members here are type, groups, bound, advisory, text", true),
				Arguments.of(version2(j -> rule(j, 1).add("units", JsonParser.parseString("[\"5\", \"9\"]"))),
						"$.rules[1].units[1]", "no unit \"9\" in $.units", false),
				Arguments.of(version2(j -> rule(j, 1).add("units", JsonParser.parseString("[\"5\"]"))),
						"$.rules[1].units", "expected exactly 2 items, found 1", true),
				Arguments.of(version2(j -> rule(j, 2).addProperty("ifTaken", "yes")), "$.rules[2].ifTaken",
						"expected true or false, found a string (\"yes\")", true),
				Arguments.of(version2(j -> j.getAsJsonObject("grading").getAsJsonObject("compensation").addProperty("measure", "points")),
						"$.grading.compensation.measure", "expected one of credits, units or glh", true),
				Arguments.of(version2(j -> j.getAsJsonObject("grading").getAsJsonObject("compensation").remove("limit")),
						"$.grading.compensation.limit", "missing; this member is required", true),
				Arguments.of(version2(j -> j.getAsJsonObject("grading").addProperty("compensation", "60 glh")),
						"$.grading.compensation", "expected an object or null, found a string", true),
				Arguments.of(version2(j -> j.getAsJsonObject("grading").getAsJsonArray("points").add(JsonParser.parseString(
						"{\"glh\": null, \"points\": {\"pass\": 1}}"))), "$.grading.points[4].glh",
						"a second row per credit (also $.grading.points[3])", false),
				Arguments.of(version2(j -> grading(j, "points", 3).remove("glh")), "$.grading.points[3].glh",
						"missing; this member is required", true),
				Arguments.of(version2(j -> grading(j, "points", 3).getAsJsonObject("points").addProperty("near pass", 3)),
						"$.grading.points[3].points.near pass", "unknown member", true),
				Arguments.of(version2(j -> grading(j, "bands", 1).addProperty("grade", "D*X")), "$.grading.bands[1].grade",
						"expected a grade's word (pass, distinction-star, ...) or the letters P, M, D, D* and U of a grade of"
								+ " several letters, highest first (D*D, MPP); a grade of one letter is written as its word,"
								+ " found a string (\"D*X\")", true),
				Arguments.of(version2(j -> grading(j, "bands", 1).addProperty("grade", "D")), "$.grading.bands[1].grade",
						"a grade of one letter is written as its word", true),
				Arguments.of(version2(j -> j.getAsJsonArray("examples").get(0).getAsJsonObject().getAsJsonObject("expected")
						.addProperty("grade", "d*d")), "$.examples[0].expected.grade", "or null, found a string (\"d*d\")", true),
				Arguments.of(version2(j -> grading(j, "hurdles", 0).addProperty("minimum", "near")), "$.grading.hurdles[0].minimum",
						"expected one of not-achieved, unclassified, fail, near-pass, achieved", true),
				Arguments.of(version2(j -> j.getAsJsonObject("declared").addProperty("glhUpTo", -178)), "$.declared.glhUpTo",
						"must be from 0 to 2147483647, found -178", true),
				Arguments.of(version2(j -> j.getAsJsonObject("declared").add("glhAtMost", JsonNull.INSTANCE)),
						"$.declared.glhAtMost", "expected true or false, found null", true),
				Arguments.of(version2(j -> unit(j, 0).addProperty("assessment", "internal_set")), "$.units[0].assessment",
						"expected one of internal, external, internal-set or null", true),
				Arguments.of(version2(j -> j.getAsJsonArray("resits").get(0).getAsJsonObject().addProperty("assessment", "set")),
						"$.resits[0].assessment", "expected one of internal, external or internal-set", true));
	}

	@ParameterizedTest
	@MethodSource("malformedRuleSets")
	void malformedRuleSetsFailWithThePathOfTheProblem(String json, String path, String problem, boolean schemaCanTell) {
		assertFormatError(path, problem, () -> RuleSetJson.read(json));
		if (schemaCanTell && !json.isEmpty()) {
			Set<ValidationMessage> errors;
			try {
				errors = ruleSetSchema.validate(json, InputFormat.JSON);
			} catch (RuntimeException notJson) {
				return; // the validator's parser refuses it too
			}
			assertFalse(errors.isEmpty(), "the schema should reject it too: " + json);
		} else if (!schemaCanTell) {
			assertTrue(ruleSetSchema.validate(json, InputFormat.JSON).isEmpty(), "only the reader can tell: " + json);
		}
	}

	@Test
	void ofSeveralProblemsTheFirstInTheFileIsReported() {
		String twoProblems = cambridge(j -> {
			rule(j, 0).addProperty("advisory", "no");
			unit(j, 5).addProperty("level", 12);
		});
		assertFormatError("$.units[5].level", "must be from 0 to 8, found 12", () -> RuleSetJson.read(twoProblems));
		// the file's kind comes first, wherever its other problems are
		String otherKind = cambridge(j -> {
			unit(j, 0).remove("id");
			j.addProperty("formatVersion", 3);
		});
		assertFormatError("$.formatVersion", "expected one of 2 or 1, found a number (3)", () -> RuleSetJson.read(otherKind));
	}

	@Test
	void writeRefusesARuleSetItsReaderWouldReject() {
		RuleSet r = contactCentre();
		List<Rule> rules = new ArrayList<>(r.rules());
		rules.add(new EachGroupRule(Measure.UNITS, List.of("E"), new Bound(Bound.Kind.AT_LEAST, 1), false));
		RuleSet dangling = new RuleSet(r.qualification(), r.title(), r.level(), r.declared(), r.units(), r.groups(), rules,
				r.resits(), r.grading(), r.noExemptions(), r.noEquivalences(), r.examples());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSetJson.write(dangling));
		assertTrue(e.getMessage().contains("$.rules[12].groups[0]: no group \"E\""), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> RuleSetJson.write(new LearnerRecord("x",
				List.of(new UnitResult("1", List.of(), List.of()), new UnitResult("1", List.of(), List.of())))));
	}

	// ------------------------------------------------------------------------------------------ version 1

	/**
	 * Files of version 1, as the previous code wrote them (the example of docs/ruleset-format.md before version
	 * 2, and the Contact Centre rule set with every rule type of version 1, committed unchanged), still read, as
	 * the rule sets they were written from; written again, they are version 2.
	 */
	static Stream<Arguments> version1Files() {
		return Stream.of(Arguments.of("1/cambridge-technical.ruleset.json", cambridgeTechnical()),
				Arguments.of("1/contact-centre.ruleset.json", contactCentre()));
	}

	@ParameterizedTest
	@MethodSource("version1Files")
	void aVersion1RuleSetIsStillRead(String file, RuleSet writtenFrom) throws IOException {
		String version1 = Files.readString(formatFixture(file));
		assertTrue(version1.contains("\"formatVersion\": 1,") && !version1.contains("glhAtMost"), "a file of version 1");
		assertValid(ruleSetSchema, version1);
		RuleSet read = RuleSetJson.read(version1);
		assertEquals(writtenFrom, read);
		assertEquals(null, read.grading().compensation());
		assertFalse(read.declared().glhAtMost());
		String version2 = RuleSetJson.write(read);
		assertTrue(version2.contains("\"formatVersion\": 2,"), version2);
		assertEquals(read, RuleSetJson.read(version2));
	}

	@Test
	void aVersion1LearnerRecordIsStillRead() throws IOException {
		String version1 = Files.readString(formatFixture("1/cambridge-technical-learner-b.json"));
		assertTrue(version1.contains("\"formatVersion\": 1,"), "a file of version 1");
		assertValid(learnerRecordSchema, version1);
		assertEquals(cambridgeTechnical().examples().get(1).record(), RuleSetJson.readLearnerRecord(version1));
	}

	@Test
	void nearPassAttemptsGoThereAndBack() {
		LearnerRecord record = new LearnerRecord("Learner N",
				List.of(new UnitResult("2", List.of(Grade.NEAR_PASS, Grade.PASS), List.of())));
		String json = RuleSetJson.write(record);
		assertTrue(json.contains("\"formatVersion\": 2,") && json.contains("[\"near-pass\", \"pass\"]"), json);
		assertValid(learnerRecordSchema, json);
		assertEquals(record, RuleSetJson.readLearnerRecord(json));
	}

	/** The members version 2 added, as written: grades of several letters as letters, a row per credit with glh null. */
	@Test
	void version2MembersAreWrittenAsDocumented() {
		JsonObject json = tree(RuleSetJson.write(version2()));
		assertEquals(JsonParser.parseString("""
				{"credits": null, "creditsAtLeast": false, "glh": 143, "glhAtLeast": false, "glhAtMost": false,
				 "glhUpTo": 178, "tqt": null}"""), json.get("declared"));
		assertEquals(JsonParser.parseString("""
				{"type": "group-spread", "groups": ["B", "C", "D"], "bound": {"atLeast": 2}, "advisory": false,
				 "text": "units from at least 2 of groups B, C, D"}"""), rule(json, 0));
		assertEquals(JsonParser.parseString("""
				{"type": "paired", "units": ["5", "6"], "advisory": false, "text": "unit 5 and unit 6 together"}"""), rule(json, 1));
		assertTrue(rule(json, 2).get("ifTaken").getAsBoolean());
		assertEquals(JsonParser.parseString("""
				{"glh": null, "points": {"near-pass": 3, "pass": 7, "merit": 8, "distinction": 9}}"""), grading(json, "points", 3));
		assertEquals("D*D", grading(json, "bands", 1).get("grade").getAsString());
		assertEquals("unclassified", grading(json, "bands", 4).get("grade").getAsString());
		assertEquals(JsonParser.parseString("{\"measure\": \"glh\", \"limit\": 60, \"optionalUnitsOnly\": true}"),
				json.getAsJsonObject("grading").get("compensation"));
		assertEquals("PP", json.getAsJsonArray("examples").get(1).getAsJsonObject().getAsJsonObject("expected")
				.get("grade").getAsString());
		assertEquals("internal-set", unit(json, 0).get("assessment").getAsString());
		assertEquals("pass-or-fail", unit(json, 2).get("gradeScale").getAsString());
		assertEquals(JsonParser.parseString("[]"), unit(json, 0).getAsJsonObject("gradingCriteria").get("near-pass"));
	}

	@Test
	void theVersion2WorkedExamplesComeOutAsWorkedByHandAfterReading() {
		RuleSet read = RuleSetJson.read(RuleSetJson.write(version2()));
		Evaluator evaluator = new Evaluator(read);
		for (WorkedExample example : read.examples()) {
			Evaluation evaluation = evaluator.evaluate(example.record());
			assertEquals(example.expected(), new WorkedExample.Expectation(evaluation.eligible(), evaluation.grade().points(),
					evaluation.grade().grade()), example.name());
		}
	}

	/** Members added in version 2 may be left out of a version-2 file too: they then mean what version 1 meant. */
	@Test
	void version2MembersLeftOutMeanWhatVersion1Meant() {
		JsonObject json = tree(RuleSetJson.write(withDeclared(version2(), new RuleSet.DeclaredSize(null, false, 143, false, null))));
		json.getAsJsonObject("declared").remove("glhAtMost");
		json.getAsJsonObject("declared").remove("glhUpTo");
		json.getAsJsonObject("grading").remove("compensation");
		rule(json, 2).remove("ifTaken");
		RuleSet read = RuleSetJson.read(json.toString());
		assertEquals(new RuleSet.DeclaredSize(null, false, 143, false, null), read.declared());
		assertEquals(null, read.grading().compensation());
		assertFalse(((AggregateRule) read.rules().get(2)).ifTaken());
	}

	private static Path formatFixture(String name) {
		return Repository.root().resolve("bundles/io.qualspec.rules.tests/fixtures/format-" + name);
	}

	// ------------------------------------------------------------------------------------ documentation

	/**
	 * The complete example in docs/ruleset-format.md is what {@code write} gives for the Cambridge Technical,
	 * and its learner-record example is Learner B's record.
	 */
	@Test
	void theDocumentedExamplesAreWhatWriteProduces() throws IOException {
		String doc = Files.readString(Repository.root().resolve("docs/ruleset-format.md"));
		String ruleSet = jsonBlock(doc, "qualspec-ruleset");
		assertEquals(RuleSetJson.write(cambridgeTechnical()), ruleSet);
		assertValid(ruleSetSchema, ruleSet);
		assertEquals(cambridgeTechnical(), RuleSetJson.read(ruleSet), "the documented file reads");
		String record = jsonBlock(doc, "qualspec-learner-record");
		assertEquals(RuleSetJson.write(cambridgeTechnical().examples().get(1).record()), record);
		assertValid(learnerRecordSchema, record);
	}

	/** The first ```json block of the document that is a file of this format. */
	private static String jsonBlock(String doc, String format) {
		String start = "```json\n{\n  \"format\": \"" + format + "\"";
		int from = doc.indexOf(start);
		assertNotEquals(-1, from, "docs/ruleset-format.md has an example " + format + " file");
		return doc.substring(from + "```json\n".length(), doc.indexOf("```\n", from + 8));
	}

	// ------------------------------------------------------------------------------------------ helpers

	private static void assertFormatError(String path, String problem, org.junit.jupiter.api.function.Executable read) {
		RuleSetFormatException e = assertThrows(RuleSetFormatException.class, read);
		assertEquals(path, e.path(), e.getMessage());
		assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
		assertTrue(e.problem().contains(problem), () -> "\"" + e.getMessage() + "\" should say \"" + problem + "\"");
	}

	private static void assertValid(JsonSchema schema, String json) {
		Set<ValidationMessage> errors = schema.validate(json, InputFormat.JSON);
		assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
	}

	private static JsonObject tree(String json) {
		return JsonParser.parseString(json).getAsJsonObject();
	}

	private static Path schemaFile(String name) {
		return Repository.root().resolve("bundles/io.qualspec.rules/schema").resolve(name);
	}
}
