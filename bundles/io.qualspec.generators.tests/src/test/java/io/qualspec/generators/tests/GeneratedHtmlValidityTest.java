package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.document.UnitPage;
import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.testing.Examples;
import nu.validator.client.EmbeddedValidator;

/**
 * The generated handbooks and unit documents are valid HTML for the Nu Html Checker (the W3C's
 * validator), for every example qualification and the first unit of each: no errors and no warnings.
 */
class GeneratedHtmlValidityTest {

	@TempDir
	Path dir;

	static Stream<ResolvedQualification> qualifications() {
		return Examples.qualifications().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("qualifications")
	void handbookAndAUnitDocumentAreValidHtml(ResolvedQualification qualification) throws Exception {
		HtmlDocuments html = new HtmlDocuments(null);
		String handbook = html.handbook(qualification, new Analyser(qualification.ruleSet()).analyse());
		assertEquals(List.of(), problems("handbook.html", handbook));
		// a qualification whose structure was not transcribed lists no unit
		for (ResolvedMembership first : qualification.memberships().stream().limit(1).toList()) {
			assertEquals(List.of(), problems("unit.html", html.unitDocument(UnitPage.of(qualification, first))));
		}
	}

	@Test
	void aBtecUnitDocumentAndItsHandbookAreValidHtml() throws Exception {
		// learning aims, a spanning criterion, grades of several letters
		ResolvedQualification qualification = ExportFixtures.btecStyle();
		HtmlDocuments html = new HtmlDocuments(null);
		assertEquals(List.of(), problems("handbook.html", html.handbook(qualification, new Analyser(qualification.ruleSet()).analyse())));
		assertEquals(List.of(), problems("unit.html", html.unitDocument(UnitPage.of(qualification, qualification.memberships().get(1)))));
	}

	@Test
	void aCreditGradedHandbookIsValidHtml() throws Exception {
		// points per credit beside the credits of a worked example, compensation, grade descriptors
		ResolvedQualification qualification = ExportFixtures.loadText(ExportFixtures.CREDIT_GRADED).qualifications().get(0);
		HtmlDocuments html = new HtmlDocuments(null);
		assertEquals(List.of(), problems("handbook.html", html.handbook(qualification, new Analyser(qualification.ruleSet()).analyse())));
		assertEquals(List.of(), problems("unit.html", html.unitDocument(UnitPage.of(qualification, qualification.memberships().get(0)))));
	}

	/** The checker's errors and warnings (its "info" notes are not problems). */
	private List<String> problems(String name, String content) throws IOException, Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		String report = validator.validate(file);
		return report.lines().filter(line -> line.contains(": error:") || line.contains(": warning:")).toList();
	}
}
