package io.qualspec.generators.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.qualspec.generators.importing.ImportOptions.SourceKind;

/**
 * Reads a source into an {@link ImportedSpecification}: a structure table (CSV, XLSX), a CASE package (JSON) or rows
 * of the Ofqual register (CSV), told apart by the file's extension and, for CSV, by its header (the register's
 * "Qualification Number" and "Qualification Title" without a unit column), unless the options say which.
 */
public final class Importer {

	private Importer() {
	}

	/** What was read, and everything that could not be (each value left out). */
	public record Result(SourceKind kind, ImportedSpecification specification, List<ImportProblem> problems) {
	}

	/** A source that cannot be imported at all (not readable, not a table or package, no title column). */
	public static final class ImportException extends Exception {
		private static final long serialVersionUID = 1L;

		public ImportException(String message) {
			super(message);
		}
	}

	/**
	 * @param file   the source
	 * @param source the source as problems name it (the path the user gave)
	 */
	public static Result read(Path file, String source, ImportOptions options) throws ImportException {
		List<ImportProblem> problems = new ArrayList<>();
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			SourceKind kind = options.kind() != null ? options.kind() : name.endsWith(".json") ? SourceKind.CASE : null;
			if (kind == SourceKind.CASE) {
				String json = Files.readString(file, StandardCharsets.UTF_8);
				return new Result(kind, new CasePackageImport(source, options, problems).read(json), problems);
			}
			if (!name.endsWith(".csv") && !name.endsWith(".xlsx") && kind == null) {
				throw new ImportException(source + ": not a source the import reads: a structure table (.csv, .xlsx), "
						+ "a CASE package (.json) or rows of the Ofqual register (.csv); or say which with --from");
			}
			SourceTable table = SourceTable.read(file, source);
			if (kind == null) {
				kind = !StructureTableImport.isStructureTable(table.header(), options.columns())
						&& RegisterImport.isRegisterTable(table.header(), options.columns()) ? SourceKind.REGISTER : SourceKind.STRUCTURE;
			}
			ImportedSpecification specification = kind == SourceKind.REGISTER
					? new RegisterImport(table, options, problems).read()
					: new StructureTableImport(table, options, problems).read();
			return new Result(kind, specification, problems);
		} catch (java.nio.file.NoSuchFileException e) {
			throw new ImportException(source + ": no such file");
		} catch (IOException e) {
			throw new ImportException(e.getMessage() == null ? source + ": cannot be read" : e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new ImportException(e.getMessage());
		}
	}
}
