package io.qualspec.generators.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualspec.generators.importing.ImportedSpecification.Group;
import io.qualspec.generators.importing.ImportedSpecification.Library;
import io.qualspec.generators.importing.ImportedSpecification.Membership;
import io.qualspec.generators.importing.ImportedSpecification.Qualification;
import io.qualspec.generators.importing.ImportedSpecification.Unit;

/**
 * A structure table (a row per unit of a qualification: group, unit number, title, URN, credits, level, GLH, sector
 * code, ...) into a unit library with each unit once and, per qualification number of the table, a qualification
 * skeleton listing its groups and their units. Qualspec's own structure export ({@code StructureTables}) is such a
 * table. Rules of combination are not invented: a table has none, so the skeleton has none.
 */
final class StructureTableImport {

	/** The fields of a structure table and the headers that name each. */
	static final Map<String, Set<String>> FIELDS = fields();

	private static Map<String, Set<String>> fields() {
		Map<String, Set<String>> fields = new LinkedHashMap<>();
		fields.put("qualification", Columns.names("QN", "Qualification number", "Qualification", "QAN", "Qualification no",
				"Qualification reference"));
		fields.put("qualification-title", Columns.names("Qualification title", "Qualification name"));
		fields.put("group", Columns.names("Group", "Group id", "Unit group", "Group letter"));
		fields.put("group-label", Columns.names("Group label", "Group name", "Group title"));
		fields.put("group-kind", Columns.names("Group kind", "Group type", "Mandatory or optional", "Mandatory/optional",
				"M/O"));
		fields.put("unit-number", Columns.names("Unit no", "Unit number", "Unit no.", "No", "Number", "OCR unit no",
				"Local number", "Unit"));
		fields.put("sector-code", Columns.names("Sector code", "Sector unit no", "Sector unit number", "Sector unit code"));
		fields.put("reference", Columns.names("AO reference", "Reference", "Awarding organisation reference",
				"Odyssey reference", "AO ref", "Centre reference"));
		fields.put("urn", Columns.names("URN", "Unit reference number", "Ofqual unit ref", "Ofqual unit reference",
				"Unit reference", "Unit ref", "Ofqual reference", "Unit code", "Unit ID", "Code"));
		fields.put("title", Columns.names("Title", "Unit title", "Unit name", "Name"));
		fields.put("credits", Columns.names("Credits", "Credit", "Credit value", "Credit values", "Unit credit"));
		fields.put("level", Columns.names("Level", "Unit level"));
		fields.put("glh", Columns.names("GLH", "Guided learning hours", "Guided learning hours (GLH)", "Unit GLH"));
		fields.put("assessment", Columns.names("Assessment", "Assessment type", "Assessment method", "E/I",
				"Internal/external"));
		return fields;
	}

	private final SourceTable table;
	private final Columns columns;
	private final ImportOptions options;
	private final List<ImportProblem> problems;

	private final Map<String, Unit> units = new LinkedHashMap<>();
	private final Map<String, Integer> unitRows = new LinkedHashMap<>();
	private final Map<String, QualificationRows> qualifications = new LinkedHashMap<>();

	StructureTableImport(SourceTable table, ImportOptions options, List<ImportProblem> problems) {
		this.table = table;
		this.columns = new Columns(table.header(), FIELDS, options.columns());
		this.options = options;
		this.problems = problems;
	}

	/** Whether a table has what a structure table needs: a unit title or URN column. */
	static boolean isStructureTable(List<String> header, Map<String, String> mapping) {
		Columns columns = new Columns(header, FIELDS, mapping);
		return columns.has("title") || columns.has("urn");
	}

	ImportedSpecification read() {
		if (!columns.has("title")) {
			throw new IllegalArgumentException(table.source() + ": the table has no unit title column (a header such as "
					+ "\"Title\" or \"Unit title\"); name it with --column title=HEADER. Its columns are "
					+ String.join(", ", table.header()));
		}
		for (int column : columns.unused()) {
			problems.add(new ImportProblem(table.source(), 1, table.columnName(column),
					"no Qualspec field reads this column; not imported (map it with --column FIELD=HEADER)"));
		}
		for (SourceTable.Row row : table.rows()) {
			row(row);
		}
		String libraryName = options.library() != null ? options.library() : Values.identifier(options.sourceName()).toLowerCase(java.util.Locale.ROOT);
		List<Qualification> skeletons = new ArrayList<>();
		qualifications.forEach((id, rows) -> skeletons.add(rows.qualification(id, libraryName)));
		return new ImportedSpecification(List.of(), List.of(new Library(libraryName, null, List.copyOf(units.values()))),
				skeletons);
	}

	private void row(SourceTable.Row row) {
		String title = text(row, "title");
		String urn = text(row, "urn");
		if (title == null) {
			problems.add(new ImportProblem(table.source(), row.number(), table.columnName(columns.of("title")),
					"no unit title; the row is not imported"));
			return;
		}
		if (urn == null) {
			problems.add(new ImportProblem(table.source(), row.number(), columns.has("urn") ? table.columnName(columns.of("urn")) : null,
					"no unit reference number or code for \"" + title + "\"; the row is not imported"));
			return;
		}
		boolean ownCode = !Values.URN.matcher(urn).matches();
		Unit unit = new Unit(urn, ownCode, title, word(row, "level", Values::level, "a level"),
				word(row, "credits", Values::whole, "a whole number"), word(row, "glh", Values::whole, "a whole number"),
				null, word(row, "assessment", Values::assessment, "internal (I) or external (E)"), List.of());
		Unit known = units.putIfAbsent(urn, unit);
		if (known == null) {
			unitRows.put(urn, row.number());
		} else if (!known.equals(unit)) {
			problems.add(new ImportProblem(table.source(), row.number(), table.columnName(columns.of("urn")), "unit " + urn
					+ " is described differently in row " + unitRows.get(urn) + "; the description of row " + unitRows.get(urn)
					+ " is kept"));
		}
		String qualification = text(row, "qualification");
		QualificationRows rows = qualifications.computeIfAbsent(qualification == null ? "" : qualification,
				id -> new QualificationRows(row.number()));
		rows.title = rows.title != null ? rows.title : text(row, "qualification-title");
		String localNumber = text(row, "unit-number");
		if (localNumber != null && !localNumber.matches("\\d+") && !SpecificationText.IDENTIFIER.matcher(localNumber).matches()) {
			problems.add(new ImportProblem(table.source(), row.number(), table.columnName(columns.of("unit-number")),
					"\"" + localNumber + "\" is not a unit number the language takes (a number or a name such as F1); left out"));
			localNumber = null;
		}
		Membership membership = new Membership(localNumber, urn, ownCode, text(row, "sector-code"), text(row, "reference"));
		String group = text(row, "group");
		if (group == null) {
			rows.ungrouped.add(membership);
			return;
		}
		GroupRows groupRows = rows.groups.computeIfAbsent(group, id -> new GroupRows());
		groupRows.memberships.add(membership);
		groupRows.label = groupRows.label != null ? groupRows.label : text(row, "group-label");
		if (groupRows.kind == null) {
			groupRows.kind = word(row, "group-kind", Values::groupKind, "mandatory or optional");
		}
	}

	/** The rows of one qualification of the table. */
	private final class QualificationRows {
		final int firstRow;
		String title;
		final Map<String, GroupRows> groups = new LinkedHashMap<>();
		final List<Membership> ungrouped = new ArrayList<>();

		QualificationRows(int firstRow) {
			this.firstRow = firstRow;
		}

		Qualification qualification(String id, String library) {
			String written = title != null ? title : options.title();
			if (written == null) {
				written = options.sourceName();
				problems.add(new ImportProblem(table.source(), firstRow, null, "the table gives no title for qualification "
						+ (id.isEmpty() ? "" : id + " ") + "(a \"Qualification title\" column); its title is written as \""
						+ written + "\": give it with --title or correct it in the file"));
			}
			List<Group> groupList = new ArrayList<>();
			groups.forEach((groupId, rows) -> groupList.add(rows.group(groupId, firstRow)));
			boolean number = Values.QUALIFICATION_NUMBER.matcher(id).matches();
			return new Qualification(id.isEmpty() ? null : id, !id.isEmpty() && !number, written, null, null, null, null, null,
					null, null, null, null, null, List.of(library), groupList, ungrouped);
		}
	}

	/** The rows of one group of a qualification. */
	private final class GroupRows {
		String label;
		String kind;
		final List<Membership> memberships = new ArrayList<>();

		Group group(String id, int row) {
			String name = SpecificationText.IDENTIFIER.matcher(id).matches() ? id : Values.identifier("Group " + id);
			if (!name.equals(id)) {
				problems.add(new ImportProblem(table.source(), row, table.columnName(columns.of("group")), "group \"" + id
						+ "\" is not a name the language takes (a letter first); written as " + name));
			}
			String kindWritten = kind;
			if (kindWritten == null && label != null) {
				String lower = label.toLowerCase(java.util.Locale.ROOT);
				kindWritten = lower.contains("mandatory") ? "mandatory" : lower.contains("optional") ? "optional" : null;
			}
			if (kindWritten == null) {
				kindWritten = "optional";
				problems.add(new ImportProblem(table.source(), row, null, "the table does not say whether group " + id
						+ " is mandatory or optional, which the language needs; written as optional: check it"));
			}
			// the language needs a label; the table's own word for the group is its identifier
			return new Group(name, label != null ? label : "Group " + id, kindWritten, memberships);
		}
	}

	// ------------------------------------------------------------------------------------------ cells

	private String text(SourceTable.Row row, String field) {
		return row.cell(columns.of(field));
	}

	private <T> T word(SourceTable.Row row, String field, java.util.function.Function<String, T> reading, String expected) {
		return Cells.read(table, columns, row, field, reading, expected, problems);
	}
}
