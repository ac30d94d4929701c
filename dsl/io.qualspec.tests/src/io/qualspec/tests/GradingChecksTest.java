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
 * Grading checks on the Cambridge Technical 603/2730/3 (003_32b06f7845fbdf87.txt): its points table (914-917),
 * bands (967-972) and hurdles (902), with one figure or word changed at a time; and barred pairs (002:813).
 */
class GradingChecksTest {

	@TempDir
	Path dir;

	/** Three of the qualification's units (003:381-388): unit 1 achieved or not, units 2 and 4 graded. */
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

	private List<Issue> issues(String grading) throws IOException {
		Files.writeString(dir.resolve("units.qspec"), UNITS);
		Files.writeString(dir.resolve("q.qspec"), qualification(grading));
		return Validation.issues(dir);
	}

	@Test
	void theSeedsGradingIsClean() throws IOException {
		List<Issue> issues = issues(POINTS + BANDS + HURDLES);
		assertEquals(List.of(), issues.stream().filter(i -> i.getCode() != null && i.getCode().contains(".grading.")).toList());
	}

	@Test
	void aGapBetweenBands() throws IOException {
		// P "90-96" printed as 90-95: a total of 96 would have no grade
		Issue gap = only(issues(POINTS + BANDS.replace("from 90 to 96", "from 90 to 95")), QualspecIssueCodes.BAND_GAP);
		assertMentions(gap, "totals 96", "P ends at 95", "M starts at 97, not 96");
		assertEquals(List.of("96"), List.of(gap.getData()));
		assertEquals(14, gap.getLineNumber());
		assertEquals(Severity.ERROR, gap.getSeverity());
	}

	@Test
	void bandsStartAtZeroAndTheHighestIsOpenEnded() throws IOException {
		List<Issue> gaps = withCode(issues(POINTS + BANDS.replace("band unclassified \"U\" below 90\n", "")
				.replace("from 107", "from 107 to 120")), QualspecIssueCodes.BAND_GAP);
		assertEquals(2, gaps.size(), gaps.toString());
		Issue below = gaps.stream().filter(i -> i.getData()[0].equals("0")).findFirst().orElseThrow();
		assertMentions(below, "totals 0-89", "the lowest band, P, starts at 90");
		assertEquals(15, below.getLineNumber());
		Issue above = gaps.stream().filter(i -> i.getData()[0].equals("121")).findFirst().orElseThrow();
		assertMentions(above, "121 and above", "D*, ends at 120");
		assertEquals(12, above.getLineNumber());
	}

	@Test
	void overlappingBands() throws IOException {
		Issue overlap = only(issues(POINTS + BANDS.replace("from 97 to 102", "from 97 to 103")), QualspecIssueCodes.BAND_OVERLAP);
		assertMentions(overlap, "D (103-106) overlaps band M (97-103)", "103 is in both", "should start at 104");
		assertEquals(13, overlap.getLineNumber());
		assertEquals(List.of(), withCode(issues(POINTS + BANDS), QualspecIssueCodes.BAND_OVERLAP));
	}

	@Test
	void bandsInGradeOrder() throws IOException {
		// written pass before merit
		Issue written = only(issues(POINTS + BANDS.replace("band merit \"M\" from 97 to 102\n\t\tband pass \"P\" from 90 to 96",
				"band pass \"P\" from 90 to 96\n\t\tband merit \"M\" from 97 to 102")), QualspecIssueCodes.BAND_ORDER);
		assertMentions(written, "Band M is written after the lower band P");
		assertEquals(15, written.getLineNumber());
		assertEquals(Severity.WARNING, written.getSeverity());
		// merit and pass figures swapped: the lower grade needs more points
		Issue figures = only(issues(POINTS + BANDS.replace("from 97 to 102", "from 90 to 96").replace("band pass \"P\" from 90 to 96",
				"band pass \"P\" from 97 to 102")), QualspecIssueCodes.BAND_ORDER);
		assertMentions(figures, "Band P starts at 97", "higher band M which starts at 90");
		assertEquals(15, figures.getLineNumber());
	}

	@Test
	void everyGradedUnitsGlhHasAPointsRow() throws IOException {
		// without the 30 GLH row unit 2 scores nothing
		Issue missing = only(issues(POINTS.lines().skip(1).map(l -> l + "\n").reduce("", String::concat) + BANDS),
				QualspecIssueCodes.POINTS_ROW_MISSING);
		assertMentions(missing, "Unit 2 (Y/615/5442)", "30 GLH", "rows for 60 GLH only");
		assertEquals(List.of("30"), List.of(missing.getData()));
		assertEquals(6, missing.getLineNumber());
		// without the 60 GLH row unit 4 misses it; unit 1 (60 GLH) has its points override
		Issue override = only(issues(POINTS.lines().limit(1).map(l -> l + "\n").reduce("", String::concat) + BANDS),
				QualspecIssueCodes.POINTS_ROW_MISSING);
		assertMentions(override, "Unit 4 (R/615/5620)", "60 GLH", "rows for 30 GLH only");
		assertEquals(7, override.getLineNumber());
	}

	@Test
	void pointsRiseWithTheGrade() throws IOException {
		List<Issue> order = withCode(issues(POINTS.replace("distinction 18, unclassified 0", "distinction 16, unclassified 2") + BANDS),
				QualspecIssueCodes.POINTS_ORDER);
		assertEquals(2, order.size(), order.toString());
		assertTrue(order.stream().anyMatch(i -> i.getMessage().contains("Unclassified scores 2 points for 60 GLH")
				&& i.getMessage().contains("scores 0")), order.toString());
		Issue distinction = order.stream().filter(i -> i.getMessage().startsWith("Distinction")).findFirst().orElseThrow();
		assertMentions(distinction, "Distinction scores 16 points for 60 GLH", "Merit (16)", "more than 16");
		assertEquals(11, distinction.getLineNumber());
	}

	@Test
	void hurdlesUseTheUnitsOwnScale() throws IOException {
		Issue achieved = only(issues(POINTS + BANDS + "\t\thurdle unit 2 achieved\n"), QualspecIssueCodes.HURDLE_SCALE);
		assertMentions(achieved, "Unit 2 (Y/615/5442) is graded pass, merit or distinction", "at least pass");
		assertEquals(List.of("at least pass"), List.of(achieved.getData()));
		assertEquals(17, achieved.getLineNumber());
		Issue merit = only(issues(POINTS + BANDS + "\t\thurdle unit 1 at least merit\n"), QualspecIssueCodes.HURDLE_SCALE);
		assertMentions(merit, "Unit 1 (R/615/5441) is achieved or not achieved", "never has a Merit");
		assertEquals(List.of("achieved"), List.of(merit.getData()));
		Issue every = only(issues(POINTS + BANDS + "\t\thurdle every unit at least merit\n"), QualspecIssueCodes.HURDLE_SCALE);
		assertMentions(every, "Unit 1 (R/615/5441)", "never has a Merit");
		// "every other unit" leaves out unit 1, which its own hurdle covers
		assertEquals(List.of(), withCode(issues(POINTS + BANDS + "\t\thurdle unit 1 achieved\n\t\thurdle every other unit at least merit\n"),
				QualspecIssueCodes.HURDLE_SCALE));
	}

	@Test
	void aBarredPairNamesTwoUnits() throws IOException {
		// "Barred unit combinations (ie a candidate may take either, but not both): - 10 & 18" (002:813-815),
		// here the same unit by local number and by URN
		Files.writeString(dir.resolve("units.qspec"), UNITS);
		Files.writeString(dir.resolve("q.qspec"), qualification(POINTS + BANDS).replace("\tgrading {",
				"\trules {\n\t\tbarred 2 and Y/615/5442\n\t\tbarred 2 and 4\n\t}\n\tgrading {"));
		Issue barred = only(Validation.issues(dir), QualspecIssueCodes.BARRED_PAIR);
		assertMentions(barred, "names unit 2 twice", "two different units");
		assertEquals(10, barred.getLineNumber());
		assertEquals(Severity.ERROR, barred.getSeverity());
	}

	@Test
	void checksNeverThrowOnATruncatedQualification() throws IOException {
		String text = qualification(POINTS + BANDS + HURDLES).replace("\tgrading {",
				"\trules {\n\t\trequire all units (3 units)\n\t\tbarred 2 and 4\n\t\tcredits from all units at level 1 at most 4\n\t}\n"
						+ "\tcredits 28\n\tglh 360\n\ttqt 485\n\tsize diploma\n\tframework RQF\n\tgrading {");
		Files.writeString(dir.resolve("units.qspec"), UNITS.replace("glh 60", "level 1\n\t\tcredits 6\n\t\tglh 60"));
		for (int end = 0; end <= text.length(); end += 3) {
			Files.writeString(dir.resolve("q.qspec"), text.substring(0, end));
			List<Issue> issues = Validation.issues(dir);
			int cut = end;
			issues.forEach(i -> assertTrue(i.getMessage() == null || !i.getMessage().contains("Error executing EValidator"),
					"cut at " + cut + ": " + i));
		}
	}
}
