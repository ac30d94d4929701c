package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.validation.QualspecChecks;

/** Validates specification files written to a test's folder, as the command line and the editors do. */
final class Validation {

	private Validation() {
	}

	/** The issues of every specification in the folder. */
	static List<Issue> issues(Path folder) {
		return new SpecFolder(folder).issues();
	}

	/** Writes the file and returns the issues of every file in its folder. */
	static List<Issue> issues(Path file, String text) throws IOException {
		Files.writeString(file, text);
		return issues(file.getParent());
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return SpecFolder.withCode(issues, code);
	}

	/** The one issue with the code. */
	static Issue only(List<Issue> issues, String code) {
		List<Issue> found = withCode(issues, code);
		assertEquals(1, found.size(), found.toString());
		return found.get(0);
	}

	static void assertMentions(Issue issue, String... parts) {
		for (String part : parts) {
			assertTrue(issue.getMessage().contains(part), "'" + part + "' not in: " + issue.getMessage());
		}
	}

	/**
	 * Runs one family of checks, with exceptions made to fail the test, over every element of a file.
	 * {@code strict} is the family as an anonymous subclass overriding {@code handleExceptionDuringValidation}
	 * to rethrow. Returns the diagnostics, which show that the checks ran.
	 */
	static List<Diagnostic> runWithoutExceptions(Path file, QualspecChecks strict) {
		CatalogueLoader.injector().injectMembers(strict);
		LoadedCatalogue loaded = CatalogueLoader.create().load(List.of(file));
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		for (Resource resource : loaded.resourceSet().getResources()) {
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				strict.validate(element.eClass(), element, diagnostics, new HashMap<>());
			}
		}
		return diagnostics.getChildren();
	}
}
