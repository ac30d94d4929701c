package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * A project's qualspec.properties changes the severity of a code for every specification below it, and a
 * "// suppress" comment drops one code on one element and what it contains. The settings file is looked up
 * on the file system from each specification's location, so those tests write it to a folder and parse the
 * specifications at file URIs below it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class SeveritySettingsTest extends SpecificationTest {

	@TempDir
	Path projectFolder;

	/**
	 * 8 credits from A are already more than 6: the total never binds (a warning by default); the entry code
	 * has four digits (a warning by default).
	 */
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
					credits at least 6
				}
			}
			""";

	/** The qualification, with the comments given before it and before its total, in specs/ of a project at the root. */
	private Specification qualification(URI root, String beforeQualification, String beforeTotal) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UnitLibraries.CUSTOMER_SERVICE, root.appendSegment("units.qspec"), project);
		return parseHelper.parse(QUALIFICATION.formatted(beforeQualification, beforeTotal),
				root.appendSegments(new String[] { "specs", "q.qspec" }), project);
	}

	/** The qualification in a project that has no settings file. */
	private Specification qualification(String beforeQualification, String beforeTotal) throws Exception {
		return qualification(uri("project"), beforeQualification, beforeTotal);
	}

	/** The qualification in the project folder, whose qualspec.properties has the given lines. */
	private Specification qualificationWithSettings(String settings) throws Exception {
		Files.writeString(projectFolder.resolve("qualspec.properties"), settings);
		return qualification(URI.createFileURI(projectFolder.toString()), "", "");
	}

	@Test
	void theDefaultsApplyWithoutASettingsFile() throws Exception {
		Specification model = qualification("", "");
		validation.assertWarning(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.ENTRY_CODE_SHAPE);
	}

	@Test
	void aSettingsFileInAFolderAboveChangesSeveritiesAndIgnoresCodes() throws Exception {
		Specification model = qualificationWithSettings("""
				# reviewers want restated totals removed
				io.qualspec.rules.neverBinds = error
				io.qualspec.identifier.entryCode=ignore
				""");
		validation.assertError(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		validation.assertNoIssue(model, Literals.QUALIFICATION, QualspecIssueCodes.ENTRY_CODE_SHAPE);
	}

	@Test
	void linesThatAreNotUnderstoodAreLeftOut() throws Exception {
		// output.folder is the workbench's key, understood and left to it; CatalogueLoaderTest checks the report
		Specification model = qualificationWithSettings("""
				io.qualspec.rules.neverBind = error
				io.qualspec.rules.neverBinds = warn
				io.qualspec.identifier.entryCode = info
				output.folder = docs/handbooks
				""");
		// the default stays
		validation.assertWarning(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		// the valid line applies
		validation.assertIssue(model, Literals.QUALIFICATION, QualspecIssueCodes.ENTRY_CODE_SHAPE, Severity.INFO);
	}

	@Test
	void aSuppressCommentDropsItsCodeOnTheElement() throws Exception {
		Specification model = qualification("", "// suppress rules.neverBinds: the handbook restates the total");
		validation.assertNoIssue(model, Literals.CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.ENTRY_CODE_SHAPE, "five digits");
	}

	@Test
	void aSuppressCommentOnTheQualificationCoversWhatItContains() throws Exception {
		Specification model = qualification("// suppress io.qualspec.identifier.entryCode, io.qualspec.rules.neverBinds", "");
		validation.assertNoIssue(model, Literals.CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		validation.assertNoIssue(model, Literals.QUALIFICATION, QualspecIssueCodes.ENTRY_CODE_SHAPE);
	}

	@Test
	void aCommentNamingAnotherCodeOrNotSayingSuppressChangesNothing() throws Exception {
		Specification model = qualification("// suppress io.qualspec.size.statedSize", "// rules.neverBinds is expected here");
		validation.assertWarning(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		validation.assertWarning(model, Literals.QUALIFICATION, QualspecIssueCodes.ENTRY_CODE_SHAPE);
	}
}
