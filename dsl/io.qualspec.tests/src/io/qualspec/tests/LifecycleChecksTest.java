package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * What a regulator expects a specification to state, on the profiles of the OCR handbooks (Customer Service NVQ,
 * v4, Feb 2019, §2.1 and §2.8; Contact Centre Operations, §1.1): size, version and issue date, lifecycle dates in
 * a possible order, the UK age bands.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class LifecycleChecksTest extends SpecificationTest {

	private final ValidationTestHelper exactly = new ValidationTestHelper(Mode.EXACT);

	/** 500/8626/1 with a complete profile and the lines given. */
	private Specification diploma(String lines) throws Exception {
		return parseHelper.parse("qualification 500/8626/1 \"OCR Level 3 NVQ Diploma in Customer Service\" {\n"
				+ "\tlevel 3\n\tframework RQF\n\tcredits 55\n\tglh at least 211\n\ttqt 550\n\tversion \"4\" issued 2019-02\n" + lines
				+ "}\n");
	}

	@Test
	void aCompleteProfileInOrderIsSilent() throws Exception {
		Specification model = diploma("\tapproved for ages 16-18, 19+\n\tfirst registration 2010-09-01\n\tfirst teaching 2010-09\n"
				+ "\tlast entry 2018-08-31\n\tlast certification 2019-08-31\n\tstatus closed-for-entry\n");
		for (String code : new String[] { QualspecIssueCodes.SIZE_MISSING, QualspecIssueCodes.VERSION_MISSING,
				QualspecIssueCodes.LIFECYCLE_ORDER, QualspecIssueCodes.OPEN_AFTER_CERTIFICATION, QualspecIssueCodes.AGE_BAND_SHIFTED }) {
			validation.assertNoIssue(model, Literals.QUALIFICATION, code);
		}
	}

	@Test
	void versionHistoryIsNewestFirstEachVersionOnce() throws Exception {
		// the Customer Service NVQ handbook's key updates: Version 04 February 2019 above Version 03 June 2018 (§1)
		Specification inOrder = diploma("\tversion \"3\" issued 2018-06 {\n\t\tchange \"Admin Guide references\" in all sections\n\t}\n");
		validation.assertNoIssue(inOrder, Literals.VERSION, QualspecIssueCodes.VERSION_HISTORY);
		Specification reversed = parseHelper.parse("qualification 500/8626/1 \"Q\" {\n\tversion \"3\" issued 2018-06\n"
				+ "\tversion \"4\" issued 2019-02\n}\n");
		exactly.assertError(reversed, Literals.VERSION, QualspecIssueCodes.VERSION_HISTORY, "Version \"4\" issued 2019-02 is "
				+ "written after version \"3\" issued 2018-06: write the versions newest first, the current version first.");
		assertEquals(3, only(validation.validate(reversed), QualspecIssueCodes.VERSION_HISTORY).getLineNumber());
		validation.assertError(diploma("\tversion \"4\"\n"), Literals.VERSION, QualspecIssueCodes.VERSION_HISTORY,
				"Version \"4\" is written twice");
	}

	@Test
	void lastEntryAfterLastCertification() throws Exception {
		Specification model = diploma("\tlast entry 2020-12-31\n\tlast certification 2019-08-31\n");
		exactly.assertError(model, Literals.QUALIFICATION, QualspecIssueCodes.LIFECYCLE_ORDER, "Last entry 2020-12-31 is after "
				+ "last certification 2019-08-31: a learner could register after certification has closed.");
		assertEquals(8, only(validation.validate(model), QualspecIssueCodes.LIFECYCLE_ORDER).getLineNumber(), "at the last entry");
	}

	@Test
	void teachingAfterCertificationAndEntryBeforeRegistration() throws Exception {
		validation.assertError(diploma("\tfirst teaching 2020-09\n\tlast certification 2019-08-31\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.LIFECYCLE_ORDER, "First teaching 2020-09 is after last certification 2019-08-31: no learner taught");
		Specification model = diploma("\tfirst registration 2017-09-01\n\tlast entry 2016-12-31\n");
		exactly.assertError(model, Literals.QUALIFICATION, QualspecIssueCodes.LIFECYCLE_ORDER,
				"Last entry 2016-12-31 is before first registration 2017-09-01: no learner could ever be registered.");
		assertEquals(9, only(validation.validate(model), QualspecIssueCodes.LIFECYCLE_ORDER).getLineNumber(), "at the last entry");
	}

	@Test
	void datesAreComparedAtThePrecisionBothHave() throws Exception {
		// "2019" is sometime in 2019: it may be after 2019-08-31, so nothing is certain
		validation.assertNoIssue(diploma("\tlast entry 2019\n\tlast certification 2019-08-31\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.LIFECYCLE_ORDER);
		validation.assertNoIssue(diploma("\tlast entry 2019-08\n\tlast certification 2019-08-31\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.LIFECYCLE_ORDER);
		validation.assertNoIssue(diploma("\tlast entry 2018-08-31\n\tlast certification 2018-08-31\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.LIFECYCLE_ORDER);
		validation.assertError(diploma("\tlast entry 2020\n\tlast certification 2019-08-31\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.LIFECYCLE_ORDER, "Last entry 2020 is after last certification 2019-08-31");
		validation.assertError(diploma("\tlast entry 2019-09\n\tlast certification 2019-08-31\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.LIFECYCLE_ORDER, "Last entry 2019-09 is after");
	}

	@Test
	void openButCertificationEndedBeforeTheDocument() throws Exception {
		Specification model = diploma("\tlast certification 2018-08-31\n\tstatus open\n");
		exactly.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.OPEN_AFTER_CERTIFICATION,
				"Qualification 500/8626/1 is documented as open but its certification ended (last certification 2018-08-31) "
						+ "before this version was issued (2019-02): write the status the document's date gives, status "
						+ "closed-for-certification, or correct the date.");
		validation.assertNoIssue(diploma("\tlast certification 2019-08-31\n\tstatus open\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.OPEN_AFTER_CERTIFICATION);
		validation.assertNoIssue(diploma("\tlast certification 2019\n\tstatus open\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.OPEN_AFTER_CERTIFICATION);
		validation.assertNoIssue(diploma("\tlast certification 2018-08-31\n\tstatus closed-for-certification\n"),
				Literals.QUALIFICATION, QualspecIssueCodes.OPEN_AFTER_CERTIFICATION);
	}

	@Test
	void eighteenPlusWithoutNineteenPlusLooksShifted() throws Exception {
		// OCR Contact Centre Operations, 600/2356/9 (Level 4): "18+" alone
		Specification model = diploma("\tapproved for ages 16-18, 18+\n");
		exactly.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.AGE_BAND_SHIFTED,
				"Age band 18+ overlaps 16-18: the UK bands are pre-16, 16-18 and 19+; write 19+.");
		Issue shifted = only(validation.validate(model), QualspecIssueCodes.AGE_BAND_SHIFTED);
		assertArrayEquals(new String[] { "19+" }, shifted.getData());
		// the Customer Service NVQ handbook prints all four columns, 18+ beside 19+
		validation.assertNoIssue(diploma("\tapproved for ages pre-16, 16-18, 18+, 19+\n"), Literals.QUALIFICATION,
				QualspecIssueCodes.AGE_BAND_SHIFTED);
	}

	@Test
	void sizeAndVersionAreStated() throws Exception {
		Specification bare = parseHelper.parse("qualification 500/8626/1 \"OCR Level 3 NVQ Diploma in Customer Service\" {\n"
				+ "\tlevel 3\n\tframework RQF\n}\n");
		validation.assertIssue(bare, Literals.QUALIFICATION, QualspecIssueCodes.SIZE_MISSING,
				org.eclipse.xtext.diagnostics.Severity.INFO, "Qualification 500/8626/1 states no GLH or TQT");
		validation.assertIssue(bare, Literals.QUALIFICATION, QualspecIssueCodes.VERSION_MISSING,
				org.eclipse.xtext.diagnostics.Severity.INFO, "states no version of its specification");
		Specification undated = parseHelper.parse("qualification 500/8626/1 \"OCR Level 3 NVQ Diploma\" {\n\tframework QCF\n"
				+ "\tglh 211\n\tcredits 55\n\tversion \"4\"\n}\n");
		// at the version, which is an element of its own in the version history
		exactly.assertIssue(undated, Literals.VERSION, QualspecIssueCodes.VERSION_MISSING,
				org.eclipse.xtext.diagnostics.Severity.INFO,
				"Version \"4\" has no issue date: write the date the document prints, e.g. version \"4\" issued 2019-02.");
		// a QCF qualification is sized by its credits: no TQT needed
		validation.assertNoIssue(undated, Literals.QUALIFICATION, QualspecIssueCodes.SIZE_MISSING);
		exactly.assertIssue(parseHelper.parse("qualification 500/8626/1 \"OCR Level 3 NVQ Diploma\" {\n\tframework QCF\n"
				+ "\tglh 211\n\tversion \"4\" issued 2019-02\n}\n"), Literals.QUALIFICATION, QualspecIssueCodes.SIZE_MISSING,
				org.eclipse.xtext.diagnostics.Severity.INFO, "Qualification 500/8626/1 states no credits: a specification gives "
						+ "the qualification's size as the regulator publishes it, e.g. glh 120, credits 18.");
		// without a framework, what the regulator publishes of it is not known
		Specification sketch = parseHelper.parse("qualification code \"DIPIT\" \"BTEC International Level 3 Diploma\" {\n\tlevel 3\n}\n");
		validation.assertNoIssue(sketch, Literals.QUALIFICATION, QualspecIssueCodes.SIZE_MISSING);
		validation.assertNoIssue(sketch, Literals.QUALIFICATION, QualspecIssueCodes.VERSION_MISSING);
		validation.assertIssue(parseHelper.parse("qualification 603/2730/3 \"OCR Level 2 Cambridge Technical Diploma\" {\n"
				+ "\tframework RQF\n\tglh 360\n}\n"), Literals.QUALIFICATION, QualspecIssueCodes.SIZE_MISSING,
				org.eclipse.xtext.diagnostics.Severity.INFO, "states no TQT");
	}
}
