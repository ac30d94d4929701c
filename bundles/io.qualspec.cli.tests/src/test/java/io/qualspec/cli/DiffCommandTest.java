package io.qualspec.cli;

import static io.qualspec.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import io.qualspec.cli.CommandLineTest.Run;
import io.qualspec.testing.Fixtures;
import io.qualspec.testing.Repository;

/**
 * {@code qualspec diff} and {@code generate --previous} on two versions of the examples made here: a copy of
 * {@code examples/}, and the same with four changes made by hand (below), committed as two revisions of a git
 * repository or kept as two folders. The expectations are the changes made, written out independently.
 */
class DiffCommandTest {

	private static final String UNITS = "shared/customer-service-units.qspec";
	private static final String SFJ = "sfj/level-2-certificate-customer-service-603-4767-3.qspec";
	private static final String DIPLOMA = "ocr/diploma-customer-service/level-2-diploma-customer-service-601-3432-X.qspec";

	@TempDir
	Path dir;

	/** Replaces text that must be there (so that a change of the examples fails here, not silently). */
	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(from), file + " no longer holds: " + from);
		Files.writeString(file, text.replace(from, to));
	}

	/**
	 * The four changes: unit D/506/2119 (library cfa.customerservice) from 3 to 4 credits; its criterion 1.1
	 * reworded; a new unit H/506/2199 in that library, added to Optional Group B of the SFJ certificate 603/4767/3;
	 * and that qualification's rule "exactly 13 credits from Group B" made "at least 13".
	 */
	private static void makeChanges(Path examples) throws IOException {
		Path units = examples.resolve(UNITS);
		replace(units, "unit D/506/2119 \"Communicate verbally with customers\" {\n\t\tlevel 2\n\t\tcredits 3\n",
				"unit D/506/2119 \"Communicate verbally with customers\" {\n\t\tlevel 2\n\t\tcredits 4\n");
		replace(units, "criterion 1.1 \"Explain the importance of effective communication in customer service\"",
				"criterion 1.1 \"Explain why effective communication matters in customer service\"");
		String text = Files.readString(units);
		int end = text.stripTrailing().lastIndexOf('}');
		Files.writeString(units, text.substring(0, end) + """
					unit H/506/2199 "Handle customer feedback" {
						level 2
						credits 3
						glh 20
						assessment internal
						outcome 1 "Understand how to handle customer feedback" knowledge {
							criterion 1.1 "Explain why customer feedback is gathered"
						}
					}
				}
				""");
		Path sfj = examples.resolve(SFJ);
		replace(sfj, "\t\tunit K/503/0421 reference \"915\" // Deal with incidents through a contact centre\n",
				"\t\tunit K/503/0421 reference \"915\" // Deal with incidents through a contact centre\n\t\tunit H/506/2199\n");
		replace(sfj, "\t\tcredits from B exactly 13\n", "\t\tcredits from B at least 13\n");
	}

	/** The SFJ certificate's new version, whose key updates mention the unit changes but not the rule. */
	private static void declareVersionTwo(Path examples) throws IOException {
		replace(examples.resolve(SFJ), "\tversion \"V1\" issued 2019-07-01\n", """
					version "V2" issued 2024-09-01 {
						change "Communicate verbally with customers: 4 credits; criterion 1.1 reworded" in section "3" about unit D/506/2119
						change "Handle customer feedback added to Optional Group B" in section "2.3" about unit H/506/2199
					}
					version "V1" issued 2019-07-01
				""");
	}

	/** A copy of the examples with the four changes, in which the SFJ certificate declares version V2. */
	private Path versionTwo() throws IOException {
		Path current = Repository.copyOfExamples(dir.resolve("new"));
		makeChanges(current);
		declareVersionTwo(current);
		return current;
	}

	private static JsonObject json(String text) {
		return JsonParser.parseString(text).getAsJsonObject();
	}

	private static String string(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	/** A change of the JSON as one line: kind, place, unit, item, field, before and after. */
	private static String line(JsonObject change) {
		List<String> parts = new ArrayList<>();
		for (String member : List.of("kind", "qualification", "library", "group", "unit", "item", "field", "before", "after")) {
			String value = string(change, member);
			if (value != null) {
				parts.add(member + "=" + value);
			}
		}
		return String.join(" | ", parts);
	}

	private static JsonSchema schema(Path file, SpecVersion.VersionFlag version) throws IOException {
		return JsonSchemaFactory.getInstance(version).getSchema(Files.readString(file),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
	}

	private static void assertValid(JsonSchema schema, String json) {
		var errors = schema.validate(json, InputFormat.JSON);
		assertTrue(errors.isEmpty(), errors.toString());
	}

	private static final Set<String> CHANGES_MADE = new TreeSet<>(List.of(
			"kind=unit-added-to-group | qualification=603/4767/3 | group=B | unit=H/506/2199 | after=Handle customer feedback",
			"kind=rules-changed | qualification=603/4767/3 | before=To achieve this qualification, candidates must achieve a total"
					+ " of exactly 27 credits made up as follows:\n- all 4 mandatory units from Group A (14 credits)\n- exactly 13"
					+ " credits from Group B | after=To achieve this qualification, candidates must achieve a total of exactly 27"
					+ " credits made up as follows:\n- all 4 mandatory units from Group A (14 credits)\n- a minimum of 13 credits"
					+ " from Group B",
			"kind=unit-changed | library=cfa.customerservice | unit=D/506/2119 | field=credits | before=3 | after=4",
			"kind=criterion-reworded | library=cfa.customerservice | unit=D/506/2119 | item=criterion 1.1 | before=Explain the"
					+ " importance of effective communication in customer service | after=Explain why effective communication"
					+ " matters in customer service",
			"kind=unit-added | library=cfa.customerservice | unit=H/506/2199 | after=Handle customer feedback"));

	@Test
	void diffOfTwoGitRevisionsListsExactlyTheChangesMade() throws IOException, GitAPIException {
		Path repository = Repository.copyOfExamples(dir.resolve("specifications"));
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Version 1").setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org")
					.setSign(false).call();
			makeChanges(repository);
			git.add().addFilepattern(".").call();
			git.commit().setMessage("Version 2").setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org")
					.setSign(false).call();
		}
		Run run = run("diff", "--git", repository.toString(), "HEAD~1", "HEAD", "--format", "json");
		assertEquals(0, run.exit(), run.out() + run.err());
		assertValid(schema(Repository.root().resolve("bundles/io.qualspec.generators/schema/qualspec-diff.schema.json"),
				SpecVersion.VersionFlag.V202012), run.out());
		JsonObject diff = json(run.out());
		assertEquals("HEAD~1", string(diff, "before"));
		Set<String> found = new TreeSet<>();
		diff.getAsJsonArray("changes").forEach(change -> found.add(line(change.getAsJsonObject())));
		assertEquals(CHANGES_MADE, found);

		// a path inside the revision, as git writes it: the library alone
		Run library = run("diff", "--git", repository.toString(), "HEAD~1:shared", "HEAD:shared");
		assertEquals(0, library.exit(), library.out() + library.err());
		assertTrue(library.out().startsWith("Changes from HEAD~1:shared to HEAD:shared: 3 changes\nlibrary cfa.customerservice\n"),
				library.out());

		Run unknown = run("diff", "--git", repository.toString(), "no-such-tag", "HEAD");
		assertEquals(1, unknown.exit());
		assertTrue(unknown.err().contains("no-such-tag is not a file or folder, nor a revision of the git repository"), unknown.err());
	}

	@Test
	void folderAgainstFolder() throws IOException {
		Path old = Repository.copyOfExamples(dir.resolve("old"));
		Path current = Repository.copyOfExamples(dir.resolve("new"));
		Path sfj = current.resolve(SFJ);
		replace(sfj, "\tminimum age 16\n", "\tminimum age 16\n\tlast certification 2027-08-31\n");
		replace(sfj, "\t\tunit K/503/0421 reference \"915\" // Deal with incidents through a contact centre\n", "");
		Run run = run("diff", old.toString(), current.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals("Changes from " + old + " to " + current + ": 2 changes\n"
				+ "603/4767/3\n"
				+ "  last certification stated: 2027-08-31\n"
				+ "  unit K/503/0421 \"Deal with incidents through a contact centre\" removed from group B\n", run.out());

		Path page = dir.resolve("changes.html");
		Run html = run("diff", old.toString(), current.toString(), "--format", "html", "-o", page.toString());
		assertEquals(0, html.exit(), html.out() + html.err());
		assertTrue(Files.readString(page).contains("<tr><th scope=\"row\">last certification stated: 2027-08-31</th>"
				+ "<td class=\"before\"></td><td class=\"after\">2027-08-31</td></tr>"), Files.readString(page));

		Run same = run("diff", old.toString(), old.toString());
		assertEquals("Changes from " + old + " to " + old + ": none\n", same.out());
	}

	@Test
	void keyUpdatesCheckReportsTheChangesTheTableOmits() throws IOException {
		Path old = Repository.copyOfExamples(dir.resolve("old"));
		Path current = versionTwo();
		Run run = run("diff", old.toString(), current.toString(), "--check-key-updates");
		assertEquals(1, run.exit(), run.out() + run.err());
		int versionLine = lineOf(current.resolve(SFJ), "\tversion \"V2\" issued 2024-09-01 {");
		int diplomaLine = lineOf(current.resolve(DIPLOMA), "qualification 601/3432/X ");
		String sfj = Diagnostics.relative(current.resolve(SFJ)) + ":" + versionLine + ":2: warning: ";
		String diploma = Diagnostics.relative(current.resolve(DIPLOMA)) + ":" + diplomaLine + ":1: warning: ";
		List<String> findings = run.out().lines().filter(line -> line.contains("[io.qualspec.versions.keyUpdateMissing]")).toList();
		// by file: the OCR diploma, which uses D/506/2119 too, declares no version; the SFJ table mentions both units but
		// not the rule
		assertEquals(List.of(
				diploma + "601/3432/X changed but declares no version: library cfa.customerservice: unit D/506/2119 credits"
						+ " changed from 3 to 4 (add: version \"...\" issued ... { change \"...\" about unit D/506/2119 })"
						+ " [io.qualspec.versions.keyUpdateMissing]",
				diploma + "601/3432/X changed but declares no version: library cfa.customerservice: unit D/506/2119 criterion"
						+ " 1.1 reworded (add: version \"...\" issued ... { change \"...\" about unit D/506/2119 })"
						+ " [io.qualspec.versions.keyUpdateMissing]",
				sfj + "version \"V2\" of 603/4767/3 does not mention a change: rules of combination changed (add: change \"...\""
						+ " about rules) [io.qualspec.versions.keyUpdateMissing]"), findings);

		// once the table mentions the rule, the SFJ certificate is clean
		replace(current.resolve(SFJ), "about unit H/506/2199\n", "about unit H/506/2199\n\t\tchange \"Optional credits: at least 13\" in section \"2.3\" about rules\n");
		Run mentioned = run("diff", old.toString(), current.toString(), "--check-key-updates", "--format", "json");
		JsonArray missing = json(mentioned.out()).getAsJsonArray("keyUpdatesMissing");
		assertEquals(2, missing.size(), mentioned.out());
		missing.forEach(finding -> assertEquals("601/3432/X", string(finding.getAsJsonObject(), "qualification")));
	}

	private static int lineOf(Path file, String start) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i + 1;
			}
		}
		throw new AssertionError(file + " has no line starting " + start);
	}

	@Test
	void casePackageOfANewVersionLinksChangedItemsToTheirPredecessors() throws IOException {
		Path old = Repository.copyOfExamples(dir.resolve("old"));
		Path current = versionTwo();
		Path before = dir.resolve("out-old");
		Path after = dir.resolve("out-new");
		assertEquals(0, run("generate", old.toString(), "-o", before.toString(), "--formats", "case").exit());
		Run run = run("generate", current.toString(), "-o", after.toString(), "--formats", "case", "--previous", old.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		String text = Files.readString(after.resolve("qualifications/603-4767-3/case.json"));
		assertValid(schema(Fixtures.caseCfPackageSchema(), SpecVersion.VersionFlag.V201909), text);
		Map<String, String> oldItems = items(json(Files.readString(before.resolve("qualifications/603-4767-3/case.json"))));
		JsonObject linked = json(text);
		Map<String, String> newItems = items(linked);

		// exactly the two changed items are replaced: the unit (its credits) and the reworded criterion
		Map<String, String> replaced = new HashMap<>();
		for (JsonElement element : linked.getAsJsonArray("CFAssociations")) {
			JsonObject association = element.getAsJsonObject();
			if ("replacedBy".equals(string(association, "associationType"))) {
				replaced.put(string(association.getAsJsonObject("originNodeURI"), "identifier"),
						string(association.getAsJsonObject("destinationNodeURI"), "identifier"));
			}
		}
		assertEquals(Map.of(oldItems.get("D/506/2119"), newItems.get("D/506/2119"),
				oldItems.get("D/506/2119 1.1"), newItems.get("D/506/2119 1.1")), replaced);
		assertNotEquals(oldItems.get("D/506/2119"), newItems.get("D/506/2119"));
		// everything else present before keeps its identifier; the new unit is new
		oldItems.forEach((code, id) -> {
			if (!code.equals("D/506/2119") && !code.equals("D/506/2119 1.1")) {
				assertEquals(id, newItems.get(code), code);
			}
		});
		assertTrue(newItems.containsKey("H/506/2199") && !oldItems.containsKey("H/506/2199"));

		// the identifiers are stable: the same run again gives the same package
		Path again = dir.resolve("out-again");
		run("generate", current.toString(), "-o", again.toString(), "--formats", "case", "--previous", old.toString());
		assertEquals(text, Files.readString(again.resolve("qualifications/603-4767-3/case.json")));
	}

	/** The CFItems' identifiers by their human coding scheme ("D/506/2119", "D/506/2119 1.1"). */
	private static Map<String, String> items(JsonObject casePackage) {
		Map<String, String> items = new HashMap<>();
		for (JsonElement element : casePackage.getAsJsonArray("CFItems")) {
			JsonObject item = element.getAsJsonObject();
			items.put(string(item, "humanCodingScheme"), string(item, "identifier"));
		}
		return items;
	}
}
