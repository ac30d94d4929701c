package io.qualspec.generators.importing;

/**
 * Something an importer could not read: where in the source (the file, a row and a column, or for JSON the member's
 * path) and what; the value is left out of the imported text.
 *
 * @param source   the source file as the user named it
 * @param row      the 1-based row (line of a CSV file, row of a sheet); 0 where the problem is not in one row
 * @param column   the column ("9 (Credits)"), a JSON path ("$.CFItems[3].fullStatement"), or null
 * @param message  a sentence saying what was not read and what was done instead
 */
public record ImportProblem(String source, int row, String column, String message) {

	/** {@code structure.csv:5: column 10 (Credits): "four" is not a whole number; credits left out}. */
	@Override
	public String toString() {
		return source + (row > 0 ? ":" + row : "") + ": " + (column == null ? "" : column + ": ") + message;
	}
}
