package io.qualspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A harness that prints figures, not a timed test: run it with {@code ./mvnw -B verify
 * -Dqualspec.benchmark=true}. It writes synthetic catalogues of 1,000 and 10,000 units (unit libraries of
 * 100 units with outcomes and criteria; one qualification per 25 units with four groups, credit, group and
 * level rules, and points-based grading on every third) and times the whole pipeline through the command:
 * load and validate, analyse, and generate every format.
 */
@EnabledIfSystemProperty(named = "qualspec.benchmark", matches = "true")
class PipelineBenchmark {

	@TempDir
	Path dir;

	@Test
	void fullPipelineOn1000And10000Units() throws IOException {
		double[] seconds = new double[2];
		int[] sizes = { 1_000, 10_000 };
		for (int i = 0; i < sizes.length; i++) {
			Path catalogue = synthetic("catalogue-", sizes[i]);
			long start = System.nanoTime();
			CommandLineTest.Run validate = CommandLineTest.run("validate", catalogue.toString());
			long validated = System.nanoTime();
			CommandLineTest.Run analyse = CommandLineTest.run("analyse", catalogue.toString());
			long analysed = System.nanoTime();
			CommandLineTest.Run generate = CommandLineTest.run("generate", catalogue.toString(), "-o",
					dir.resolve("out-" + sizes[i]).toString());
			long generated = System.nanoTime();
			assertEquals(0, validate.exit(), validate.out());
			assertEquals(0, analyse.exit(), analyse.err());
			assertEquals(0, generate.exit(), generate.err());
			seconds[i] = (generated - start) / 1e9;
			System.out.printf("BENCHMARK %,d units: validate %.1f s, analyse %.1f s, generate all formats %.1f s, total %.1f s, peak heap %,d MB%n",
					sizes[i], (validated - start) / 1e9, (analysed - validated) / 1e9, (generated - analysed) / 1e9,
					seconds[i], peakHeap() / (1024 * 1024));
		}
		System.out.printf("BENCHMARK 10x catalogue costs %.1fx%n", seconds[1] / seconds[0]);
	}

	/**
	 * Validation alone of 10,000 and 100,000 units (100 and 1,000 libraries, 400 and 4,000 qualifications), the
	 * issue's scale goal: at most ten times the time for ten times the units, under 4 GB. Minutes long, so only with
	 * {@code -Dqualspec.benchmark.scale=true} as well.
	 */
	@Test
	@EnabledIfSystemProperty(named = "qualspec.benchmark.scale", matches = "true")
	void validationOf10000And100000Units() throws IOException {
		double[] seconds = new double[2];
		int[] sizes = { 10_000, 100_000 };
		for (int i = 0; i < sizes.length; i++) {
			Path catalogue = synthetic("scale-", sizes[i]);
			long start = System.nanoTime();
			CommandLineTest.Run validate = CommandLineTest.run("validate", catalogue.toString());
			seconds[i] = (System.nanoTime() - start) / 1e9;
			System.out.printf("BENCHMARK validate %,d units: %.1f s, peak heap %,d MB, %s%n", sizes[i], seconds[i],
					peakHeap() / (1024 * 1024), validate.err().strip());
			validate.out().lines().filter(line -> line.contains(": error: ")).limit(5).forEach(System.out::println);
		}
		System.out.printf("BENCHMARK validate, 10x catalogue costs %.1fx%n", seconds[1] / seconds[0]);
	}

	/**
	 * A synthetic catalogue of this many units, written afresh, with the heap's peaks reset to time it. With
	 * {@code -Dqualspec.benchmark.keep=FOLDER} it is written there and kept, to time the command as a user runs it
	 * ({@code ./qualspec validate FOLDER/scale-100000}).
	 */
	private Path synthetic(String name, int units) throws IOException {
		String keep = System.getProperty("qualspec.benchmark.keep");
		Path catalogue = (keep == null ? dir : Path.of(keep)).resolve(name + units);
		SyntheticCatalogue.write(catalogue, units, new Random(units));
		resetPeaks();
		return catalogue;
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	/** Writes a synthetic but realistic catalogue of .qspec files. */
	static final class SyntheticCatalogue {

		static void write(Path dir, int unitCount, Random random) throws IOException {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("organisation.qspec"),
					"awarding organisation BENCH \"Benchmark Awards\" {\n\twebsite \"www.example.org\"\n}\n");
			int libraries = (unitCount + 99) / 100;
			for (int library = 0; library < libraries; library++) {
				StringBuilder text = new StringBuilder("unit library bench.lib" + library + " \"Library " + library + "\" {\n");
				for (int u = library * 100; u < Math.min(unitCount, (library + 1) * 100); u++) {
					int credits = 2 + random.nextInt(8); // GLH below 10 hours a credit (size.glhExceedsTqt)
					text.append("\tunit ").append(urn(u)).append(" \"Synthetic unit ").append(u).append("\" {\n")
							.append("\t\tlevel ").append(1 + random.nextInt(3)).append("\n\t\tcredits ").append(credits)
							.append("\n\t\tglh ").append(credits * 6 + random.nextInt(4)).append("\n\t\tassessment internal\n");
					for (int outcome = 1; outcome <= 3; outcome++) {
						// every text its own, as in a real library (the same texts in every unit would be two million
						// duplicate-text warnings at 100,000 units)
						text.append("\t\toutcome ").append(outcome).append(" \"Understand topic ").append(outcome)
								.append(" of unit ").append(u).append("\" {\n");
						for (int criterion = 1; criterion <= 4; criterion++) {
							text.append("\t\t\tcriterion ").append(outcome).append('.').append(criterion)
									.append(" \"Explain aspect ").append(criterion).append(" of topic ").append(outcome)
									.append(" in unit ").append(u).append("\"\n");
						}
						text.append("\t\t}\n");
					}
					text.append("\t}\n");
				}
				Files.writeString(dir.resolve("library-" + library + ".qspec"), text.append("}\n").toString());
			}
			for (int q = 0; q < unitCount / 25; q++) {
				StringBuilder text = new StringBuilder();
				int first = q * 25;
				text.append("use bench.lib").append(first / 100).append("\n\nqualification ").append(qn(q))
						.append(" \"Synthetic Level 2 Certificate ").append(q).append("\" {\n\tawarded by BENCH\n\tlevel 2\n");
				String[] groups = { "A", "B", "C", "D" };
				for (int g = 0; g < groups.length; g++) {
					text.append("\n\tgroup ").append(groups[g]).append(" \"Group ").append(groups[g]).append("\" ")
							.append(g == 0 ? "mandatory" : "optional").append(" {\n");
					int from = first + (g == 0 ? 0 : 2 + (g - 1) * 7);
					int to = g == 0 ? first + 2 : from + 7;
					for (int u = from; u < to; u++) {
						text.append("\t\tunit ").append(u - first + 1).append(" = ").append(urn(u)).append('\n');
					}
					text.append("\t}\n");
				}
				text.append("\n\trules {\n\t\tcredits at least 30\n\t\tunits from each optional group at least 1\n")
						.append("\t\tcredits from optional groups overlapping at level 2 at least 6\n\t\tcredits from D at most 20\n\t}\n");
				if (q % 3 == 0) {
					text.append("\n\tgrading {\n\t\tqualification grades pass, merit, distinction\n");
					for (int glh = 12; glh <= 63; glh++) {
						text.append("\t\tpoints for ").append(glh).append(" glh: pass ").append(glh / 4).append(", merit ")
								.append(glh / 3).append(", distinction ").append(glh / 2).append(", unclassified 0\n");
					}
					text.append("\t\tband distinction \"D\" from 150\n\t\tband merit \"M\" from 100 to 149\n")
							.append("\t\tband pass \"P\" from 50 to 99\n\t\tband unclassified \"U\" below 50\n\t}\n");
				} else {
					text.append("\n\tgrading {\n\t\tpass or fail\n\t}\n");
				}
				Files.writeString(dir.resolve("qualification-" + q + ".qspec"), text.append("}\n").toString());
			}
		}

		/** A URN with a valid check letter (see CheckCharacters), numbered from 700/0000. */
		static String urn(int n) {
			String digits = String.format("%07d", 7_000_000 + n);
			return "ADFHJKLMRTY".charAt(checkSum(digits) % 11) + "/" + digits.substring(0, 3) + "/" + digits.substring(3);
		}

		/** A QN with a valid check character, numbered from 700/0000. */
		static String qn(int n) {
			String digits = String.format("%07d", 7_000_000 + n);
			int check = checkSum(digits) % 11;
			return digits.substring(0, 3) + "/" + digits.substring(3) + "/" + (check == 10 ? "X" : String.valueOf(check));
		}

		private static int checkSum(String digits) {
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (8 - i) * (digits.charAt(i) - '0');
			}
			return sum;
		}
	}
}
