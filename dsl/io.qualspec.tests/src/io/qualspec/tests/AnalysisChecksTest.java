package io.qualspec.tests;

import static io.qualspec.tests.SpecFolder.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.validation.QualspecIssueCodes;

/**
 * What the rules engine finds, reported where the author wrote it: rules no learner can meet, rules that
 * never bind, stated sizes the valid selections do not have, worked examples the engine disagrees with.
 * The qualification has the two units of {@link TestFiles#CUSTOMER_SERVICE_LIBRARY} (4 credits, 30 GLH each).
 */
class AnalysisChecksTest {

	@TempDir
	Path dir;

	private List<Issue> issues(String body) {
		return new SpecFolder(dir).file("units.qspec", TestFiles.CUSTOMER_SERVICE_LIBRARY).file("q.qspec", """
				use ocr.customerservice
				qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
					group A "Mandatory units" mandatory {
						unit F1 = F/601/1609
					}
					group B "Optional units" optional {
						unit A1 = L/601/1614
					}
				""" + body + "\n}\n").issues();
	}

	@Test
	void rulesThatCannotHoldTogetherAreNamedWithTheirLines() {
		List<Issue> issues = issues("""
					rules {
						require all units from A (1 units, 4 credits)
						credits at least 8
						credits from B at most 0
					}
				""");
		List<Issue> unsatisfiable = withCode(issues, QualspecIssueCodes.RULES_UNSATISFIABLE);
		assertEquals(1, unsatisfiable.size(), issues.toString());
		assertEquals(Severity.ERROR, unsatisfiable.get(0).getSeverity());
		assertEquals("No selection of units meets every rule. These rules cannot hold together (without any one of them "
				+ "the rest can): line 11 'credits at least 8'; line 12 'credits from B at most 0'.",
				unsatisfiable.get(0).getMessage());
	}

	@Test
	void aRuleTheUnitsCannotReachIsNeverMet() {
		List<Issue> issues = issues("""
					rules {
						credits at least 12
					}
				""");
		List<Issue> neverMet = withCode(issues, QualspecIssueCodes.RULE_NEVER_MET);
		assertEquals(1, neverMet.size(), issues.toString());
		assertEquals(10, neverMet.get(0).getLineNumber());
		assertEquals(List.of(), withCode(issues, QualspecIssueCodes.RULES_UNSATISFIABLE), "the rule itself is the problem");
	}

	@Test
	void aTotalImpliedByItsPartsNeverBinds() {
		List<Issue> redundant = withCode(issues("""
					rules {
						require all units from A
						credits from B at least 4
						credits at least 8
					}
				"""), QualspecIssueCodes.RULE_NEVER_BINDS);
		assertEquals(1, redundant.size());
		assertEquals(12, redundant.get(0).getLineNumber(), "the total, implied by 4 mandatory + 4 optional credits");
		assertEquals(List.of(), withCode(issues("""
					rules {
						require all units from A
						credits from B at least 4
					}
				"""), QualspecIssueCodes.RULE_NEVER_BINDS), "each rule asks for a unit the other does not");
	}

	@Test
	void aStatedMinimumTheSelectionsDoNotHaveShowsBothFigures() {
		String rules = """
					rules {
						require all units from A
					}
				""";
		List<Issue> stated = withCode(issues("glh at least 40\n" + rules), QualspecIssueCodes.STATED_SIZE);
		assertEquals(1, stated.size());
		assertEquals("The specification states at least 40 GLH, but the least over all valid selections of units is 30 "
				+ "(valid selections have from 30 to 60), for example units F1.", stated.get(0).getMessage());
		assertEquals(List.of("30"), List.of(stated.get(0).getData()));
		assertEquals(Severity.WARNING, stated.get(0).getSeverity());
		assertEquals(List.of(), withCode(issues("glh at least 30\ncredits at least 4\ntqt 40\n" + rules),
				QualspecIssueCodes.STATED_SIZE));
		List<Issue> tqt = withCode(issues("credits 4\ntqt 80\n" + rules), QualspecIssueCodes.STATED_SIZE);
		assertEquals(1, tqt.size(), "TQT is 10 hours per credit of the smallest selection: " + tqt);
		assertEquals(List.of("40"), List.of(tqt.get(0).getData()));
	}

	@Test
	void aWorkedExampleTheEngineDisagreesWithShowsTheComputedOutcome() {
		String rules = """
					rules {
						require all units from A
					}
				""";
		List<Issue> wrong = withCode(issues(rules + """
					example "Learner A" {
						unit F1 achieved
						expect not eligible
					}
				"""), QualspecIssueCodes.WORKED_EXAMPLE);
		assertEquals(1, wrong.size());
		assertTrue(wrong.get(0).getMessage().startsWith("The engine does not compute what \"Learner A\" expects (eligible: "
				+ "printed no, computed yes)"), wrong.get(0).getMessage());
		assertEquals(List.of("expect eligible"), List.of(wrong.get(0).getData()));
		assertEquals(List.of(), withCode(issues(rules + """
					example "Learner A" {
						unit F1 achieved
						expect eligible
					}
				"""), QualspecIssueCodes.WORKED_EXAMPLE));
	}
}
