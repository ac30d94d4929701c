package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.SourceLocation;
import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.OutputFormat;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;
import io.qualspec.testing.Repository;

/**
 * "Whatever validates, generates": the examples mutated at random (a fixed seed, so a failure replays) are
 * loaded and validated, and whatever validates without errors is generated in every format. Asserted: no
 * exception escapes, every diagnostic names a file, a line and a column (each 1 or more), and generation of an
 * error-free input succeeds. Runs for {@code qualspec.fuzz.seconds} (default 60) seconds.
 */
class SpecificationFuzzTest {

	private static final long SEED = 15;
	/** Characters that break parsers and documents: controls, noncharacters, quotes, braces, look-alikes. */
	private static final String[] INSERTIONS = { "\u0000", "\u0007", "\u000C", "\uFFFF", "\uFFFE", "\"", "{", "}", "//",
			"/*", "\\", "Ε", "\u00A0", "\u2013", "\uD83D\uDE00", "\uD800", "0", "-1", "99999999999", "\n", "\r", "\t",
			" at least ", " or ", "\u202E" };

	private static final Pattern QUALIFICATION = Pattern.compile("^qualification ", Pattern.MULTILINE);

	/** Where failing inputs are kept, to replay them. */
	private static final Path FAILURES = Path.of("target", "fuzz-failures");

	@TempDir
	Path dir;

	@Test
	void mutatedExamplesFailEarlyOrGenerate() throws IOException {
		Path examples = Repository.copyOfExamples(dir);
		List<Path> files;
		try (Stream<Path> all = Files.walk(examples)) {
			files = all.filter(p -> p.toString().endsWith(".qspec")).sorted().toList();
		}
		// the files without a qualification (libraries, organisations): loaded beside the mutated file, so that
		// its references resolve and only its own qualifications are generated
		List<Path> libraries = new ArrayList<>();
		for (Path file : files) {
			if (!QUALIFICATION.matcher(Files.readString(file)).find()) {
				libraries.add(file);
			}
		}
		CatalogueLoader loader = CatalogueLoader.create();
		Random random = new Random(SEED);
		long budget = Duration.ofSeconds(Long.getLong("qualspec.fuzz.seconds", 60)).toNanos();
		long started = System.nanoTime();
		int inputs = 0;
		int withErrors = 0;
		int generated = 0;
		List<String> failures = new ArrayList<>();
		while (System.nanoTime() - started < budget && failures.size() < 5) {
			Path file = files.get(random.nextInt(files.size()));
			String original = Files.readString(file);
			String mutated = mutate(original, random);
			// a lone surrogate (inserted, or left by a cut through a pair) has no UTF-8 form: written as "?", as an
			// editor would save it
			Files.write(file, mutated.getBytes(StandardCharsets.UTF_8));
			inputs++;
			try {
				List<Path> paths = new ArrayList<>(libraries);
				if (!paths.contains(file)) {
					paths.add(file);
				}
				LoadedCatalogue loaded = loader.load(paths);
				for (SpecDiagnostic diagnostic : loaded.diagnostics()) {
					if (diagnostic.file() == null || diagnostic.line() < 1 || diagnostic.column() < 1) {
						failures.add(report(file, mutated, "an unlocated diagnostic: " + diagnostic));
					}
				}
				if (loaded.hasErrors()) {
					withErrors++;
				} else {
					Catalogue own = ofTheFile(loaded.catalogue(), file);
					new DocumentGenerator(EnumSet.allOf(OutputFormat.class), null).generate(own, dir.resolve("out"), (done, what) -> { });
					generated += own.qualifications().size() + own.units().size();
				}
			} catch (Throwable e) {
				StringWriter trace = new StringWriter();
				e.printStackTrace(new PrintWriter(trace));
				failures.add(report(file, mutated, trace.toString()));
			} finally {
				Files.writeString(file, original);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("SpecificationFuzzTest: %d mutated inputs in %.0f s (%.2f a second), %d with errors, %d generated "
				+ "in every format (%d qualifications and units), seed %d%n", inputs, seconds, inputs / seconds, withErrors,
				inputs - withErrors, generated, SEED);
		assertEquals(List.of(), failures);
		assertTrue(inputs > 0);
		assertTrue(inputs == withErrors || generated > 0, "the generated inputs' own qualifications and units were found");
	}

	/**
	 * What the mutated file holds: its qualifications (whose handbooks show the library units they list) and its own
	 * units. The libraries loaded beside it are unchanged, and generating their hundreds of unit documents in every
	 * format for each input would leave a few inputs a minute.
	 */
	private static Catalogue ofTheFile(Catalogue catalogue, Path file) {
		Predicate<SourceLocation> inFile = location -> location != null && location.file() != null && location.file().isFile()
				&& Path.of(location.file().toFileString()).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
		return new Catalogue(catalogue.qualifications().stream().filter(q -> inFile.test(q.location())).toList(),
				catalogue.units().stream().filter(u -> inFile.test(u.location())).toList(), catalogue.organisations());
	}

	/** One to three random edits: an insertion, a deleted span, a doubled or dropped line, or a cut. */
	static String mutate(String text, Random random) {
		String result = text;
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits && !result.isEmpty(); i++) {
			int at = random.nextInt(result.length());
			result = switch (random.nextInt(5)) {
				case 0 -> result.substring(0, at) + INSERTIONS[random.nextInt(INSERTIONS.length)] + result.substring(at);
				case 1 -> result.substring(0, at) + result.substring(Math.min(result.length(), at + 1 + random.nextInt(40)));
				case 2 -> lineEdit(result, at, true);
				case 3 -> lineEdit(result, at, false);
				default -> random.nextInt(10) == 0 ? result.substring(0, at) : result;
			};
		}
		return result;
	}

	/** Doubles or drops the line holding offset {@code at}. */
	private static String lineEdit(String text, int at, boolean doubled) {
		int start = text.lastIndexOf('\n', at) + 1;
		int end = text.indexOf('\n', at);
		end = end < 0 ? text.length() : end + 1;
		String line = text.substring(start, end);
		return text.substring(0, start) + (doubled ? line + line : "") + text.substring(end);
	}

	private String report(Path file, String text, String problem) {
		try {
			Path kept = Files.write(Files.createTempFile(Files.createDirectories(FAILURES), "failing-", ".qspec"),
					text.getBytes(StandardCharsets.UTF_8));
			return file.getFileName() + " mutated (kept as " + kept + "): " + problem;
		} catch (IOException e) {
			return file.getFileName() + " mutated: " + problem;
		}
	}
}
