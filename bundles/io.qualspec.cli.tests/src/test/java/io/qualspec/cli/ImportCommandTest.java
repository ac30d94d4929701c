package io.qualspec.cli;

import static io.qualspec.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.cli.CommandLineTest.Run;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.testing.Examples;
import io.qualspec.testing.Fixtures;
import io.qualspec.testing.HandbookTables;
import io.qualspec.testing.SfjUnits;

/** {@code qualspec import} end to end: real sources in, specifications that validate out, round trips. */
class ImportCommandTest {

	@TempDir
	Path dir;

	private static LoadedCatalogue load(Path folder) {
		return CatalogueLoader.create().load(List.of(folder));
	}

	private static void assertImported(Run run) {
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains(" checked: 0 errors"), run.err());
	}

	/** What "qualspec format --check" says of the folder: nothing, when every file is in the canonical layout. */
	private static void assertCanonical(Path folder) {
		Run check = run("format", "--check", folder.toString());
		assertEquals(0, check.exit(), check.out() + check.err());
		assertEquals("", check.out());
	}

	// ------------------------------------------------------------------------------------------ structure tables

	static List<HandbookTables.Table> handbookTables() {
		return HandbookTables.all();
	}

	/**
	 * Each seed handbook's structure table (transcribed in fixtures/handbook-tables) becomes a unit library and a
	 * qualification skeleton that validate, in the canonical layout, holding every unit of the table with the
	 * credits, level, GLH and group the handbook prints, and no figure it does not print.
	 */
	@ParameterizedTest
	@MethodSource("handbookTables")
	void aHandbookStructureTableImportsIntoASkeletonThatValidates(HandbookTables.Table table) {
		Path out = dir.resolve("out");
		Run run = run("import", Fixtures.handbookTable(table.qualificationNumber()).toString(), "-o", out.toString(), "--title",
				table.title(), "--library", "imported.units");
		assertImported(run);
		assertCanonical(out);
		Catalogue catalogue = load(out).catalogue();
		ResolvedQualification qualification = catalogue.qualification(table.qualificationNumber()).orElseThrow();
		assertEquals(table.title(), qualification.title());
		assertTrue(qualification.ruleSet().rules().isEmpty(), "a table states no rules, so none are written");
		assertEquals(table.rows().size(), qualification.memberships().size());
		for (int i = 0; i < table.rows().size(); i++) {
			HandbookTables.Row row = table.rows().get(i);
			var membership = qualification.memberships().get(i);
			ResolvedUnit unit = membership.unit();
			assertEquals(row.urn(), unit.urn());
			assertEquals(row.title(), unit.title());
			assertEquals(number(row.credits()), unit.credits(), row.urn() + " credits");
			assertEquals(number(row.level()), unit.level(), row.urn() + " level");
			assertEquals(number(row.glh()), unit.glh(), row.urn() + " GLH");
			assertEquals(row.unitNo(), membership.number());
			assertEquals(row.group().isEmpty() ? null : row.group(), qualification.groupOf(membership).map(g -> g.id()).orElse(null));
			qualification.groupOf(membership).ifPresent(g -> assertEquals(row.groupKind(), g.mandatory() ? "mandatory" : "optional"));
		}
	}

	private static Integer number(String cell) {
		return cell.isEmpty() ? null : Integer.valueOf(cell);
	}

	/**
	 * Qualspec's own structure export round trips: the structure table of each example qualification (CSV and XLSX),
	 * imported and exported again, is the same table.
	 */
	@Test
	void theStructureExportRoundTripsThroughImport() throws IOException {
		Path first = dir.resolve("first");
		assertEquals(0, run("generate", CommandLineTest.examples(), "-o", first.toString(), "--formats", "csv,xlsx").exit());
		List<Path> tables;
		try (Stream<Path> files = Files.walk(first.resolve("qualifications"))) {
			tables = files.filter(f -> f.getFileName().toString().equals("structure.csv")).sorted().toList();
		}
		assertEquals(Examples.qualifications().size(), tables.size());
		// a qualification that lists no units (a size of a suite named only) has a table of a header alone, which names none
		tables = tables.stream().filter(table -> lines(table) > 1).toList();
		assertTrue(tables.size() >= 11, "the seed qualifications' tables at least: " + tables);
		int n = 0;
		for (Path table : tables) {
			for (String format : List.of("csv", "xlsx")) {
				Path source = table.resolveSibling("structure." + format);
				Path imported = dir.resolve("imported-" + n);
				assertImported(run("import", source.toString(), "-o", imported.toString(), "--title", "Imported " + n));
				Path again = dir.resolve("again-" + n++);
				assertEquals(0, run("generate", imported.toString(), "-o", again.toString(), "--formats", "csv,xlsx").exit());
				Path exported = onlyFile(again, "structure.csv");
				assertEquals(Files.readString(table), Files.readString(exported), source + " round trip");
				assertEquals(sheet(table.resolveSibling("structure.xlsx")), sheet(exported.resolveSibling("structure.xlsx")));
			}
		}
	}

	private static List<String> readAllLines(Path file) {
		try {
			return Files.readAllLines(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static long lines(Path file) {
		return readAllLines(file).size();
	}

	private static Path onlyFile(Path folder, String name) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> found = files.filter(f -> f.getFileName().toString().equals(name)).toList();
			assertEquals(1, found.size(), found.toString());
			return found.get(0);
		}
	}

	/** The structure sheet's cells as shown. */
	private static List<List<String>> sheet(Path xlsx) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("Structure");
			DataFormatter shown = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
				rows.add(cells);
			}
			return rows;
		}
	}

	/** Headers named differently are matched, or mapped with --column; what cannot be read is reported by row and column. */
	@Test
	void headersAreMatchedFlexiblyAndUnreadableCellsAreReportedByRowAndColumn() throws IOException {
		Path table = dir.resolve("units.csv");
		Files.writeString(table, """
				Ofqual unit ref,Heading,Credit value,Guided learning hours,Unit level,Colour
				F/601/1609,Communicate using customer service language,four,30,Level 1,blue
				L/601/1614,Follow the rules to deliver customer service,4,30,Entry,green
				""");
		Path out = dir.resolve("out");
		Run run = run("import", table.toString(), "-o", out.toString(), "--column", "title=Heading", "--title", "Units");
		assertImported(run);
		assertTrue(run.err().contains("units.csv:2: warning: column 3 (Credit value): \"four\" is not a whole number; left out"),
				run.err());
		assertTrue(run.err().contains("units.csv:1: warning: column 6 (Colour): no Qualspec field reads this column"), run.err());
		Map<String, ResolvedUnit> units = load(out).catalogue().units().stream()
				.collect(Collectors.toMap(ResolvedUnit::urn, Function.identity()));
		assertNull(units.get("F/601/1609").credits(), "an unreadable value is left out, not guessed");
		assertEquals(30, units.get("F/601/1609").glh());
		assertEquals(1, units.get("F/601/1609").level());
		assertEquals(0, units.get("L/601/1614").level(), "Entry");
		assertEquals(4, units.get("L/601/1614").credits());
	}

	// ------------------------------------------------------------------------------------------ CASE

	/**
	 * OpenSALT's published package "What Standards Could Be" (CASE 1.0): its two clusters are units, its six standards
	 * outcomes and its eight components criteria, counted by CFItemType in the package; the result validates.
	 */
	@Test
	void aRealCasePackageImportsIntoUnitsOutcomesAndCriteria() {
		Path out = dir.resolve("out");
		Run run = run("import", Fixtures.openSaltCasePackage().toString(), "-o", out.toString());
		assertImported(run);
		assertCanonical(out);
		List<ResolvedUnit> units = load(out).catalogue().units();
		assertEquals(List.of("CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A"), units.stream().map(ResolvedUnit::urn).toList());
		assertEquals(6, units.stream().mapToInt(u -> u.outcomes().size()).sum());
		assertEquals(8, units.stream().flatMap(u -> u.outcomes().stream()).mapToInt(o -> o.criteria().size()).sum());
		ResolvedOutcome ratioReasoning = units.get(0).outcomes().get(2);
		assertTrue(ratioReasoning.text().startsWith("Use ratio and rate reasoning to solve real-world"), ratioReasoning.text());
		List<String> components = List.of("Make tables of equivalent ratios", "Solve unit rate problems",
				"Find a percent of a quantity", "Use ratio reasoning to convert"); // 6.RP.A.3a-d, in their order
		assertEquals(components.size(), ratioReasoning.criteria().size());
		for (int c = 0; c < components.size(); c++) {
			assertTrue(ratioReasoning.criteria().get(c).text().startsWith(components.get(c)), ratioReasoning.criteria().get(c).text());
		}
		assertTrue(run.err().contains("$.CFItems[0].educationalLevel: \"06\" is not a level"), "a US grade is not a UK level: "
				+ run.err());
		assertTrue(units.stream().allMatch(u -> u.level() == null));
	}

	/**
	 * Qualspec's own CASE export imports back: the SFJ qualification's package gives its 23 units with the 63 learning
	 * outcomes and 321 assessment criteria of the handbook (fixtures/handbook-tables/sfj-units.json), their texts, and
	 * the qualification's groups.
	 */
	@Test
	void theCaseExportImportsBack() throws IOException {
		Path generated = dir.resolve("generated");
		assertEquals(0, run("generate", CommandLineTest.examples(), "-o", generated.toString(), "--formats", "case").exit());
		Path out = dir.resolve("out");
		assertImported(run("import", generated.resolve("qualifications/603-4767-3/case.json").toString(), "-o", out.toString()));
		Catalogue catalogue = load(out).catalogue();
		Map<String, ResolvedUnit> units = catalogue.units().stream().collect(Collectors.toMap(ResolvedUnit::urn, Function.identity()));
		List<SfjUnits.Unit> handbook = SfjUnits.all();
		assertEquals(23, units.size());
		assertEquals(63, units.values().stream().mapToInt(u -> u.outcomes().size()).sum());
		assertEquals(321, units.values().stream().flatMap(u -> u.outcomes().stream()).mapToInt(o -> o.criteria().size()).sum());
		for (SfjUnits.Unit printed : handbook) {
			ResolvedUnit unit = units.get(printed.urn());
			assertEquals(printed.title(), unit.title());
			assertEquals(printed.credits(), unit.credits());
			assertEquals(printed.glh(), unit.glh());
			assertEquals(printed.level(), unit.level());
			for (int o = 0; o < printed.outcomes().size(); o++) {
				assertEquals(printed.outcomes().get(o).text(), unit.outcomes().get(o).text());
				assertEquals(printed.outcomes().get(o).criteria().stream().map(SfjUnits.Criterion::text).toList(),
						unit.outcomes().get(o).criteria().stream().map(c -> c.text()).toList());
			}
		}
		ResolvedQualification qualification = catalogue.qualification("603/4767/3").orElseThrow();
		assertEquals(List.of("A", "B"), qualification.groups().stream().map(g -> g.id()).toList());
		assertEquals("882", qualification.memberships().get(0).aoReference(), "SFJ's Odyssey Reference");
	}

	// ------------------------------------------------------------------------------------------ register

	/**
	 * Rows in the register's columns become qualification stubs that validate, with the facts of the row; the
	 * register's columns that have no place in a specification are reported, once.
	 */
	@Test
	void registerRowsImportIntoStubsThatValidate() {
		Path out = dir.resolve("out");
		Run run = run("import", Fixtures.registerRows().toString(), "-o", out.toString());
		assertImported(run);
		assertCanonical(out);
		assertTrue(run.err().contains("columns with no place in a specification, not imported: Owner Organisation Recognition "
				+ "Number, Qualification Sub Level, EQF Level, Qualification Type"), run.err());
		Catalogue catalogue = load(out).catalogue();
		assertEquals(4, catalogue.qualifications().size());
		ResolvedQualification technical = catalogue.qualification("603/2730/3").orElseThrow();
		assertEquals("OCR", technical.organisation().name());
		assertEquals("Oxford Cambridge and RSA Examinations", technical.organisation().title());
		assertEquals(2, technical.level());
		assertEquals(360, technical.profile().declared().glh());
		assertEquals(485, technical.profile().declared().tqt());
		assertEquals("2017-09-01", technical.profile().lifecycle().firstRegistration());
		assertEquals("OPEN", technical.profile().lifecycle().status().name());
		assertNull(technical.profile().declared().credits(), "the row gives no credits");
		ResolvedQualification nvq = catalogue.qualification("500/8625/X").orElseThrow();
		assertTrue(nvq.profile().declared().glhAtLeast(), "a minimum GLH is \"glh at least\"");
		assertEquals(192, nvq.profile().declared().glh());
	}

	/** The register export reads back: stubs → --formats register → import gives the same stubs. */
	@Test
	void theRegisterExportRoundTripsThroughImport() throws IOException {
		Path stubs = dir.resolve("stubs");
		assertImported(run("import", Fixtures.registerRows().toString(), "-o", stubs.toString()));
		Path generated = dir.resolve("generated");
		assertEquals(0, run("generate", stubs.toString(), "-o", generated.toString(), "--formats", "register").exit());
		List<Path> rows;
		try (Stream<Path> files = Files.walk(generated)) {
			rows = files.filter(f -> f.getFileName().toString().equals("register.csv")).sorted().toList();
		}
		assertEquals(4, rows.size());
		// the awarding body's submission: the rows of its qualifications under one header
		List<String> submission = new ArrayList<>(Files.readAllLines(rows.get(0)));
		rows.subList(1, rows.size()).forEach(row -> submission.add(readAllLines(row).get(1)));
		Path csv = dir.resolve("submission.csv");
		Files.write(csv, submission);
		Path again = dir.resolve("again");
		assertImported(run("import", csv.toString(), "-o", again.toString()));
		try (Stream<Path> files = Files.list(stubs)) {
			for (Path stub : files.toList()) {
				assertEquals(Files.readString(stub), Files.readString(again.resolve(stub.getFileName())), stub.getFileName().toString());
			}
		}
		String sfj = Files.readString(onlyFile(generated.resolve("qualifications/603-4767-3"), "register.csv"), StandardCharsets.UTF_8);
		assertEquals("\uFEFFQualification Number,Qualification Title,Owner Organisation Name,Owner Organisation Acronym,"
				+ "Qualification Level,Total Credits,Qualification SSA,Qualification Status,Operational Start Date,"
				+ "Operational End Date,Certification End Date,Minimum Guided Learning Hours,Maximum Guided Learning Hours,"
				+ "Total Qualification Time,Guided Learning Hours\r\n"
				+ "603/4767/3,SFJ Awards Level 2 Certificate in Customer Service,SFJ Awards,SFJ,Level 2,27,,,,,,,,270,142\r\n", sfj);
	}

	// ------------------------------------------------------------------------------------------ writing

	/** Existing files are kept unless --force, and a source that is not one is refused with a sentence, not a trace. */
	@Test
	void existingFilesAreNotReplacedWithoutForce() throws IOException {
		Path out = dir.resolve("out");
		assertImported(run("import", Fixtures.registerRows().toString(), "-o", out.toString()));
		Path stub = out.resolve("603-4767-3.qspec");
		Files.writeString(stub, "// edited by hand\n");
		Run refused = run("import", Fixtures.registerRows().toString(), "-o", out.toString());
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("nothing imported: ") && refused.err().contains("already has awarding-organisations.qspec, "
				+ "500-8625-x.qspec, 601-3432-x.qspec, 603-2730-3.qspec, 603-4767-3.qspec (give --force to replace them)"),
				refused.err());
		assertEquals("// edited by hand\n", Files.readString(stub), "nothing written");
		assertImported(run("import", Fixtures.registerRows().toString(), "-o", out.toString(), "--force"));
		assertTrue(Files.readString(stub).startsWith("qualification 603/4767/3"));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(5, files.count(), "no staging folder left behind");
		}
	}

	@Test
	void aSourceThatCannotBeReadIsReportedWithoutAStackTrace() throws IOException {
		Path json = dir.resolve("broken.json");
		Files.writeString(json, "{\"CFDocument\": {\"title\": \"x\"},\n \"CFItems\": [ {\"identifier\": }");
		Run broken = run("import", json.toString(), "-o", dir.resolve("out").toString());
		assertEquals(1, broken.exit());
		assertTrue(broken.err().matches("(?s)qualspec: nothing imported: .*broken\\.json: not valid JSON: .*line 2 column \\d+.*"),
				broken.err());
		Path text = dir.resolve("notes.txt");
		Files.writeString(text, "hello");
		Run unknown = run("import", text.toString(), "-o", dir.resolve("out").toString());
		assertEquals(1, unknown.exit());
		assertTrue(unknown.err().contains("not a source the import reads"), unknown.err());
		Run badName = run("import", Fixtures.registerRows().toString(), "-o", dir.resolve("out").toString(), "--library", "my units");
		assertEquals(2, badName.exit(), "a usage error");
		assertTrue(badName.err().contains("--library my units: a library name is"), badName.err());
		Run intoAFile = run("import", Fixtures.registerRows().toString(), "-o", text.toString());
		assertEquals(1, intoAFile.exit());
		assertTrue(intoAFile.err().contains("notes.txt is a file; give a folder to write into"), intoAFile.err());
		assertEquals("hello", Files.readString(text));
		assertFalse((broken.err() + unknown.err()).contains("\tat "), "no stack trace");
		assertFalse(Files.exists(dir.resolve("out")), "nothing written");
	}
}
