package io.qualspec.tests;

import static io.qualspec.tests.Validation.assertMentions;
import static io.qualspec.tests.Validation.only;
import static io.qualspec.tests.Validation.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.validation.QualspecIssueCodes;

/**
 * Sizes and sums on the figures of the seeds: 500/8625/X (28 credits, TQT 280, mandatory F1 + F2 of 4 credits
 * each, 000_63d894f1f3ffcf4f.txt:251,832,839-840) and the contact centre qualifications (002).
 */
class SizeChecksTest {

	@TempDir
	Path dir;

	/** 500/8625/X with its title, level and size figures replaced by the given lines. */
	private List<Issue> certificate(String title, String body) throws IOException {
		Files.writeString(dir.resolve("units.qspec"), TestFiles.CUSTOMER_SERVICE_LIBRARY);
		Files.writeString(dir.resolve("q.qspec"), "use ocr.customerservice\n"
				+ "qualification 500/8625/X \"" + title + "\" {\n"
				+ body + "\n"
				+ "\tgroup A \"Mandatory Units\" mandatory {\n"
				+ "\t\tunit F1 = F/601/1609\n"
				+ "\t\tunit F2 = L/601/1614\n"
				+ "\t}\n"
				+ "}\n");
		return Validation.issues(dir);
	}

	private static final String TITLE = "OCR Level 2 NVQ Certificate in Customer Service";

	@Test
	void tqtIsTenTimesTheCredits() throws IOException {
		// 500/8625/X: "28 credits" and "TQT 280" (000:251), here with the digits of the TQT transposed
		Issue tqt = only(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\ttqt 208"), QualspecIssueCodes.TQT_CREDITS);
		assertMentions(tqt, "TQT 208", "should be 280", "28");
		assertEquals(5, tqt.getLineNumber());
		assertEquals(List.of("280"), List.of(tqt.getData()));
		assertEquals(Severity.WARNING, tqt.getSeverity());
		assertEquals(List.of(), withCode(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\ttqt 280"), QualspecIssueCodes.TQT_CREDITS));
	}

	@Test
	void glhWithinTqt() throws IOException {
		Issue glh = only(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\tglh at least 292\n\ttqt 280"),
				QualspecIssueCodes.GLH_EXCEEDS_TQT);
		assertMentions(glh, "GLH 292", "TQT of 280");
		assertEquals(5, glh.getLineNumber());
		assertEquals(Severity.ERROR, glh.getSeverity());
		// without a TQT, the credits give it
		assertMentions(only(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\tglh 292"), QualspecIssueCodes.GLH_EXCEEDS_TQT),
				"GLH 292", "280 hours of 28 credits");
		assertEquals(List.of(), withCode(certificate(TITLE, "\tlevel 2\n\tcredits 28\n\tglh at least 192\n\ttqt 280"),
				QualspecIssueCodes.GLH_EXCEEDS_TQT));
	}

	@Test
	void aUnitsGlhAreAtMostTenTimesItsCredits() throws IOException {
		// D/503/0352: 2 credits, 9 GLH (002:725); 90 GLH would be more than its 20 hours
		Files.writeString(dir.resolve("cc.qspec"), """
				unit library ocr.contactcentre "Units" {
					unit D/503/0352 "Comply with health and safety procedures in a contact centre" {
						level 1
						credits 2
						glh 90
					}
				}
				""");
		Issue unit = only(certificate(TITLE, "\tlevel 2"), QualspecIssueCodes.GLH_EXCEEDS_TQT);
		assertMentions(unit, "D/503/0352", "90 GLH", "2 credits", "20 hours");
		assertEquals(5, unit.getLineNumber());
		Files.writeString(dir.resolve("cc.qspec"), TestFiles.read(dir.resolve("cc.qspec")).replace("glh 90", "glh 9"));
		assertEquals(List.of(), withCode(certificate(TITLE, "\tlevel 2"), QualspecIssueCodes.GLH_EXCEEDS_TQT));
	}

	@Test
	void declaredFiguresOfAMandatoryGroupAreItsSums() throws IOException {
		// "from mandatory Group A, candidates must achieve 8 credits" (000:832): F1 + F2 = 4 + 4
		List<Issue> wrong = withCode(certificate(TITLE, "\trules {\n\t\trequire all units from A (3 units, 6 credits)\n\t}"),
				QualspecIssueCodes.DECLARED_TOTAL);
		assertEquals(2, wrong.size(), wrong.toString());
		Issue units = wrong.stream().filter(i -> i.getMessage().contains("units but")).findFirst().orElseThrow();
		assertMentions(units, "declares 3 units", "group A has 2");
		assertEquals(List.of("2"), List.of(units.getData()));
		Issue credits = wrong.stream().filter(i -> i.getMessage().contains("credits but")).findFirst().orElseThrow();
		assertMentions(credits, "declares 6 credits", "add up to 8 (4 + 4)");
		assertEquals(List.of("8"), List.of(credits.getData()));
		assertEquals(4, credits.getLineNumber());
		assertTrue(credits.getColumn() > units.getColumn(), "each figure at its own place");
		assertEquals(List.of(), withCode(certificate(TITLE, "\trules {\n\t\trequire all units from A (2 units, 8 credits)\n\t}"),
				QualspecIssueCodes.DECLARED_TOTAL));
	}

	@Test
	void declaredUnitCountOfTheWholeQualification() throws IOException {
		// "learners must achieve the 7 mandatory units" (003:369), here over a two-unit table
		Issue count = only(certificate(TITLE, "\trules {\n\t\trequire all units (7 units)\n\t}"), QualspecIssueCodes.DECLARED_TOTAL);
		assertMentions(count, "declares 7 units", "the qualification has 2");
		assertEquals(List.of("2"), List.of(count.getData()));
		assertEquals(List.of(), withCode(certificate(TITLE, "\trules {\n\t\trequire all units (2 units)\n\t}"),
				QualspecIssueCodes.DECLARED_TOTAL));
	}

	@Test
	void theSizeWordFitsTheRqfBandOfTheTqt() throws IOException {
		List<Issue> award = withCode(certificate("OCR Level 2 NVQ Award in Customer Service",
				"\tlevel 2\n\tsize award\n\tframework RQF\n\tcredits 28\n\ttqt 280"), QualspecIssueCodes.SIZE_WORD);
		assertEquals(2, award.size(), award.toString());
		assertMentions(award.get(0), "title says Award", "TQT is 280", "a Certificate", "Certificate 121-369");
		assertEquals(2, award.get(0).getLineNumber());
		assertEquals(List.of("Certificate"), List.of(award.get(0).getData()));
		assertMentions(award.get(1), "size is award", "TQT is 280", "a Certificate");
		assertEquals(4, award.get(1).getLineNumber());
		assertEquals(List.of("certificate"), List.of(award.get(1).getData()));
		assertEquals(Severity.WARNING, award.get(0).getSeverity());
		assertEquals(List.of(), withCode(certificate(TITLE, "\tlevel 2\n\tsize certificate\n\tframework RQF\n\tcredits 28\n\ttqt 280"),
				QualspecIssueCodes.SIZE_WORD));
	}

	@Test
	void aQcfQualificationIsSizedByItsLeastCredits() throws IOException {
		// 600/2336/3 "OCR Level 1 NVQ Award in Contact Centre Operations": "at least 12 credits" (002:712)
		Issue certificate = only(certificate("OCR Level 1 NVQ Certificate in Contact Centre Operations",
				"\tlevel 1\n\tframework QCF\n\tcredits at least 12"), QualspecIssueCodes.SIZE_WORD);
		assertMentions(certificate, "title says Certificate", "at least 12 credits", "an Award", "Award 1-12");
		assertEquals(List.of(), withCode(certificate("OCR Level 1 NVQ Award in Contact Centre Operations",
				"\tlevel 1\n\tframework QCF\n\tcredits at least 12"), QualspecIssueCodes.SIZE_WORD));
	}

	@Test
	void theTitleLevelIsTheDeclaredLevel() throws IOException {
		Issue level = only(certificate(TITLE, "\tlevel 3"), QualspecIssueCodes.TITLE_LEVEL);
		assertMentions(level, "title says Level 2", "at Level 3");
		assertEquals(2, level.getLineNumber());
		assertEquals(List.of("3"), List.of(level.getData()));
		assertEquals(List.of(), withCode(certificate(TITLE, "\tlevel 2"), QualspecIssueCodes.TITLE_LEVEL));
	}

	@Test
	void unitsMoreThanOneLevelAwayUnlessARuleCapsThem() throws IOException {
		// F/601/1609 is at Level 1; in a Level 3 qualification that is two levels away
		Issue far = only(certificate("OCR Level 3 NVQ Diploma in Customer Service", "\tlevel 3"), QualspecIssueCodes.UNIT_LEVEL);
		assertMentions(far, "Unit F1 (F/601/1609) is at Level 1", "Level 3");
		assertEquals(5, far.getLineNumber());
		assertEquals(Severity.INFO, far.getSeverity());
		assertEquals(List.of(), withCode(certificate(TITLE, "\tlevel 2"), QualspecIssueCodes.UNIT_LEVEL));
		// "of which a maximum of 6 credits can be at Level 2" (002:761), here at Level 1
		assertEquals(List.of(), withCode(certificate("OCR Level 3 NVQ Diploma in Customer Service",
				"\tlevel 3\n\trules {\n\t\tcredits from A at level 1 at most 4\n\t}"), QualspecIssueCodes.UNIT_LEVEL));
		// a cap at another level does not cover it
		assertEquals(1, withCode(certificate("OCR Level 3 NVQ Diploma in Customer Service",
				"\tlevel 3\n\trules {\n\t\tonly 4 credits from A at level 2 count\n\t}"), QualspecIssueCodes.UNIT_LEVEL).size());
	}
}
