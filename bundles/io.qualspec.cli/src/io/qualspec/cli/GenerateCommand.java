package io.qualspec.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

// the full synopsis would break inside [--formats=FORMAT[,FORMAT...]]
@Command(name = "generate", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
		header = "Generates handbooks, unit documents, tables and exports.",
		description = { "Handbooks and unit documents (HTML, PDF, DOCX), structure tables (CSV, XLSX),",
				"rule sets (JSON), grading (DMN), CASE 1.1 packages and Ofqual register rows",
				"(CSV), with an index.html.",
				"Nothing is written when the specifications have errors;",
				"a failed run leaves earlier outputs intact. With --watch, it keeps watching",
				"and regenerates only the documents each saved change affects." })
final class GenerateCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The output folder.")
	Path output;

	@Option(names = "--formats", split = ",", paramLabel = "FORMAT",
			description = { "The formats to generate (default: all):", "${COMPLETION-CANDIDATES}." },
			converter = FormatConverter.class, completionCandidates = FormatWords.class)
	List<OutputFormat> formats = List.of();

	@Option(names = "--templates", paramLabel = "DIR",
			description = { "Templates that override the built-in ones", "(an awarding body's house style)." })
	Path templates;

	@Option(names = "--previous", paramLabel = "OLD", description = { "The earlier version (folder, REV or REV:path):",
			"CASE packages link changed items to it", "with replacedBy associations." })
	String previous;

	@Option(names = "--git", paramLabel = "DIR", description = "A folder in the git repository of --previous.")
	Path repository;

	@Option(names = "--watch", description = { "After generating, watch the specifications",
			"and regenerate what each save changes", "(Ctrl-C stops; not with --previous)." })
	boolean watch;

	@Override
	public Integer call() throws Exception {
		if (watch && previous != null) {
			terminal.err.println(terminal.red("qualspec: ") + "--watch cannot be combined with --previous");
			return Main.USAGE_ERROR;
		}
		if (watch) {
			return new WatchMode(terminal, paths, output, new DocumentGenerator(wanted(), templates)).run();
		}
		LoadedCatalogue loaded = loadWithoutErrors().orElse(null);
		if (loaded == null) {
			terminal.err.println("qualspec: nothing generated: the specifications have errors");
			return 1;
		}
		Catalogue earlier = null;
		if (previous != null) {
			try (SpecificationVersion version = SpecificationVersion.of(previous, repository)) {
				LoadedCatalogue loadedEarlier = version.load();
				if (version.reportErrors(loadedEarlier, terminal)) {
					terminal.err.println("qualspec: nothing generated: the previous version " + previous + " has errors");
					return 1;
				}
				earlier = loadedEarlier.catalogue();
			}
		}
		int total = DocumentGenerator.steps(loaded.catalogue());
		List<String> written = new DocumentGenerator(wanted(), templates).withPrevious(earlier).generate(loaded.catalogue(),
				output, (done, what) -> terminal.progress(done, total, what));
		terminal.out.println("wrote " + written.size() + " files to " + Diagnostics.relative(output) + "; open "
				+ Diagnostics.relative(output.resolve("index.html")));
		return 0;
	}

	private Set<OutputFormat> wanted() {
		return formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
	}

	/** The formats as they are written on the command line: html, pdf, ... */
	static final class FormatWords implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return Arrays.stream(OutputFormat.values()).map(OutputFormat::word).iterator();
		}
	}

	/** Accepts format names in any case; an unknown one is a usage error that lists the valid ones. */
	static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
		@Override
		public OutputFormat convert(String value) {
			try {
				return OutputFormat.of(value);
			} catch (IllegalArgumentException e) {
				throw new CommandLine.TypeConversionException(e.getMessage());
			}
		}
	}
}
