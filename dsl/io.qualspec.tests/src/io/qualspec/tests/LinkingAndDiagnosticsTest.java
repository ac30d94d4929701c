package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.loading.SpecDiagnostic;
import io.qualspec.validation.QualspecIssueCodes;

/** Cross-file references through the index, and diagnostics located by file, line and column. */
class LinkingAndDiagnosticsTest {

	private static final String LIBRARY = TestFiles.CUSTOMER_SERVICE_LIBRARY;

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
	void unitsInALibraryFileAreUsedFromAQualificationFile() throws IOException {
		LoadedCatalogue loaded = load("units/units.qspec", LIBRARY, "quals/q.qspec", """
				use ocr.customerservice

				qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
					group A "Mandatory units" mandatory {
						unit F1 = CommunicateLanguage
						unit F2 = ocr.customerservice.L/601/1614
					}
				}
				""");
		assertEquals(List.of(), loaded.diagnostics());
		ResolvedQualification q = loaded.catalogue().qualification("500/8625/X").orElseThrow();
		assertEquals(List.of("F/601/1609", "L/601/1614"),
				q.memberships().stream().map(m -> m.unit().urn()).toList());
		assertTrue(q.memberships().get(0).unit().location().file().toFileString().endsWith("units.qspec"));
	}

	@Test
	void aKeywordInALibraryNameIsEscapedWithACaret() throws IOException {
		LoadedCatalogue loaded = load("units.qspec", LIBRARY.replace("ocr.customerservice", "ocr.^diploma"), "q.qspec", """
				use ocr.^diploma
				qualification 601/3432/X "Q" {
					group A "Mandatory" mandatory {
						unit 1 = F/601/1609
						unit 2 = ocr.^diploma.L/601/1614
					}
				}
				""");
		assertEquals(List.of(), loaded.diagnostics());
		assertEquals("ocr.diploma", loaded.catalogue().units().get(0).library());
	}

	@Test
	void anUnknownUnitIsALinkingErrorAtItsLineAndColumn() throws IOException {
		LoadedCatalogue loaded = load("units.qspec", LIBRARY, "q.qspec", """
				use ocr.customerservice
				qualification 500/8625/X "Q" {
					group A "Mandatory" mandatory {
						unit F1 = F/601/9999
					}
				}
				""");
		SpecDiagnostic error = loaded.errors().get(0);
		assertEquals(1, loaded.errors().size());
		assertTrue(error.file().toString().endsWith("q.qspec"));
		assertEquals(4, error.line());
		assertEquals(13, error.column());
		assertTrue(error.message().contains("F/601/9999"), error.message());
		assertNull(loaded.catalogue().qualification("500/8625/X").orElseThrow().memberships().get(0).unit());
	}

	@Test
	void withoutTheImportTheUnitIsNotVisible() throws IOException {
		LoadedCatalogue loaded = load("units.qspec", LIBRARY, "q.qspec", """
				qualification 500/8625/X "Q" {
					group A "Mandatory" mandatory { unit F1 = F/601/1609 }
				}
				""");
		assertEquals(1, loaded.errors().size());
	}

	@Test
	void aSyntaxErrorIsReportedWithLineAndColumn() throws IOException {
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
	void aPoolOverSeveralGroupsMustStateItsReading() throws IOException {
		String qualification = """
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
				""";
		LoadedCatalogue loaded = load("units.qspec", LIBRARY, "q.qspec", qualification);
		List<Integer> lines = loaded.diagnostics().stream()
				.filter(d -> QualspecIssueCodes.POOL_READING_REQUIRED.equals(d.code())).map(SpecDiagnostic::line).toList();
		assertEquals(List.of(7, 10), lines);
	}

	@Test
	void aMissingPathIsADiagnosticNotAnException() {
		LoadedCatalogue loaded = CatalogueLoader.create().load(List.of(dir.resolve("nowhere")));
		assertEquals(CatalogueLoader.UNREADABLE_FILE, loaded.errors().get(0).code());
		assertTrue(loaded.catalogue().qualifications().isEmpty());
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
}
