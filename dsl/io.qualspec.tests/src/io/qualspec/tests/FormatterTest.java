package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.formatting2.SpecificationFormatting;

/** Format, parse, format again: the layout is stable and the model is unchanged, for every example. */
class FormatterTest {

	@TempDir
	Path formattedDir;

	@Test
	void formattingEveryExampleIsStableAndKeepsTheModel() throws IOException {
		checkFormatting(TestFiles.examples());
	}

	@Test
	void formattingTheConstructFixturesIsStableAndKeepsTheModel() throws IOException {
		checkFormatting(TestFiles.fixtures());
	}

	/** Statements on their own lines, tab indentation, single spaces; of several blank lines one is kept. */
	@Test
	void formattingPutsOneStatementPerLineWithTabIndentation() throws IOException {
		Path source = formattedDir.resolve("in/lib.qspec");
		Files.createDirectories(source.getParent());
		Files.writeString(source, "unit library a.b \"Units\" { unit F/601/1609 \"Title\" { level 1 credits  4\n\n\n\n glh 30 "
				+ "outcome 1 \"Understand it\" { criterion 1.1 \"Explain it\" criterion 1.2 \"Describe it\" } } }");
		LoadedCatalogue loaded = CatalogueLoader.create().load(List.of(source));
		String formatted = formatter().format((XtextResource) loaded.resourceSet().getResources().get(0));
		assertEquals("""
				unit library a.b "Units" {
					unit F/601/1609 "Title" {
						level 1
						credits 4

						glh 30
						outcome 1 "Understand it" {
							criterion 1.1 "Explain it"
							criterion 1.2 "Describe it"
						}
					}
				}
				""", formatted);
	}

	private void checkFormatting(Path folder) throws IOException {
		LoadedCatalogue original = CatalogueLoader.create().load(List.of(folder));
		assertEquals(List.of(), original.errors());
		SpecificationFormatting formatter = formatter();
		List<Path> written = new ArrayList<>();
		for (Resource resource : original.resourceSet().getResources()) {
			Path file = Path.of(resource.getURI().toFileString());
			Path copy = formattedDir.resolve(folder.relativize(file));
			Files.createDirectories(copy.getParent());
			Files.writeString(copy, formatter.format((XtextResource) resource));
			written.add(copy);
		}
		LoadedCatalogue formatted = CatalogueLoader.create().load(List.of(formattedDir));
		assertEquals(List.of(), formatted.errors());
		assertEquals(original.resourceSet().getResources().size(), formatted.resourceSet().getResources().size());
		for (Resource resource : formatted.resourceSet().getResources()) {
			String text = Files.readString(Path.of(resource.getURI().toFileString()));
			assertEquals(text, formatter.format((XtextResource) resource), "formatting twice changes " + resource.getURI());
			Path relative = formattedDir.relativize(Path.of(resource.getURI().toFileString()));
			Resource before = original.resourceSet().getResources().stream()
					.filter(r -> Path.of(r.getURI().toFileString()).endsWith(relative)).findFirst().orElseThrow();
			assertTrue(EcoreUtil.equals(before.getContents(), resource.getContents()),
					"formatting changed the model of " + relative);
		}
		assertEquals(written.size(), formatted.resourceSet().getResources().size());
	}

	private static SpecificationFormatting formatter() {
		return CatalogueLoader.injector().getInstance(SpecificationFormatting.class);
	}
}
