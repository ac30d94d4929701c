package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * Grading checks on the OCR Level 2 Cambridge Technical Diploma in Customer Service, 603/2730/3 (OCR
 * Cambridge Technicals Level 2 Qualification Handbook, Version 1): its points table, bands and hurdles as the
 * handbook prints them, with one figure or word changed at a time; and barred pairs as the OCR Contact
 * Centre Operations handbook (§6.1) prints them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class GradingChecksTest extends SpecificationTest {

	/** Three of the qualification's units (handbook §4): unit 1 achieved or not, units 2 and 4 graded. */
	private static final String UNITS = """
			unit library ocr.cambridgetechnical "Units" {
				unit R/615/5441 "Principles of working in service sector organisations" {
					glh 60
					grade scale achieved-or-not
				}
				unit Y/615/5442 "Understand customer expectations and issues" {
					glh 30
					grade scale pass-merit-distinction
				}
				unit R/615/5620 "Delivering effective customer service" {
					glh 60
					grade scale pass-merit-distinction
				}
			}
			""";

	private static final String POINTS = """
					points for 30 glh: pass 7, merit 8, distinction 9, unclassified 0
					points for 60 glh: pass 14, merit 16, distinction 18, unclassified 0
			""";

	private static final String BANDS = """
					band distinction* "D*" from 107
					band distinction "D" from 103 to 106
					band merit "M" from 97 to 102
					band pass "P" from 90 to 96
					band unclassified "U" below 90
			""";

	private static final String HURDLES = """
					hurdle unit 1 achieved
					hurdle every other unit at least pass
			""";

	/** The qualification text with the given grading block (line 10 is the block's first line). */
	private static String qualification(String grading) {
		return "use ocr.cambridgetechnical\n"
				+ "qualification 603/2730/3 \"OCR Level 2 Cambridge Technical Diploma in Customer Service\" {\n"
				+ "\tlevel 2\n"
				+ "\tunits {\n"
				+ "\t\tunit 1 = R/615/5441 points 20 when achieved\n"
				+ "\t\tunit 2 = Y/615/5442\n"
				+ "\t\tunit 4 = R/615/5620\n"
				+ "\t}\n"
				+ "\tgrading {\n"
				+ grading
				+ "\t}\n"
				+ "}\n";
	}

	/** The qualification text parsed with the unit library in another file. */
	private Specification parse(String unitLibrary, String qualification) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(unitLibrary, uri("units.qspec"), project);
		return parseHelper.parse(qualification, uri("q.qspec"), project);
	}

	private Specification grading(String grading) throws Exception {
		return parse(UNITS, qualification(grading));
	}

	@Test
	void theSeedsGradingIsClean() throws Exception {
		List<Issue> issues = validation.validate(grading(POINTS + BANDS + HURDLES));
		assertEquals(List.of(), issues.stream().filter(i -> i.getCode() != null && i.getCode().contains(".grading.")).toList());
	}

	@Test
	void aGapBetweenBands() throws Exception {
		// P "90-96" printed as 90-95: a total of 96 would have no grade
		Specification model = grading(POINTS + BANDS.replace("from 90 to 96", "from 90 to 95"));
		validation.assertError(model, Literals.GRADE_BAND, QualspecIssueCodes.BAND_GAP, "totals 96", "P ends at 95",
				"M starts at 97, not 96");
		Issue gap = only(validation.validate(model), QualspecIssueCodes.BAND_GAP);
		assertArrayEquals(new String[] { "96" }, gap.getData());
		assertEquals(14, gap.getLineNumber());
	}

	@Test
	void bandsStartAtZeroAndTheHighestIsOpenEnded() throws Exception {
		Specification model = grading(POINTS + BANDS.replace("band unclassified \"U\" below 90\n", "")
				.replace("from 107", "from 107 to 120"));
		validation.assertError(model, Literals.GRADE_BAND, QualspecIssueCodes.BAND_GAP, "totals 0-89",
				"the lowest band, P, starts at 90");
		validation.assertError(model, Literals.GRADE_BAND, QualspecIssueCodes.BAND_GAP, "121 and above", "D*, ends at 120");
		List<Issue> gaps = withCode(validation.validate(model), QualspecIssueCodes.BAND_GAP);
		assertEquals(2, gaps.size(), gaps.toString());
		assertEquals(15, gaps.stream().filter(i -> i.getData()[0].equals("0")).findFirst().orElseThrow().getLineNumber());
		assertEquals(12, gaps.stream().filter(i -> i.getData()[0].equals("121")).findFirst().orElseThrow().getLineNumber());
	}

	@Test
	void overlappingBands() throws Exception {
		Specification model = grading(POINTS + BANDS.replace("from 97 to 102", "from 97 to 103"));
		validation.assertError(model, Literals.GRADE_BAND, QualspecIssueCodes.BAND_OVERLAP, "D (103-106) overlaps band M (97-103)",
				"103 is in both", "should start at 104");
		assertEquals(13, only(validation.validate(model), QualspecIssueCodes.BAND_OVERLAP).getLineNumber());
		validation.assertNoIssue(grading(POINTS + BANDS), Literals.GRADE_BAND, QualspecIssueCodes.BAND_OVERLAP);
	}

	@Test
	void bandsInGradeOrder() throws Exception {
		// written pass before merit
		Specification written = grading(POINTS + BANDS.replace("band merit \"M\" from 97 to 102\n\t\tband pass \"P\" from 90 to 96",
				"band pass \"P\" from 90 to 96\n\t\tband merit \"M\" from 97 to 102"));
		validation.assertWarning(written, Literals.GRADE_BAND, QualspecIssueCodes.BAND_ORDER,
				"Band M is written after the lower band P");
		assertEquals(15, only(validation.validate(written), QualspecIssueCodes.BAND_ORDER).getLineNumber());
		// merit and pass figures swapped: the lower grade needs more points
		Specification figures = grading(POINTS + BANDS.replace("from 97 to 102", "from 90 to 96").replace("band pass \"P\" from 90 to 96",
				"band pass \"P\" from 97 to 102"));
		validation.assertWarning(figures, Literals.GRADE_BAND, QualspecIssueCodes.BAND_ORDER, "Band P starts at 97",
				"higher band M which starts at 90");
		assertEquals(15, only(validation.validate(figures), QualspecIssueCodes.BAND_ORDER).getLineNumber());
	}

	@Test
	void everyGradedUnitsGlhHasAPointsRow() throws Exception {
		// without the 30 GLH row unit 2 scores nothing
		Specification without30 = grading(POINTS.lines().skip(1).map(l -> l + "\n").reduce("", String::concat) + BANDS);
		validation.assertError(without30, Literals.MEMBERSHIP, QualspecIssueCodes.POINTS_ROW_MISSING, "Unit 2 (Y/615/5442)",
				"30 GLH", "rows for 60 GLH only");
		Issue missing = only(validation.validate(without30), QualspecIssueCodes.POINTS_ROW_MISSING);
		assertArrayEquals(new String[] { "30" }, missing.getData());
		assertEquals(6, missing.getLineNumber());
		// without the 60 GLH row unit 4 misses it; unit 1 (60 GLH) has its points override
		Specification without60 = grading(POINTS.lines().limit(1).map(l -> l + "\n").reduce("", String::concat) + BANDS);
		validation.assertError(without60, Literals.MEMBERSHIP, QualspecIssueCodes.POINTS_ROW_MISSING, "Unit 4 (R/615/5620)",
				"60 GLH", "rows for 30 GLH only");
		assertEquals(7, only(validation.validate(without60), QualspecIssueCodes.POINTS_ROW_MISSING).getLineNumber());
	}

	@Test
	void pointsRiseWithTheGrade() throws Exception {
		Specification model = grading(POINTS.replace("distinction 18, unclassified 0", "distinction 16, unclassified 2") + BANDS);
		validation.assertWarning(model, Literals.POINTS_ENTRY, QualspecIssueCodes.POINTS_ORDER,
				"Unclassified scores 2 points for 60 GLH", "scores 0");
		validation.assertWarning(model, Literals.POINTS_ENTRY, QualspecIssueCodes.POINTS_ORDER,
				"Distinction scores 16 points for 60 GLH", "Merit (16)", "more than 16");
		List<Issue> order = withCode(validation.validate(model), QualspecIssueCodes.POINTS_ORDER);
		assertEquals(2, order.size(), order.toString());
		assertEquals(11, order.stream().filter(i -> i.getMessage().startsWith("Distinction")).findFirst().orElseThrow()
				.getLineNumber());
	}

	@Test
	void hurdlesUseTheUnitsOwnScale() throws Exception {
		Specification achieved = grading(POINTS + BANDS + "\t\thurdle unit 2 achieved\n");
		validation.assertError(achieved, Literals.HURDLE, QualspecIssueCodes.HURDLE_SCALE,
				"Unit 2 (Y/615/5442) is graded pass, merit or distinction", "at least pass");
		Issue achievedIssue = only(validation.validate(achieved), QualspecIssueCodes.HURDLE_SCALE);
		assertArrayEquals(new String[] { "at least pass" }, achievedIssue.getData());
		assertEquals(17, achievedIssue.getLineNumber());
		Specification merit = grading(POINTS + BANDS + "\t\thurdle unit 1 at least merit\n");
		validation.assertError(merit, Literals.HURDLE, QualspecIssueCodes.HURDLE_SCALE, "Unit 1 (R/615/5441) is achieved or not achieved",
				"never has a Merit");
		assertArrayEquals(new String[] { "achieved" }, only(validation.validate(merit), QualspecIssueCodes.HURDLE_SCALE).getData());
		Specification every = grading(POINTS + BANDS + "\t\thurdle every unit at least merit\n");
		validation.assertError(every, Literals.HURDLE, QualspecIssueCodes.HURDLE_SCALE, "Unit 1 (R/615/5441)", "never has a Merit");
		only(validation.validate(every), QualspecIssueCodes.HURDLE_SCALE);
		// "every other unit" leaves out unit 1, which its own hurdle covers
		validation.assertNoIssue(grading(POINTS + BANDS + "\t\thurdle unit 1 achieved\n\t\thurdle every other unit at least merit\n"),
				Literals.HURDLE, QualspecIssueCodes.HURDLE_SCALE);
	}

	@Test
	void aBarredPairNamesTwoUnits() throws Exception {
		// "Barred unit combinations (ie a candidate may take either, but not both): - 10 & 18" (OCR Contact Centre
		// Operations handbook, §6.1), here the same unit by local number and by URN
		Specification model = parse(UNITS, qualification(POINTS + BANDS).replace("\tgrading {",
				"\trules {\n\t\tbarred 2 and Y/615/5442\n\t\tbarred 2 and 4\n\t}\n\tgrading {"));
		validation.assertError(model, Literals.BARRED_COMBINATION, QualspecIssueCodes.BARRED_PAIR, "names unit 2 twice",
				"two different units");
		assertEquals(10, only(validation.validate(model), QualspecIssueCodes.BARRED_PAIR).getLineNumber());
	}

	@Test
	void checksNeverThrowOnATruncatedQualification() throws Exception {
		String text = qualification(POINTS + BANDS + HURDLES).replace("\tgrading {",
				"\trules {\n\t\trequire all units (3 units)\n\t\tbarred 2 and 4\n\t\tcredits from all units at level 1 at most 4\n\t}\n"
						+ "\tcredits 28\n\tglh 360\n\ttqt 485\n\tsize diploma\n\tframework RQF\n\tgrading {");
		String units = UNITS.replace("glh 60", "level 1\n\t\tcredits 6\n\t\tglh 60");
		for (int end = 0; end <= text.length(); end += 3) {
			Specification truncated = parse(units, text.substring(0, end));
			if (truncated == null) {
				continue; // nothing parsed, nothing to check
			}
			for (Issue issue : validation.validate(truncated)) {
				assertFalse(issue.getMessage() != null && issue.getMessage().contains("Error executing EValidator"),
						"cut at " + end + ": " + issue);
			}
		}
	}
}
