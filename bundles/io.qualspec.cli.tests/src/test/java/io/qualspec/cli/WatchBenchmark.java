package io.qualspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.testing.Repository;

/**
 * A harness that prints figures, not a timed test: run it with {@code ./mvnw -B verify -Dqualspec.benchmark=true}.
 * The edit-and-look loop of {@code qualspec generate --watch}, the command in its own process on a copy of examples/
 * (HTML only): the time from writing a file to the regenerated handbook being in place (the file at its path holding
 * the edit), for {@value #EDITS} edits of one qualification's file and then of the shared unit library that several
 * qualifications use, with the JVM as the launcher runs the command (C1 only, the serial collector) and with both compilers;
 * beside it, a cold {@code qualspec generate} of the same handbook from its three files, and pandoc turning that
 * handbook, as Markdown, into a standalone HTML page (when pandoc is installed).
 */
@EnabledIfSystemProperty(named = "qualspec.benchmark", matches = "true")
class WatchBenchmark {

	private static final int EDITS = 15;
	private static final int COLD_RUNS = 5;
	private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");

	@TempDir
	Path dir;

	@Test
	void editAndLook() throws Exception {
		Path examples = Repository.copyOfExamples(dir);
		Path qualification = examples.resolve("ocr/customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec");
		Path library = examples.resolve("shared/customer-service-units.qspec");
		System.out.printf("BENCHMARK watch: load average %.2f at the start%n", load());
		for (List<String> jvm : List.of(C1_ONLY, List.<String>of())) {
			String compilers = jvm.isEmpty() ? "C1 and C2" : "C1 only";
			Path out = dir.resolve("out-" + (jvm.isEmpty() ? "c2" : "c1"));
			try (Watch watch = Watch.start(jvm, examples, out)) {
				double cpuBefore = watch.cpuMillis();
				List<Double> qualificationEdits = edits(watch, qualification,
						"\"OCR Level 2 NVQ Certificate in Customer Service", out.resolve("qualifications/500-8625-x/handbook.html"));
				double cpuBetween = watch.cpuMillis();
				List<Double> libraryEdits = edits(watch, library, "unit A/506/2130 \"Deliver customer service",
						out.resolve("qualifications/603-4767-3/handbook.html"));
				double cpuAfter = watch.cpuMillis();
				System.out.printf("BENCHMARK watch (%s), save to handbook in place, median of %d (min-max), and the process's CPU "
						+ "time per save: a qualification's file %.0f ms (%.0f-%.0f), CPU %.0f ms; the shared unit library %.0f ms "
						+ "(%.0f-%.0f), CPU %.0f ms; first generation %.1f s; load average %.2f%n", compilers, EDITS,
						median(qualificationEdits), Collections.min(qualificationEdits), Collections.max(qualificationEdits),
						(cpuBetween - cpuBefore) / EDITS, median(libraryEdits), Collections.min(libraryEdits),
						Collections.max(libraryEdits), (cpuAfter - cpuBetween) / EDITS, watch.startSeconds, load());
			}
		}
		Path ocr = Repository.examples().resolve("ocr");
		List<Double> cold = new ArrayList<>();
		for (int run = 0; run < COLD_RUNS; run++) {
			long start = System.nanoTime();
			Process generate = java(C1_ONLY, "generate", ocr.resolve("ocr.qspec").toString(),
					ocr.resolve("customer-service-nvq/units.qspec").toString(),
					ocr.resolve("customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec").toString(), "--formats", "html", "-o",
					dir.resolve("cold").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			assertEquals(0, generate.waitFor());
			cold.add((System.nanoTime() - start) / 1e6);
		}
		System.out.printf("BENCHMARK cold qualspec generate of the same handbook (3 files, HTML, its own JVM, C1 only, no "
				+ "class-data archive), median of %d: %.0f ms; load average %.2f%n", COLD_RUNS, median(cold), load());
		pandoc(dir.resolve("cold/qualifications/500-8625-x/handbook.html"));
	}

	/** Edits the file {@value #EDITS} times after the text; the milliseconds from each write to the handbook holding it. */
	private static List<Double> edits(Watch watch, Path file, String text, Path handbook) throws Exception {
		String original = Files.readString(file);
		List<Double> millis = new ArrayList<>();
		for (int edit = 1; edit <= EDITS; edit++) {
			String marker = " (edit " + edit + ")";
			String edited = original.replace(text, text + marker);
			Object before = Files.readAttributes(handbook, BasicFileAttributes.class).fileKey();
			long start = System.nanoTime();
			Files.writeString(file, edited);
			while (Files.readAttributes(handbook, BasicFileAttributes.class).fileKey().equals(before)
					|| !Files.readString(handbook).contains(text.substring(text.indexOf('"') + 1) + marker)) {
				if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
					throw new AssertionError("no regeneration after 60 s:\n" + String.join("\n", watch.lines));
				}
				Thread.sleep(1);
			}
			millis.add((System.nanoTime() - start) / 1e6);
			watch.awaitLine(": regenerated ");
			Thread.sleep(200); // as an author would, between saves
		}
		return millis;
	}

	/** pandoc's time for the same handbook as Markdown to a standalone HTML page, or a line saying it is not installed. */
	private void pandoc(Path handbook) throws Exception {
		Path markdown = dir.resolve("handbook.md");
		Process convert;
		try {
			convert = new ProcessBuilder("pandoc", "-f", "html", "-t", "markdown", "-o", markdown.toString(), handbook.toString())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			System.out.println("BENCHMARK pandoc: not installed, no reference figure");
			return;
		}
		assertEquals(0, convert.waitFor());
		List<Double> times = new ArrayList<>();
		for (int run = 0; run < COLD_RUNS; run++) {
			long start = System.nanoTime();
			Process pandoc = new ProcessBuilder("pandoc", "-s", "--metadata", "title=Handbook", "-o",
					dir.resolve("pandoc.html").toString(), markdown.toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			assertEquals(0, pandoc.waitFor());
			times.add((System.nanoTime() - start) / 1e6);
		}
		System.out.printf("BENCHMARK pandoc, the same handbook as Markdown (%,d bytes) to a standalone HTML page, median "
				+ "of %d: %.0f ms; load average %.2f%n", Files.size(markdown), COLD_RUNS, median(times), load());
	}

	/** The command in its own JVM, on this test's class path, with the options the launcher gives it (./qualspec). */
	private static ProcessBuilder java(List<String> options, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--sun-misc-unsafe-memory-access=allow", "-Dguice_bytecode_gen_option=DISABLED", "-Xss4m", "-XX:+UseSerialGC",
				"-Dshut.up.ojAlgo=true"));
		command.addAll(options);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command);
	}

	/** {@code generate --watch} running, its output lines collected. */
	private static final class Watch implements AutoCloseable {

		private final Process process;
		private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
		private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
		private double startSeconds;

		private Watch(Process process) {
			this.process = process;
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						lines.add(line);
						fresh.add(line);
					}
				} catch (IOException e) {
					// the process ended
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		static Watch start(List<String> jvm, Path examples, Path out) throws Exception {
			long start = System.nanoTime();
			Watch watch = new Watch(java(jvm, "generate", examples.toString(), "-o", out.toString(), "--formats", "html", "--watch")
					.redirectErrorStream(true).start());
			watch.awaitLine("watching ");
			watch.startSeconds = (System.nanoTime() - start) / 1e9;
			return watch;
		}

		/** The CPU time the process has used so far, every thread (compilers and collector included). */
		double cpuMillis() {
			return process.info().totalCpuDuration().orElseThrow().toNanos() / 1e6;
		}

		void awaitLine(String text) throws InterruptedException {
			for (String line = fresh.poll(120, TimeUnit.SECONDS); ; line = fresh.poll(120, TimeUnit.SECONDS)) {
				if (line == null) {
					throw new AssertionError("no line with \"" + text + "\":\n" + String.join("\n", lines));
				}
				if (line.contains(text)) {
					return;
				}
			}
		}

		@Override
		public void close() throws InterruptedException {
			process.destroy(); // SIGTERM, as Ctrl-C stops it
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
