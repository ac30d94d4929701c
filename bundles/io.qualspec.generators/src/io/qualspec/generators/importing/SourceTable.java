package io.qualspec.generators.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.qualspec.generators.tables.StructureTables;

/**
 * A table read from a CSV file (RFC 4180, UTF-8 with or without a byte order mark; Apache Commons CSV) or from the
 * first sheet of an Excel workbook (the "Structure" sheet where there is one, as Qualspec's own export has; Apache
 * POI): a header row and the rows under it, each with its row number in the source. Cells are text as shown
 * (a whole-number cell "4", not "4.0"); an empty cell is null. Blank rows are skipped.
 */
record SourceTable(String source, List<String> header, List<Row> rows) {

	/** A row: its 1-based number in the source (the header is row 1) and its cells, one per header column. */
	record Row(int number, List<String> cells) {

		/** The cell of a column, or null where the row is shorter or the cell is empty. */
		String cell(int column) {
			return column < 0 || column >= cells.size() ? null : cells.get(column);
		}
	}

	/** The column's position and header as problems name it: "column 10 (Credits)". */
	String columnName(int column) {
		return "column " + (column + 1) + " (" + header.get(column) + ")";
	}

	static SourceTable read(Path file, String source) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") ? readWorkbook(file, source) : readCsv(file, source);
	}

	private static SourceTable readCsv(Path file, String source) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new IOException(source + " is not UTF-8 text: save it as \"CSV UTF-8\"");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		try (Reader reader = new StringReader(text)) {
			for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
				List<String> cells = new ArrayList<>();
				record.forEach(value -> cells.add(cell(value)));
				if (cells.stream().allMatch(c -> c == null)) {
					continue;
				}
				int line = (int) record.getRecordNumber();
				if (header == null) {
					header = cells.stream().map(c -> c == null ? "" : c).toList();
				} else {
					rows.add(new Row(line, cells));
				}
			}
		} catch (java.io.UncheckedIOException | IllegalStateException e) {
			throw new IOException(source + " is not a CSV file that can be read: " + e.getMessage());
		}
		if (header == null) {
			throw new IOException(source + " is empty: a table needs a header row");
		}
		return new SourceTable(source, header, rows);
	}

	private static SourceTable readWorkbook(Path file, String source) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(StructureTables.STRUCTURE_SHEET);
			if (sheet == null) {
				sheet = workbook.getSheetAt(0);
			}
			DataFormatter shown = new DataFormatter(Locale.UK);
			List<String> header = null;
			List<Row> rows = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null || cell.getCellType() == CellType.BLANK ? null : cell(shown.formatCellValue(cell)));
				}
				if (cells.stream().allMatch(c -> c == null)) {
					continue;
				}
				if (header == null) {
					header = cells.stream().map(c -> c == null ? "" : c).toList();
				} else {
					rows.add(new Row(row.getRowNum() + 1, cells));
				}
			}
			if (header == null) {
				throw new IOException(source + ": the sheet \"" + sheet.getSheetName() + "\" is empty: a table needs a header row");
			}
			return new SourceTable(source, header, rows);
		} catch (RuntimeException e) { // POI's own exceptions for a file that is not an .xlsx workbook are unchecked
			throw new IOException(source + " is not an Excel workbook (.xlsx) that can be read: " + e.getMessage());
		}
	}

	/**
	 * A cell's text, trimmed; null when empty. A leading apostrophe that Qualspec's CSV export adds to text a
	 * spreadsheet could read as a formula ({@link StructureTables#csvText}) is taken off again.
	 */
	private static String cell(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		if (text.startsWith("'") && StructureTables.couldStartFormula(text.substring(1))) {
			text = text.substring(1);
		}
		return text.isEmpty() ? null : text;
	}
}
