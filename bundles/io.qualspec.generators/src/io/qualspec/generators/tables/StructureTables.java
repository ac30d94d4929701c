package io.qualspec.generators.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.document.Printed;
import io.qualspec.generators.document.Structure;
import io.qualspec.generators.document.UnitList;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.GradeScale;

/**
 * The structure of qualifications as tables: the rows of the handbook's structure tables ({@link Structure},
 * one row per membership, qualification × unit, in the printed table order: groups first, then ungrouped
 * units) and the unit list ({@link UnitList}), as CSV (RFC 4180, Apache Commons CSV) and as an Excel workbook
 * (XLSX, Apache POI) with a sheet for each.
 *
 * <h2>Columns</h2>
 * Structure ({@link #STRUCTURE_COLUMNS}): QN, group id, group label, group kind, the unit's local number,
 * its sector code (the membership's, else the unit's), the awarding organisation's reference (SFJ's
 * "Odyssey Reference"), URN, title, credits, level, GLH, assessment. Units ({@link #UNIT_COLUMNS}): URN,
 * title, level, credits, GLH, assessment, grade scale, the numbers of learning outcomes and assessment
 * criteria, the unit library and the qualifications that use the unit. A value the specification does not
 * state is an empty cell; entry level is written "Entry". The header is fixed, so that a reader finds each
 * column by its name: the "URN" column holds each unit's identifier, its unit reference number or, for a unit
 * identified by the awarding organisation's own code ("5CO01"), that code (the catalogue's tables mix both in one
 * column); the handbook's printed structure table heads it "Unit code" where every unit has one.
 *
 * <h2>Spreadsheet formula injection</h2>
 * Text from a specification is data, never a formula. The rule follows the OWASP "CSV Injection" page
 * (owasp.org/www-community/attacks/CSV_Injection): a text value is neutralised when it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or when one of those characters
 * follows (after optional spaces) a field separator or quote ({@code , ; " '}), since a spreadsheet that
 * splits the cell there would start a formula in the new cell ({@code Safe title;=cmd|'/C calc'!A0}). In
 * CSV such a value is written with a leading apostrophe, so a spreadsheet shows it as text. In XLSX, every
 * text value is explicitly a string cell (never a formula) and keeps its value; a value the rule matches
 * also gets the "quote prefix" cell style, the one Excel gives to text typed with a leading apostrophe, so
 * editing the cell does not turn it into a formula either. Numbers (credits, level, GLH, counts) are
 * numeric cells with an integer format in XLSX and plain digits in CSV.
 *
 * <h2>Printing</h2>
 * Each sheet prints on A4 landscape, one page wide and as many pages long as needed, with the header row
 * repeated on every page and frozen on screen; long text columns wrap instead of widening the page.
 *
 * <p>
 * The CSV methods write to the caller's {@link Writer} and flush it without closing it. A file meant to be
 * opened by Excel should be written in UTF-8 with a byte order mark, or Excel reads curly quotes wrongly.
 */
public final class StructureTables {

	/** The header of the structure table. */
	public static final List<String> STRUCTURE_COLUMNS = List.of("QN", "Group", "Group label", "Group kind", "Unit no",
			"Sector code", "AO reference", "URN", "Title", "Credits", "Level", "GLH", "Assessment");

	/** The header of the unit list. */
	public static final List<String> UNIT_COLUMNS = List.of("URN", "Title", "Level", "Credits", "GLH", "Assessment",
			"Grade scale", "Learning outcomes", "Assessment criteria", "Library", "Qualifications");

	/** The names of the two sheets of the workbook. */
	public static final String STRUCTURE_SHEET = "Structure";
	public static final String UNITS_SHEET = "Units";

	private static final CSVFormat CSV = CSVFormat.RFC4180;

	private static final int MAX_COLUMN_CHARACTERS = 50;

	private StructureTables() {
	}

	// ------------------------------------------------------------------------------------------ rows

	/**
	 * The structure rows of a qualification, one per membership in table order. Cells are {@link String},
	 * {@link Integer} or null (not stated).
	 */
	private static List<List<Object>> structureRows(ResolvedQualification qualification) {
		Structure structure = Structure.of(qualification);
		List<List<Object>> rows = new ArrayList<>();
		for (Structure.UnitTable table : structure.tables()) {
			for (Structure.UnitRow row : table.rows()) {
				rows.add(Arrays.asList(structure.qualification(), table.group(), table.label(), table.kind(), row.number(),
						row.sector(), row.reference(), row.urn(), row.title(), row.credits(), level(row.level()), row.glh(),
						assessment(row.assessment())));
			}
		}
		return rows;
	}

	/** The structure rows of every qualification of a catalogue, qualification by qualification. */
	private static List<List<Object>> structureRows(Catalogue catalogue) {
		List<List<Object>> rows = new ArrayList<>();
		catalogue.qualifications().forEach(q -> rows.addAll(structureRows(q)));
		return rows;
	}

	/** The rows of a unit list. */
	private static List<List<Object>> unitRows(UnitList list) {
		return list.units().stream().map(unit -> Arrays.<Object>asList(unit.urn(), unit.title(), level(unit.level()),
				unit.credits(), unit.glh(), assessment(unit.assessment()), gradeScale(unit.gradeScale()), unit.outcomes(),
				unit.criteria(), unit.library(), String.join("; ", unit.qualifications()))).toList();
	}

	// ------------------------------------------------------------------------------------------ CSV

	/** The structure table of one qualification as CSV, with a header row. */
	public static void writeCsv(ResolvedQualification qualification, Writer out) throws IOException {
		writeCsv(STRUCTURE_COLUMNS, structureRows(qualification), out);
	}

	/** The structure table of every qualification of a catalogue as one CSV, with a header row. */
	public static void writeCsv(Catalogue catalogue, Writer out) throws IOException {
		writeCsv(STRUCTURE_COLUMNS, structureRows(catalogue), out);
	}

	/** The unit list of one qualification as CSV, with a header row. */
	public static void writeUnitsCsv(ResolvedQualification qualification, Writer out) throws IOException {
		writeCsv(UNIT_COLUMNS, unitRows(UnitList.of(qualification)), out);
	}

	/** The unit list of a catalogue as CSV, with a header row. */
	public static void writeUnitsCsv(Catalogue catalogue, Writer out) throws IOException {
		writeCsv(UNIT_COLUMNS, unitRows(UnitList.of(catalogue)), out);
	}

	private static void writeCsv(List<String> header, List<List<Object>> rows, Writer out) throws IOException {
		Objects.requireNonNull(out, "out");
		// not closed: that would close the caller's writer
		@SuppressWarnings("resource")
		CSVPrinter printer = new CSVPrinter(out, CSV);
		printer.printRecord(header);
		for (List<Object> row : rows) {
			List<String> cells = new ArrayList<>(row.size());
			for (Object value : row) {
				cells.add(value == null ? "" : value instanceof String text ? csvText(text) : value.toString());
			}
			printer.printRecord(cells);
		}
		printer.flush();
	}

	/** A text value made safe for a spreadsheet: prefixed with an apostrophe when {@link #couldStartFormula} holds. */
	public static String csvText(String text) {
		return couldStartFormula(text) ? "'" + text : text;
	}

	/**
	 * The OWASP "CSV Injection" rule (see the class comment): a formula character ({@code = + - @}, tab,
	 * carriage return) first, or after a field separator or quote and optional spaces.
	 */
	private static final Pattern FORMULA_START = Pattern.compile("(^|[,;\"'] *)[=+\\-@\t\r]");

	/** Whether a spreadsheet could read this text, or a cell split off it, as a formula. */
	public static boolean couldStartFormula(String text) {
		return text != null && FORMULA_START.matcher(text).find();
	}

	// ------------------------------------------------------------------------------------------ XLSX

	/** A workbook with the structure table and the unit list of one qualification. */
	public static void writeXlsx(ResolvedQualification qualification, OutputStream out) throws IOException {
		writeXlsx(structureRows(qualification), unitRows(UnitList.of(qualification)), out);
	}

	/** A workbook with the structure table of every qualification and every unit of a catalogue. */
	public static void writeXlsx(Catalogue catalogue, OutputStream out) throws IOException {
		writeXlsx(structureRows(catalogue), unitRows(UnitList.of(catalogue)), out);
	}

	private static void writeXlsx(List<List<Object>> structure, List<List<Object>> units, OutputStream out)
			throws IOException {
		Objects.requireNonNull(out, "out");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			sheet(workbook, styles, STRUCTURE_SHEET, STRUCTURE_COLUMNS, structure);
			sheet(workbook, styles, UNITS_SHEET, UNIT_COLUMNS, units);
			workbook.write(out);
		}
		out.flush();
	}

	private record Styles(CellStyle header, CellStyle text, CellStyle quoted, CellStyle integer) {
		Styles(Workbook workbook) {
			this(headerStyle(workbook), textStyle(workbook, false), textStyle(workbook, true), integerStyle(workbook));
		}

		private static CellStyle headerStyle(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle style = workbook.createCellStyle();
			style.setFont(bold);
			style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			style.setBorderBottom(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setWrapText(true);
			return style;
		}

		/** Wrapped at the column width, so a long title makes a taller row rather than a wider page. */
		private static CellStyle textStyle(Workbook workbook, boolean quotePrefixed) {
			CellStyle style = workbook.createCellStyle();
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setWrapText(true);
			style.setQuotePrefixed(quotePrefixed);
			return style;
		}

		/** Whole numbers shown as such ("4", not "4.0"), centred so they do not run into the next column's text. */
		private static CellStyle integerStyle(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setDataFormat(workbook.createDataFormat().getFormat("0"));
			return style;
		}
	}

	private static void sheet(Workbook workbook, Styles styles, String name, List<String> header,
			List<List<Object>> rows) {
		Sheet sheet = workbook.createSheet(name);
		int[] widths = new int[header.size()];
		Row headerRow = sheet.createRow(0);
		for (int c = 0; c < header.size(); c++) {
			Cell cell = headerRow.createCell(c);
			cell.setCellValue(header.get(c));
			cell.setCellStyle(styles.header());
			widths[c] = header.get(c).length() + 2; // room for the filter button
		}
		int r = 1;
		for (List<Object> values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof Integer number) {
					cell.setCellValue(number);
					cell.setCellStyle(styles.integer());
				} else {
					String text = value.toString();
					cell.setCellValue(text);
					cell.setCellType(CellType.STRING); // explicitly text: never read as a formula or a number
					cell.setCellStyle(couldStartFormula(text) ? styles.quoted() : styles.text());
				}
				widths[c] = Math.max(widths[c], value.toString().length());
			}
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARACTERS) + 2) * 256);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
		printSetup(sheet);
	}

	/** A4 landscape, one page wide and as long as it takes, the header row on every page. */
	private static void printSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.5);
		sheet.setMargin(PageMargin.BOTTOM, 0.5);
		sheet.getFooter().setCenter("&A – page &P of &N");
	}

	// ------------------------------------------------------------------------------------------ values

	/** Entry level as printed ("Entry"), any other level as a number. */
	private static Object level(Integer level) {
		return level == null || level != 0 ? level : Printed.level(level);
	}

	private static String assessment(Assessment assessment) {
		if (assessment == null) {
			return null;
		}
		return assessment == Assessment.EXTERNAL ? "External" : "Internal";
	}

	private static String gradeScale(GradeScale scale) {
		if (scale == null) {
			return null;
		}
		return scale == GradeScale.PASS_MERIT_DISTINCTION ? "Pass/Merit/Distinction" : "Achieved/Not achieved";
	}
}
