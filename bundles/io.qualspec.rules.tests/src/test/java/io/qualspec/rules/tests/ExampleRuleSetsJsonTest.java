package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.testing.Repository;

/**
 * For every example qualification, the rule set exported as JSON validates against the committed schema,
 * reads back equal, and gives the engine the same results as the rule set built from the .qspec files.
 */
class ExampleRuleSetsJsonTest {

	private static JsonSchema schema;

	@BeforeAll
	static void loadSchema() throws IOException {
		schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(
				Repository.root().resolve("bundles/io.qualspec.rules/schema/qualspec-ruleset.schema.json")));
	}

	static Stream<RuleSet> ruleSets() {
		return Examples.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ruleSets")
	void jsonRoundTripGivesTheSameResults(RuleSet fromSpecification) {
		String json = RuleSetJson.write(fromSpecification);
		assertEquals(List.of(), List.copyOf(schema.validate(json, InputFormat.JSON)), "schema violations");
		RuleSet fromJson = RuleSetJson.read(json);
		assertEquals(fromSpecification, fromJson);
		assertEquals(json, RuleSetJson.write(fromJson), "a re-export does not churn");

		Analysis expected = new Analyser(fromSpecification).analyse();
		Analysis actual = new Analyser(fromJson).analyse();
		assertEquals(figures(expected), figures(actual));
		for (Analysis.Extreme extreme : Stream.of(actual.minGlh(), actual.maxGlh(), actual.minCredits(), actual.maxCredits())
				.filter(Objects::nonNull).toList()) {
			assertTrue(new Analyser(fromSpecification).isValidSelection(extreme.selection()), extreme.toString());
		}
		assertEquals(WorkedExampleCheck.check(fromSpecification), WorkedExampleCheck.check(fromJson));

		Random random = new Random(fromSpecification.qualification().hashCode());
		Evaluator specification = new Evaluator(fromSpecification);
		Evaluator exported = new Evaluator(fromJson);
		for (int i = 0; i < 50; i++) {
			LearnerRecord record = randomRecord(fromSpecification.units(), random);
			assertEquals(specification.evaluate(record), exported.evaluate(record), record.toString());
		}
		assertTrue(json.contains("\"" + fromSpecification.qualification() + "\""));
	}

	/** What an analysis finds, without the choice among equally good selections. */
	private static List<Object> figures(Analysis analysis) {
		return Arrays.asList(analysis.feasible(), analysis.conflict(), value(analysis.minGlh()), value(analysis.maxGlh()),
				value(analysis.minCredits()), value(analysis.maxCredits()), analysis.selections(), analysis.redundant(),
				analysis.neverMet());
	}

	/** An optimum's value, null where it is unknown (a unit states no such figure). */
	private static Integer value(Analysis.Extreme extreme) {
		return extreme == null ? null : extreme.value();
	}

	private static LearnerRecord randomRecord(List<RuleUnit> units, Random random) {
		Grade[] grades = Grade.values();
		return new LearnerRecord("random", units.stream().filter(u -> random.nextInt(3) > 0)
				.map(u -> new LearnerRecord.UnitResult(u.id(), List.of(grades[random.nextInt(grades.length)]), List.of()))
				.toList());
	}
}
