package io.qualspec.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Generates handbooks and unit documents (HTML, PDF, DOCX), structure tables (CSV, XLSX),",
				"rule sets (JSON), grading (DMN) and CASE 1.1 packages, with an index.html linking them all.",
				"Nothing is written when the specifications have errors; a failed run leaves earlier outputs intact." })
final class GenerateCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The output folder.")
	Path output;

	@Option(names = "--formats", split = ",", paramLabel = "FORMAT",
			description = "Formats to generate (default: all): ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class)
	List<OutputFormat> formats = List.of();

	@Option(names = "--templates", paramLabel = "DIR",
			description = "A folder of templates that override the built-in ones (an awarding body's house style).")
	Path templates;

	@Override
	public Integer call() throws Exception {
		LoadedCatalogue loaded = loadWithoutErrors().orElse(null);
		if (loaded == null) {
			terminal.err.println("qualspec: nothing generated: the specifications have errors");
			return 1;
		}
		Set<OutputFormat> wanted = formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
		int total = DocumentGenerator.steps(loaded.catalogue());
		List<String> written = new DocumentGenerator(wanted, templates).generate(loaded.catalogue(),
				output, (done, what) -> terminal.progress(done, total, what));
		terminal.out.println("wrote " + written.size() + " files to " + Diagnostics.relative(output) + "; open "
				+ Diagnostics.relative(output.resolve("index.html")));
		return 0;
	}

	/** Accepts format names in any case. */
	static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
		@Override
		public OutputFormat convert(String value) {
			return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
		}
	}
}
