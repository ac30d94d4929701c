package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
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
 * Sizes and sums on the figures the handbooks print: 500/8625/X (28 credits, TQT 280, mandatory F1 + F2 of 4
 * credits each; OCR Customer Service NVQ handbook, v4, Feb 2019, §2.8 and §6.1) and the contact centre
 * qualifications (OCR Contact Centre Operations handbook, §6.1).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class SizeChecksTest extends SpecificationTest {

	private static final String TITLE = "OCR Level 2 NVQ Certificate in Customer Service";

	/** 500/8625/X with its title, level and size figures given, using the units of another file of the project. */
	private Specification certificate(XtextResourceSet project, String title, String body) throws Exception {
		return certificate(project, title, body, "mandatory");
	}

	/** The qualification with its two units in group A of the given kind ("mandatory" or "optional"). */
	private Specification certificate(XtextResourceSet project, String title, String body, String kind) throws Exception {
		parseHelper.parse(UnitLibraries.CUSTOMER_SERVICE, uri("units.qspec"), project);
		return parseHelper.parse("use ocr.customerservice\n"
				+ "qualification 500/8625/X \"" + title + "\" {\n"
				+ body + "\n"
				+ "\tgroup A \"Units\" " + kind + " {\n"
				+ "\t\tunit F1 = F/601/1609\n"
				+ "\t\tunit F2 = L/601/1614\n"
				+ "\t}\n"
				+ "}\n", uri("q.qspec"), project);
	}

	private Specification certificate(String title, String body) throws Exception {
		return certificate(resourceSets.get(), title, body);
	}

	@Test
	void tqtIsTenTimesTheCredits() throws Exception {
		// 500/8625/X: "28 credits" and "TQT 280" (handbook §2.8), here with the digits of the TQT transposed
		Specification model = certificate(TITLE, "\tlevel 2\n\tcredits 28\n\ttqt 208");
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.TQT_CREDITS, "TQT 208", "should be 280", "28");
		Issue tqt = only(validation.validate(model), QualspecIssueCodes.TQT_CREDITS);
		assertEquals(5, tqt.getLineNumber());
		assertArrayEquals(new String[] { "280" }, tqt.getData());
		validation.assertNoIssue(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\ttqt 280"), Literals.QUALIFICATION,
				QualspecIssueCodes.TQT_CREDITS);
	}

	@Test
	void glhWithinTqt() throws Exception {
		Specification model = certificate(TITLE, "\tlevel 2\n\tcredits 28\n\tglh at least 292\n\ttqt 280");
		validation.assertError(model, Literals.GUIDED_LEARNING_HOURS, QualspecIssueCodes.GLH_EXCEEDS_TQT, "GLH 292", "TQT of 280");
		assertEquals(5, only(validation.validate(model), QualspecIssueCodes.GLH_EXCEEDS_TQT).getLineNumber());
		// without a TQT, the credits give it
		validation.assertError(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\tglh 292"), Literals.GUIDED_LEARNING_HOURS,
				QualspecIssueCodes.GLH_EXCEEDS_TQT, "GLH 292", "280 hours of 28 credits");
		validation.assertNoIssue(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\tglh at least 192\n\ttqt 280"),
				Literals.GUIDED_LEARNING_HOURS, QualspecIssueCodes.GLH_EXCEEDS_TQT);
	}

	@Test
	void aUnitsGlhAreAtMostTenTimesItsCredits() throws Exception {
		// D/503/0352: 2 credits, 9 GLH (OCR Contact Centre Operations handbook, §6.1); 90 GLH would be more than
		// its 20 hours
		String contactCentre = """
				unit library ocr.contactcentre "Units" {
					unit D/503/0352 "Comply with health and safety procedures in a contact centre" {
						level 1
						credits 2
						glh 90
					}
				}
				""";
		XtextResourceSet project = resourceSets.get();
		Specification library = parseHelper.parse(contactCentre, uri("cc.qspec"), project);
		certificate(project, TITLE, "\tlevel 2");
		validation.assertError(library, Literals.UNIT, QualspecIssueCodes.GLH_EXCEEDS_TQT, "D/503/0352", "90 GLH", "2 credits",
				"20 hours");
		assertEquals(5, only(validation.validate(library), QualspecIssueCodes.GLH_EXCEEDS_TQT).getLineNumber());
		validation.assertNoIssue(parseHelper.parse(contactCentre.replace("glh 90", "glh 9")), Literals.UNIT,
				QualspecIssueCodes.GLH_EXCEEDS_TQT);
	}

	@Test
	void declaredFiguresOfAMandatoryGroupAreItsSums() throws Exception {
		// "from mandatory Group A, candidates must achieve 8 credits" (handbook §6.1): F1 + F2 = 4 + 4
		Specification model = certificate(TITLE, "\trules {\n\t\trequire all units from A (3 units, 6 credits)\n\t}");
		validation.assertError(model, Literals.REQUIRE_ALL_CONSTRAINT, QualspecIssueCodes.DECLARED_TOTAL, "declares 3 units",
				"group A has 2");
		validation.assertError(model, Literals.REQUIRE_ALL_CONSTRAINT, QualspecIssueCodes.DECLARED_TOTAL, "declares 6 credits",
				"add up to 8 (4 + 4)");
		List<Issue> wrong = withCode(validation.validate(model), QualspecIssueCodes.DECLARED_TOTAL);
		assertEquals(2, wrong.size(), wrong.toString());
		Issue units = wrong.stream().filter(i -> i.getMessage().contains("units but")).findFirst().orElseThrow();
		assertArrayEquals(new String[] { "2" }, units.getData());
		Issue credits = wrong.stream().filter(i -> i.getMessage().contains("credits but")).findFirst().orElseThrow();
		assertArrayEquals(new String[] { "8" }, credits.getData());
		assertEquals(4, credits.getLineNumber());
		assertTrue(credits.getColumn() > units.getColumn(), "each figure at its own place");
		validation.assertNoIssue(certificate(TITLE, "\trules {\n\t\trequire all units from A (2 units, 8 credits)\n\t}"),
				Literals.REQUIRE_ALL_CONSTRAINT, QualspecIssueCodes.DECLARED_TOTAL);
	}

	@Test
	void declaredUnitCountOfTheWholeQualification() throws Exception {
		// "learners must achieve the 7 mandatory units" (OCR Cambridge Technical Diploma handbook, §4), here over
		// a two-unit table
		Specification model = certificate(TITLE, "\trules {\n\t\trequire all units (7 units)\n\t}");
		validation.assertError(model, Literals.REQUIRE_ALL_CONSTRAINT, QualspecIssueCodes.DECLARED_TOTAL, "declares 7 units",
				"the qualification has 2");
		assertArrayEquals(new String[] { "2" }, only(validation.validate(model), QualspecIssueCodes.DECLARED_TOTAL).getData());
		validation.assertNoIssue(certificate(TITLE, "\trules {\n\t\trequire all units (2 units)\n\t}"), Literals.REQUIRE_ALL_CONSTRAINT,
				QualspecIssueCodes.DECLARED_TOTAL);
	}

	@Test
	void theSizeWordFitsTheRqfBandOfTheTqt() throws Exception {
		Specification model = certificate("OCR Level 2 NVQ Award in Customer Service",
				"\tlevel 2\n\tsize award\n\tframework RQF\n\tcredits 28\n\ttqt 280");
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.SIZE_WORD, "title says Award", "TQT is 280",
				"a Certificate", "Certificate 121-369");
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.SIZE_WORD, "size is award", "TQT is 280",
				"a Certificate");
		List<Issue> award = withCode(validation.validate(model), QualspecIssueCodes.SIZE_WORD);
		assertEquals(2, award.size(), award.toString());
		assertEquals(List.of(2, 4), award.stream().map(Issue::getLineNumber).toList(), "at the title and at the size");
		assertArrayEquals(new String[] { "Certificate" }, award.get(0).getData());
		assertArrayEquals(new String[] { "certificate" }, award.get(1).getData());
		validation.assertNoIssue(certificate(TITLE, "\tlevel 2\n\tsize certificate\n\tframework RQF\n\tcredits 28\n\ttqt 280"),
				Literals.QUALIFICATION, QualspecIssueCodes.SIZE_WORD);
	}

	@Test
	void aQcfQualificationIsSizedByItsLeastCredits() throws Exception {
		// 600/2336/3 "OCR Level 1 NVQ Award in Contact Centre Operations": "at least 12 credits" (OCR Contact
		// Centre Operations handbook, §6.1)
		validation.assertWarning(certificate("OCR Level 1 NVQ Certificate in Contact Centre Operations",
				"\tlevel 1\n\tframework QCF\n\tcredits at least 12"), Literals.QUALIFICATION, QualspecIssueCodes.SIZE_WORD,
				"title says Certificate", "at least 12 credits", "an Award", "Award 1-12");
		validation.assertNoIssue(certificate("OCR Level 1 NVQ Award in Contact Centre Operations",
				"\tlevel 1\n\tframework QCF\n\tcredits at least 12"), Literals.QUALIFICATION, QualspecIssueCodes.SIZE_WORD);
	}

	@Test
	void theTitleLevelIsTheDeclaredLevel() throws Exception {
		Specification model = certificate(TITLE, "\tlevel 3");
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.TITLE_LEVEL, "title says Level 2", "at Level 3");
		Issue level = only(validation.validate(model), QualspecIssueCodes.TITLE_LEVEL);
		assertEquals(2, level.getLineNumber());
		assertArrayEquals(new String[] { "3" }, level.getData());
		validation.assertNoIssue(certificate(TITLE, "\tlevel 2"), Literals.QUALIFICATION, QualspecIssueCodes.TITLE_LEVEL);
	}

	@Test
	void optionalUnitsMoreThanOneLevelAwayUnlessARuleCapsThem() throws Exception {
		// F/601/1609 is at Level 1; in a Level 3 qualification that is two levels away
		String diploma = "OCR Level 3 NVQ Diploma in Customer Service";
		Specification model = certificate(resourceSets.get(), diploma, "\tlevel 3", "optional");
		validation.assertIssue(model, Literals.MEMBERSHIP, QualspecIssueCodes.UNIT_LEVEL, Severity.INFO,
				"Unit F1 (F/601/1609) is at Level 1", "Level 3");
		assertEquals(5, only(validation.validate(model), QualspecIssueCodes.UNIT_LEVEL).getLineNumber());
		validation.assertNoIssue(certificate(resourceSets.get(), TITLE, "\tlevel 2", "optional"), Literals.MEMBERSHIP,
				QualspecIssueCodes.UNIT_LEVEL);
		// a mandatory unit is the qualification's own choice for every learner: nothing to report
		validation.assertNoIssue(certificate(diploma, "\tlevel 3"), Literals.MEMBERSHIP, QualspecIssueCodes.UNIT_LEVEL);
		// "of which a maximum of 6 credits can be at Level 2" (OCR Contact Centre Operations handbook, §6.1), here
		// at Level 1
		validation.assertNoIssue(certificate(resourceSets.get(), diploma,
				"\tlevel 3\n\trules {\n\t\tcredits from A at level 1 at most 4\n\t}", "optional"), Literals.MEMBERSHIP,
				QualspecIssueCodes.UNIT_LEVEL);
		// a cap at another level does not cover it
		only(validation.validate(certificate(resourceSets.get(), diploma,
				"\tlevel 3\n\trules {\n\t\tonly 4 credits from A at level 2 count\n\t}", "optional")), QualspecIssueCodes.UNIT_LEVEL);
	}

	@Test
	void aUnitsTqtIsAtLeastItsGlh() throws Exception {
		String library = "unit library cipd \"Units\" {\n\tunit code \"5CO01\" \"Organisational performance and culture in practice\" {\n"
				+ "\t\tglh 50\n\t\ttqt %d\n\t}\n}\n";
		Specification below = parseHelper.parse(library.formatted(40), uri("units.qspec"), resourceSets.get());
		validation.assertError(below, Literals.UNIT, QualspecIssueCodes.GLH_EXCEEDS_TQT, "TQT 40 below its 50 GLH");
		assertEquals(4, only(validation.validate(below), QualspecIssueCodes.GLH_EXCEEDS_TQT).getLineNumber());
		validation.assertNoIssue(parseHelper.parse(library.formatted(150), uri("units.qspec"), resourceSets.get()), Literals.UNIT,
				QualspecIssueCodes.GLH_EXCEEDS_TQT);
	}

	@Test
	void aGlhRangeIsWrittenLeastFirst() throws Exception {
		Specification model = certificate(TITLE, "\tlevel 2\n\tglh 60 to 30");
		validation.assertError(model, Literals.GUIDED_LEARNING_HOURS, QualspecIssueCodes.GLH_RANGE, "60 to 30 is upside down",
				"\"glh 30 to 60\"");
		Issue range = only(validation.validate(model), QualspecIssueCodes.GLH_RANGE);
		assertEquals(4, range.getLineNumber());
		assertArrayEquals(new String[] { "30 to 60" }, range.getData());
		// the engine's comparison leaves an upside-down range to this check
		assertEquals(List.of(), withCode(validation.validate(model), QualspecIssueCodes.STATED_SIZE));
		validation.assertNoIssue(certificate(TITLE, "\tlevel 2\n\tglh 30 to 60"), Literals.GUIDED_LEARNING_HOURS,
				QualspecIssueCodes.GLH_RANGE);
	}
}
