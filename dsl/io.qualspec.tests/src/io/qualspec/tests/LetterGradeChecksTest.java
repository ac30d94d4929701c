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
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Checks of the grading of suites graded in several letters. The bands are the Diploma's table of Pearson BTEC
 * International Level 3 Qualifications in Information Technology, Issue 3, September 2022, section 9: PP 72, MP 88,
 * MM 104, DM 124, DD 144, D*D 162, D*D* 180 points. The units, their codes and the points rows are stand-ins of
 * the usual BTEC shape (a points row per unit size); they are not the handbook's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class LetterGradeChecksTest extends SpecificationTest {

	static final String UNITS = """
			unit library btec.it "Units" {
				unit code "IT1" "Information Technology Systems" {
					glh 120
					grade scale pass-merit-distinction
				}
				unit code "IT2" "Creating Systems to Manage Information" {
					glh 60
					grade scale pass-merit-distinction
				}
				unit code "IT3" "Using Social Media in Business" {
					glh 60
					grade scale pass-merit-distinction
				}
				unit code "IT4" "Work Experience" {
					glh 60
					grade scale pass-or-fail
				}
			}
			""";

	static final String POINTS = """
					points for 60 glh: pass 6, merit 10, distinction 16, unclassified 0
					points for 120 glh: pass 12, merit 20, distinction 32, unclassified 0
			""";

	/** The Diploma's bands as section 9 prints them, from the highest grade down. */
	static final String DIPLOMA_BANDS = """
					band "D*D*" from 180
					band "D*D" from 162 to 179
					band "DD" from 144 to 161
					band "DM" from 124 to 143
					band "MM" from 104 to 123
					band "MP" from 88 to 103
					band "PP" from 72 to 87
					band "U" below 72
			""";

	private static final String SUITE = "Pearson BTEC International Level 3 in Information Technology";

	/** A qualification of the suite with the given grading block and further lines. */
	static String qualification(String code, String title, String grading, String more) {
		return "use btec.it\n"
				+ "qualification code \"" + code + "\" \"" + title + "\" {\n"
				+ "\tlevel 3\n"
				+ "\tsuite \"" + SUITE + "\"\n"
				+ "\tgroup A \"Mandatory units\" mandatory {\n"
				+ "\t\tunit 1 = \"IT1\"\n"
				+ "\t\tunit 4 = \"IT4\"\n"
				+ "\t}\n"
				+ "\tgroup B \"Optional units\" optional {\n"
				+ "\t\tunit 2 = \"IT2\"\n"
				+ "\t\tunit 3 = \"IT3\"\n"
				+ "\t}\n"
				+ "\trules {\n"
				+ "\t\tunits from B at least 1\n"
				+ "\t}\n"
				+ (grading == null ? "" : "\tgrading {\n" + grading + "\t}\n")
				+ more
				+ "}\n";
	}

	private Specification parse(String... qualifications) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UNITS, uri("units.qspec"), project);
		Specification first = null;
		for (int i = 0; i < qualifications.length; i++) {
			Specification parsed = parseHelper.parse(qualifications[i], uri("q" + i + ".qspec"), project);
			first = first == null ? parsed : first;
		}
		return first;
	}

	private Specification diploma(String grading) throws Exception {
		return parse(qualification("DIPIT", "Pearson BTEC International Level 3 Diploma in Information Technology", grading, ""));
	}

	private static List<Issue> gradingIssues(List<Issue> issues) {
		return issues.stream().filter(i -> i.getCode() != null && i.getCode().contains(".grading.")).toList();
	}

	@Test
	void theDiplomasTableIsOrderedAndCoversEveryTotal() throws Exception {
		// no check misfires on own codes, letter grades, a pass-or-fail unit, compensation or descriptors
		assertEquals(List.of(), validation.validate(diploma(POINTS + DIPLOMA_BANDS + "\t\thurdle every unit at least pass\n"
				+ "\t\tcompensation unclassified in optional units up to 60 glh\n")));
	}

	@Test
	void aHigherGradeOnFewerPointsIsOutOfOrder() throws Exception {
		// DM and DD's thresholds swapped: DD from 124, DM from 144
		Specification swapped = diploma(POINTS + DIPLOMA_BANDS.replace("band \"DD\" from 144 to 161", "band \"DD\" from 124 to 143")
				.replace("band \"DM\" from 124 to 143", "band \"DM\" from 144 to 161"));
		validation.assertWarning(swapped, Literals.GRADE_BAND, QualspecIssueCodes.BAND_ORDER, "Band DM starts at 144",
				"higher band DD which starts at 124");
		only(validation.validate(swapped), QualspecIssueCodes.BAND_ORDER);
		// MM written before DM
		Specification written = diploma(POINTS + DIPLOMA_BANDS.replace(
				"band \"DM\" from 124 to 143\n\t\tband \"MM\" from 104 to 123", "band \"MM\" from 104 to 123\n\t\tband \"DM\" from 124 to 143"));
		validation.assertWarning(written, Literals.GRADE_BAND, QualspecIssueCodes.BAND_ORDER,
				"Band DM is written after the lower band MM");
	}

	@Test
	void bandLettersThatAreNoGrade() throws Exception {
		Specification model = diploma(POINTS + DIPLOMA_BANDS.replace("\"DD\"", "\"DX\""));
		validation.assertError(model, Literals.GRADE_BAND, QualspecIssueCodes.GRADE_LETTERS, "\"DX\" is no grade",
				"P, M, D, D* and U");
		// a band the engine cannot read is not also reported out of order
		validation.assertNoIssue(model, Literals.GRADE_BAND, QualspecIssueCodes.BAND_ORDER);
		Specification reversed = diploma(POINTS + DIPLOMA_BANDS.replace("\"DM\"", "\"MD\""));
		Issue issue = only(validation.validate(reversed), QualspecIssueCodes.GRADE_LETTERS);
		assertArrayEquals(new String[] { "DM" }, issue.getData());
		assertEquals(22, issue.getLineNumber());
	}

	@Test
	void everyBandOfAGradingHasTheSameNumberOfLetters() throws Exception {
		// an Extended Diploma's grade among the Diploma's
		Specification model = diploma(POINTS + DIPLOMA_BANDS.replace("band \"MP\"", "band \"MPP\""));
		validation.assertError(model, Literals.GRADE_BAND, QualspecIssueCodes.BAND_LETTER_COUNT, "\"MPP\" has 3 letters",
				"have 2");
		assertEquals(24, only(validation.validate(model), QualspecIssueCodes.BAND_LETTER_COUNT).getLineNumber());
	}

	@Test
	void aWorkedExamplesGradeIsAGrade() throws Exception {
		String example = "\texample \"A learner\" {\n\t\tunit 1 pass\n\t\tunit 4 pass\n\t\tunit 2 pass\n"
				+ "\t\texpect eligible, points 18, grade \"%s\"\n\t}\n";
		Specification wrong = parse(qualification("DIPIT", "Pearson BTEC International Level 3 Diploma in Information Technology",
				POINTS + DIPLOMA_BANDS, example.formatted("XY")));
		validation.assertError(wrong, Literals.EXPECTATION, QualspecIssueCodes.GRADE_LETTERS, "\"XY\" is no grade");
		Specification right = parse(qualification("DIPIT", "Pearson BTEC International Level 3 Diploma in Information Technology",
				POINTS + DIPLOMA_BANDS, example.formatted("U")));
		validation.assertNoIssue(right, Literals.EXPECTATION, QualspecIssueCodes.GRADE_LETTERS);
	}

	@Test
	void everySizeOfASuiteHasItsBands() throws Exception {
		String diploma = qualification("DIPIT", "Pearson BTEC International Level 3 Diploma in Information Technology",
				POINTS + DIPLOMA_BANDS, "");
		String tableOnly = qualification("ECIT", "Pearson BTEC International Level 3 Extended Certificate in Information Technology",
				POINTS, "");
		Specification extended = parse(tableOnly, diploma);
		validation.assertWarning(extended, Literals.QUALIFICATION, QualspecIssueCodes.SUITE_BANDS_MISSING, "DIPIT",
				"are graded by points bands, but this one has no bands");
		String ungraded = qualification("ECIT", "Pearson BTEC International Level 3 Extended Certificate in Information Technology",
				null, "");
		validation.assertWarning(parse(ungraded, diploma), Literals.QUALIFICATION, QualspecIssueCodes.SUITE_BANDS_MISSING,
				"this one has no grading");
		// with bands of its own, or alone in its suite, nothing is missing
		validation.assertNoIssue(parse(qualification("ECIT", "Pearson BTEC International Level 3 Extended Certificate in "
				+ "Information Technology", POINTS + DIPLOMA_BANDS, ""), diploma), Literals.QUALIFICATION,
				QualspecIssueCodes.SUITE_BANDS_MISSING);
		validation.assertNoIssue(parse(tableOnly), Literals.QUALIFICATION, QualspecIssueCodes.SUITE_BANDS_MISSING);
	}

	@Test
	void aPassOrFailUnitsHurdleAsksForAPass() throws Exception {
		Specification merit = diploma(POINTS + DIPLOMA_BANDS + "\t\thurdle unit 4 at least merit\n");
		validation.assertError(merit, Literals.HURDLE, QualspecIssueCodes.HURDLE_SCALE, "Unit 4 (IT4) is graded pass or fail",
				"never has a Merit", "ask for \"at least pass\"");
		assertArrayEquals(new String[] { "at least pass" }, only(validation.validate(merit), QualspecIssueCodes.HURDLE_SCALE).getData());
		validation.assertNoIssue(diploma(POINTS + DIPLOMA_BANDS + "\t\thurdle unit 4 at least pass\n"), Literals.HURDLE,
				QualspecIssueCodes.HURDLE_SCALE);
	}

	@Test
	void compensationWithinWhatTheUnitsHave() throws Exception {
		String hurdle = "\t\thurdle every unit at least pass\n";
		Specification within = diploma(POINTS + DIPLOMA_BANDS + hurdle
				+ "\t\tcompensation unclassified in optional units up to 60 glh\n");
		assertEquals(List.of(), gradingIssues(validation.validate(within)));
		// the optional units have 120 GLH between them
		Specification above = diploma(POINTS + DIPLOMA_BANDS + hurdle + "\t\tcompensation unclassified in optional units up to 150 glh\n");
		validation.assertWarning(above, Literals.COMPENSATION, QualspecIssueCodes.COMPENSATION_LIMIT, "150 GLH is above the 120 GLH",
				"optional units");
		assertArrayEquals(new String[] { "120" }, only(validation.validate(above), QualspecIssueCodes.COMPENSATION_LIMIT).getData());
		// above the qualification's stated GLH
		Specification stated = parse(qualification("DIPIT", "Pearson BTEC International Level 3 Diploma in Information Technology",
				POINTS + DIPLOMA_BANDS + hurdle + "\t\tcompensation unclassified in any units up to 300 glh\n", "\tglh 240\n"));
		validation.assertWarning(stated, Literals.COMPENSATION, QualspecIssueCodes.COMPENSATION_LIMIT,
				"above the qualification's 240 GLH");
		// without a hurdle there is nothing to relax
		Specification noHurdle = diploma(POINTS + DIPLOMA_BANDS + "\t\tcompensation unclassified in optional units up to 60 glh\n");
		validation.assertWarning(noHurdle, Literals.COMPENSATION, QualspecIssueCodes.COMPENSATION_WITHOUT_HURDLE, "relaxes nothing");
	}

	@Test
	void compensationByGlhNeedsTheUnitsGlh() throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UNITS.replace("\t\tglh 60\n\t\tgrade scale pass-merit-distinction\n\t}\n\tunit code \"IT4\"",
				"\t\tgrade scale pass-merit-distinction\n\t}\n\tunit code \"IT4\""), uri("units.qspec"), project);
		Specification model = parseHelper.parse(qualification("DIPIT", "Pearson BTEC International Level 3 Diploma in Information "
				+ "Technology", "\t\tpoints per credit: pass 7, merit 8, distinction 9\n" + DIPLOMA_BANDS
				+ "\t\thurdle every unit at least pass\n\t\tcompensation unclassified in optional units up to 60 glh\n", ""),
				uri("q.qspec"), project);
		validation.assertWarning(model, Literals.COMPENSATION, QualspecIssueCodes.COMPENSATION_MEASURE, "Unit 3 (IT3) states no GLH",
				"counts as 0");
		only(validation.validate(model), QualspecIssueCodes.COMPENSATION_MEASURE);
	}

	@Test
	void onePointsPerCreditRowAndUnitsWithCredits() throws Exception {
		String perCredit = "\t\tpoints per credit: pass 7, merit 8, distinction 9\n";
		// the units state GLH but no credits, and there is no row for their GLH
		Specification noCredits = diploma(perCredit + DIPLOMA_BANDS);
		List<Issue> issues = withCode(validation.validate(noCredits), QualspecIssueCodes.UNIT_WITHOUT_CREDITS);
		assertEquals(List.of("Unit 1 (IT1)", "Unit 2 (IT2)", "Unit 3 (IT3)"),
				issues.stream().map(i -> i.getMessage().substring(0, i.getMessage().indexOf(')') + 1)).sorted().toList());
		// a unit with a row for its GLH scores by it
		validation.assertNoIssue(diploma(perCredit + POINTS + DIPLOMA_BANDS), Literals.MEMBERSHIP,
				QualspecIssueCodes.UNIT_WITHOUT_CREDITS);
		Specification twice = diploma(POINTS + perCredit + perCredit + DIPLOMA_BANDS);
		validation.assertError(twice, Literals.POINTS_ROW, QualspecIssueCodes.POINTS_PER_CREDIT_TWICE, "already given (line 19)");
		assertEquals(20, only(validation.validate(twice), QualspecIssueCodes.POINTS_PER_CREDIT_TWICE).getLineNumber());
	}

	@Test
	void gradeDescriptorsAreDefinedOnce() throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UNITS.replace("\t\tglh 120\n", "\t\tglh 120\n\t\tgrade descriptors 1, 2, 7\n"), uri("units.qspec"), project);
		String descriptors = "\t\tdescriptor 1 \"Knowledge and understanding of the subject\"\n"
				+ "\t\tdescriptor 2 \"Application of knowledge\"\n";
		Specification missing = parseHelper.parse(qualification("QAA1", "Access to HE Diploma (Computing)",
				POINTS + DIPLOMA_BANDS + descriptors, ""), uri("q.qspec"), project);
		validation.assertWarning(missing, Literals.MEMBERSHIP, QualspecIssueCodes.DESCRIPTOR_UNDEFINED,
				"graded against descriptor 7", "defines only 1, 2");
		Specification all = parseHelper.parse(qualification("QAA2", "Access to HE Diploma (Computing)", POINTS + DIPLOMA_BANDS
				+ descriptors + "\t\tdescriptor 7 \"Communication\"\n", ""), uri("q2.qspec"), project);
		validation.assertNoIssue(all, Literals.MEMBERSHIP, QualspecIssueCodes.DESCRIPTOR_UNDEFINED);
		Specification twice = parseHelper.parse(qualification("QAA3", "Access to HE Diploma (Computing)", POINTS + DIPLOMA_BANDS
				+ descriptors + "\t\tdescriptor 2 \"Communication\"\n", ""), uri("q3.qspec"), project);
		validation.assertError(twice, Literals.GRADE_DESCRIPTOR, QualspecIssueCodes.DUPLICATE_DESCRIPTOR,
				"Descriptor 2 is already defined");
	}
}
