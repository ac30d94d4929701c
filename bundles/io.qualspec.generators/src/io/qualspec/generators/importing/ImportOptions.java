package io.qualspec.generators.importing;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to read a source.
 *
 * @param sourceName the source's file name without its extension, for names the source does not give
 * @param kind       what the source is, or null to tell from the file
 * @param library    the name of the unit library to write, or null for one made from the source's name
 * @param title      the title of a qualification the source names without one, or null
 * @param columns    field → header, for headers the import does not recognise ({@code --column title="Unit name"})
 * @param itemTypes  CASE item type → unit, outcome or criterion ({@code --item-type Cluster=unit})
 */
public record ImportOptions(String sourceName, SourceKind kind, String library, String title, Map<String, String> columns,
		Map<String, String> itemTypes) {

	public ImportOptions {
		columns = Map.copyOf(columns);
		itemTypes = Map.copyOf(itemTypes);
	}

	/** The name of a source for names it does not give: its file name without the extension. */
	public static String sourceName(Path file) {
		return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
	}

	/** What a source holds. */
	public enum SourceKind {
		/** A structure table (CSV or XLSX): a row per unit of a qualification. */
		STRUCTURE,
		/** A 1EdTech CASE 1.0 or 1.1 package (JSON). */
		CASE,
		/** Rows of the Ofqual register's qualification data set (CSV). */
		REGISTER
	}
}
