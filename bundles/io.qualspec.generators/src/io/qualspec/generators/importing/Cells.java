package io.qualspec.generators.importing;

import java.util.List;
import java.util.function.Function;

/** Reading a table's cells: a value that cannot be read is reported with its row and column, and left out. */
final class Cells {

	private Cells() {
	}

	/**
	 * The cell of {@code field} in a row, read by {@code reading}; null when the cell is empty, or when it cannot be
	 * read, which is reported ("\"four\" is not a whole number; left out").
	 */
	static <T> T read(SourceTable table, Columns columns, SourceTable.Row row, String field, Function<String, T> reading,
			String expected, List<ImportProblem> problems) {
		String text = row.cell(columns.of(field));
		if (text == null) {
			return null;
		}
		T value = reading.apply(text);
		if (value == null) {
			problems.add(new ImportProblem(table.source(), row.number(), table.columnName(columns.of(field)),
					"\"" + text + "\" is not " + expected + "; left out"));
		}
		return value;
	}
}
