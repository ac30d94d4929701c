package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.catalogue.CatalogueLoader;
import io.qualspec.catalogue.LoadedCatalogue;
import io.qualspec.validation.CheckCharacters;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Identifier checks (DOMAIN.md §5): each code is triggered by a realistic slip and silent on the correct
 * form; check-character errors carry the corrected identifier for a quick fix.
 */
class IdentifierChecksTest {

	@TempDir
	Path dir;

	private static final String LIBRARY = TestFiles.CUSTOMER_SERVICE_LIBRARY;

	private List<Issue> issues(String qualification) {
		return new SpecFolder(dir).file("units.qspec", LIBRARY).file("q.qspec", qualification).issues();
	}

	private static List<Issue> withCode(List<Issue> issues, String code) {
		return SpecFolder.withCode(issues, code);
	}

	private static String qualification(String number, String body) {
		return "use ocr.customerservice\nqualification " + number + " \"OCR Level 2 NVQ Certificate in Customer Service\" {\n"
				+ body + "\n}\n";
	}

	@Test
	void theCheckCharactersOfTheSeedsIdentifiersAreRight() {
		assertEquals('X', CheckCharacters.qualificationCheck("5008625"), "500/8625/X (000:112)");
		assertEquals('3', CheckCharacters.qualificationCheck("6034767"), "603/4767/3 (004:14)");
		assertEquals('F', CheckCharacters.unitLetter("6011609"), "F/601/1609 (000:793)");
		assertEquals('A', CheckCharacters.unitLetter("5062130"), "A/506/2130 (004)");
	}

	@Test
	void aWrongQualificationCheckCharacterNamesTheExpectedOneAndCarriesTheFix() throws IOException {
		List<Issue> wrong = withCode(issues(qualification("500/8625/1", "entry code \"03455\"")),
				QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER);
		assertEquals(1, wrong.size());
		assertTrue(wrong.get(0).getMessage().contains("should be X"), wrong.get(0).getMessage());
		assertEquals(List.of("500/8625/X"), List.of(wrong.get(0).getData()));
		assertEquals(2, wrong.get(0).getLineNumber());
		assertEquals(List.of(), withCode(issues(qualification("500/8625/X", "")), QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER));
	}

	@Test
	void aWrongUnitCheckLetterNamesTheExpectedOne() throws IOException {
		Files.writeString(dir.resolve("extra.qspec"), "unit library x \"X\" {\n\tunit A/601/1609 \"Title\" {\n\t}\n}\n");
		List<Issue> wrong = withCode(issues(qualification("500/8625/X", "")), QualspecIssueCodes.UNIT_CHECK_LETTER);
		assertEquals(1, wrong.size(), wrong.toString());
		assertTrue(wrong.get(0).getMessage().contains("should be F"), wrong.get(0).getMessage());
		assertEquals(List.of("F/601/1609"), List.of(wrong.get(0).getData()));
	}

	@Test
	void identifiersOfTheWrongShape() throws IOException {
		Files.writeString(dir.resolve("extra.qspec"), "unit library x \"X\" {\n\tunit F/6011/1609 \"Title\" {\n\t}\n}\n");
		List<Issue> shapes = withCode(issues(qualification("5000/8625/X", "")), QualspecIssueCodes.IDENTIFIER_SHAPE);
		assertEquals(2, shapes.size(), shapes.toString());
	}

	@Test
	void lookAlikeCharactersInCodesAreNamed() throws IOException {
		// a Cyrillic VE for B in a suite code (000:933) and an en dash in a sector code
		List<Issue> lookAlikes = withCode(issues(qualification("500/8625/X", """
				group A "Mandatory units" mandatory {
					unit \u04123 = F/601/1609
					unit B4 = L/601/1614 sector "CS\u2013A1"
				}
				""")), QualspecIssueCodes.LOOK_ALIKE_CHARACTER);
		assertEquals(2, lookAlikes.size(), lookAlikes.toString());
		assertTrue(lookAlikes.get(0).getMessage().contains("U+0412 CYRILLIC CAPITAL LETTER VE"), lookAlikes.get(0).getMessage());
		assertTrue(lookAlikes.get(1).getMessage().contains("U+2013 EN DASH"), lookAlikes.get(1).getMessage());
	}

	@Test
	void anEntryCodeIsFiveDigits() throws IOException {
		assertEquals(1, withCode(issues(qualification("500/8625/X", "entry code \"3455\"")), QualspecIssueCodes.ENTRY_CODE_SHAPE).size());
		assertEquals(0, withCode(issues(qualification("500/8625/X", "entry code \"03455\"")), QualspecIssueCodes.ENTRY_CODE_SHAPE).size());
	}

	@Test
	void duplicatesWithinTheirScope() throws IOException {
		Files.writeString(dir.resolve("extra.qspec"),
				"unit library x \"X\" {\n\tunit R/601/1209 \"A\" {\n\t}\n\tunit R/601/1209 \"B\" {\n\t}\n}\n");
		List<Issue> issues = issues(qualification("500/8625/X", """
				group A "Mandatory units" mandatory {
					unit F1 = F/601/1609
					unit F1 = L/601/1614
				}
				group A "Optional units" optional {
					unit F3 = F/601/1609
				}
				"""));
		assertEquals(1, withCode(issues, QualspecIssueCodes.DUPLICATE_UNIT_IN_LIBRARY).size());
		assertEquals(1, withCode(issues, QualspecIssueCodes.DUPLICATE_GROUP).size());
		assertEquals(1, withCode(issues, QualspecIssueCodes.DUPLICATE_LOCAL_NUMBER).size());
		assertEquals(1, withCode(issues, QualspecIssueCodes.DUPLICATE_UNIT_IN_QUALIFICATION).size());
	}
}
