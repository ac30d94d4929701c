package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.document.UnitPage;
import io.qualspec.generators.office.UnitDocx;
import io.qualspec.testing.Examples;
import io.qualspec.testing.SfjUnits;

/**
 * Unit documents as DOCX, read back with Apache POI: the header table with the labels of the printed unit
 * pages (the same rows as the HTML unit document), the outcomes/criteria grid with every text of the SFJ
 * units, and the grading criteria, exam and sections of a graded unit.
 */
class UnitDocxTest {

	static Stream<ResolvedMembership> sfjUnits() {
		return Examples.qualification(ExportFixtures.SFJ).memberships().stream();
	}

	static Stream<SfjUnits.Unit> sfjHandbookUnits() {
		return SfjUnits.all().stream();
	}

	@Test
	void anSfjUnitHasItsHeaderTableAndGrid() throws IOException {
		ResolvedQualification sfj = Examples.qualification(ExportFixtures.SFJ);
		ResolvedMembership membership = sfjUnits().filter(m -> m.unit().urn().equals("A/506/2130")).findFirst()
				.orElseThrow();
		try (XWPFDocument document = readBack(UnitPage.of(sfj, membership))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			assertEquals("Deliver customer service", paragraphs.get(0).getText());
			assertEquals("Heading1", paragraphs.get(0).getStyle());
			assertEquals("Unit of the SFJ Awards Level 2 Certificate in Customer Service (603/4767/3)",
					paragraphs.get(1).getText());

			List<XWPFTable> tables = document.getTables();
			assertEquals(2, tables.size());
			// the SFJ unit page's rows (SFJ Customer Service handbook, V1 01.07.19, §3 unit pages), then the membership's reference
			// labelled as SFJ names it, the group and the assessment: the rows of the HTML unit document
			Map<String, String> header = keyValues(tables.get(0));
			assertEquals(List.of("Title | Deliver customer service", "Level | 2", "Unit Number | A/506/2130",
					"Credit Value | 5", "GLH | 27", "Odyssey Reference | 882", "Group | Mandatory Group A",
					"Assessment | Internal assessment (I)"),
					header.entrySet().stream().map(e -> e.getKey() + " | " + e.getValue()).toList());

			XWPFTable grid = tables.get(1);
			XWPFTableRow headings = grid.getRow(0);
			assertEquals("Learning Outcomes\nThe learner will:", text(headings.getCell(0)).strip());
			assertEquals("Assessment Criteria\nThe learner can:", text(headings.getCell(1)).strip());
			assertTrue(headings.isRepeatHeader());
			// the handbook prints 5 outcomes with 6, 4, 2, 6 and 2 criteria (SFJ handbook §3): a row per criterion
			assertEquals(1 + 20, grid.getNumberOfRows());
			assertEquals("1.\tUnderstand customer service delivery", text(grid.getRow(1).getCell(0)).strip());
			assertEquals("1.1\tExplain the relationship between customers' needs and expectations and customer satisfaction",
					text(grid.getRow(1).getCell(1)).strip());
			assertEquals("1.2\tDescribe the features and benefits of an organisation's products and/or services",
					text(grid.getRow(2).getCell(1)).strip());
			// the outcome cell spans its criteria: the cells below it continue the merge and are empty
			assertEquals("", text(grid.getRow(2).getCell(0)).strip());
		}
		// each of the 5 outcome cells spans its criteria: 5 merges started, continued over 5 + 3 + 1 + 5 + 1 rows
		String xml = documentXml(docx(UnitPage.of(sfj, membership)));
		assertEquals(5, count(xml, "<w:vMerge w:val=\"restart\"/>"));
		assertEquals(15, count(xml, "<w:vMerge w:val=\"continue\"/>"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sfjHandbookUnits")
	void everySfjUnitHoldsItsOutcomeAndCriterionTextsAsTheHandbookPrintsThem(SfjUnits.Unit handbook) throws IOException {
		ResolvedUnit unit = sfjUnits().map(ResolvedMembership::unit).filter(u -> u.urn().equals(handbook.urn())).findFirst()
				.orElseThrow();
		try (XWPFDocument document = readBack(UnitPage.of(unit))) {
			XWPFTable grid = document.getTables().get(1);
			List<String> outcomes = new ArrayList<>();
			List<String> criteria = new ArrayList<>();
			for (XWPFTableRow row : grid.getRows().subList(1, grid.getNumberOfRows())) {
				String outcome = text(row.getCell(0)).strip();
				if (!outcome.isEmpty()) {
					outcomes.add(outcome);
				}
				criteria.add(text(row.getCell(1)).strip());
			}
			List<String> expectedOutcomes = new ArrayList<>();
			List<String> expectedCriteria = new ArrayList<>();
			for (SfjUnits.Outcome outcome : handbook.outcomes()) {
				expectedOutcomes.add(outcome.number() + ".\t" + outcome.text());
				for (SfjUnits.Criterion criterion : outcome.criteria()) {
					expectedCriteria.add(criterion.number() + "\t" + criterion.text());
				}
			}
			assertEquals(expectedOutcomes, outcomes);
			assertEquals(expectedCriteria, criteria);
			Map<String, String> header = keyValues(document.getTables().get(0));
			assertEquals(handbook.title(), header.get("Title"));
			assertEquals(handbook.urn(), header.get("Unit Number"));
			assertEquals(String.valueOf(handbook.level()), header.get("Level"));
			assertEquals(String.valueOf(handbook.credits()), header.get("Credit Value"));
			assertEquals(String.valueOf(handbook.glh()), header.get("GLH"));
		}
	}

	@Test
	void aGradedUnitHasGradingCriteriaContentExamAndSections() throws IOException {
		Catalogue catalogue = ExportFixtures.loadText(ExportFixtures.GRADED_UNIT);
		ResolvedQualification qualification = catalogue.qualifications().get(0);
		ResolvedMembership membership = qualification.memberships().get(0);
		try (XWPFDocument document = readBack(UnitPage.of(qualification, membership))) {
			Map<String, String> header = keyValues(document.getTables().get(0));
			assertEquals(List.of("Title | Resolve customers' problems", "Level | Entry", "Unit Number | F/506/2131",
					"Credit Value | 4", "GLH | 30", "DEMO Unit No | 1", "Sector Unit No | CS B7", "Demo Reference | 77",
					"Group | Group A – Mandatory units", "Assessment | External assessment (E)",
					"Grading | Pass, Merit or Distinction", "Synoptic unit | Yes: it draws on the learning of the other units"),
					header.entrySet().stream().map(e -> e.getKey() + " | " + e.getValue()).toList());

			List<String> headings = document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
					.map(XWPFParagraph::getText).toList();
			assertEquals(List.of("Unit purpose and aim", "Teaching content", "Grading criteria", "External assessment",
					"Resources"), headings);
			List<String> text = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertTrue(text.contains("This unit is about resolving problems."));
			assertTrue(text.contains("first point"));
			assertTrue(text.contains("A quiet room."));
			XWPFParagraph bullet = document.getParagraphs().stream().filter(p -> p.getText().equals("first point"))
					.findFirst().orElseThrow();
			assertTrue(bullet.getNumID() != null, "a bullet is a list paragraph");

			// tables in order: header, grid, teaching content, grading criteria, exam
			List<XWPFTable> tables = document.getTables();
			assertEquals(5, tables.size());
			XWPFTable grid = tables.get(1);
			assertEquals("1.\tKnow how to resolve problems\nWeighting: 40%", text(grid.getRow(1).getCell(0)).strip());
			assertEquals("1.1\tDescribe problems\nGuidance: Face to face or by telephone.",
					text(grid.getRow(1).getCell(1)).strip());
			assertEquals("1.2\tAdhere to organisational policies and procedures when resolving problems",
					text(grid.getRow(2).getCell(1)).strip());

			XWPFTable content = tables.get(2);
			assertEquals("i.e. types of problems\ne.g. late delivery", text(content.getRow(1).getCell(1)).strip());

			XWPFTable grading = tables.get(3);
			assertEquals(List.of("Learning outcome", "Pass", "Merit", "Distinction"), grading.getRow(0).getTableCells()
					.stream().map(c -> c.getParagraphs().get(0).getText()).toList());
			assertEquals(4, grading.getNumberOfRows());
			assertEquals("P1\tDescribe two problems", text(grading.getRow(1).getCell(1)).strip());
			assertEquals("P2\tResolve a simple problem", text(grading.getRow(2).getCell(1)).strip());
			assertEquals("The unit as a whole", text(grading.getRow(3).getCell(0)).strip());
			assertEquals("M1\tExplain how the problems were resolved", text(grading.getRow(3).getCell(2)).strip());
			assertEquals("D1\tEvaluate the resolution", text(grading.getRow(3).getCell(3)).strip());

			assertEquals(Map.of("Duration", "45 minutes", "Format", "Computer based test", "Marks", "40 marks",
					"Set and marked", "Demo set and marked", "Question types", "multiple choice\nshort answer",
					"Calculator", "A calculator may be used.", "Exam series", "January and June"), keyValues(tables.get(4)));
		}
	}

	@Test
	void aUnitWithoutOutcomesHasOnlyWhatItStates() throws IOException {
		// Cambridge Technical units: no level, no credits, no outcomes in the seed
		ResolvedUnit unit = Examples.catalogue().descriptionsOf("Y/615/5618").get(0);
		try (XWPFDocument document = readBack(UnitPage.of(unit))) {
			Map<String, String> header = keyValues(document.getTables().get(0));
			assertEquals(List.of("Title", "Unit Number", "GLH", "Assessment", "Grading", "Unit type", "Synoptic unit",
					"Links to other units", "Recommended to be taken after"), List.copyOf(header.keySet()));
			assertEquals(1, document.getTables().size(), "no outcomes grid");
			// outside a qualification, linked units are named by URN, one paragraph each
			assertTrue(header.get("Links to other units").startsWith("R/615/5441 Principles of working in service sector organisations\n"));
		}
	}

	@Test
	void theDocumentIsA4WithArial() throws IOException {
		byte[] docx = docx(UnitPage.of(sfjUnits().findFirst().orElseThrow().unit()));
		assertEquals(1, count(part(docx, "word/document.xml"), "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4 portrait");
		String styles = part(docx, "word/styles.xml");
		assertTrue(styles.contains("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\""), "Arial by default");
		assertTrue(styles.contains("<w:sz w:val=\"20\"/>"), "10 pt by default");
		assertTrue(styles.contains("w:styleId=\"Heading1\""));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			// nothing in the body but paragraphs and tables
			for (IBodyElement element : document.getBodyElements()) {
				assertTrue(element instanceof XWPFParagraph || element instanceof XWPFTable);
			}
		}
	}

	// ------------------------------------------------------------------------------------------ helpers

	private static byte[] docx(UnitPage page) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		UnitDocx.write(page, out);
		return out.toByteArray();
	}

	@Test
	void aBtecUnitHasTheSameAimsGridAsItsHtml() throws IOException {
		// Pearson BTEC International Level 3 IT, Issue 3, Unit 4: aims A, then B and C together (BC.D2 spans them)
		ResolvedQualification qualification = ExportFixtures.btecStyle();
		try (XWPFDocument document = readBack(UnitPage.of(qualification, qualification.memberships().get(1)))) {
			Map<String, String> header = keyValues(document.getTables().get(0));
			assertEquals("4", header.get("Unit code"));
			assertEquals("90", header.get("GLH"));
			XWPFTable grid = document.getTables().get(document.getTables().size() - 1);
			assertEquals(List.of("Learning aim", "Pass", "Merit", "Distinction"),
					grid.getRow(0).getTableCells().stream().map(c -> c.getParagraphs().get(0).getText()).toList());
			assertEquals(3, grid.getRows().size());
			assertEquals(List.of("Learning aim A\nA\tExamine the computational thinking skills and principles of computer programming",
					"A.P1 A.P2", "A.M1", "A.D1"), gridRow(grid.getRow(1)));
			assertEquals(List.of("Learning aims B and C\nB\tDesign a software solution to meet client requirements\n"
					+ "C\tDevelop a software solution to meet client requirements", "B.P4 C.P6", "B.M2", "BC.D2"), gridRow(grid.getRow(2)));
			assertEquals("BC.D2\tEvaluate the design and optimised computer program against client requirements.",
					grid.getRow(2).getCell(3).getParagraphs().get(0).getText());
		}
	}

	/** A grading row: the heading cell's text, then the criterion codes of each grade cell. */
	private static List<String> gridRow(XWPFTableRow row) {
		List<String> cells = new ArrayList<>();
		cells.add(text(row.getCell(0)).strip());
		for (XWPFTableCell cell : row.getTableCells().subList(1, row.getTableCells().size())) {
			cells.add(String.join(" ", cell.getParagraphs().stream().map(p -> p.getText().split("\t")[0]).toList()));
		}
		return cells;
	}

	private static XWPFDocument readBack(UnitPage page) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx(page)));
	}

	/** The main part of a DOCX (word/document.xml) as text. */
	private static String documentXml(byte[] docx) throws IOException {
		return part(docx, "word/document.xml");
	}

	/** A part of a DOCX package as text. */
	private static String part(byte[] docx, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no " + name);
	}

	private static long count(String text, String part) {
		long n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	/** A cell's text, its paragraphs separated by "\n" (POI's getText() runs them together). */
	private static String text(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

	/** A two-column table as label -> value, in row order. */
	private static Map<String, String> keyValues(XWPFTable table) {
		Map<String, String> values = new LinkedHashMap<>();
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			assertEquals(2, cells.size());
			values.put(text(cells.get(0)).strip(), text(cells.get(1)).strip());
		}
		return values;
	}
}
