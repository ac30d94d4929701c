package io.qualspec.generators.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.qualspec.generators.importing.ImportedSpecification.Organisation;
import io.qualspec.generators.importing.ImportedSpecification.Qualification;
import io.qualspec.generators.register.RegisterColumns;

/**
 * Rows of the Ofqual register's qualification data set ({@link RegisterColumns}; Qualspec's own {@code --formats
 * register} writes the same columns) into qualification stubs: number, title, awarding organisation, level, sector
 * subject area, credits, GLH, TQT, status and dates, with a declaration of each awarding organisation named. The
 * register's other columns (type, EQF level, where it is offered, ...) have no place in a specification and are
 * reported once as not imported.
 */
final class RegisterImport {

	static final Map<String, Set<String>> FIELDS = fields();

	private static Map<String, Set<String>> fields() {
		Map<String, Set<String>> fields = new LinkedHashMap<>();
		fields.put("qualification", Columns.names(RegisterColumns.NUMBER, "QAN", "QN", "Qualification No"));
		fields.put("qualification-title", Columns.names(RegisterColumns.TITLE, "Title"));
		fields.put("organisation-name", Columns.names(RegisterColumns.ORGANISATION_NAME, "Awarding Organisation",
				"Awarding Organisation Name", "Organisation Name"));
		fields.put("organisation", Columns.names(RegisterColumns.ORGANISATION_ACRONYM, "Awarding Body ID",
				"Organisation Acronym", "Acronym"));
		fields.put("level", Columns.names(RegisterColumns.LEVEL, "Level"));
		fields.put("credits", Columns.names(RegisterColumns.CREDITS, "Credits", "Credit value"));
		fields.put("sector", Columns.names(RegisterColumns.SECTOR, "SSA", "Sector Subject Area"));
		fields.put("status", Columns.names(RegisterColumns.STATUS, "Status"));
		fields.put("first-registration", Columns.names(RegisterColumns.OPERATIONAL_START));
		fields.put("last-entry", Columns.names(RegisterColumns.OPERATIONAL_END));
		fields.put("last-certification", Columns.names(RegisterColumns.CERTIFICATION_END));
		fields.put("minimum-glh", Columns.names(RegisterColumns.MINIMUM_GLH, "Minimum GLH"));
		fields.put("maximum-glh", Columns.names(RegisterColumns.MAXIMUM_GLH, "Maximum GLH"));
		fields.put("tqt", Columns.names(RegisterColumns.TQT, "TQT"));
		fields.put("glh", Columns.names(RegisterColumns.GLH, "GLH"));
		return fields;
	}

	private final SourceTable table;
	private final Columns columns;
	private final List<ImportProblem> problems;

	RegisterImport(SourceTable table, ImportOptions options, List<ImportProblem> problems) {
		this.table = table;
		this.columns = new Columns(table.header(), FIELDS, options.columns());
		this.problems = problems;
	}

	/** Whether a table is a register extract: it has the register's qualification number and title columns. */
	static boolean isRegisterTable(List<String> header, Map<String, String> mapping) {
		Columns columns = new Columns(header, FIELDS, mapping);
		return columns.has("qualification") && columns.has("qualification-title");
	}

	ImportedSpecification read() {
		if (!columns.has("qualification-title")) {
			throw new IllegalArgumentException(table.source() + ": the table has no \"" + RegisterColumns.TITLE
					+ "\" column; name it with --column qualification-title=HEADER");
		}
		List<String> ignored = columns.unused().stream().map(c -> table.header().get(c)).toList();
		if (!ignored.isEmpty()) {
			problems.add(new ImportProblem(table.source(), 1, null, "columns with no place in a specification, not imported: "
					+ String.join(", ", ignored)));
		}
		Map<String, Organisation> organisations = new LinkedHashMap<>();
		List<Qualification> qualifications = new ArrayList<>();
		for (SourceTable.Row row : table.rows()) {
			Qualification qualification = row(row, organisations);
			if (qualification != null) {
				qualifications.add(qualification);
			}
		}
		return new ImportedSpecification(List.copyOf(organisations.values()), List.of(), qualifications);
	}

	private Qualification row(SourceTable.Row row, Map<String, Organisation> organisations) {
		String title = text(row, "qualification-title");
		if (title == null) {
			problems.add(new ImportProblem(table.source(), row.number(), table.columnName(columns.of("qualification-title")),
					"no qualification title; the row is not imported"));
			return null;
		}
		String number = text(row, "qualification");
		boolean ownCode = number != null && !Values.QUALIFICATION_NUMBER.matcher(number).matches();
		String organisation = organisation(row, organisations);
		Integer glh = read(row, "glh", Values::whole, "a whole number");
		Integer minimum = read(row, "minimum-glh", Values::whole, "a whole number");
		Integer maximum = read(row, "maximum-glh", Values::whole, "a whole number");
		String glhText = glh != null ? glh.toString()
				: minimum != null && maximum != null ? minimum + " to " + maximum
				: minimum != null ? "at least " + minimum : maximum != null ? "at most " + maximum : null;
		return new Qualification(number, ownCode, title, organisation, read(row, "level", Values::level, "a level"),
				text(row, "sector"), read(row, "credits", Values::whole, "a whole number"), glhText,
				read(row, "tqt", Values::whole, "a whole number"), read(row, "first-registration", Values::date, "a date"),
				read(row, "last-entry", Values::date, "a date"), read(row, "last-certification", Values::date, "a date"),
				read(row, "status", RegisterImport::status, "a status of the register (\"" + RegisterColumns.AVAILABLE + "\", \""
						+ RegisterColumns.CLOSED_FOR_ENTRY + "\", \"" + RegisterColumns.NO_LONGER_AWARDED + "\")"),
				List.of(), List.of(), List.of());
	}

	/** The organisation's short name (the acronym, else a name made of its title), declared once. */
	private String organisation(SourceTable.Row row, Map<String, Organisation> organisations) {
		String acronym = text(row, "organisation");
		String name = text(row, "organisation-name");
		if (acronym == null && name == null) {
			return null;
		}
		String id = Values.identifier(acronym != null ? acronym : name);
		organisations.putIfAbsent(id, new Organisation(id, name != null ? name : acronym));
		return id;
	}

	/** The register's status words as the language's. */
	private static String status(String text) {
		String words = text.strip().toLowerCase(Locale.ROOT);
		if (words.equals(RegisterColumns.AVAILABLE.toLowerCase(Locale.ROOT))) {
			return "open";
		}
		if (words.equals(RegisterColumns.NO_LONGER_AWARDED.toLowerCase(Locale.ROOT))) {
			return "closed-for-certification";
		}
		if (words.equals(RegisterColumns.CLOSED_FOR_ENTRY.toLowerCase(Locale.ROOT))) {
			return "closed-for-entry";
		}
		return null;
	}

	private String text(SourceTable.Row row, String field) {
		return row.cell(columns.of(field));
	}

	private <T> T read(SourceTable.Row row, String field, Function<String, T> reading, String expected) {
		return Cells.read(table, columns, row, field, reading, expected, problems);
	}
}
