package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.text.AnalysisReport;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.testing.Examples;
import io.qualspec.testing.Fixtures;

/**
 * The analysis as plain text, for the command line and the workbench: the figures of the handbook's
 * "Computed by Qualspec" box in its words, and the worked examples recomputed.
 */
class AnalysisReportTest {

	@Test
	void theCertificate03455HasTheStatedMinimumOf192Glh() {
		ResolvedQualification certificate = Examples.qualification("500/8625/X");
		AnalysisReport report = AnalysisReport.of(certificate.ruleSet(), new Analyser(certificate.ruleSet()).analyse());
		assertEquals("500/8625/X OCR Level 2 NVQ Certificate in Customer Service", report.qualification());
		List<String> lines = report.lines();
		assertEquals("Feasible: yes", lines.get(0));
		// the least GLH over all valid selections is the stated "minimum of 192 glh" (OCR Customer Service NVQ handbook, v4, §2.8)
		assertTrue(lines.contains("Guided learning hours (GLH): 192 to 1,930 (stated: at least 192; the least equals the stated minimum)"),
				lines::toString);
		assertTrue(lines.contains("Valid selections: 139,550,330,338,090"), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("A selection with the least GLH: units F1, F2, ")), lines::toString);
		assertTrue(lines.contains("Worked example “Minimum GLH route (192 GLH)”: agrees with the handbook"), lines::toString);
		assertTrue(report.text().startsWith("500/8625/X OCR Level 2 NVQ Certificate in Customer Service\n  Feasible: yes\n"),
				report.text());
	}

	@Test
	void aQualificationThatListsNoUnitsIsNotAnalysed() {
		// the BTEC International Diploma's structure was not transcribed (docs/handbooks.md): no figures, not "0 GLH"
		ResolvedQualification diploma = Examples.qualification("Pearson BTEC International Level 3 Diploma in Information Technology");
		AnalysisReport report = AnalysisReport.of(diploma.ruleSet(), new Analyser(diploma.ruleSet()).analyse());
		assertEquals("Pearson BTEC International Level 3 Diploma in Information Technology", report.qualification(),
				"named once, by its title");
		assertEquals(List.of("Units: none listed: the specification does not write this qualification's structure"),
				report.lines());
	}

	@Test
	void rulesThatCannotHoldTogetherAreListed() {
		ResolvedQualification impossible = ExportFixtures.loadText("""
				use small.units
				unit library small.units {
					unit A/506/2130 "Deliver customer service" { level 2 credits 5 glh 27 }
				}
				qualification 500/8625/X "Impossible" {
					group A "Mandatory" mandatory {
						unit 1 = A/506/2130
					}
					rules {
						credits at least 50
					}
				}
				""").qualifications().get(0);
		AnalysisReport report = AnalysisReport.of(impossible.ruleSet(), new Analyser(impossible.ruleSet()).analyse());
		assertEquals("Feasible: no, these rules cannot all hold", report.lines().get(0));
		assertTrue(report.facts().stream().anyMatch(f -> f.label().equals("In conflict") && f.value().contains("50 credits")),
				report.lines()::toString);
		assertTrue(report.facts().stream().noneMatch(f -> f.label().equals("Valid selections")), report.lines()::toString);
		assertEquals(1, impossible.ruleSet().units().size(), "the unit resolves: the conflict is the rule's, not a missing unit's");
	}

	/** Units that print no GLH do not count as 0 GLH: no "computed 100" against the stated 600. */
	@Test
	void unitsWithoutGlhLeaveTheGlhUnknown() {
		ResolvedQualification partly = CatalogueLoader.create().load(List.of(Fixtures.unitsWithoutGlh())).catalogue()
				.qualifications().get(0);
		AnalysisReport report = AnalysisReport.of(partly.ruleSet(), new Analyser(partly.ruleSet()).analyse());
		List<String> lines = report.lines();
		assertTrue(lines.contains("Guided learning hours (GLH): 1 of 3 units state no GLH: the GLH cannot be computed (stated: 600)"),
				lines::toString);
		assertTrue(lines.contains("Credits: 16"), lines::toString);
		assertTrue(lines.stream().noneMatch(line -> line.contains("100")), lines::toString);
	}
}
