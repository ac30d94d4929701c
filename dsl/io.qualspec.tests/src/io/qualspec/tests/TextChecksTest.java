package io.qualspec.tests;

import static io.qualspec.tests.OutcomeChecksTest.OUTCOME_1;
import static io.qualspec.tests.OutcomeChecksTest.OUTCOME_2;
import static io.qualspec.tests.OutcomeChecksTest.OUTCOME_3;
import static io.qualspec.tests.OutcomeChecksTest.unit;
import static io.qualspec.tests.Validation.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.validation.QualspecIssueCodes;

/**
 * Text checks (DOMAIN.md §8 rules 4, 19) on SFJ unit texts (004_e17669c1e56775bf.txt) and the slips that
 * get into them.
 */
class TextChecksTest {

	@TempDir
	Path dir;

	private List<Issue> issues(String library, String code) throws IOException {
		return withCode(Validation.issues(dir.resolve("units.qspec"), library), code);
	}

	@Test
	void emptyTitlesAndTexts() throws IOException {
		List<Issue> empty = issues(unit(OUTCOME_1.replace("\"Describe the features and benefits of an organisation’s products and/or services\"", "\" \"")
				+ OUTCOME_2).replace("\"Deliver customer service\"", "\"\""), QualspecIssueCodes.EMPTY_TEXT);
		assertEquals(2, empty.size(), empty.toString());
		assertEquals("The unit title is empty: write the text as the handbook prints it.", empty.get(0).getMessage());
		assertEquals(2, empty.get(0).getLineNumber());
		assertEquals("The criterion text is empty: write the text as the handbook prints it.", empty.get(1).getMessage());
		assertEquals(5, empty.get(1).getLineNumber());
		assertEquals(List.of(), issues(unit(OUTCOME_1 + OUTCOME_2), QualspecIssueCodes.EMPTY_TEXT));
	}

	@Test
	void anEmptyQualificationTitle() throws IOException {
		List<Issue> empty = issues("qualification 603/4767/3 \"\" {\n}\n", QualspecIssueCodes.EMPTY_TEXT);
		assertEquals(1, empty.size(), empty.toString());
		assertEquals("The title is empty: write the text as the handbook prints it.", empty.get(0).getMessage());
	}

	@Test
	void aCriterionRepeatedWithinAUnit() throws IOException {
		// compared as DOMAIN.md §8 rule 4 says: case, quote style and a final full stop do not count
		List<Issue> repeated = issues(unit(OUTCOME_1 + OUTCOME_2.replace("\"Explain the importance of a brand to an organisation\"",
				"\"Explain the relationship between customers' needs and expectations and customer satisfaction.\"")),
				QualspecIssueCodes.DUPLICATE_TEXT);
		assertEquals(1, repeated.size(), repeated.toString());
		assertTrue(repeated.get(0).getMessage().startsWith("Criterion 2.1 repeats criterion 1.1 (line 4) of this unit"),
				repeated.get(0).getMessage());
		assertEquals(8, repeated.get(0).getLineNumber());
		assertEquals(List.of("1.1"), List.of(repeated.get(0).getData()));
		assertEquals(List.of(), issues(unit(OUTCOME_1 + OUTCOME_2), QualspecIssueCodes.DUPLICATE_TEXT));
	}

	/** The five criteria the two SFJ telephone units print identically (004_e17669c1e56775bf.txt:300-314). */
	private static String telephoneUnits(String criterion) {
		return """
				unit library cfa.customerservice "Customer service units" {
					criterion text RecordInformation "Record information in line with organisational guidelines"
					unit H/506/2154 "Deal with incoming telephone calls from customers" {
						outcome 1 "Be able to establish the purpose of incoming customer calls" {
							criterion 1.1 "Verify the identity of callers in line with organisational guidelines"
							criterion 1.2 "Adapt their own communication style to meet customers' needs"
							criterion 1.3 %s
						}
					}
					unit K/506/2155 "Make telephone calls to customers" {
						outcome 1 "Be able to make telephone calls to customers" {
							criterion 1.1 "Confirm the identity of customers in line with organisational guidelines"
							criterion 1.2 "Adapt their own communication style to meet customers' needs"
							criterion 1.3 uses RecordInformation
						}
					}
				}
				""".formatted(criterion);
	}

	@Test
	void aCriterionTextWrittenOutInSeveralUnitsOfALibrary() throws IOException {
		List<Issue> repeated = issues(telephoneUnits("uses RecordInformation"), QualspecIssueCodes.DUPLICATE_TEXT);
		assertEquals(2, repeated.size(), repeated.toString());
		assertEquals("The text of criterion 1.2 is also written in unit K/506/2155 (criterion 1.2, line 13): define it once "
				+ "in the library ('criterion text Name \"...\"') and write 'uses Name' in each unit.", repeated.get(0).getMessage());
		assertEquals(6, repeated.get(0).getLineNumber());
		assertTrue(repeated.get(1).getMessage().contains("also written in unit H/506/2154 (criterion 1.2, line 6)"),
				repeated.get(1).getMessage());
	}

	@Test
	void aCriterionTextThatSpellsOutASharedOne() throws IOException {
		List<Issue> spelt = issues(telephoneUnits("\"Record information in line with organisational guidelines\""),
				QualspecIssueCodes.DUPLICATE_TEXT).stream().filter(i -> i.getLineNumber() == 7).toList();
		assertEquals(1, spelt.size(), spelt.toString());
		assertEquals("Criterion 1.3 writes out the library's shared criterion text RecordInformation: write 'uses "
				+ "RecordInformation' so that the text is kept in one place.", spelt.get(0).getMessage());
		assertEquals(List.of("RecordInformation"), List.of(spelt.get(0).getData()));
	}

	@Test
	void aCriterionTextThatSpellsOutASharedOneWithItsPart() throws IOException {
		// "Deliver customer service" 4.6 (004_e17669c1e56775bf.txt:207)
		List<Issue> spelt = issues("""
				unit library cfa.customerservice "Customer service units" {
					criterion text AdhereToRequirements "Adhere to organisational policies and procedures, legal and ethical requirements when {activity}"
					unit A/506/2130 "Deliver customer service" {
						outcome 1 "Be able to provide customer service" {
							criterion 1.1 "Adhere to organisational policies and procedures, legal and ethical requirements when providing customer service"
						}
					}
				}
				""", QualspecIssueCodes.DUPLICATE_TEXT);
		assertEquals(1, spelt.size(), spelt.toString());
		assertTrue(spelt.get(0).getMessage().contains("write 'uses AdhereToRequirements (\"providing customer service\")'"),
				spelt.get(0).getMessage());
	}

	@Test
	void unitsThatUseTheirSharedTexts() throws IOException {
		String adapt = "criterion 1.2 \"Adapt their own communication style to meet customers' needs\"";
		assertEquals(List.of(), issues(telephoneUnits("uses RecordInformation").replaceFirst(Pattern.quote(adapt),
				"criterion 1.2 \"Speak clearly, concisely and politely\""), QualspecIssueCodes.DUPLICATE_TEXT));
	}

	@Test
	void mixedQuotesInOneUnit() throws IOException {
		// OUTCOME_1 to OUTCOME_3 write curly apostrophes, as the seed prints for this unit
		List<Issue> mixed = issues(unit(OUTCOME_1 + OUTCOME_2.replace("organisation’s customer", "organisation's customer") + OUTCOME_3),
				QualspecIssueCodes.MIXED_QUOTES);
		assertEquals(1, mixed.size(), mixed.toString());
		assertEquals("This text uses straight quotes or apostrophes, but most of the unit uses curly ones (3 curly, 1 "
				+ "straight): use one style in a unit.", mixed.get(0).getMessage());
		assertEquals(9, mixed.get(0).getLineNumber());
		assertEquals(List.of("curly"), List.of(mixed.get(0).getData()));
		assertEquals(List.of(), issues(unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3), QualspecIssueCodes.MIXED_QUOTES));
	}

	@Test
	void aStraightMajorityAsksForStraightQuotes() throws IOException {
		String straight = unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3).replace('’', '\'');
		List<Issue> mixed = issues(straight.replace("Keep up to date", "Keep “up to date”"), QualspecIssueCodes.MIXED_QUOTES);
		assertEquals(1, mixed.size(), mixed.toString());
		assertEquals(12, mixed.get(0).getLineNumber());
		assertEquals(List.of("straight"), List.of(mixed.get(0).getData()));
	}

	/** "Deal with customers face to face" (004_e17669c1e56775bf.txt:288-291): outcome 2 alone has no full stop. */
	@Test
	void theOutcomeThatEndsUnlikeTheOthers() throws IOException {
		List<Issue> stops = issues(unit("""
				outcome 1 "Understand how to deal with customers face to face." knowledge {
					criterion 1.1 "Explain the importance of speaking clearly and slowly when dealing with a customer face to face."
				}
				outcome 2 "Be able to communicate effectively with customers" competence {
					criterion 2.1 "Plan conversation with customers that have structure and clear direction."
					criterion 2.2 "Hold a conversation with their customer that establishes rapport."
					criterion 2.3 "Adapt their communication to meet the individual needs of their customer"
				}
				outcome 3 "Be able to improve the rapport with their customer through body language." competence {
					criterion 3.1 "Present a professional and respectful image when dealing with their customer."
				}
				"""), QualspecIssueCodes.FINAL_FULL_STOP);
		assertEquals(2, stops.size(), stops.toString());
		assertEquals("Outcome 2 ends without a full stop, but 2 of the 3 texts of the unit's outcomes end with one: end every "
				+ "text of a list alike.", stops.get(0).getMessage());
		assertEquals(6, stops.get(0).getLineNumber());
		assertEquals(List.of("add"), List.of(stops.get(0).getData()));
		assertEquals(9, stops.get(1).getLineNumber());
		assertTrue(stops.get(1).getMessage().startsWith("Criterion 2.3 ends without a full stop, but 2 of the 3 texts of the "
				+ "criteria of outcome 2"), stops.get(1).getMessage());
	}

	@Test
	void aCriterionWithAFullStopAmongCriteriaWithout() throws IOException {
		List<Issue> stops = issues(unit(OUTCOME_1.replace("customer satisfaction\"", "customer satisfaction.\"") + OUTCOME_2),
				QualspecIssueCodes.FINAL_FULL_STOP);
		assertEquals(1, stops.size(), stops.toString());
		assertEquals(4, stops.get(0).getLineNumber());
		assertEquals(List.of("remove"), List.of(stops.get(0).getData()), "on a tie, the full stop goes");
		assertEquals(List.of(), issues(unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3), QualspecIssueCodes.FINAL_FULL_STOP));
	}

	@Test
	void aDoubledSpaceIsReportedAtItsPlaceInTheFile() throws IOException {
		// an escaped quote before the spaces: the offset counts the text as written, backslash included
		String library = unit(OUTCOME_1.replace("Describe the features and", "Describe the \\\"features\\\"  and") + OUTCOME_2);
		List<Issue> spaces = issues(library, QualspecIssueCodes.DOUBLED_SPACE);
		assertEquals(1, spaces.size(), spaces.toString());
		assertEquals("This text has 2 spaces in a row: write one space.", spaces.get(0).getMessage());
		assertEquals(library.indexOf("\\\"  and") + 2, spaces.get(0).getOffset());
		assertEquals(2, spaces.get(0).getLength());
		assertEquals(5, spaces.get(0).getLineNumber());
		assertEquals(List.of(), issues(unit(OUTCOME_1 + OUTCOME_2), QualspecIssueCodes.DOUBLED_SPACE));
	}

	@Test
	void doubledSpacesInQualificationTexts() throws IOException {
		List<Issue> spaces = issues("""
				qualification 603/4767/3 "SFJ Awards Level 2 Certificate in  Customer Service" {
					section purpose {
						"This qualification is for learners   in customer service roles."
					}
				}
				""", QualspecIssueCodes.DOUBLED_SPACE);
		assertEquals(List.of(1, 3), spaces.stream().map(Issue::getLineNumber).toList(), spaces.toString());
		assertEquals(List.of(2, 3), spaces.stream().map(Issue::getLength).toList());
	}
}
