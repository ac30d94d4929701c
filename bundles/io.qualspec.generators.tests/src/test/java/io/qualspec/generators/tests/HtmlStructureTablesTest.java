package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.generators.tests.GeneratedHtml.Table;
import io.qualspec.generators.tests.GeneratedHtml.UnitRow;
import io.qualspec.testing.Examples;
import io.qualspec.testing.HandbookTables;

/**
 * The structure tables of every example handbook list the units of the handbook's own table
 * ({@link HandbookTables}, the clean transcriptions): the same units in the same groups and
 * order, with the same numbers, URN, credits, level and GLH, both in the rows' data attributes and in the
 * cells a reader sees; and each table uses the column layout of its handbook's structure table (docs/handbooks.md).
 */
class HtmlStructureTablesTest {

	private static final HtmlDocuments DOCUMENTS = new HtmlDocuments();

	static Stream<HandbookTables.Table> handbookTables() {
		return HandbookTables.all().stream();
	}

	@Test
	void everyQualificationHasATranscription() {
		assertEquals(11, HandbookTables.all().size());
		assertEquals(11, Examples.seedQualifications().size());
	}

	@ParameterizedTest
	@MethodSource("handbookTables")
	void structureTablesListTheHandbookTable(HandbookTables.Table handbook) {
		String number = handbook.qualificationNumber();
		boolean sfj = number.equals("603/4767/3"); // its unit_no column is the Odyssey Reference

		List<String> expected = new ArrayList<>();
		for (HandbookTables.Row row : handbook.rows()) {
			expected.add(String.join(" | ", row.group(), sfj ? "" : row.unitNo(), sfj ? row.unitNo() : "", row.sectorUnitNo(),
					row.urn(), row.credits(), row.level(), row.glh()));
		}

		ResolvedQualification qualification = Examples.qualification(number);
		String html = DOCUMENTS.handbook(qualification, null);
		List<String> actual = new ArrayList<>();
		List<String> visible = new ArrayList<>();
		for (Table table : GeneratedHtml.structureTables(html)) {
			for (UnitRow row : table.rows()) {
				actual.add(String.join(" | ", table.group(), row.data("number"), row.data("reference"), row.data("sector"),
						row.data("urn"), row.data("credits"), row.data("level"), row.data("glh")));
				visible.add(String.join(" | ", table.group(), row.cells().getOrDefault("number", ""),
						row.cells().getOrDefault("reference", ""), row.cells().getOrDefault("sector", ""),
						row.cells().getOrDefault("urn", ""), row.cells().getOrDefault("credits", ""),
						row.cells().getOrDefault("level", ""), row.cells().getOrDefault("glh", "")));
			}
		}
		assertEquals(expected, actual, "data attributes of " + number);
		assertEquals(expected, visible, "visible cells of " + number);
	}

	@ParameterizedTest
	@MethodSource("handbookTables")
	void groupKindsAndTitlesAreThoseOfTheHandbookTable(HandbookTables.Table handbook) {
		String number = handbook.qualificationNumber();
		String html = DOCUMENTS.handbook(Examples.qualification(number), null);
		List<String> expected = new ArrayList<>();
		for (HandbookTables.Row row : handbook.rows()) {
			expected.add((row.group().isEmpty() ? "" : row.groupKind()) + " | " + row.title());
		}
		List<String> actual = new ArrayList<>();
		for (Table table : GeneratedHtml.structureTables(html)) {
			for (UnitRow row : table.rows()) {
				actual.add(table.attributes().getOrDefault("data-group-kind", "") + " | " + row.cells().get("title"));
			}
		}
		assertEquals(expected, actual, number);
	}

	@Test
	void eachHandbookUsesTheColumnsOfItsLayout() {
		assertEquals(List.of("OCR Unit No", "Sector Unit No", "Unit title", "Unit Reference No (URN)", "Credit value", "Level", "GLH"),
				headings("600/2451/3"));
		assertEquals(List.of("Unit No", "Unit title", "Unit Accreditation No (UAN)", "Credit value", "Level", "GLH"),
				headings("500/8625/X"));
		assertEquals(List.of("OCR Unit No", "Unit title", "Unit Reference No (URN)", "Credit value", "Level", "GLH"),
				headings("601/3432/X"));
		assertEquals(List.of("Unit no.", "Unit title", "Unit ref. no. (URN)", "Guided learning hours (GLH)", "How are they assessed?"),
				headings("603/2730/3"));
		assertEquals(List.of("Unit Number", "Odyssey Reference", "Unit Title", "Level", "GLH", "Credit Value"),
				headings("603/4767/3"));
	}

	@Test
	void theCambridgeTechnicalTableHasTheAssessmentKeyAndEveryUnitsAssessment() {
		String html = DOCUMENTS.handbook(Examples.qualification("603/2730/3"), null);
		assertTrue(html.contains("<dt>E</dt><dd>External assessment"), html);
		assertTrue(html.contains("<dt>I</dt><dd>Internal assessment"), html);
		List<String> assessments = GeneratedHtml.structureTables(html).get(0).rows().stream()
				.map(r -> r.cells().get("assessment")).toList();
		assertEquals(List.of("E", "E", "I", "I", "I", "I", "I"), assessments);
		// the NVQ tables do not print how units are assessed
		assertFalse(DOCUMENTS.handbook(Examples.qualification("500/8625/X"), null).contains("How are they assessed?"));
	}

	@Test
	void groupCaptionsAreAsPrintedWithTheLetterAddedWhereTheLabelLacksIt() {
		String nvq = DOCUMENTS.handbook(Examples.qualification("500/8625/X"), null);
		assertTrue(nvq.contains("<caption>Group A – Mandatory Units</caption>"), nvq);
		assertTrue(nvq.contains("<caption>Group B – Impression and Image <span class=\"note\">(Optional group 1)</span></caption>"), nvq);
		String sfj = DOCUMENTS.handbook(Examples.qualification("603/4767/3"), null);
		assertTrue(sfj.contains("<caption>Mandatory Group A</caption>"), sfj);
		assertTrue(sfj.contains("<caption>Optional Group B</caption>"), sfj);
	}

	private static List<String> headings(String number) {
		String html = DOCUMENTS.handbook(Examples.qualification(number), null);
		int table = html.indexOf("<table class=\"structure");
		String thead = html.substring(html.indexOf("<thead>", table), html.indexOf("</thead>", table));
		return Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>").matcher(thead).results()
				.map(m -> GeneratedHtml.text(m.group(1))).toList();
	}
}
