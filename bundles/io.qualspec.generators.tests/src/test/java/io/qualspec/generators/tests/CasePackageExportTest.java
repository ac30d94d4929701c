package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.casepackage.CasePackageExport;
import io.qualspec.generators.casepackage.CasePackageExport.Options;
import io.qualspec.testing.Examples;
import io.qualspec.testing.Fixtures;
import io.qualspec.testing.HandbookTables;

/**
 * The CASE 1.1 CFPackage export: every example validates against the official 1EdTech schema, the SFJ
 * package holds every unit, outcome and criterion as a tree of isChildOf associations, identifiers are
 * stable name-based UUIDs, and re-exports are byte-identical.
 */
class CasePackageExportTest {

	private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
	private static final Instant FIXED = Instant.parse("2024-01-31T12:00:00Z");

	/** Where the identifiers point when no base URI is given. */
	private static final String BASE_URI = "https://qualspec.example/case/";

	/**
	 * The identifier of each qualification's CFDocument: the version 5 UUID (RFC 9562) of "qualspec:" and its
	 * number in the namespace 4c1b3f0e-6d2a-4f7b-9a5e-2f8c7d1e0b63, computed outside Qualspec (Python's
	 * uuid.uuid5).
	 */
	private static final Map<String, String> DOCUMENT_IDENTIFIERS = Map.ofEntries(
			Map.entry("500/9843/3", "d7389cd0-3be0-50c9-8df7-a5515ca022b0"),
			Map.entry("500/8625/X", "e112f4d7-b49c-5694-a82b-09ee309cff19"),
			Map.entry("500/8626/1", "25237efb-4dc2-5bed-b9f4-a4801a3f50f4"),
			Map.entry("600/2336/3", "6be6e4b4-fef9-57b9-91ab-26eaa57187eb"),
			Map.entry("600/2456/2", "cc62af4d-6a50-5c87-a15f-ae596938efde"),
			Map.entry("600/2451/3", "408fec0a-5b3d-5ef3-985a-67252954f43e"),
			Map.entry("600/2338/7", "593a344c-8c0c-538c-b74e-ce2b364a9871"),
			Map.entry("600/2356/9", "0b6e422a-d648-56e9-958a-2b72fadbfef1"),
			Map.entry("601/3432/X", "6df7981c-f332-5de7-bf65-429127967296"),
			Map.entry("603/2730/3", "ad7bfd46-1652-5275-8a3f-27f2f5091125"),
			Map.entry("603/4767/3", "9545e71a-c606-56e9-9438-2bd76d4adcc8"),
			// identified by an own code, or by the title where no number or code is printed
			Map.entry("QAA140083", "c77b03c7-22df-591a-afba-ae857f53b2f7"),
			Map.entry("CIPD Level 3 Foundation Certificate in Learning and Development (QCF)",
					"14474c6e-1ef0-5765-a1f3-8f491ba2b093"),
			Map.entry("CIPD Level 3 Foundation Diploma in Learning and Development (QCF)",
					"e0dd50d7-edb8-5094-9082-6ff85bed50e6"),
			Map.entry("Pearson BTEC International Level 3 Certificate in Information Technology",
					"2d54c400-580b-5506-822d-adcb9e6f2cd2"),
			Map.entry("Pearson BTEC International Level 3 Subsidiary Diploma in Information Technology",
					"e3cb5ca8-8a20-56bd-8ec7-69f8db92ef11"),
			Map.entry("Pearson BTEC International Level 3 Foundation Diploma in Information Technology",
					"40a613f2-9200-5006-b89a-0ee44eea017e"),
			Map.entry("Pearson BTEC International Level 3 Diploma in Information Technology",
					"59fc67fe-e771-5199-b2b5-b0c5a80378e5"),
			Map.entry("Pearson BTEC International Level 3 Extended Diploma in Information Technology",
					"635ea54e-8516-5f25-8f55-2a4ff02991ce"));

	private static JsonSchema schema;

	@BeforeAll
	static void loadSchema() throws IOException {
		String text = Files.readString(Fixtures.caseCfPackageSchema());
		// format assertions on: identifiers must be UUIDs and time stamps RFC 3339 date-times
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(text, config);
	}

	static Stream<String> qualifications() {
		return Examples.qualifications().stream().map(ResolvedQualification::number);
	}

	@Test
	void theSchemaIsTheOfficialCase11Schema() throws IOException {
		JsonObject schemaJson = JsonParser.parseString(Files.readString(Fixtures.caseCfPackageSchema())).getAsJsonObject();
		assertEquals("https://purl.imsglobal.org/spec/case/v1p1/schema/json/case_v1p1_cfpackage-jsonschema1.json",
				schemaJson.get("$id").getAsString());
		assertTrue(schemaJson.get("$schema").getAsString().startsWith("https://json-schema.org/draft/2019-09/schema"));
		// and the validator does check formats
		List<ValidationMessage> errors = List.copyOf(schema.validate("""
				{"CFDocument": {"identifier": "not-a-uuid", "uri": "u", "creator": "c", "title": "t",
				 "lastChangeDateTime": "yesterday"}}""", InputFormat.JSON));
		assertEquals(2, errors.size(), errors::toString);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("qualifications")
	void everyExampleValidatesAgainstTheOfficialSchema(String number) {
		ResolvedQualification qualification = Examples.qualification(number);
		String json = CasePackageExport.write(qualification, CasePackageExport.lastChangeOf(qualification));
		assertEquals(List.of(), List.copyOf(schema.validate(json, InputFormat.JSON)), "schema violations");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("qualifications")
	void everyExampleIsATreeOfStableIdentifiers(String number) {
		ResolvedQualification qualification = Examples.qualification(number);
		JsonObject pkg = parse(CasePackageExport.write(qualification, FIXED));
		JsonObject document = pkg.getAsJsonObject("CFDocument");
		String documentId = document.get("identifier").getAsString();
		assertEquals(DOCUMENT_IDENTIFIERS.get(number), documentId);
		assertEquals(BASE_URI + "CFDocuments/" + documentId, document.get("uri").getAsString());
		assertEquals("en-GB", document.get("language").getAsString());
		assertEquals("1.1", document.get("caseVersion").getAsString());
		// the seed handbooks' titles and unit tables as transcribed independently; the other examples' as written
		boolean seed = Examples.seedQualifications().contains(qualification);
		HandbookTables.Table handbook = seed ? HandbookTables.of(number) : null;
		assertEquals(seed ? handbook.title() : qualification.title(), document.get("title").getAsString());

		// every identifier is a version 5 UUID, lower case, and unique in the package
		Set<String> identifiers = new HashSet<>();
		for (String id : identifiers(pkg)) {
			assertTrue(UUID_TEXT.matcher(id).matches(), id);
			assertEquals(5, UUID.fromString(id).version());
			assertTrue(identifiers.add(id), "duplicate identifier " + id);
		}

		// every item is the origin of exactly one isChildOf association, whose destination exists
		Map<String, JsonObject> items = new HashMap<>();
		for (JsonElement item : pkg.getAsJsonArray("CFItems")) {
			items.put(id(item), item.getAsJsonObject());
			assertEquals(BASE_URI + "CFItems/" + id(item),
					item.getAsJsonObject().get("uri").getAsString());
		}
		Map<String, Integer> parents = new HashMap<>();
		for (JsonElement element : pkg.getAsJsonArray("CFAssociations")) {
			JsonObject association = element.getAsJsonObject();
			assertEquals("isChildOf", association.get("associationType").getAsString());
			String origin = association.getAsJsonObject("originNodeURI").get("identifier").getAsString();
			String destination = association.getAsJsonObject("destinationNodeURI").get("identifier").getAsString();
			assertTrue(items.containsKey(origin), "origin " + origin);
			assertTrue(items.containsKey(destination) || destination.equals(documentId), "destination " + destination);
			parents.merge(origin, 1, Integer::sum);
			assertEquals(FIXED.toString(), association.get("lastChangeDateTime").getAsString());
		}
		assertEquals(items.keySet(), parents.keySet());
		assertTrue(parents.values().stream().allMatch(n -> n == 1), "one parent each");
		// one unit item for each unit of the handbook's table
		long units = seed ? handbook.rows().stream().map(HandbookTables.Row::urn).distinct().count()
				: qualification.memberships().stream().map(m -> m.unit().urn()).distinct().count();
		assertEquals(units, items.values().stream().filter(i -> i.get("CFItemType").getAsString().equals("Unit")).count());
	}

	@Test
	void theSfjPackageHoldsEveryUnitOutcomeAndCriterion() {
		ResolvedQualification sfj = Examples.qualification(ExportFixtures.SFJ);
		JsonObject pkg = parse(CasePackageExport.write(sfj, CasePackageExport.lastChangeOf(sfj)));

		JsonObject document = pkg.getAsJsonObject("CFDocument");
		assertEquals("SFJ Awards Level 2 Certificate in Customer Service", document.get("title").getAsString());
		assertEquals("SFJ Awards", document.get("creator").getAsString());
		assertEquals("2019-07-01T00:00:00Z", document.get("lastChangeDateTime").getAsString());
		assertEquals("V1", document.get("version").getAsString());

		Map<String, List<JsonObject>> byType = new HashMap<>();
		Map<String, JsonObject> byCode = new HashMap<>();
		for (JsonElement element : pkg.getAsJsonArray("CFItems")) {
			JsonObject item = element.getAsJsonObject();
			byType.computeIfAbsent(item.get("CFItemType").getAsString(), t -> new ArrayList<>()).add(item);
			assertFalse(byCode.containsKey(item.get("humanCodingScheme").getAsString()));
			byCode.put(item.get("humanCodingScheme").getAsString(), item);
		}
		assertEquals(23, byType.get("Unit").size());
		assertEquals(63, byType.get("Learning outcome").size());
		assertEquals(321, byType.get("Assessment criterion").size());
		assertEquals(3, byType.size());
		assertEquals(23 + 63 + 321, pkg.getAsJsonArray("CFItems").size());

		JsonObject unit = byCode.get("A/506/2130");
		assertEquals("Deliver customer service", unit.get("fullStatement").getAsString());
		assertEquals("Level 2", unit.getAsJsonArray("educationLevel").get(0).getAsString());
		JsonObject extension = unit.getAsJsonObject("extensions").getAsJsonObject("qualspec");
		assertEquals(5, extension.get("credits").getAsInt());
		assertEquals(27, extension.get("guidedLearningHours").getAsInt());
		assertEquals("882", extension.get("awardingOrganisationReference").getAsString());
		JsonObject outcome = byCode.get("A/506/2130 1");
		assertEquals("Understand customer service delivery", outcome.get("fullStatement").getAsString());
		JsonObject criterion = byCode.get("A/506/2130 1.2");
		assertEquals("Describe the features and benefits of an organisation's products and/or services",
				criterion.get("fullStatement").getAsString());
		assertEquals("1.2", criterion.get("listEnumeration").getAsString());
		// a shared criterion text, its {activity} filled in
		assertEquals("Adhere to organisational policies and procedures, legal and ethical requirements when providing customer service",
				byCode.get("A/506/2130 4.6").get("fullStatement").getAsString());

		// isChildOf: criterion -> outcome -> unit -> document, one association each
		Map<String, String> parentOf = new HashMap<>();
		Map<String, Integer> associationsByKind = new HashMap<>();
		Map<String, String> typeOf = new HashMap<>();
		byCode.values().forEach(i -> typeOf.put(id(i), i.get("CFItemType").getAsString()));
		typeOf.put(document.get("identifier").getAsString(), "Document");
		for (JsonElement element : pkg.getAsJsonArray("CFAssociations")) {
			JsonObject association = element.getAsJsonObject();
			String origin = association.getAsJsonObject("originNodeURI").get("identifier").getAsString();
			String destination = association.getAsJsonObject("destinationNodeURI").get("identifier").getAsString();
			parentOf.put(origin, destination);
			associationsByKind.merge(typeOf.get(origin) + " -> " + typeOf.get(destination), 1, Integer::sum);
		}
		assertEquals(Map.of("Unit -> Document", 23, "Learning outcome -> Unit", 63,
				"Assessment criterion -> Learning outcome", 321), associationsByKind);
		assertEquals(23 + 63 + 321, pkg.getAsJsonArray("CFAssociations").size());
		assertEquals(id(outcome), parentOf.get(id(criterion)));
		assertEquals(id(unit), parentOf.get(id(outcome)));
		assertEquals(document.get("identifier").getAsString(), parentOf.get(id(unit)));

		// the item types are defined, with the description CASE 1.1 requires
		JsonArray types = pkg.getAsJsonObject("CFDefinitions").getAsJsonArray("CFItemTypes");
		assertEquals(3, types.size());
		for (JsonElement type : types) {
			assertFalse(type.getAsJsonObject().get("description").getAsString().isBlank());
			assertEquals(BASE_URI + "CFItemTypes/" + id(type),
					type.getAsJsonObject().get("uri").getAsString());
		}
		assertEquals(id(types.get(0)), unit.getAsJsonObject("CFItemTypeURI").get("identifier").getAsString());

		// the two groups of the structure table survive as association groupings
		JsonArray groupings = pkg.getAsJsonObject("CFDefinitions").getAsJsonArray("CFAssociationGroupings");
		assertEquals(List.of("Mandatory Group A", "Optional Group B"),
				groupings.asList().stream().map(g -> g.getAsJsonObject().get("title").getAsString()).toList());
	}

	@Test
	void twoExportsAreByteIdentical() {
		ResolvedQualification sfj = Examples.qualification(ExportFixtures.SFJ);
		String first = CasePackageExport.write(sfj, CasePackageExport.lastChangeOf(sfj));
		String second = CasePackageExport.write(sfj, CasePackageExport.lastChangeOf(sfj));
		assertEquals(first, second);
		// also from an independent load of the same files: nothing depends on object identity or run time
		Catalogue again = Examples.load().catalogue();
		for (ResolvedQualification qualification : Examples.qualifications()) {
			ResolvedQualification other = again.qualification(qualification.number()).orElseThrow();
			assertEquals(CasePackageExport.write(qualification, FIXED), CasePackageExport.write(other, FIXED),
					qualification.number());
		}
		assertTrue(first.endsWith("}\n"));
		assertFalse(first.contains("\r"));
	}

	@Test
	void lastChangeComesFromTheIssueDate() {
		assertEquals(Instant.parse("2019-07-01T00:00:00Z"),
				CasePackageExport.lastChangeOf(Examples.qualification(ExportFixtures.SFJ)));
		// "version ... issued 2019-02": month precision counts from the first day
		assertEquals(Instant.parse("2019-02-01T00:00:00Z"),
				CasePackageExport.lastChangeOf(Examples.qualification("500/8625/X")));
		// no date stated: the start of the epoch, a date no handbook has
		assertEquals(Instant.parse("1970-01-01T00:00:00Z"),
				CasePackageExport.lastChangeOf(Examples.qualification("601/3432/X")));
	}

	@Test
	void identifiersAreVersion5NameBasedUuids() {
		// RFC 9562, Appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace
		assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"), CasePackageExport
				.nameUuid(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
		// Qualspec's names in its namespace 4c1b3f0e-6d2a-4f7b-9a5e-2f8c7d1e0b63 (Python's uuid.uuid5)
		assertEquals(UUID.fromString("d63236c0-77ec-5296-9960-0c7482aa078d"), CasePackageExport.uuid("x"));
		assertNotEquals(CasePackageExport.uuid("qualspec:603/4767/3"), CasePackageExport.uuid("qualspec:603/2730/3"));
	}

	@Test
	void theBaseUriAndOfficialSourceAreParameters() {
		ResolvedQualification sfj = Examples.qualification(ExportFixtures.SFJ);
		Options options = Options.DEFAULT.withBaseUri("https://case.example.org/ims/case/v1p1")
				.withOfficialSourceUrl("https://www.sfjawards.com/qualification-handbook.pdf");
		String json = CasePackageExport.write(sfj, FIXED, options);
		assertEquals(List.of(), List.copyOf(schema.validate(json, InputFormat.JSON)));
		JsonObject pkg = parse(json);
		JsonObject document = pkg.getAsJsonObject("CFDocument");
		assertEquals("https://www.sfjawards.com/qualification-handbook.pdf", document.get("officialSourceURL").getAsString());
		assertEquals("https://case.example.org/ims/case/v1p1/CFDocuments/" + id(document), document.get("uri").getAsString());
		JsonObject defaults = parse(CasePackageExport.write(sfj, FIXED));
		assertFalse(defaults.getAsJsonObject("CFDocument").has("officialSourceURL"));
		// identifiers do not depend on the base URI
		assertEquals(identifiers(defaults), identifiers(pkg));
		for (JsonElement item : pkg.getAsJsonArray("CFItems")) {
			assertTrue(item.getAsJsonObject().get("uri").getAsString().startsWith("https://case.example.org/ims/case/v1p1/CFItems/"));
		}
	}

	@Test
	void gradingCriteriaAndTeachingContentOfAGradedUnit() {
		Catalogue catalogue = ExportFixtures.loadText(ExportFixtures.GRADED_UNIT);
		ResolvedQualification qualification = catalogue.qualifications().get(0);
		assertEquals(Instant.parse("2020-03-01T00:00:00Z"), CasePackageExport.lastChangeOf(qualification));
		String json = CasePackageExport.write(qualification, CasePackageExport.lastChangeOf(qualification));
		assertEquals(List.of(), List.copyOf(schema.validate(json, InputFormat.JSON)));
		JsonObject pkg = parse(json);
		Map<String, JsonObject> byCode = new HashMap<>();
		pkg.getAsJsonArray("CFItems").forEach(i -> byCode.put(i.getAsJsonObject().get("humanCodingScheme").getAsString(),
				i.getAsJsonObject()));
		assertEquals(Set.of("F/506/2131", "F/506/2131 1", "F/506/2131 1.1", "F/506/2131 1.2", "F/506/2131 2",
				"F/506/2131 2.1", "F/506/2131 P1", "F/506/2131 P2", "F/506/2131 M1", "F/506/2131 D1"), byCode.keySet());
		assertEquals("Entry Level", byCode.get("F/506/2131").getAsJsonArray("educationLevel").get(0).getAsString());
		assertEquals("Adhere to organisational policies and procedures when resolving problems",
				byCode.get("F/506/2131 1.2").get("fullStatement").getAsString());
		assertEquals("Face to face or by telephone.", byCode.get("F/506/2131 1.1").get("notes").getAsString());
		assertEquals("Teaching content:\ni.e. types of problems\ne.g. late delivery",
				byCode.get("F/506/2131 1").get("notes").getAsString());
		assertEquals(40, byCode.get("F/506/2131 1").getAsJsonObject("extensions").getAsJsonObject("qualspec")
				.get("weightingPercent").getAsInt());
		assertEquals("Grading criterion", byCode.get("F/506/2131 P1").get("CFItemType").getAsString());
		Map<String, String> parent = new HashMap<>();
		for (JsonElement element : pkg.getAsJsonArray("CFAssociations")) {
			JsonObject association = element.getAsJsonObject();
			parent.put(association.getAsJsonObject("originNodeURI").get("title").getAsString(),
					association.getAsJsonObject("destinationNodeURI").get("title").getAsString());
		}
		assertEquals("F/506/2131 1", parent.get("F/506/2131 P1"));
		assertEquals("F/506/2131 2", parent.get("F/506/2131 P2"));
		assertEquals("F/506/2131", parent.get("F/506/2131 M1"));
		assertEquals("Demo Awards", pkg.getAsJsonObject("CFDocument").get("creator").getAsString());
	}

	@Test
	void learningAimsComeBetweenTheUnitAndItsCriteria() {
		// Pearson BTEC International Level 3 IT, Issue 3, Unit 4: criteria coded by aim; BC.D2 spans aims B and C
		ResolvedQualification qualification = ExportFixtures.btecStyle();
		String json = CasePackageExport.write(qualification, FIXED);
		assertEquals(List.of(), List.copyOf(schema.validate(json, InputFormat.JSON)), "schema violations");
		JsonObject pkg = parse(json);
		Map<String, JsonObject> byCode = new HashMap<>();
		pkg.getAsJsonArray("CFItems").forEach(i -> byCode.put(i.getAsJsonObject().get("humanCodingScheme").getAsString(),
				i.getAsJsonObject()));
		assertEquals("Programming", byCode.get("4").get("fullStatement").getAsString());
		assertTrue(byCode.get("4").getAsJsonObject("extensions").getAsJsonObject("qualspec").get("ownCode").getAsBoolean());
		assertEquals("Learning aim", byCode.get("4 B").get("CFItemType").getAsString());
		assertEquals("Design a software solution to meet client requirements", byCode.get("4 B").get("fullStatement").getAsString());
		Map<String, String> parent = new HashMap<>();
		Map<String, String> related = new HashMap<>();
		for (JsonElement element : pkg.getAsJsonArray("CFAssociations")) {
			JsonObject association = element.getAsJsonObject();
			Map<String, String> into = association.get("associationType").getAsString().equals("isChildOf") ? parent : related;
			into.put(association.getAsJsonObject("originNodeURI").get("title").getAsString(),
					association.getAsJsonObject("destinationNodeURI").get("title").getAsString());
		}
		assertEquals("4", parent.get("4 A"));
		assertEquals("4", parent.get("4 C"));
		assertEquals("4 A", parent.get("4 A.P1"));
		assertEquals("4 A", parent.get("4 A.D1"));
		assertEquals("4 B", parent.get("4 B.M2"));
		assertEquals("4 C", parent.get("4 C.P6"));
		assertEquals("4 B", parent.get("4 BC.D2"));
		assertEquals(Map.of("4 BC.D2", "4 C"), related);
		assertFalse(pkg.getAsJsonObject("CFDocument").has("notes"), "a qualification known by its title has no number to note");
	}

	// ------------------------------------------------------------------------------------------ helpers

	private static JsonObject parse(String json) {
		return JsonParser.parseString(json).getAsJsonObject();
	}

	private static String id(JsonElement object) {
		return object.getAsJsonObject().get("identifier").getAsString();
	}

	/** Every "identifier" in the package except those of links (which repeat their target's), in order. */
	private static List<String> identifiers(JsonObject pkg) {
		List<String> ids = new ArrayList<>();
		ids.add(id(pkg.get("CFDocument")));
		pkg.getAsJsonArray("CFItems").forEach(i -> ids.add(id(i)));
		pkg.getAsJsonArray("CFAssociations").forEach(a -> ids.add(id(a)));
		JsonObject definitions = pkg.getAsJsonObject("CFDefinitions");
		for (String kind : List.of("CFItemTypes", "CFAssociationGroupings")) {
			if (definitions.has(kind)) {
				definitions.getAsJsonArray(kind).forEach(d -> ids.add(id(d)));
			}
		}
		return ids;
	}
}
