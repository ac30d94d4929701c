package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper.Mode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.CheckCharacters;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Identifier checks (identifier.* codes in docs/issue-codes.md): each code is triggered by a realistic slip and silent on the correct
 * form; check-character errors carry the corrected identifier for a quick fix.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class IdentifierChecksTest extends SpecificationTest {

	/** A qualification using {@link UnitLibraries#CUSTOMER_SERVICE} from another file of the project. */
	private Specification qualification(XtextResourceSet project, String number, String body) throws Exception {
		parseHelper.parse(UnitLibraries.CUSTOMER_SERVICE, uri("units.qspec"), project);
		return parseHelper.parse("use ocr.customerservice\nqualification " + number
				+ " \"OCR Level 2 NVQ Certificate in Customer Service\" {\n" + body + "\n}\n", uri("q.qspec"), project);
	}

	private Specification qualification(String number, String body) throws Exception {
		return qualification(resourceSets.get(), number, body);
	}

	/** Another unit library of the project. */
	private Specification library(XtextResourceSet project, String text) throws Exception {
		return parseHelper.parse(text, uri("extra.qspec"), project);
	}

	@Test
	void theCheckCharactersOfTheSeedsIdentifiersAreRight() {
		// as the OCR Customer Service NVQ handbook (v4, Feb 2019) and the SFJ handbook (V1, July 2019) print them
		assertEquals('X', CheckCharacters.qualificationCheck("5008625"), "500/8625/X");
		assertEquals('3', CheckCharacters.qualificationCheck("6034767"), "603/4767/3");
		assertEquals('F', CheckCharacters.unitLetter("6011609"), "F/601/1609");
		assertEquals('A', CheckCharacters.unitLetter("5062130"), "A/506/2130");
	}

	@Test
	void aWrongQualificationCheckCharacterNamesTheExpectedOneAndCarriesTheFix() throws Exception {
		Specification wrong = qualification("500/8625/1", "entry code \"03455\"");
		validation.assertError(wrong, Literals.QUALIFICATION, QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER, "should be X");
		Issue issue = only(validation.validate(wrong), QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER);
		assertArrayEquals(new String[] { "500/8625/X" }, issue.getData());
		assertEquals(2, issue.getLineNumber());
		validation.assertNoIssue(qualification("500/8625/X", ""), Literals.QUALIFICATION,
				QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER);
	}

	@Test
	void aWrongUnitCheckLetterNamesTheExpectedOne() throws Exception {
		XtextResourceSet project = resourceSets.get();
		Specification extra = library(project, "unit library x \"X\" {\n\tunit A/601/1609 \"Title\" {\n\t}\n}\n");
		qualification(project, "500/8625/X", "");
		validation.assertError(extra, Literals.UNIT, QualspecIssueCodes.UNIT_CHECK_LETTER, "should be F");
		assertArrayEquals(new String[] { "F/601/1609" }, only(validation.validate(extra), QualspecIssueCodes.UNIT_CHECK_LETTER).getData());
	}

	@Test
	void identifiersOfTheWrongShape() throws Exception {
		XtextResourceSet project = resourceSets.get();
		Specification extra = library(project, "unit library x \"X\" {\n\tunit F/6011/1609 \"Title\" {\n\t}\n}\n");
		Specification qualification = qualification(project, "5000/8625/X", "");
		validation.assertError(extra, Literals.UNIT, QualspecIssueCodes.IDENTIFIER_SHAPE, "L/ddd/dddd", "'F/6011/1609'");
		validation.assertError(qualification, Literals.QUALIFICATION, QualspecIssueCodes.IDENTIFIER_SHAPE, "ddd/dddd/c",
				"'5000/8625/X'");
		only(validation.validate(extra), QualspecIssueCodes.IDENTIFIER_SHAPE);
		only(validation.validate(qualification), QualspecIssueCodes.IDENTIFIER_SHAPE);
	}

	@Test
	void lookAlikeCharactersInCodesAreNamed() throws Exception {
		// a Cyrillic VE for B in a suite code (the OCR Customer Service NVQ handbook's unit B3 as extracted from
		// its PDF) and an en dash in a sector code
		Specification model = qualification("500/8625/X", """
				group A "Mandatory units" mandatory {
					unit \u04123 = F/601/1609
					unit B4 = L/601/1614 sector "CS\u2013A1"
				}
				""");
		validation.assertError(model, Literals.MEMBERSHIP, QualspecIssueCodes.LOOK_ALIKE_CHARACTER, "U+0412 CYRILLIC CAPITAL LETTER VE");
		validation.assertError(model, Literals.MEMBERSHIP, QualspecIssueCodes.LOOK_ALIKE_CHARACTER, "U+2013 EN DASH");
		List<Issue> lookAlikes = withCode(validation.validate(model), QualspecIssueCodes.LOOK_ALIKE_CHARACTER);
		assertEquals(List.of(4, 5), lookAlikes.stream().map(Issue::getLineNumber).toList(), lookAlikes.toString());
	}

	@Test
	void anEntryCodeIsFiveDigits() throws Exception {
		validation.assertWarning(qualification("500/8625/X", "entry code \"3455\""), Literals.QUALIFICATION,
				QualspecIssueCodes.ENTRY_CODE_SHAPE, "five digits", "not \"3455\"");
		validation.assertNoIssue(qualification("500/8625/X", "entry code \"03455\""), Literals.QUALIFICATION,
				QualspecIssueCodes.ENTRY_CODE_SHAPE);
	}

	@Test
	void duplicatesWithinTheirScope() throws Exception {
		XtextResourceSet project = resourceSets.get();
		Specification extra = library(project, "unit library x \"X\" {\n\tunit R/601/1209 \"A\" {\n\t}\n\tunit R/601/1209 \"B\" {\n\t}\n}\n");
		Specification qualification = qualification(project, "500/8625/X", """
				group A "Mandatory units" mandatory {
					unit F1 = F/601/1609
					unit F1 = L/601/1614
				}
				group A "Optional units" optional {
					unit F3 = F/601/1609
				}
				""");
		validation.assertError(extra, Literals.UNIT, QualspecIssueCodes.DUPLICATE_UNIT_IN_LIBRARY, "already described in this library");
		validation.assertError(qualification, Literals.UNIT_GROUP, QualspecIssueCodes.DUPLICATE_GROUP, "Group A is already defined");
		validation.assertError(qualification, Literals.MEMBERSHIP, QualspecIssueCodes.DUPLICATE_LOCAL_NUMBER, "Unit number F1");
		validation.assertError(qualification, Literals.MEMBERSHIP, QualspecIssueCodes.DUPLICATE_UNIT_IN_QUALIFICATION,
				"Unit F/601/1609 is already in this qualification");
		List<Issue> issues = validation.validate(qualification);
		only(validation.validate(extra), QualspecIssueCodes.DUPLICATE_UNIT_IN_LIBRARY);
		only(issues, QualspecIssueCodes.DUPLICATE_GROUP);
		only(issues, QualspecIssueCodes.DUPLICATE_LOCAL_NUMBER);
		only(issues, QualspecIssueCodes.DUPLICATE_UNIT_IN_QUALIFICATION);
	}

	@Test
	void resitsStatedTwiceForOneAssessmentTypeAreAnError() throws Exception {
		Specification model = parseHelper.parse("""
				qualification 603/2730/3 "OCR Level 2 Cambridge Technical Diploma in Customer Service" {
					resits for external units at most 1
					resits for internal units unlimited
					resits for external units none
				}
				""");
		new ValidationTestHelper(Mode.EXACT).assertError(model, Literals.RESIT_POLICY, QualspecIssueCodes.DUPLICATE_RESITS,
				"Resits for external units are already stated (line 2); state the resits for each kind of assessment once.");
		assertEquals(List.of(4), Issues.lines(validation.validate(model), QualspecIssueCodes.DUPLICATE_RESITS));
		validation.assertNoIssue(parseHelper.parse("""
				qualification 603/2730/3 "OCR Level 2 Cambridge Technical Diploma in Customer Service" {
					resits for external units at most 1
					resits for internal units unlimited
				}
				"""), Literals.RESIT_POLICY, QualspecIssueCodes.DUPLICATE_RESITS);
	}

	@Test
	void anOwnCodeOfTheFormOfANumberIsWrittenAsTheNumber() throws Exception {
		XtextResourceSet project = resourceSets.get();
		Specification unit = library(project, "unit library x \"X\" {\n\tunit code \"F/601/1609\" \"Title\" {\n\t}\n}\n");
		validation.assertWarning(unit, Literals.UNIT, QualspecIssueCodes.OWN_CODE_IS_NUMBER,
				"has the form of a unit reference number", "unit F/601/1609 without \"code\"");
		assertArrayEquals(new String[] { "F/601/1609" }, only(validation.validate(unit), QualspecIssueCodes.OWN_CODE_IS_NUMBER).getData());
		Specification qualification = qualification("code \"500/8625/X\"", "");
		validation.assertWarning(qualification, Literals.QUALIFICATION, QualspecIssueCodes.OWN_CODE_IS_NUMBER,
				"has the form of a qualification number", "qualification 500/8625/X without \"code\"");
		// an own code of its own form is not a number: no shape or check character is asked of it
		Specification own = qualification("code \"QAA140083\"", "");
		for (String code : List.of(QualspecIssueCodes.OWN_CODE_IS_NUMBER, QualspecIssueCodes.IDENTIFIER_SHAPE,
				QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER)) {
			assertEquals(List.of(), withCode(validation.validate(own), code), code);
		}
	}

	@Test
	void anOwnCodeIsNotEmptyAndHasNoSpacesAtItsEnds() throws Exception {
		Specification spaces = library(resourceSets.get(), "unit library x \"X\" {\n\tunit code \"5CO01 \" \"Title\" {\n\t}\n}\n");
		validation.assertError(spaces, Literals.UNIT, QualspecIssueCodes.OWN_CODE_SHAPE, "has spaces at its ends", "\"5CO01\"");
		assertArrayEquals(new String[] { "5CO01" }, only(validation.validate(spaces), QualspecIssueCodes.OWN_CODE_SHAPE).getData());
		validation.assertError(qualification("code \"\"", ""), Literals.QUALIFICATION, QualspecIssueCodes.OWN_CODE_SHAPE, "is empty");
	}

	@Test
	void aUrnBesideOwnCodesIsStillChecked() throws Exception {
		XtextResourceSet project = resourceSets.get();
		Specification extra = library(project, "unit library x \"X\" {\n\tunit code \"5CO01\" \"Organisational performance and "
				+ "culture in practice\" {\n\t}\n\tunit A/601/1609 \"Title\" {\n\t}\n}\n");
		qualification(project, "500/8625/X", "");
		Issue letter = only(validation.validate(extra), QualspecIssueCodes.UNIT_CHECK_LETTER);
		assertEquals(4, letter.getLineNumber());
		assertArrayEquals(new String[] { "F/601/1609" }, letter.getData());
		assertEquals(List.of(), withCode(validation.validate(extra), QualspecIssueCodes.IDENTIFIER_SHAPE));
	}
}
