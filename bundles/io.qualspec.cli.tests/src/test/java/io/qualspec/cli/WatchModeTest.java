package io.qualspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.testing.Repository;

/**
 * {@code qualspec generate --watch} on a copy of OCR's Customer Service NVQ suite (the awarding organisation, the unit
 * library, three qualifications): saves made while it watches, and what it then rewrites. A file counts as rewritten
 * when its modification time or its file (inode) changed.
 */
class WatchModeTest {

	private static final long TIMEOUT_MILLIS = 180_000;

	@TempDir
	Path dir;

	private Path specifications;
	private Path output;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final AtomicInteger exit = new AtomicInteger(-1);
	private Thread watch;

	@BeforeEach
	void startWatching() throws IOException {
		specifications = dir.resolve("specifications");
		Path suite = Repository.examples().resolve("ocr/customer-service-nvq");
		Files.createDirectories(specifications.resolve("nvq"));
		Files.copy(Repository.examples().resolve("ocr/ocr.qspec"), specifications.resolve("ocr.qspec"));
		try (Stream<Path> files = Files.list(suite)) {
			for (Path file : files.toList()) {
				Files.copy(file, specifications.resolve("nvq").resolve(file.getFileName()));
			}
		}
		output = dir.resolve("out");
		Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		watch = new Thread(() -> exit.set(Main.run(terminal, "generate", specifications.toString(), "-o", output.toString(),
				"--formats", "html", "--watch")), "watch under test");
		watch.start();
		await(() -> err().contains("watching 5 specification files"), "the first generation");
	}

	@AfterEach
	void stopWatching() throws InterruptedException {
		watch.interrupt();
		watch.join(TIMEOUT_MILLIS);
		assertFalse(watch.isAlive(), "the watch stops when interrupted");
		assertEquals(0, exit.get(), out() + err());
		assertTrue(err().contains("stopped watching"), err());
	}

	@Test
	void anEditedQualificationRegeneratesItsHandbookAndOnlyTheFilesThatPrintTheEdit() throws IOException {
		Map<String, List<Object>> before = files();
		Path level2 = specifications.resolve("nvq/level-2-nvq-certificate-500-8625-X.qspec");
		edit(level2, "\"OCR Level 2 NVQ Certificate in Customer Service\" {",
				"\"OCR Level 2 NVQ Certificate in Customer Service (edited)\" {");
		await(() -> regenerations() == 1, "the regeneration");

		String handbook = Files.readString(output.resolve("qualifications/500-8625-x/handbook.html"));
		assertTrue(handbook.contains("OCR Level 2 NVQ Certificate in Customer Service (edited)"), "the new title is printed");
		Set<String> rewritten = rewritten(before);
		assertEquals(filesContaining("(edited)"), rewritten, "exactly the files that print the new title are rewritten");
		assertTrue(rewritten.contains("index.html"), rewritten.toString());
		assertFalse(rewritten.contains("qualifications/500-8626-1/handbook.html"), "another qualification's handbook");
		assertTrue(out().lines().anyMatch(line -> line.contains("level-2-nvq-certificate-500-8625-X.qspec: regenerated ")
				&& line.contains("qualifications/500-8625-x/handbook.html") && line.matches(".* in \\d+ ms")), out());
	}

	@Test
	void anEditedUnitLibraryRegeneratesTheHandbooksThatUseTheUnitAndItsDocument() throws IOException {
		Map<String, List<Object>> before = files();
		edit(specifications.resolve("nvq/units.qspec"), "unit F/601/1609 \"Communicate using customer service language\"",
				"unit F/601/1609 \"Communicate using customer service language (edited)\"");
		await(() -> regenerations() == 1, "the regeneration");

		Set<String> rewritten = rewritten(before);
		assertEquals(filesContaining("(edited)"), rewritten, "exactly the files that print the new title are rewritten");
		// F/601/1609 is a unit of the Level 1 and Level 2 certificates, not of the Level 3 diploma
		assertTrue(rewritten.containsAll(Set.of("qualifications/500-9843-3/handbook.html",
				"qualifications/500-8625-x/handbook.html")), rewritten.toString());
		assertFalse(rewritten.contains("qualifications/500-8626-1/handbook.html"), rewritten.toString());
		assertTrue(rewritten.stream().anyMatch(file -> file.startsWith("units/") && file.contains("f-601-1609")),
				rewritten.toString());
	}

	@Test
	void anInvalidSaveIsReportedAndKeepsTheLastOutputUntilItIsFixed() throws IOException {
		Path level2 = specifications.resolve("nvq/level-2-nvq-certificate-500-8625-X.qspec");
		Path handbook = output.resolve("qualifications/500-8625-x/handbook.html");
		String lastGood = Files.readString(handbook);
		assertFalse(lastGood.contains("193"), "the figure the fix prints is new");
		Map<String, List<Object>> before = files();
		String original = Files.readString(level2);
		String broken = original.replace("glh at least 192", "glh at least lots");
		Files.writeString(level2, broken);
		await(() -> out().contains("not regenerated"), "the report of the error");

		// where the parser meets "lots": counted in the text written, lines and columns from 1
		int offset = broken.indexOf("lots");
		int line = (int) broken.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		int column = offset - broken.lastIndexOf('\n', offset - 1);
		assertTrue(out().contains("level-2-nvq-certificate-500-8625-X.qspec:" + line + ":" + column + ": error: "), out());
		assertTrue(out().lines().anyMatch(report -> report.matches(".*level-2-nvq-certificate-500-8625-X\\.qspec: \\d+ errors?; "
				+ "not regenerated, the last output stays in .*out")), out());
		assertEquals(Set.of(), rewritten(before), "no file is rewritten");
		assertEquals(lastGood, Files.readString(handbook));

		Files.writeString(level2, original.replace("glh at least 192", "glh at least 193"));
		await(() -> regenerations() == 1, "the regeneration after the fix");
		assertTrue(Files.readString(handbook).contains("193"), "the fixed specification is printed");
	}

	private static void edit(Path file, String text, String replacement) throws IOException {
		String before = Files.readString(file);
		assertTrue(before.contains(text), text);
		Files.writeString(file, before.replace(text, replacement));
	}

	/** Every generated file with its modification time and file key. */
	private Map<String, List<Object>> files() throws IOException {
		Map<String, List<Object>> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(output)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				files.put(output.relativize(file).toString(), List.of(attributes.lastModifiedTime(), attributes.fileKey()));
			}
		}
		return files;
	}

	private Set<String> rewritten(Map<String, List<Object>> before) throws IOException {
		Set<String> rewritten = new TreeSet<>();
		files().forEach((file, stamp) -> {
			if (!stamp.equals(before.get(file))) {
				rewritten.add(file);
			}
		});
		return rewritten;
	}

	private Set<String> filesContaining(String text) throws IOException {
		Set<String> containing = new TreeSet<>();
		for (String file : files().keySet()) {
			if (Files.readString(output.resolve(file)).contains(text)) {
				containing.add(file);
			}
		}
		return containing;
	}

	private long regenerations() {
		return out().lines().filter(line -> line.contains(": regenerated ") || line.contains(": no document changed")).count();
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private void await(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline || !watch.isAlive()) {
				fail("waited in vain for " + what + ":\n" + out() + err());
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
