package io.qualspec.tests;

import static io.qualspec.tests.SpecFolder.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.SpecDiagnostic;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * A project's qualspec.properties changes the severity of a code for every specification below it, and a
 * "// suppress" comment drops one code on one element and what it contains.
 */
class SeveritySettingsTest {

	@TempDir
	Path dir;

	/** 8 credits from A are already at least 8: the total never binds (a warning by default). */
	private static final String QUALIFICATION = """
			use ocr.customerservice
			%s
			qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
				entry code "3455"
				group A "Mandatory units" mandatory {
					unit F1 = F/601/1609
					unit F2 = L/601/1614
				}
				rules {
					require all units from A
					%s
					credits at least 8
				}
			}
			""";

	private SpecFolder project(String beforeQualification, String beforeTotal) {
		return new SpecFolder(dir).file("units.qspec", TestFiles.CUSTOMER_SERVICE_LIBRARY)
				.file("specs/q.qspec", QUALIFICATION.formatted(beforeQualification, beforeTotal));
	}

	private static Severity severityOf(List<Issue> issues, String code) {
		List<Issue> found = withCode(issues, code);
		return found.isEmpty() ? null : found.get(0).getSeverity();
	}

	@Test
	void theDefaultsApplyWithoutASettingsFile() {
		List<Issue> issues = project("", "").issues();
		assertEquals(Severity.WARNING, severityOf(issues, QualspecIssueCodes.RULE_NEVER_BINDS));
		assertEquals(Severity.WARNING, severityOf(issues, QualspecIssueCodes.ENTRY_CODE_SHAPE));
	}

	@Test
	void aSettingsFileInAFolderAboveChangesSeveritiesAndIgnoresCodes() {
		List<Issue> issues = project("", "").file("qualspec.properties", """
				# reviewers want restated totals removed
				io.qualspec.rules.neverBinds = error
				io.qualspec.identifier.entryCode=ignore
				""").issues();
		assertEquals(Severity.ERROR, severityOf(issues, QualspecIssueCodes.RULE_NEVER_BINDS));
		assertEquals(null, severityOf(issues, QualspecIssueCodes.ENTRY_CODE_SHAPE));
	}

	@Test
	void linesThatAreNotUnderstoodAreReportedWithTheirLineAndLeftOut() {
		// output.folder is the workbench's key, understood and left to it

		SpecFolder project = project("", "").file("qualspec.properties", """
				io.qualspec.rules.neverBind = error
				io.qualspec.rules.neverBinds = warn
				io.qualspec.identifier.entryCode = info
				output.folder = docs/handbooks
				""");
		List<SpecDiagnostic> settings = project.load().diagnostics().stream()
				.filter(d -> CatalogueLoader.INVALID_SETTING.equals(d.code())).toList();
		assertEquals(List.of(1, 2), settings.stream().map(SpecDiagnostic::line).toList());
		assertEquals("'io.qualspec.rules.neverBind' is not a Qualspec issue code (see docs/issue-codes.md).",
				settings.get(0).message());
		assertEquals("The severity of io.qualspec.rules.neverBinds must be error, warning, info or ignore, not 'warn'.",
				settings.get(1).message());
		List<Issue> issues = project.issues();
		assertEquals(Severity.WARNING, severityOf(issues, QualspecIssueCodes.RULE_NEVER_BINDS), "the default stays");
		assertEquals(Severity.INFO, severityOf(issues, QualspecIssueCodes.ENTRY_CODE_SHAPE), "the valid line applies");
	}

	@Test
	void aSuppressCommentDropsItsCodeOnTheElement() {
		List<Issue> issues = project("", "// suppress rules.neverBinds: the handbook restates the total").issues();
		assertEquals(null, severityOf(issues, QualspecIssueCodes.RULE_NEVER_BINDS));
		assertEquals(Severity.WARNING, severityOf(issues, QualspecIssueCodes.ENTRY_CODE_SHAPE), "other codes stay");
	}

	@Test
	void aSuppressCommentOnTheQualificationCoversWhatItContains() {
		List<Issue> issues = project("// suppress io.qualspec.identifier.entryCode, io.qualspec.rules.neverBinds", "")
				.issues();
		assertEquals(null, severityOf(issues, QualspecIssueCodes.RULE_NEVER_BINDS));
		assertEquals(null, severityOf(issues, QualspecIssueCodes.ENTRY_CODE_SHAPE));
	}

	@Test
	void aCommentNamingAnotherCodeOrNotSayingSuppressChangesNothing() {
		List<Issue> issues = project("// suppress io.qualspec.size.statedSize", "// rules.neverBinds is expected here")
				.issues();
		assertEquals(Severity.WARNING, severityOf(issues, QualspecIssueCodes.RULE_NEVER_BINDS));
		assertEquals(Severity.WARNING, severityOf(issues, QualspecIssueCodes.ENTRY_CODE_SHAPE));
	}
}
