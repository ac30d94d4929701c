package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.OutcomeChecksTest.OUTCOME_1;
import static io.qualspec.tests.OutcomeChecksTest.OUTCOME_2;
import static io.qualspec.tests.OutcomeChecksTest.OUTCOME_3;
import static io.qualspec.tests.OutcomeChecksTest.unit;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper.Mode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Text checks (text.* codes in docs/issue-codes.md) on unit texts of the SFJ Awards Level 2 Certificate in Customer
 * Service handbook (§3) and the slips that get into them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class TextChecksTest extends SpecificationTest {

	private final ValidationTestHelper exactly = new ValidationTestHelper(Mode.EXACT);

	@Test
	void emptyTitlesAndTexts() throws Exception {
		Specification model = parseHelper.parse(unit(OUTCOME_1.replace(
				"\"Describe the features and benefits of an organisation’s products and/or services\"", "\" \"") + OUTCOME_2)
				.replace("\"Deliver customer service\"", "\"\""));
		exactly.assertError(model, Literals.UNIT, QualspecIssueCodes.EMPTY_TEXT,
				"The unit title is empty: write the text as the handbook prints it.");
		exactly.assertError(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.EMPTY_TEXT,
				"The criterion text is empty: write the text as the handbook prints it.");
		assertEquals(List.of(2, 5), Issues.lines(validation.validate(model), QualspecIssueCodes.EMPTY_TEXT));
		validation.assertNoErrors(parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2)), QualspecIssueCodes.EMPTY_TEXT);
	}

	@Test
	void anEmptyQualificationTitle() throws Exception {
		Specification model = parseHelper.parse("qualification 603/4767/3 \"\" {\n}\n", uri("q.qspec"), resourceSets.get());
		exactly.assertError(model, Literals.QUALIFICATION, QualspecIssueCodes.EMPTY_TEXT,
				"The title is empty: write the text as the handbook prints it.");
		only(validation.validate(model), QualspecIssueCodes.EMPTY_TEXT);
	}

	@Test
	void aCriterionRepeatedWithinAUnit() throws Exception {
		// compared as TextChecks normalises: case, quote style, runs of spaces and a final full stop do not count
		Specification model = parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2.replace(
				"\"Explain the importance of a brand to an organisation\"",
				"\"Explain the  relationship between customers' needs and expectations and customer satisfaction.\"")));
		validation.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DUPLICATE_TEXT,
				"Criterion 2.1 repeats criterion 1.1 (line 4) of this unit");
		Issue repeated = only(validation.validate(model), QualspecIssueCodes.DUPLICATE_TEXT);
		assertEquals(8, repeated.getLineNumber());
		assertArrayEquals(new String[] { "1.1" }, repeated.getData());
		validation.assertNoIssue(parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2)), Literals.ASSESSMENT_CRITERION,
				QualspecIssueCodes.DUPLICATE_TEXT);
	}

	/** The five criteria the two SFJ telephone units print identically (SFJ handbook, §3). */
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
	void aCriterionTextWrittenOutInSeveralUnitsOfALibrary() throws Exception {
		Specification model = parseHelper.parse(telephoneUnits("uses RecordInformation"));
		exactly.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DUPLICATE_TEXT,
				"The text of criterion 1.2 is also written in unit K/506/2155 (criterion 1.2, line 13): define it once in the "
						+ "library ('criterion text Name \"...\"') and write 'uses Name' in each unit.");
		validation.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DUPLICATE_TEXT,
				"also written in unit H/506/2154 (criterion 1.2, line 6)");
		assertEquals(List.of(6, 13), Issues.lines(validation.validate(model), QualspecIssueCodes.DUPLICATE_TEXT));
	}

	@Test
	void aTextWrittenInManyUnitsNamesItsFirstPlacesAndCountsTheRest() throws Exception {
		StringBuilder library = new StringBuilder("unit library sfj.callhandling \"Call handling units\" {\n");
		for (String urn : List.of("H/506/2154", "K/506/2155", "M/506/2156", "T/506/2157", "A/506/2158", "F/506/2159")) {
			library.append("\tunit ").append(urn).append(" \"Handle calls\" {\n\t\toutcome 1 \"Be able to handle calls\" {\n")
					.append("\t\t\tcriterion 1.1 \"Adapt their own communication style to meet customers' needs\"\n\t\t}\n\t}\n");
		}
		Specification model = parseHelper.parse(library.append("}\n"));
		validation.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DUPLICATE_TEXT,
				"The text of criterion 1.1 is also written in unit K/506/2155 (criterion 1.1, line 9), unit M/506/2156 "
						+ "(criterion 1.1, line 14), unit T/506/2157 (criterion 1.1, line 19) and 2 more places: define it once");
		assertEquals(6, Issues.lines(validation.validate(model), QualspecIssueCodes.DUPLICATE_TEXT).size());
	}

	@Test
	void aCriterionTextThatSpellsOutASharedOne() throws Exception {
		Specification model = parseHelper.parse(telephoneUnits("\"Record information in line with organisational guidelines\""));
		exactly.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DUPLICATE_TEXT,
				"Criterion 1.3 writes out the library's shared criterion text RecordInformation: write 'uses "
						+ "RecordInformation' so that the text is kept in one place.");
		List<Issue> spelt = withCode(validation.validate(model), QualspecIssueCodes.DUPLICATE_TEXT).stream()
				.filter(i -> i.getLineNumber() == 7).toList();
		assertEquals(1, spelt.size(), spelt.toString());
		assertArrayEquals(new String[] { "RecordInformation" }, spelt.get(0).getData());
	}

	@Test
	void aCriterionTextThatSpellsOutASharedOneWithItsPart() throws Exception {
		// "Deliver customer service" 4.6 (SFJ handbook, §3)
		Specification model = parseHelper.parse("""
				unit library cfa.customerservice "Customer service units" {
					criterion text AdhereToRequirements "Adhere to organisational policies and procedures, legal and ethical requirements when {activity}"
					unit A/506/2130 "Deliver customer service" {
						outcome 1 "Be able to provide customer service" {
							criterion 1.1 "Adhere to organisational policies and procedures, legal and ethical requirements when providing customer service"
						}
					}
				}
				""");
		validation.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DUPLICATE_TEXT,
				"write 'uses AdhereToRequirements (\"providing customer service\")'");
		only(validation.validate(model), QualspecIssueCodes.DUPLICATE_TEXT);
	}

	@Test
	void unitsThatUseTheirSharedTexts() throws Exception {
		String adapt = "criterion 1.2 \"Adapt their own communication style to meet customers' needs\"";
		validation.assertNoIssue(parseHelper.parse(telephoneUnits("uses RecordInformation").replaceFirst(Pattern.quote(adapt),
				"criterion 1.2 \"Speak clearly, concisely and politely\"")), Literals.ASSESSMENT_CRITERION,
				QualspecIssueCodes.DUPLICATE_TEXT);
	}

	@Test
	void mixedQuotesInOneUnit() throws Exception {
		// OUTCOME_1 to OUTCOME_3 write curly apostrophes, as the handbook prints them for this unit
		Specification model = parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2.replace("organisation’s customer",
				"organisation's customer") + OUTCOME_3));
		exactly.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.MIXED_QUOTES,
				"This text uses straight quotes or apostrophes, but most of the unit uses curly ones (3 curly, 1 straight): use "
						+ "one style in a unit.");
		Issue mixed = only(validation.validate(model), QualspecIssueCodes.MIXED_QUOTES);
		assertEquals(9, mixed.getLineNumber());
		assertArrayEquals(new String[] { "curly" }, mixed.getData());
		assertEquals(List.of(), withCode(validation.validate(parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3))),
				QualspecIssueCodes.MIXED_QUOTES));
	}

	@Test
	void aStraightMajorityAsksForStraightQuotes() throws Exception {
		String straight = unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3).replace('’', '\'');
		Issue mixed = only(validation.validate(parseHelper.parse(straight.replace("Keep up to date", "Keep “up to date”"))),
				QualspecIssueCodes.MIXED_QUOTES);
		assertEquals(12, mixed.getLineNumber());
		assertArrayEquals(new String[] { "straight" }, mixed.getData());
	}

	/** "Deal with customers face to face" (SFJ handbook, §3): outcome 2 alone has no full stop. */
	@Test
	void theOutcomeThatEndsUnlikeTheOthers() throws Exception {
		Specification model = parseHelper.parse(unit("""
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
				"""));
		validation.assertIssue(model, Literals.LEARNING_OUTCOME, QualspecIssueCodes.FINAL_FULL_STOP, Severity.INFO,
				"Outcome 2 ends without a full stop, but 2 of the 3 texts of the unit's outcomes end with one: end every text of "
						+ "a list alike.");
		validation.assertIssue(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.FINAL_FULL_STOP, Severity.INFO,
				"Criterion 2.3 ends without a full stop, but 2 of the 3 texts of the criteria of outcome 2");
		List<Issue> stops = withCode(validation.validate(model), QualspecIssueCodes.FINAL_FULL_STOP);
		assertEquals(List.of(6, 9), stops.stream().map(Issue::getLineNumber).toList(), stops.toString());
		assertEquals(List.of("add", "add"), stops.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	void aCriterionWithAFullStopAmongCriteriaWithout() throws Exception {
		Specification model = parseHelper.parse(unit(OUTCOME_1.replace("customer satisfaction\"", "customer satisfaction.\"")
				+ OUTCOME_2));
		Issue stop = only(validation.validate(model), QualspecIssueCodes.FINAL_FULL_STOP);
		assertEquals(4, stop.getLineNumber());
		assertArrayEquals(new String[] { "remove" }, stop.getData(), "on a tie, the full stop goes");
		assertEquals(List.of(), withCode(validation.validate(parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3))),
				QualspecIssueCodes.FINAL_FULL_STOP));
	}

	@Test
	void aDoubledSpaceIsReportedAtItsPlaceInTheFile() throws Exception {
		// an escaped quote before the spaces: the offset counts the text as written, backslash included
		String library = unit(OUTCOME_1.replace("Describe the features and", "Describe the \\\"features\\\"  and") + OUTCOME_2);
		Specification model = parseHelper.parse(library);
		exactly.assertWarning(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.DOUBLED_SPACE,
				library.indexOf("\\\"  and") + 2, 2, "This text has 2 spaces in a row: write one space.");
		assertEquals(5, only(validation.validate(model), QualspecIssueCodes.DOUBLED_SPACE).getLineNumber());
		assertEquals(List.of(), withCode(validation.validate(parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2))),
				QualspecIssueCodes.DOUBLED_SPACE));
	}

	@Test
	void doubledSpacesInQualificationTexts() throws Exception {
		String text = """
				qualification 603/4767/3 "SFJ Awards Level 2 Certificate in  Customer Service" {
					section purpose {
						"This qualification is for learners   in customer service roles."
					}
				}
				""";
		Specification model = parseHelper.parse(text, uri("q.qspec"), resourceSets.get());
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.DOUBLED_SPACE, text.indexOf("  Customer"), 2);
		validation.assertWarning(model, Literals.PARAGRAPH, QualspecIssueCodes.DOUBLED_SPACE, text.indexOf("   in customer"), 3);
		assertEquals(List.of(1, 3), Issues.lines(validation.validate(model), QualspecIssueCodes.DOUBLED_SPACE));
	}
	@Test
	void aControlCharacterPastedFromAPdfIsAnErrorAtItsText() throws Exception {
		// a form feed (U+000C) comes with text copied across a page break of a handbook
		Specification model = parseHelper.parse(unit(OUTCOME_1.replace("and/or services", "and/or\fservices") + OUTCOME_2));
		exactly.assertError(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.CONTROL_CHARACTER,
				"This text holds the control character U+000C at character 72: no generated document can hold it; delete it "
						+ "or write the character meant.");
		assertEquals(List.of(5), Issues.lines(validation.validate(model), QualspecIssueCodes.CONTROL_CHARACTER));
	}

	@Test
	void tabsLineBreaksAndOrdinaryUnicodeAreNotControlCharacters() throws Exception {
		Specification model = parseHelper.parse(unit(OUTCOME_1.replace("and/or services", "and/or\tservices")
				.replace("customer satisfaction", "customer\r\nsatisfaction – “Ελληνικά”") + OUTCOME_2));
		validation.assertNoIssue(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.CONTROL_CHARACTER);
	}

	@Test
	void theNoncharacterUFFFFIsAnError() throws Exception {
		Specification model = parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2).replace("Deliver customer service", "Deliver\uFFFF"));
		validation.assertError(model, Literals.UNIT, QualspecIssueCodes.CONTROL_CHARACTER, "U+FFFF at character 8");
	}

	@Test
	void aFileSavedInWindows1252IsAnErrorAtEachTextItSpoiled() throws Exception {
		// "organisation’s" typed in a Windows editor: the apostrophe is the byte 0x92, which is not UTF-8
		byte[] windows1252 = unit(OUTCOME_1 + OUTCOME_2).getBytes(Charset.forName("windows-1252"));
		Specification model = parseHelper.parse(new ByteArrayInputStream(windows1252), uri("units.qspec"), null,
				resourceSets.get());
		validation.assertError(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.UNDECODABLE_TEXT,
				"This text holds U+FFFD at character 54, the character put for bytes that are not UTF-8: the file was "
						+ "probably saved in another encoding (Windows-1252, Latin-1). Save it as UTF-8 and write the character meant.");
		validation.assertNoIssue(parseHelper.parse(unit(OUTCOME_1 + OUTCOME_2)), Literals.ASSESSMENT_CRITERION,
				QualspecIssueCodes.UNDECODABLE_TEXT);
	}

	@Test
	void aTextLongerThanASpreadsheetCellIsAnError() throws Exception {
		String criterion = "\"Describe the features and benefits of an organisation’s products and/or services\"";
		Specification tooLong = parseHelper.parse(unit(OUTCOME_1.replace(criterion, "\"" + "a".repeat(32_768) + "\"") + OUTCOME_2));
		exactly.assertError(tooLong, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.TEXT_TOO_LONG,
				"This text has 32,768 characters; a spreadsheet cell holds at most 32,767: split it or shorten it.");
		Specification atTheLimit = parseHelper.parse(unit(OUTCOME_1.replace(criterion, "\"" + "a".repeat(32_767) + "\"")
				+ OUTCOME_2));
		validation.assertNoIssue(atTheLimit, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.TEXT_TOO_LONG);
	}

	/** Three SFJ units (handbook §3): the first two as printed with curly apostrophes, the third as given. */
	private static String threeUnits(String thirdCriterion) {
		return """
				unit library cfa.customerservice "Customer service units" {
					unit A/506/2130 "Deliver customer service" {
						outcome 1 "Understand customer service delivery" knowledge {
							criterion 1.1 "Describe the features and benefits of an organisation’s products and/or services"
						}
					}
					unit H/506/2154 "Deal with incoming telephone calls from customers" {
						outcome 1 "Be able to deal with incoming calls" competence {
							criterion 1.1 "Confirm the caller’s identity"
						}
					}
					unit T/506/2157 "Deal with customers using bespoke software" {
						outcome 1 "Be able to use bespoke software" competence {
							criterion 1.1 "%s"
						}
					}
				}
				""".formatted(thirdCriterion);
	}

	@Test
	void aUnitWhoseQuotesDifferFromTheLibrarys() throws Exception {
		Specification model = parseHelper.parse(threeUnits("Use the organisation's bespoke software to meet the customer's needs"));
		exactly.assertIssue(model, Literals.UNIT, QualspecIssueCodes.QUOTES_ACROSS_UNITS, Severity.INFO,
				"Unit T/506/2157 writes straight quotes and apostrophes, but 2 of the 3 units of this library that have "
						+ "any write curly ones: use one style across the library's units.");
		Issue unit = only(validation.validate(model), QualspecIssueCodes.QUOTES_ACROSS_UNITS);
		assertEquals(12, unit.getLineNumber());
		assertArrayEquals(new String[] { "curly" }, unit.getData());
		// a unit with no quotes at all has no style to differ
		validation.assertNoIssue(parseHelper.parse(threeUnits("Use bespoke software to meet customers’ needs")), Literals.UNIT,
				QualspecIssueCodes.QUOTES_ACROSS_UNITS);
		validation.assertNoIssue(parseHelper.parse(threeUnits("Use bespoke software to meet customer needs")), Literals.UNIT,
				QualspecIssueCodes.QUOTES_ACROSS_UNITS);
	}
}
