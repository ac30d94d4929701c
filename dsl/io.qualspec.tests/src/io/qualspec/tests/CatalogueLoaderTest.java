package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;

/**
 * The CatalogueLoader on the file system, where the command line and the language server meet files: what
 * it reports about each file (by name, line and column), paths and files it cannot read, and the lines of a
 * project's qualspec.properties it does not understand.
 */
class CatalogueLoaderTest {

	@TempDir
	Path dir;

	private LoadedCatalogue load(String... namesAndTexts) throws IOException {
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			Path file = dir.resolve(namesAndTexts[i]);
			Files.createDirectories(file.getParent());
			Files.writeString(file, namesAndTexts[i + 1]);
		}
		return CatalogueLoader.create().load(List.of(dir));
	}

	@Test
	void aSyntaxErrorIsReportedAsFileLineColumn() throws IOException {
		LoadedCatalogue loaded = load("bad.qspec", """
				unit library x "X" {
					unit F/601/1609 "Title" {
						credits four
					}
				}
				""");
		SpecDiagnostic error = loaded.errors().get(0);
		assertEquals(3, error.line());
		assertEquals(11, error.column());
		assertEquals("org.eclipse.xtext.diagnostics.Diagnostic.Syntax", error.code());
		assertTrue(error.toString().matches(".*bad\\.qspec:3:11: error: .*"), error.toString());
	}

	@Test
	void toolsPrintADiagnosticRelativeToTheirFolderWithTheSummaryCountingEachSeverity() throws IOException {
		// one error (GLH over 10 x credits, at the 50) and one warning (outcome 2 without criteria, at the 2)
		LoadedCatalogue loaded = load("units/retail.qspec", """
				unit library x "X" {
					unit F/601/1609 "Serve customers" {
						credits 4
						glh 50
						outcome 1 "Know how to greet customers" {
							criterion 1.1 "Describe a greeting"
						}
						outcome 2 "Be able to greet customers" {
						}
					}
				}
				""");
		SpecDiagnostic error = loaded.errors().get(0);
		assertEquals("units/retail.qspec:4:7: error: " + error.message() + " [io.qualspec.size.glhExceedsTqt]",
				error.relativeTo(dir).toString());
		assertEquals(dir.getParent().relativize(dir) + "/units/retail.qspec:4:7: ERROR: " + error.message()
				+ " [io.qualspec.size.glhExceedsTqt]", error.relativeTo(dir.getParent()).toString("ERROR"));
		assertEquals(dir.resolve("units/retail.qspec").toAbsolutePath(), error.relativeTo(dir.resolve("units/other")).file(),
				"a file outside the folder keeps its absolute path");
		assertEquals("1 file checked: 1 error, 1 warning, 0 info", loaded.summary());
	}

	@Test
	void aSeverityIsAtLeastItselfAndEveryMilderOne() {
		assertTrue(SpecDiagnostic.Severity.ERROR.isAtLeast(SpecDiagnostic.Severity.WARNING));
		assertTrue(SpecDiagnostic.Severity.WARNING.isAtLeast(SpecDiagnostic.Severity.WARNING));
		assertTrue(SpecDiagnostic.Severity.WARNING.isAtLeast(SpecDiagnostic.Severity.INFO));
		assertFalse(SpecDiagnostic.Severity.WARNING.isAtLeast(SpecDiagnostic.Severity.ERROR));
		assertFalse(SpecDiagnostic.Severity.INFO.isAtLeast(SpecDiagnostic.Severity.WARNING));
	}

	@Test
	void aMissingPathIsADiagnosticNotAnException() {
		LoadedCatalogue loaded = CatalogueLoader.create().load(List.of(dir.resolve("nowhere")));
		assertEquals(CatalogueLoader.UNREADABLE_FILE, loaded.errors().get(0).code());
		assertTrue(loaded.catalogue().qualifications().isEmpty());
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
		// a library of one unit, padded with comments past 1 MB: parsed, it would be valid
		String unit = "unit library big \"Big\" {\n\tunit F/601/1609 \"Communicate\" {\n\t}\n}\n";
		String padded = unit + "// padding\n".repeat(100_000);
		System.setProperty(CatalogueLoader.MAX_FILE_MEGABYTES, "1");
		try {
			LoadedCatalogue loaded = load("big.qspec", padded, "small.qspec", unit.replace("big", "small"));
			SpecDiagnostic refused = loaded.errors().get(0);
			assertEquals(List.of(refused), loaded.errors(), "the small file loads");
			assertEquals(CatalogueLoader.UNREADABLE_FILE, refused.code());
			assertEquals(String.format("The file has %,d bytes, more than the 1 MB a specification may have: split it into "
					+ "several files, or raise the limit (QUALSPEC_MAX_FILE_MB for ./qualspec, the system property "
					+ "qualspec.maxFileMegabytes).", padded.length()), refused.message());
			assertEquals(1, refused.line());
		} finally {
			System.clearProperty(CatalogueLoader.MAX_FILE_MEGABYTES);
		}
		assertFalse(load("big.qspec", padded).hasErrors(), "under the default limit the same file loads");
	}

	@Test
	void garbageAndBinaryInputYieldDiagnosticsWithPositions() throws IOException {
		Files.write(dir.resolve("binary.qspec"), new byte[] { 0, (byte) 0xff, 0x13, 'u', 'n', 'i', 't', (byte) 0xc3 });
		LoadedCatalogue loaded = load("garbage.qspec", "}}} qualification {{ \"unterminated", "empty.qspec", "");
		assertTrue(loaded.hasErrors());
		assertTrue(loaded.errors().stream().allMatch(d -> d.line() >= 1 && d.column() >= 1), loaded.errors().toString());
		assertTrue(loaded.errors().stream().anyMatch(d -> d.file().endsWith("binary.qspec")));
		assertFalse(loaded.diagnostics().stream().anyMatch(d -> d.file().endsWith("empty.qspec")),
				"an empty file is a valid, empty specification");
	}

	@Test
	void settingsLinesThatAreNotUnderstoodAreReportedWithTheirLine() throws IOException {
		// output.folder is the workbench's key, understood and left to it
		LoadedCatalogue loaded = load("units.qspec", UnitLibraries.CUSTOMER_SERVICE, "qualspec.properties", """
				io.qualspec.rules.neverBind = error
				io.qualspec.rules.neverBinds = warn
				io.qualspec.identifier.entryCode = info
				output.folder = docs/handbooks
				""");
		List<SpecDiagnostic> settings = loaded.diagnostics().stream()
				.filter(d -> CatalogueLoader.INVALID_SETTING.equals(d.code())).toList();
		assertEquals(List.of(1, 2), settings.stream().map(SpecDiagnostic::line).toList());
		assertTrue(settings.stream().allMatch(d -> d.file().endsWith("qualspec.properties")), settings.toString());
		assertEquals("'io.qualspec.rules.neverBind' is not a Qualspec issue code (see docs/issue-codes.md).",
				settings.get(0).message());
		assertEquals("The severity of io.qualspec.rules.neverBinds must be error, warning, info or ignore, not 'warn'.",
				settings.get(1).message());
	}
}
