package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.catalogue.OutputNames;
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
		assertEquals("500-8625-x", OutputNames.slug("500/8625/X"));
		assertEquals("etc-passwd", OutputNames.slug("../../etc/passwd"));
		assertEquals("cafe-unit", OutputNames.slug("Café Unit"));
		assertEquals("unnamed", OutputNames.slug(""));
	}

	@Test
	void slugsOfOtherScriptsKeepTheirLettersAndStayDistinct() {
		assertEquals("ελληνικη-εξυπηρετηση-πελατων", OutputNames.slug("Ελληνική εξυπηρέτηση πελατών"));
		assertNotEquals(OutputNames.slug("Εξυπηρέτηση"), OutputNames.slug("Πωλήσεις"));
		// names without a letter or digit keep apart through a hash of the name
		assertTrue(OutputNames.slug("///").matches("unnamed-[0-9a-f]{8}"), OutputNames.slug("///"));
		assertNotEquals(OutputNames.slug("///"), OutputNames.slug("★"));
	}

	@Test
	void longNamesAreCutWithAHashSoThatTheyDoNotCollide() {
		String common = "ocr level 3 nvq diploma in customer service and contact centre operations for the public sector ";
		String one = OutputNames.slug(common + "(england)");
		String other = OutputNames.slug(common + "(wales)");
		assertNotEquals(one, other);
		assertEquals(80, one.length());
		assertTrue(one.startsWith("ocr-level-3-nvq-diploma-in-customer-service-and-contact-centre-operatio-"), one);
		assertEquals(one, OutputNames.slug(common + "(england)"), "stable");
	}

	@Test
	void namesSharingASlugGetDistinctStableSlugsWhateverTheirOrder() {
		Map<String, String> forward = OutputNames.distinctSlugs(List.of("a.b", "a_b", "c"));
		Map<String, String> backward = OutputNames.distinctSlugs(List.of("c", "a_b", "a.b"));
		assertEquals(forward, backward);
		assertEquals("c", forward.get("c"));
		assertNotEquals(forward.get("a.b"), forward.get("a_b"));
		assertTrue(forward.get("a.b").startsWith("a-b-"), forward.get("a.b"));
	}

	@Test
	void aSymlinkInsideTheOutputFolderSendsNothingOutside() throws IOException {
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("keep.txt"), "someone else's file");
		Path out = dir.resolve("out");
		generateHtml(out);
		Path units = out.resolve("units");
		deleteTree(units);
		Files.createSymbolicLink(units, outside);
		generateHtml(out);
		assertFalse(Files.isSymbolicLink(units), "the run's own folder replaces the link");
		assertTrue(Files.exists(units.resolve("cfa-customerservice")));
		try (Stream<Path> files = Files.list(outside)) {
			assertEquals(List.of(outside.resolve("keep.txt")), files.toList(), "nothing written or deleted outside -o");
		}
	}

	@Test
	void anOutputFolderThatIsALinkIsRefusedWithASentence() throws IOException {
		Path real = Files.createDirectories(dir.resolve("real"));
		Path link = Files.createSymbolicLink(dir.resolve("out"), real);
		IOException refused = assertThrows(IOException.class, () -> generateHtml(link));
		assertEquals(link + " is a symbolic link; give the folder it points to as the output folder instead, so that "
				+ "generated files stay where the link leads.", refused.getMessage());
		assertTrue(Files.isSymbolicLink(link));
	}

	@Test
	void aFolderHoldingOtherFilesIsNotReplaced() throws IOException {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("notes.txt"), "mine");
		IOException refused = assertThrows(IOException.class, () -> generateHtml(out));
		assertEquals(out.toRealPath() + " holds notes.txt, which Qualspec did not write; generating replaces the whole "
				+ "folder, so choose a new or empty output folder.", refused.getMessage());
		assertEquals("mine", Files.readString(out.resolve("notes.txt")));
	}

	@Test
	void aRunReplacesTheWholeFolderAndTidiesWhatAKilledRunLeft() throws IOException {
		Path out = dir.resolve("out");
		generateHtml(out);
		Files.writeString(out.resolve("units/stale.html"), "a unit no longer specified");
		Path staging = Files.createDirectories(dir.resolve(".out.staging-123/units"));
		Files.writeString(staging.resolve("half.html"), "half written");
		generateHtml(out);
		assertFalse(Files.exists(out.resolve("units/stale.html")));
		Path plain = Files.createDirectory(dir.resolve("plain"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out), "a folder like any other");
		Files.delete(plain);
		assertNothingBeside(out);
	}

	@Test
	void aRunKilledBetweenTheRenamesIsUndoneByTheNextStart() throws IOException {
		Path out = dir.resolve("out");
		generateHtml(out);
		String handbook = Files.readString(out.resolve("qualifications/603-2730-3/handbook.html"));
		Files.move(out, dir.resolve(".out.old-456"));
		new OutputFolder(out).close();
		assertEquals(handbook, Files.readString(out.resolve("qualifications/603-2730-3/handbook.html")));
		assertNothingBeside(out);
	}

	@Test
	void aFullDiskIsASentenceNamingTheFileAndLeavesTheOutputAsItWas() throws IOException {
		Path out = dir.resolve("out");
		generateHtml(out);
		String index = Files.readString(out.resolve("index.html"));
		try (OutputFolder folder = new OutputFolder(out)) {
			// what FileOutputStream.write throws on ENOSPC
			UncheckedIOException full = assertThrows(UncheckedIOException.class, () -> folder.write("units/u.pdf", stream -> {
				throw new IOException("No space left on device");
			}));
			assertEquals("Cannot write " + out.toRealPath().resolve("units/u.pdf") + ": the disk is full. Free some space, or "
					+ "choose an output folder on another disk.", full.getMessage());
		}
		assertEquals(index, Files.readString(out.resolve("index.html")));
		assertNothingBeside(out);
	}

	/** Nothing but the output folder in its parent: no staging folder, no old output folder. */
	private void assertNothingBeside(Path out) throws IOException {
		try (Stream<Path> siblings = Files.list(dir)) {
			assertEquals(List.of(out), siblings.toList());
		}
	}

	private static void generateHtml(Path out) throws IOException {
		new DocumentGenerator(EnumSet.of(OutputFormat.HTML), null).generate(Examples.catalogue(), out, (done, what) -> { });
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
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
