package io.qualspec.tests;

import static io.qualspec.tests.Issues.lines;
import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.validation.QualspecIssueCodes;

/** Cross-file references through the index, and diagnostics located by line and column. */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class LinkingAndDiagnosticsTest extends SpecificationTest {

	/** A qualification parsed after the unit library, both in one project. */
	private Specification withLibrary(String library, String qualification) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(library, uri("units/units.qspec"), project);
		return parseHelper.parse(qualification, uri("quals/q.qspec"), project);
	}

	private static List<Membership> memberships(Specification specification) {
		return ((Qualification) specification.getElements().get(0)).getGroups().get(0).getMemberships();
	}

	@Test
	void unitsInALibraryFileAreUsedFromAQualificationFile() throws Exception {
		Specification model = withLibrary(UnitLibraries.CUSTOMER_SERVICE, """
				use ocr.customerservice

				qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
					group A "Mandatory units" mandatory {
						unit F1 = CommunicateLanguage
						unit F2 = ocr.customerservice.L/601/1614
					}
				}
				""");
		validation.assertNoIssues(model);
		assertEquals(List.of("F/601/1609", "L/601/1614"), memberships(model).stream().map(m -> m.getUnit().getName()).toList());
		assertEquals(uri("units/units.qspec"), memberships(model).get(0).getUnit().eResource().getURI());
	}

	@Test
	void aKeywordInALibraryNameIsEscapedWithACaret() throws Exception {
		Specification model = withLibrary(UnitLibraries.CUSTOMER_SERVICE.replace("ocr.customerservice", "ocr.^diploma"), """
				use ocr.^diploma
				qualification 601/3432/X "Q" {
					group A "Mandatory" mandatory {
						unit 1 = F/601/1609
						unit 2 = ocr.^diploma.L/601/1614
					}
				}
				""");
		validation.assertNoIssues(model);
		assertEquals("ocr.diploma", ((UnitLibrary) memberships(model).get(0).getUnit().eContainer()).getName());
	}

	@Test
	void anUnknownUnitIsALinkingErrorAtItsLineAndColumn() throws Exception {
		Specification model = withLibrary(UnitLibraries.CUSTOMER_SERVICE, """
				use ocr.customerservice
				qualification 500/8625/X "Q" {
					group A "Mandatory" mandatory {
						unit F1 = F/601/9999
					}
				}
				""");
		validation.assertError(model, Literals.MEMBERSHIP, Diagnostic.LINKING_DIAGNOSTIC, "F/601/9999");
		List<Issue> issues = validation.validate(model);
		assertEquals(1, issues.size(), issues.toString());
		Issue error = only(issues, Diagnostic.LINKING_DIAGNOSTIC);
		assertEquals(4, error.getLineNumber());
		assertEquals(13, error.getColumn());
		assertTrue(memberships(model).get(0).getUnit().eIsProxy(), "the unit stays unresolved");
	}

	@Test
	void withoutTheImportTheUnitIsNotVisible() throws Exception {
		Specification model = withLibrary(UnitLibraries.CUSTOMER_SERVICE, """
				qualification 500/8625/X "Q" {
					group A "Mandatory" mandatory { unit F1 = F/601/1609 }
				}
				""");
		validation.assertError(model, Literals.MEMBERSHIP, Diagnostic.LINKING_DIAGNOSTIC, "F/601/1609");
		assertEquals(1, validation.validate(model).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).count());
	}

	@Test
	void aSyntaxErrorIsReportedWithLineAndColumn() throws Exception {
		Specification model = parseHelper.parse("""
				unit library x "X" {
					unit F/601/1609 "Title" {
						credits four
					}
				}
				""");
		Issue error = withCode(validation.validate(model), Diagnostic.SYNTAX_DIAGNOSTIC).get(0);
		assertEquals(3, error.getLineNumber());
		assertEquals(11, error.getColumn());
		assertEquals(Severity.ERROR, error.getSeverity());
	}

	/**
	 * One stray character inside a qualification: the parser leaves the qualification there and would read every
	 * statement after it as misplaced (112 errors on an example qualification); the author sees the one error.
	 */
	@Test
	void aStrayCharacterIsOneError() throws Exception {
		Specification model = withLibrary(UnitLibraries.CUSTOMER_SERVICE, """
				use ocr.customerservice
				qualification 600/2336/3 "Q" {
					level 1
					x
					credits 7
					group A "Mandatory" mandatory { unit 1 = F/601/1609 }
					group B "Optional" optional { unit 2 = L/601/1614 }
					rules {
						require all units from A
						credits from B at least 3
					}
				}
				""");
		List<Issue> issues = validation.validate(model);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Diagnostic.SYNTAX_DIAGNOSTIC, issues.get(0).getCode());
		assertEquals(4, issues.get(0).getLineNumber());
	}

	/** "level two": one error in the parser's words, not a second one from reading an empty number. */
	@Test
	void aWordWhereANumberGoesIsOneError() throws Exception {
		Specification model = parseHelper.parse("unit library x.y \"X\" {\n\tunit F/601/1609 \"Title\" {\n\t\tlevel two\n\t}\n}\n");
		List<Issue> issues = validation.validate(model);
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(3, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("'two'"), issues.get(0).getMessage());
	}

	@Test
	void aPoolOverSeveralGroupsMustStateItsReading() throws Exception {
		Specification model = withLibrary(UnitLibraries.CUSTOMER_SERVICE, """
				use ocr.customerservice
				qualification 600/2336/3 "Q" {
					group A "Mandatory" mandatory { unit 1 = F/601/1609 }
					group B "Optional" optional { unit 2 = L/601/1614 }
					group C "Optional" optional { }
					rules {
						credits from B, C at least 3
						credits from B, C remaining at least 3
						credits from B at least 3
						credits from optional groups at least 3
						credits from optional groups overlapping at least 3
					}
				}
				""");
		validation.assertError(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.POOL_READING_REQUIRED, "overlapping",
				"remaining");
		assertEquals(List.of(7, 10), lines(validation.validate(model), QualspecIssueCodes.POOL_READING_REQUIRED));
	}
}
