package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.qualspec.loading.SpecDiagnostic;
import io.qualspec.testing.Examples;
import io.qualspec.testing.Fixtures;
import io.qualspec.testing.Repository;

/**
 * Every diagnostic the examples get, against the reviewed list in the fixtures (example-diagnostics.txt). The
 * examples encode handbooks as printed, errors included, so what the validator reports on them is what a
 * reviewer of those handbooks gets: each line of the list was judged a real finding or accepted as information
 * (the closing notes of the validation issue give the reasons). A check that starts or stops reporting on the
 * examples changes the list, so the change is seen and judged in review. To take a new list after judging it,
 * run the test with the environment variable QUALSPEC_ACCEPT_EXAMPLE_DIAGNOSTICS=1 (the OSGi test runtime does not
 * see Maven's -D properties), which writes the list instead of comparing.
 */
class ExampleDiagnosticsTest {

	@Test
	void theExamplesReportExactlyTheReviewedDiagnostics() throws IOException {
		Path examples = Repository.examples();
		List<String> reported = Examples.load().diagnostics().stream()
				.sorted(Comparator.comparing((SpecDiagnostic d) -> examples.relativize(d.file()).toString())
						.thenComparingInt(SpecDiagnostic::line).thenComparingInt(SpecDiagnostic::column)
						.thenComparing(d -> String.valueOf(d.code())))
				.map(d -> examples.relativize(d.file()) + ":" + d.line() + ": " + d.severity().label() + ": " + d.message()
						+ (d.code() == null ? "" : " [" + d.code() + "]"))
				.toList();
		Path reviewed = Fixtures.exampleDiagnostics();
		if ("1".equals(System.getenv("QUALSPEC_ACCEPT_EXAMPLE_DIAGNOSTICS"))) {
			Files.write(reviewed, reported);
			return;
		}
		assertEquals(String.join("\n", Files.readAllLines(reviewed)), String.join("\n", reported),
				"the examples' diagnostics changed: judge each new or missing line, then accept the list (see the class comment)");
	}
}
