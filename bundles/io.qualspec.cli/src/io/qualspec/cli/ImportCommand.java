package io.qualspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import io.qualspec.generators.importing.ImportOptions;
import io.qualspec.generators.importing.ImportOptions.SourceKind;
import io.qualspec.generators.importing.ImportProblem;
import io.qualspec.generators.importing.ImportedFiles;
import io.qualspec.generators.importing.Importer;
import io.qualspec.loading.CatalogueLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
		header = "Writes specifications from existing material.",
		description = { "Reads a structure table (CSV, XLSX), a CASE 1.0/1.1 package (JSON) or rows",
				"of the Ofqual register (CSV) and writes .qspec files in the canonical layout:",
				"a unit library and qualification skeletons, or qualification stubs.",
				"Values the source does not have are left out; what cannot be read is",
				"reported with its row and column. All files are written or none;",
				"existing files are not replaced without --force." })
final class ImportCommand implements Callable<Integer>, Main.TerminalAware {

	@Parameters(index = "0", paramLabel = "SOURCE", description = "The file to import.")
	Path source;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FOLDER",
			description = "The folder to write the .qspec files into.")
	Path output;

	@Option(names = "--force", description = "Replace files of the same names in FOLDER.")
	boolean force;

	@Option(names = "--from", paramLabel = "KIND", description = { "What SOURCE is: structure, case or register",
			"(default: told from the file)." }, converter = KindConverter.class)
	SourceKind kind;

	@Option(names = "--library", paramLabel = "NAME", description = { "The name of the unit library to write",
			"(default: from the package's title or", "the file's name)." })
	String library;

	@Option(names = "--title", paramLabel = "TEXT", description = { "The title of a qualification the table",
			"names without one." })
	String title;

	@Option(names = "--column", paramLabel = "FIELD=HEADER", description = { "Which column holds a field, e.g.",
			"--column title=\"Unit name\". Fields:", "qualification, qualification-title, group,",
			"group-label, group-kind, unit-number,", "sector-code, reference, urn, title,",
			"credits, level, glh, assessment." })
	Map<String, String> columns = new LinkedHashMap<>();

	@Option(names = "--item-type", paramLabel = "TYPE=KIND", description = { "What a CASE item type is: unit,",
			"outcome, criterion or none (a container),", "e.g. --item-type Cluster=unit." })
	Map<String, String> itemTypes = new LinkedHashMap<>();

	Terminal terminal = Terminal.system();

	@Override
	public void use(Terminal terminal) {
		this.terminal = terminal;
	}

	@Override
	public Integer call() throws Exception {
		for (String kindName : itemTypes.values()) {
			if (!Set.of("unit", "outcome", "criterion", "none").contains(kindName.toLowerCase(Locale.ROOT))) {
				terminal.err.println(terminal.red("qualspec: ") + "--item-type ...=" + kindName
						+ ": the kinds are unit, outcome, criterion and none");
				return Main.USAGE_ERROR;
			}
		}
		if (library != null && !ImportedFiles.isLibraryName(library)) {
			terminal.err.println(terminal.red("qualspec: ") + "--library " + library
					+ ": a library name is names of letters, digits and _ joined by dots (ocr.customerservice)");
			return Main.USAGE_ERROR;
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + Diagnostics.relative(output)
					+ " is a file; give a folder to write into");
			return 1;
		}
		ImportOptions options = new ImportOptions(ImportOptions.sourceName(source), kind, library, title, columns, itemTypes);
		Importer.Result result;
		try {
			result = Importer.read(source, Diagnostics.relative(source), options);
		} catch (Importer.ImportException e) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + e.getMessage());
			return 1;
		}
		for (ImportProblem problem : result.problems()) {
			terminal.err.println(problem.source() + (problem.row() > 0 ? ":" + problem.row() : "") + ": "
					+ terminal.yellow("warning") + ": " + (problem.column() == null ? "" : problem.column() + ": ") + problem.message());
		}
		Map<String, String> files;
		try {
			files = ImportedFiles.canonical(result.specification(), CatalogueLoader.injector());
		} catch (Importer.ImportException e) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + e.getMessage());
			return 1;
		}
		List<String> existing = ImportedFiles.existing(output, files.keySet());
		if (!existing.isEmpty() && !force) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + Diagnostics.relative(output)
					+ " already has " + String.join(", ", existing) + " (give --force to replace them)");
			return 1;
		}
		try {
			ImportedFiles.writeAll(output, Diagnostics.relative(output), files, force);
		} catch (IOException e) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + e.getMessage());
			return 1;
		}
		terminal.out.println("imported " + Diagnostics.relative(source) + " (" + result.kind().name().toLowerCase(Locale.ROOT)
				+ "): wrote " + String.join(", ", files.keySet()) + " to " + Diagnostics.relative(output));
		List<Path> written = files.keySet().stream().map(output::resolve).toList();
		return Diagnostics.report(CatalogueLoader.create().load(written), terminal) ? 1 : 0;
	}

	/** The source kinds in any case: structure, case, register. */
	static final class KindConverter implements picocli.CommandLine.ITypeConverter<SourceKind> {
		@Override
		public SourceKind convert(String value) {
			try {
				return SourceKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a kind of source; the kinds are "
						+ "structure, case and register");
			}
		}
	}
}
