package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.generators.OutputFolder;

/**
 * A generation run killed (SIGKILL) at random moments never leaves a mix of two runs' files: after each kill
 * the output folder is entirely the previous run's or entirely the killed run's, or (killed between the two
 * renames of the swap) missing with the previous run complete beside it; and the next run's start always
 * leaves it entirely one or the other, with nothing beside it.
 */
class KilledRunTest {

	private static final int TRIALS = 40;

	@TempDir
	Path dir;

	@Test
	void aRunKilledAtAnyMomentLeavesTheOldOrTheNewOutputWhole() throws Exception {
		Path out = dir.resolve("out");
		GenerationRun.main(new String[] { out.toString(), "0" });
		long started = System.nanoTime();
		assertEquals(0, run(out, 1).waitFor(), "an unkilled run succeeds");
		long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		int current = 1;
		Random random = new Random(15);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int trial = 0; trial < TRIALS; trial++) {
			int next = current + 1;
			Process child = run(out, next);
			Thread.sleep(random.nextLong(runMillis * 11 / 10 + 1));
			child.destroyForcibly();
			child.waitFor();
			String outcome;
			if (Files.exists(out)) {
				int found = generation(out);
				assertTrue(found == current || found == next, "generation " + found);
				outcome = found == current ? "old output whole" : "new output whole";
			} else {
				List<Path> aside = siblings(out);
				assertEquals(1, aside.stream().filter(p -> p.getFileName().toString().startsWith(".out.old-")).count(),
						aside.toString());
				assertEquals(current, generation(aside.stream().filter(p -> p.getFileName().toString().startsWith(".out.old-"))
						.findFirst().orElseThrow()));
				outcome = "killed between the renames, old output whole beside";
			}
			outcomes.merge(outcome, 1, Integer::sum);
			new OutputFolder(out).close(); // the next run's start tidies up
			int after = generation(out);
			assertTrue(after == current || after == next, "generation " + after);
			assertEquals(List.of(), siblings(out), "nothing left beside the output folder");
			current = after;
		}
		System.out.println("KilledRunTest: " + TRIALS + " runs of " + GenerationRun.FILES + " files killed within "
				+ runMillis + " ms of starting: " + outcomes);
		assertEquals(TRIALS, outcomes.values().stream().mapToInt(Integer::intValue).sum());
	}

	private static Process run(Path out, int generation) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GenerationRun.class.getName(),
				out.toString(), Integer.toString(generation)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
	}

	/** The generation every file of the folder holds; fails when files are missing or from different runs. */
	private static int generation(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> written = files.filter(Files::isRegularFile)
					.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
			List<String> generations = written.stream().map(KilledRunTest::read).distinct().toList();
			if (written.size() != GenerationRun.FILES || generations.size() != 1) {
				fail(folder + " holds " + written.size() + " files of generations " + generations);
			}
			return Integer.parseInt(generations.get(0));
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** What lies beside the output folder, other than the output folder itself. */
	private List<Path> siblings(Path out) throws IOException {
		try (Stream<Path> all = Files.list(dir)) {
			return all.filter(p -> !p.equals(out)).toList();
		}
	}
}
