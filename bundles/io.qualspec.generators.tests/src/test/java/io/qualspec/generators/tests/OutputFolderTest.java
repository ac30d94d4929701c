package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.OutputFolder;
import io.qualspec.generators.OutputFormat;
import io.qualspec.testing.Examples;

/** Generation is all or nothing, and names from specifications cannot leave the output folder. */
class OutputFolderTest {

	@TempDir
	Path dir;

	@Test
	void slugsKeepOnlySafeCharacters() {
		assertEquals("500-8625-x", OutputFolder.slug("500/8625/X"));
		assertEquals("etc-passwd", OutputFolder.slug("../../etc/passwd"));
		assertEquals("unnamed", OutputFolder.slug("///"));
		assertEquals("cafe-unit", OutputFolder.slug("Café Unit"));
	}

	@Test
	void aPathLeavingTheOutputFolderIsRefused() throws IOException {
		try (OutputFolder folder = new OutputFolder(dir.resolve("out"))) {
			assertThrows(IllegalArgumentException.class, () -> folder.writeString("../escape.html", "x"));
			assertThrows(IllegalArgumentException.class, () -> folder.writeString("/tmp/escape.html", "x"));
		}
		assertFalse(Files.exists(dir.resolve("escape.html")));
	}

	@Test
	void aFailedRunLeavesThePreviousOutputsIntactAndNoStagingBehind() throws IOException {
		Path out = dir.resolve("out");
		new DocumentGenerator(EnumSet.of(OutputFormat.HTML, OutputFormat.JSON), null)
				.generate(Examples.catalogue(), out, (done, what) -> { });
		Path handbook = out.resolve("qualifications/603-2730-3/handbook.html");
		String before = Files.readString(handbook);

		// an awarding body's broken handbook template makes the second run fail part-way
		Path templates = Files.createDirectories(dir.resolve("templates"));
		Files.writeString(templates.resolve("handbook.ftlh"), "<#ftl output_format=\"HTML\">${no.such.variable}");
		DocumentGenerator broken = new DocumentGenerator(EnumSet.of(OutputFormat.HTML, OutputFormat.JSON), templates);
		assertThrows(RuntimeException.class, () -> broken.generate(Examples.catalogue(), out, (done, what) -> { }));

		assertEquals(before, Files.readString(handbook), "the earlier handbook is untouched");
		try (Stream<Path> siblings = Files.list(dir)) {
			List<String> names = siblings.map(p -> p.getFileName().toString()).toList();
			assertTrue(names.stream().noneMatch(n -> n.contains("staging")), names.toString());
		}
	}

	@Test
	void everyGeneratedFileIsLinkedFromTheIndex() throws IOException {
		Path out = dir.resolve("out");
		List<String> written = new DocumentGenerator(EnumSet.of(OutputFormat.HTML, OutputFormat.CSV, OutputFormat.CASE),
				null).generate(Examples.catalogue(), out, (done, what) -> { });
		String index = Files.readString(out.resolve("index.html"));
		for (String file : written) {
			if (!file.equals("index.html")) {
				assertTrue(index.contains("href=\"" + file + "\""), file);
			}
		}
	}
}
