package io.qualspec.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import io.qualspec.generators.importing.ImportOptions;
import io.qualspec.generators.importing.ImportOptions.SourceKind;
import io.qualspec.generators.importing.ImportProblem;
import io.qualspec.generators.importing.Importer;
import io.qualspec.generators.importing.SpecificationText;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
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
		if (library != null && !library.matches("\\^?[A-Za-z_][A-Za-z0-9_]*(\\.\\^?[A-Za-z_][A-Za-z0-9_]*)*")) {
			terminal.err.println(terminal.red("qualspec: ") + "--library " + library
					+ ": a library name is names of letters, digits and _ joined by dots (ocr.customerservice)");
			return Main.USAGE_ERROR;
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + Diagnostics.relative(output)
					+ " is a file; give a folder to write into");
			return 1;
		}
		String sourceName = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		ImportOptions options = new ImportOptions(sourceName, kind, library, title, columns, itemTypes);
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
		Map<String, String> files = new SpecificationText(keywords()).files(result.specification());
		Optional<Map<String, String>> formatted = canonical(files);
		if (formatted.isEmpty()) {
			return 1;
		}
		List<String> existing = files.keySet().stream().filter(name -> Files.exists(output.resolve(name), LinkOption.NOFOLLOW_LINKS))
				.toList();
		if (!existing.isEmpty() && !force) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + Diagnostics.relative(output)
					+ " already has " + String.join(", ", existing) + " (give --force to replace them)");
			return 1;
		}
		try {
			writeAll(formatted.get());
		} catch (IOException e) {
			terminal.err.println(terminal.red("qualspec: ") + "nothing imported: " + e.getMessage());
			return 1;
		}
		terminal.out.println("imported " + Diagnostics.relative(source) + " (" + result.kind().name().toLowerCase(Locale.ROOT)
				+ "): wrote " + String.join(", ", files.keySet()) + " to " + Diagnostics.relative(output));
		List<Path> written = files.keySet().stream().map(output::resolve).toList();
		return Diagnostics.report(CatalogueLoader.create().load(written), terminal) ? 1 : 0;
	}

	/** The language's keywords, which a name must escape with ^. */
	private static Set<String> keywords() {
		return GrammarUtil.getAllKeywords(CatalogueLoader.injector().getInstance(IGrammarAccess.class).getGrammar());
	}

	/**
	 * The files in the canonical layout: written to a scratch folder, loaded and formatted by the language (what
	 * "qualspec format" writes). Empty, after saying why, when one does not parse (a fault of the import).
	 */
	private Optional<Map<String, String>> canonical(Map<String, String> files) throws IOException {
		Path scratch = Files.createTempDirectory("qualspec-import-");
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(scratch.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			CatalogueLoader loader = CatalogueLoader.create();
			LoadedCatalogue loaded = loader.load(List.of(scratch));
			Map<String, String> formatted = new LinkedHashMap<>();
			for (String name : files.keySet()) {
				Optional<String> text = loader.canonicalText(loaded, scratch.resolve(name));
				if (text.isEmpty()) {
					loaded.errors().stream().filter(d -> d.file().getFileName().toString().equals(name)).findFirst()
							.ifPresent(d -> terminal.err.println(terminal.red("qualspec: ") + "nothing imported: the text written for "
									+ name + " does not parse (" + d.line() + ":" + d.column() + ": " + d.message() + ")"));
					return Optional.empty();
				}
				formatted.put(name, text.get());
			}
			return Optional.of(formatted);
		} finally {
			deleteTree(scratch);
		}
	}

	/**
	 * Writes every file or none: each is staged in a hidden folder inside the output folder, and only when all are
	 * staged are they moved into place, the files they replace (with --force) moved aside first and put back if a
	 * move fails.
	 */
	private void writeAll(Map<String, String> files) throws IOException {
		Files.createDirectories(output);
		Path staging = Files.createTempDirectory(output, ".qualspec-import-");
		Path aside = Files.createDirectory(staging.resolve(".replaced"));
		List<String> replaced = new ArrayList<>();
		List<String> placed = new ArrayList<>();
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			try {
				for (String name : files.keySet()) {
					if (Files.exists(output.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
						if (!force) {
							throw new FileAlreadyExistsException(Diagnostics.relative(output.resolve(name)) + " appeared meanwhile");
						}
						Files.move(output.resolve(name), aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
						replaced.add(name);
					}
					Files.move(staging.resolve(name), output.resolve(name), StandardCopyOption.ATOMIC_MOVE);
					placed.add(name);
				}
			} catch (IOException e) {
				for (String name : placed) {
					Files.deleteIfExists(output.resolve(name));
				}
				for (String name : replaced) {
					Files.move(aside.resolve(name), output.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				}
				throw new IOException("cannot write into " + Diagnostics.relative(output) + ": " + e.getMessage(), e);
			}
		} finally {
			deleteTree(staging);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
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
