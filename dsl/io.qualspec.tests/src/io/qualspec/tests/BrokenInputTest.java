package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;

/**
 * Every example cut short at several points inside its outermost block (mid-token, mid-block) loads without
 * an exception and reports located diagnostics; no check fails on the half-typed model (a check that throws
 * is reported by Xtext as "Error executing EValidator").
 */
class BrokenInputTest {

	@TempDir
	Path dir;

	static Stream<Path> exampleFiles() {
		return TestFiles.exampleFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void truncatedExamplesYieldLocatedDiagnostics(Path example) throws IOException {
		String text = TestFiles.read(example);
		int open = text.indexOf('{') + 1;
		int close = text.lastIndexOf('}');
		for (double fraction : new double[] { 0, 0.13, 0.31, 0.5, 0.64, 0.77, 0.91, 1 }) {
			Path truncated = dir.resolve("truncated-" + fraction + ".qspec");
			Files.writeString(truncated, text.substring(0, open + (int) ((close - open) * fraction)));
			LoadedCatalogue loaded = CatalogueLoader.create().load(List.of(truncated));
			List<SpecDiagnostic> errors = loaded.errors();
			assertTrue(!errors.isEmpty(), "no error for " + example + " cut at " + fraction);
			for (SpecDiagnostic error : errors) {
				assertTrue(error.line() >= 1 && error.column() >= 1, error.toString());
				assertTrue(error.message() != null && !error.message().isBlank(), error.toString());
				assertFalse(error.message().contains("EValidator"), "a check failed on " + example + " cut at " + fraction + ": " + error);
			}
		}
	}
}
