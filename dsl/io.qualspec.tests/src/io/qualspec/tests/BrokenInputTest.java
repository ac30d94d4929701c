package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.testing.Repository;

/**
 * Every example cut short at several points inside its outermost block (mid-token, mid-block) parses and
 * validates without an exception and reports located errors; no check fails on the half-typed model (a
 * check that throws is reported by Xtext as "Error executing EValidator").
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class BrokenInputTest extends SpecificationTest {

	static Stream<Path> exampleFiles() {
		return Repository.exampleFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void truncatedExamplesYieldLocatedErrors(Path example) throws Exception {
		String text = Files.readString(example);
		int open = text.indexOf('{') + 1;
		int close = text.lastIndexOf('}');
		for (double fraction : new double[] { 0, 0.13, 0.31, 0.5, 0.64, 0.77, 0.91, 1 }) {
			String where = example.getFileName() + " cut at " + fraction;
			List<Issue> issues = validation.validate(truncated(text.substring(0, open + (int) ((close - open) * fraction))));
			assertTrue(issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR), "no error for " + where);
			for (Issue issue : issues) {
				assertTrue(issue.getLineNumber() >= 1 && issue.getColumn() >= 1, issue.toString());
				assertTrue(issue.getMessage() != null && !issue.getMessage().isBlank(), issue.toString());
				assertFalse(issue.getMessage().contains("EValidator"), "a check failed on " + where + ": " + issue);
			}
		}
	}

	/** The resource of a truncated text, alone in its resource set as a file just being typed. */
	private Resource truncated(String text) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		URI file = uri("truncated.qspec");
		parseHelper.parse(text, file, resourceSet);
		return resourceSet.getResource(file, false);
	}
}
