package io.qualspec.generators.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Injector;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;

/**
 * The .qspec files of an import, in the canonical layout, and their writing into a folder: what {@code qualspec
 * import} and the workbench's Import wizard both do with an {@link Importer.Result}.
 */
public final class ImportedFiles {

	private ImportedFiles() {
	}

	/** A library name as the language writes one: names of letters, digits and _ joined by dots (ocr.customerservice). */
	public static boolean isLibraryName(String name) {
		return name.matches("\\^?[A-Za-z_][A-Za-z0-9_]*(\\.\\^?[A-Za-z_][A-Za-z0-9_]*)*");
	}

	/**
	 * The files (name → text) of what was imported, in the canonical layout: written to a scratch folder, loaded and
	 * formatted by the language (what "qualspec format" writes).
	 *
	 * @param language the language's injector that parses .qspec files in this process: in a workbench, the
	 *                 workbench's (a parse and a formatter of two injectors see two copies of the grammar, and the
	 *                 formatter then finds no statement to put on a line of its own)
	 * @throws Importer.ImportException when the text written for a file does not parse (a fault of the import)
	 */
	public static Map<String, String> canonical(ImportedSpecification specification, Injector language)
			throws IOException, Importer.ImportException {
		Set<String> keywords = GrammarUtil.getAllKeywords(language.getInstance(IGrammarAccess.class).getGrammar());
		Map<String, String> files = new SpecificationText(keywords).files(specification);
		Path scratch = Files.createTempDirectory("qualspec-import-");
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(scratch.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			CatalogueLoader loader = language.getInstance(CatalogueLoader.class);
			LoadedCatalogue loaded = loader.load(List.of(scratch));
			Map<String, String> formatted = new LinkedHashMap<>();
			for (String name : files.keySet()) {
				Optional<String> text = loader.canonicalText(loaded, scratch.resolve(name));
				if (text.isEmpty()) {
					String why = loaded.errors().stream().filter(d -> d.file().getFileName().toString().equals(name)).findFirst()
							.map(d -> " (" + d.line() + ":" + d.column() + ": " + d.message() + ")").orElse("");
					throw new Importer.ImportException("the text written for " + name + " does not parse" + why);
				}
				formatted.put(name, text.get());
			}
			return formatted;
		} finally {
			deleteTree(scratch);
		}
	}

	/** The names of the files that the folder already has. */
	public static List<String> existing(Path folder, Set<String> names) {
		return names.stream().filter(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)).toList();
	}

	/**
	 * Writes every file or none: each is staged in a hidden folder inside the output folder, and only when all are
	 * staged are they moved into place, the files they replace (when {@code replace}) moved aside first and put back
	 * if a move fails.
	 *
	 * @param folderName the folder as messages name it
	 */
	public static void writeAll(Path folder, String folderName, Map<String, String> files, boolean replace) throws IOException {
		Files.createDirectories(folder);
		Path staging = Files.createTempDirectory(folder, ".qualspec-import-");
		Path aside = Files.createDirectory(staging.resolve(".replaced"));
		List<String> replaced = new ArrayList<>();
		List<String> placed = new ArrayList<>();
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			try {
				for (String name : files.keySet()) {
					if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
						if (!replace) {
							throw new FileAlreadyExistsException(folderName + "/" + name + " appeared meanwhile");
						}
						Files.move(folder.resolve(name), aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
						replaced.add(name);
					}
					Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
					placed.add(name);
				}
			} catch (IOException e) {
				for (String name : placed) {
					Files.deleteIfExists(folder.resolve(name));
				}
				for (String name : replaced) {
					Files.move(aside.resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				}
				throw new IOException("cannot write into " + folderName + ": " + e.getMessage(), e);
			}
		} finally {
			deleteTree(staging);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
