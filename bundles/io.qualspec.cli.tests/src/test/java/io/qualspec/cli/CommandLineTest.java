package io.qualspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.qualspec.testing.Fixtures;
import io.qualspec.testing.Layout;
import io.qualspec.testing.Repository;

/** The qualspec command end to end, through its entry point, on the repository's examples. */
class CommandLineTest {

	@TempDir
	Path dir;

	/** The outcome of one run: exit code and what it wrote. */
	record Run(int exit, String out, String err) {
	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		int exit = Main.run(terminal, args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String examples() {
		return Repository.examples().toString();
	}

	/** A folder of the temporary directory holding one specification file with this text. */
	private Path specifications(String folder, String text) throws IOException {
		Path file = dir.resolve(folder).resolve("specification.qspec");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file.getParent();
	}

	@Test
	void validateIsCleanOnTheExamples() {
		Run run = run("validate", examples());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.err().matches("(?s)" + Repository.exampleFiles().size() + " files checked: 0 errors, \\d+ warnings?, \\d+ info\\s*"),
				run.err());
		assertFalse(run.out().contains("\u001b["), "no colours when not on a terminal");
	}

	@Test
	void validateReportsErrorsAsFileLineColumnSeverityMessageCode() throws IOException {
		Path bad = dir.resolve("bad.qspec");
		Files.writeString(bad, "unit library x \"X\" {\n\tunit F/601/1609 \"Title\" {\n\t\tcredits four\n\t}\n}\n");
		Run run = run("validate", bad.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().lines().anyMatch(line -> line.matches(
				".*bad\\.qspec:3:11: error: .+ \\[org\\.eclipse\\.xtext\\.diagnostics\\.Diagnostic\\.Syntax\\]")), run.out());
	}

	@Test
	void usageErrorsExitWith2() {
		assertEquals(2, run("validate").exit(), "PATHS is required");
		assertEquals(2, run("validate", "--no-such-option", examples()).exit());
		assertEquals(2, run("no-such-command").exit());
	}

	@Test
	void withoutACommandTheUsageGoesToStandardErrorWithExit2() {
		Run run = run();
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("Usage: qualspec [-hV] [COMMAND]"), run.err());
	}

	/** Every help text fits 80 columns with no line broken inside a phrase (picocli breaks lines that are too long). */
	@Test
	void helpLinesAreWholeAndFitEightyColumns() {
		List<String> problems = new ArrayList<>();
		for (String command : new String[] { "", "validate", "analyse", "check", "format", "generate", "lsp" }) {
			Run help = command.isEmpty() ? run("--help") : run(command, "--help");
			assertEquals(0, help.exit(), command);
			for (String line : help.out().lines().toList()) {
				if (line.length() > 80) {
					problems.add(command + ": longer than 80 columns: " + line);
				}
				if (line.matches(".*\\b(and|or|the|a|an|of|with|to|in|for|by|not|met|are|left)$")) {
					problems.add(command + ": ends with a dangling word: " + line);
				}
				if (line.lastIndexOf('[') > line.lastIndexOf(']')) {
					problems.add(command + ": ends inside brackets: " + line);
				}
			}
		}
		assertEquals(List.of(), problems);
		Run help = run("--help");
		assertTrue(help.out().contains("\n  check             Checks a learner's record against a qualification.\n"), help.out());
	}

	@Test
	void anUnknownFormatIsAUsageErrorThatNamesTheFormats() {
		Run run = run("generate", examples(), "-o", dir.resolve("out").toString(), "--formats", "html,docz");
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().startsWith("Invalid value for option '--formats' (FORMAT): 'docz' is not a format; "
				+ "the formats are html, pdf, docx, csv, xlsx, json, dmn, case, register\n"), run.err());
		assertFalse(run.err().contains("enum"), run.err());
	}

	@Test
	void helpAndVersion() {
		Run help = run("--help");
		assertEquals(0, help.exit());
		for (String command : new String[] { "validate", "generate", "analyse", "check", "format", "lsp" }) {
			assertTrue(help.out().contains(command), command + " in " + help.out());
		}
		Run version = run("--version");
		assertEquals(0, version.exit());
		assertTrue(version.out().startsWith("qualspec "), version.out());
	}

	@Test
	void analyseFindsThe192GlhMinimumOf03455() {
		Run run = run("analyse", examples(), "--qualification", "500/8625/X");
		assertEquals(0, run.exit(), run.err());
		// "requires a minimum of 192 glh" (OCR Customer Service NVQ handbook, v4, §2.8)
		assertTrue(run.out().contains("Feasible: yes"), run.out());
		assertTrue(run.out().contains("Guided learning hours (GLH): 192 to 1,930 (stated: at least 192; the least equals the stated minimum)"),
				run.out());
		assertTrue(run.out().contains("Valid selections: 139,550,330,338,090"), run.out());
		assertTrue(run.out().contains("Worked example “Minimum GLH route (192 GLH)”: agrees with the handbook"), run.out());
	}

	@Test
	void analyseOfAnUnknownQualificationFails() {
		assertEquals(1, run("analyse", examples(), "-q", "999/9999/9").exit());
	}

	@Test
	void checkGradesLearnerBFromJsonAsUnclassifiedByTheHurdle() throws IOException {
		Path learner = dir.resolve("learner-b.json");
		Files.writeString(learner, """
				{"format": "qualspec-learner-record", "formatVersion": 1, "learner": "Learner B", "results": [
				 {"unit": "1", "attempts": ["achieved"], "criteriaMet": []},
				 {"unit": "2", "attempts": ["unclassified"], "criteriaMet": []},
				 {"unit": "3", "attempts": ["distinction"], "criteriaMet": []},
				 {"unit": "4", "attempts": ["merit"], "criteriaMet": []},
				 {"unit": "5", "attempts": ["merit"], "criteriaMet": []},
				 {"unit": "6", "attempts": ["merit"], "criteriaMet": []},
				 {"unit": "7", "attempts": ["pass"], "criteriaMet": []}]}
				""");
		Run run = run("check", examples(), "--qualification", "603/2730/3", "--learner", learner.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("eligible: no"), run.out());
		assertTrue(run.out().contains("grade: Unclassified (91 points) — hurdle not met: unit 2 is Unclassified"), run.out());
	}

	/** Learner A as written by hand, and as a spreadsheet program saves "CSV UTF-8" (with a byte order mark). */
	@ParameterizedTest
	@ValueSource(strings = { "", "\uFEFF" })
	void checkGradesLearnerAFromCsvAsAPass(String byteOrderMark) throws IOException {
		Path learner = dir.resolve("learner-a.csv");
		Files.writeString(learner, byteOrderMark
				+ "unit,results,criteria\n1,achieved,\n2,pass,\n3,pass,\n4,merit,\n5,pass,\n6,pass,\n7,unclassified;pass,\n");
		Run run = run("check", examples(), "-q", "603/2730/3", "-l", learner.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("eligible: yes"), run.out());
		assertTrue(run.out().contains("grade: Pass (92 points) — band P: 90-96 points"), run.out());
		// the Cambridge Technical's units state GLH and no credits: no "0 credits" total
		assertTrue(run.out().contains("  totals: 360 GLH\n"), run.out());
	}

	@Test
	void aBadLearnerRecordIsReportedWithoutAStackTrace() throws IOException {
		Path learner = dir.resolve("bad.csv");
		Files.writeString(learner, "unit,results\n1,excellent\n");
		Run run = run("check", examples(), "-q", "603/2730/3", "-l", learner.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().contains("bad.csv: error: line 2: 'excellent' is not a grade"), run.err());
		assertFalse(run.err().contains("at io.qualspec"), run.err());
	}

	@Test
	void aMissingLearnerRecordIsNamed() {
		Run run = run("check", examples(), "-q", "603/2730/3", "-l", dir.resolve("missing.csv").toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().matches("qualspec: cannot read the learner record \\S*missing\\.csv: no such file\\s*"), run.err());
	}

	@Test
	void learnerRecordErrorsNameTheFileAndLineInTheirOwnWords() throws IOException {
		Map<String, byte[]> records = new LinkedHashMap<>();
		records.put("latin1.csv", "unit,results\n1,achieved\n2,pass \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		records.put("latin1.json", "{\"learner\": \"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1));
		records.put("quotes.csv", "unit,results\n1,achieved\n2,\"pass\n".getBytes(StandardCharsets.UTF_8));
		records.put("header.csv", "unit,grade\n1,achieved\n".getBytes(StandardCharsets.UTF_8));
		records.put("twice.csv", "unit,results\n1,achieved\n2,pass\n1,achieved\n".getBytes(StandardCharsets.UTF_8));
		Map<String, String> expected = Map.of(
				"latin1.csv", "latin1.csv: error: line 3: not UTF-8 text (save the record as UTF-8)",
				"latin1.json", "latin1.json: error: line 1: not UTF-8 text (save the record as UTF-8)",
				"quotes.csv", "quotes.csv: error: line 3: not valid CSV (a value in quotes must end with a quote; a quote inside it is written twice)",
				"header.csv", "header.csv: error: line 1: the header must name the columns unit and results (and optionally criteria)",
				"twice.csv", "twice.csv: error: line 4: a second result for unit \"1\" (also line 2); give every attempt in one row, separated by ';'");
		for (Map.Entry<String, byte[]> record : records.entrySet()) {
			Path file = dir.resolve(record.getKey());
			Files.write(file, record.getValue());
			Run run = run("check", examples(), "-q", "603/2730/3", "-l", file.toString());
			assertEquals(1, run.exit(), record.getKey());
			String line = run.err().strip();
			assertTrue(line.endsWith(expected.get(record.getKey())), line);
			for (String internal : List.of("Input length", "CSVException", "Index for header", "Exception", "\tat ")) {
				assertFalse(run.err().contains(internal), run.err());
			}
		}
	}

	/** Units that print no GLH are not 0 GLH: no comparison of the stated 600 with a "computed 100". */
	@Test
	void unitsWithoutGlhLeaveTheGlhUnknown() throws IOException {
		String specifications = Fixtures.unitsWithoutGlh().toString();
		Run analyse = run("analyse", specifications);
		assertEquals(0, analyse.exit(), analyse.err());
		assertTrue(analyse.out().contains("Guided learning hours (GLH): 1 of 3 units state no GLH: the GLH cannot be computed (stated: 600)"),
				analyse.out());
		Run validate = run("validate", specifications);
		assertFalse(validate.out().contains("statedSize"), validate.out());
		assertFalse(validate.out().contains("100"), validate.out());
	}

	@Test
	void aUnitLibraryOnItsOwnGetsItsUnitDocuments() throws IOException {
		Path specifications = specifications("library", """
				unit library lonely.lib "Units no qualification uses" {
					unit A/506/2130 "Deliver customer service" { level 2 credits 5 glh 27 }
				}
				""");
		Path out = dir.resolve("out");
		Run run = run("generate", specifications.toString(), "-o", out.toString(), "--formats", "html");
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.isRegularFile(out.resolve("units/lonely-lib/a-506-2130.html")), run.out());
		assertTrue(Files.readString(out.resolve("index.html")).contains("A/506/2130 Deliver customer service"));
	}

	@Test
	void generateWritesEveryFormatAndAnIndex() throws IOException {
		Path out = dir.resolve("out");
		Run run = run("generate", examples(), "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("wrote "), run.out());
		for (String file : new String[] { "index.html", "qualifications/603-2730-3/handbook.html",
				"qualifications/603-2730-3/handbook.pdf", "qualifications/603-2730-3/grading.dmn",
				"qualifications/603-2730-3/ruleset.json", "qualifications/603-2730-3/case.json",
				"qualifications/500-8625-x/structure.csv", "qualifications/500-8625-x/structure.xlsx",
				"units/cfa-customerservice/a-506-2130.docx", "units/cfa-customerservice/a-506-2130.pdf" }) {
			assertTrue(Files.size(out.resolve(file)) > 0, file);
		}
		assertFalse(run.err().contains("\r["), "no progress bar when not on a terminal");
	}

	@Test
	void generateWritesNothingWhenTheSpecificationsHaveErrors() throws IOException {
		Path bad = dir.resolve("specs/bad.qspec");
		Files.createDirectories(bad.getParent());
		Files.writeString(bad, "qualification 500/8625/X \"Q\" { units { unit 1 = Z/999/9999 } }\n");
		Path out = dir.resolve("out");
		Run run = run("generate", bad.getParent().toString(), "-o", out.toString(), "--formats", "html");
		assertEquals(1, run.exit());
		assertTrue(run.err().contains("nothing generated"), run.err());
		assertFalse(Files.exists(out.resolve("index.html")));
	}

	@Test
	void theExamplesAreInTheCanonicalLayout() {
		Run check = run("format", "--check", examples());
		assertEquals(0, check.exit(), check.out());
	}

	@Test
	void formatRewritesIntoTheCanonicalLayoutAndCheckThenPasses() throws IOException {
		// the examples with the indentation of their statements taken away: format puts back the committed layout
		Path copy = dir.resolve("examples");
		List<Path> examples = Repository.exampleFiles();
		for (Path file : examples) {
			Path target = copy.resolve(Repository.examples().relativize(file));
			Files.createDirectories(target.getParent());
			Files.writeString(target, Layout.withoutIndentation(Files.readString(file)));
		}
		Run unformatted = run("format", "--check", copy.toString());
		assertEquals(1, unformatted.exit(), unformatted.out());
		assertEquals(examples.size(), unformatted.out().lines().filter(line -> line.endsWith(": not in the canonical layout")).count(),
				unformatted.out());
		Run format = run("format", copy.toString());
		assertEquals(0, format.exit(), format.err());
		for (Path file : examples) {
			assertEquals(Files.readString(file), Files.readString(copy.resolve(Repository.examples().relativize(file))),
					file.getFileName().toString());
		}
		Run check = run("format", "--check", copy.toString());
		assertEquals(0, check.exit(), check.out());
		assertEquals(0, run("validate", copy.toString()).exit(), "formatting keeps the specifications valid");
	}
}
