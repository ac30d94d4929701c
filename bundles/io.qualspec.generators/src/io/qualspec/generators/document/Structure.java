package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.qualspec.catalogue.QualificationProfile;
import io.qualspec.catalogue.ResolvedGroup;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOrganisation;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.rules.model.Assessment;

/**
 * A qualification's structure tables: a table per group (then one of the units outside any group), a row
 * per unit in the printed order, and the columns of the handbook's layout (docs/handbooks.md): "cambridge-technical"
 * (with the E/I key), "sfj", "nvq-qcf", "nvq-rqf" or "diploma". The handbook prints these tables; the CSV
 * and Excel structure tables write the same rows.
 *
 * @param qualification the qualification number
 * @param columns       the columns the handbook prints, without those no unit has a value for
 * @param assessmentKey whether the handbook prints the E/I key
 */
public record Structure(String qualification, String layout, List<Column> columns, boolean assessmentKey,
		List<UnitTable> tables) {

	private static final Pattern WORDS = Pattern.compile("[A-Za-z]+");

	public Structure {
		columns = List.copyOf(columns);
		tables = List.copyOf(tables);
	}

	/**
	 * A column: {@code key} is one of number, sector, reference, title, urn, credits, level, glh, assessment;
	 * {@code heading} is the heading as the handbook's layout prints it.
	 */
	public record Column(String key, String heading, boolean numeric) {
	}

	/**
	 * A unit of a table, in the context of the qualification: its local number, sector unit number and
	 * awarding-organisation reference, then the unit's own values (all null for a unit that does not resolve).
	 * {@code page} is the id of the unit's page in the handbook, or null.
	 */
	public record UnitRow(String number, String sector, String reference, String urn, String title, Integer credits,
			Integer level, Integer glh, Assessment assessment, String page) {

		/** Whether the unit resolves (a specification with linking errors may name units that do not). */
		public boolean resolved() {
			return urn != null;
		}

		/** The cell of a column ({@link Column#key()}) as the handbook prints it: level "Entry", assessment "E" or "I". */
		public String cell(String key) {
			return switch (key) {
				case "number" -> number;
				case "sector" -> sector;
				case "reference" -> reference;
				case "urn" -> urn;
				case "title" -> title;
				case "credits" -> Printed.number(credits);
				case "level" -> Printed.level(level);
				case "glh" -> Printed.number(glh);
				case "assessment" -> assessment == null ? null : assessment == Assessment.EXTERNAL ? "E" : "I";
				default -> throw new IllegalArgumentException("No column " + key);
			};
		}
	}

	/**
	 * One table: a group ({@code group} its identifier, {@code label} as written, {@code kind} "mandatory" or
	 * "optional"), or the units outside any group ({@code group}, {@code label} and {@code kind} null).
	 * {@code caption} is as printed ("Mandatory Group A"); {@code note} a remark such as "Optional group 1".
	 */
	public record UnitTable(String id, String group, String label, String kind, String caption, String note,
			List<UnitRow> rows) {
		public UnitTable {
			rows = List.copyOf(rows);
		}
	}

	public static Structure of(ResolvedQualification qualification) {
		Map<ResolvedMembership, String> pages = UnitPage.ids(qualification);
		List<UnitTable> tables = new ArrayList<>();
		for (ResolvedGroup group : qualification.groups()) {
			String caption = caption(group);
			String kind = group.mandatory() ? "mandatory" : "optional";
			String note = null;
			if (group.ordinal() != null) {
				note = Printed.capitalise(kind) + " group " + group.ordinal();
			} else if (!caption.toLowerCase(Locale.ROOT).contains(kind)) {
				note = Printed.capitalise(kind) + " group";
			}
			tables.add(new UnitTable(Printed.id("group", group.id()), group.id(), group.label(), kind, caption, note,
					rows(group.memberships(), pages)));
		}
		if (!qualification.ungrouped().isEmpty()) {
			List<String> names = qualification.profile().displayNames();
			tables.add(new UnitTable("units", null, null, null, names.isEmpty() ? "Units" : names.get(0), null,
					rows(qualification.ungrouped(), pages)));
		}
		List<UnitRow> units = tables.stream().flatMap(t -> t.rows().stream()).filter(UnitRow::resolved).toList();
		boolean external = units.stream().anyMatch(u -> u.assessment() == Assessment.EXTERNAL);
		String layout = layout(qualification.profile(), units, external);
		// leave out the columns no unit has a value for (the title and the URN always stay)
		List<Column> columns = columns(layout, qualification.organisation()).stream()
				.filter(c -> c.key().equals("title") || c.key().equals("urn") || units.stream().anyMatch(u -> u.cell(c.key()) != null))
				.map(c -> c.key().equals("urn") ? new Column("urn", identifierHeading(qualification, c.heading()), false) : c)
				.toList();
		return new Structure(qualification.number(), layout, columns, external, tables);
	}

	private static List<UnitRow> rows(List<ResolvedMembership> memberships, Map<ResolvedMembership, String> pages) {
		return memberships.stream().map(m -> {
			ResolvedUnit unit = m.unit();
			return unit == null ? new UnitRow(m.number(), m.sectorCode(), m.aoReference(), null, null, null, null, null, null, null)
					: new UnitRow(m.number(), m.sectorCode(), m.aoReference(), unit.urn(), unit.title(), unit.credits(),
							unit.level(), unit.glh(), unit.assessment(), pages.get(m));
		}).toList();
	}

	/**
	 * The handbook layout the table follows: a table with external assessment is a Cambridge Technical's,
	 * a table with references but no local numbers SFJ's, one with sector unit numbers an NVQ (QCF) table.
	 */
	private static String layout(QualificationProfile profile, List<UnitRow> units, boolean external) {
		if (external) {
			return "cambridge-technical";
		}
		if (units.stream().noneMatch(u -> u.number() != null) && units.stream().anyMatch(u -> u.reference() != null)) {
			return "sfj";
		}
		if (units.stream().anyMatch(u -> u.sector() != null)) {
			return "nvq-qcf";
		}
		boolean nvq = profile.brand() != null && profile.brand().toUpperCase(Locale.ROOT).contains("NVQ");
		return profile.framework() == QualificationProfile.Framework.RQF && nvq ? "nvq-rqf" : "diploma";
	}

	private static List<Column> columns(String layout, ResolvedOrganisation organisation) {
		String reference = referenceHeading(organisation);
		return switch (layout) {
			case "cambridge-technical" -> List.of(new Column("number", "Unit no.", false),
					new Column("sector", "Sector unit no.", false), new Column("reference", reference, false),
					new Column("title", "Unit title", false), new Column("urn", "Unit ref. no. (URN)", false),
					new Column("credits", "Credit value", true), new Column("level", "Level", true),
					new Column("glh", "Guided learning hours (GLH)", true),
					new Column("assessment", "How are they assessed?", false));
			case "sfj" -> List.of(new Column("urn", "Unit Number", false), new Column("reference", reference, false),
					new Column("sector", "Sector Unit No", false), new Column("title", "Unit Title", false),
					new Column("level", "Level", true), new Column("glh", "GLH", true),
					new Column("credits", "Credit Value", true));
			default -> List.of(
					new Column("number", layout.equals("nvq-rqf") ? "Unit No" : unitNumberHeading(organisation), false),
					new Column("sector", "Sector Unit No", false), new Column("reference", reference, false),
					new Column("title", "Unit title", false),
					new Column("urn", layout.equals("nvq-rqf") ? "Unit Accreditation No (UAN)" : "Unit Reference No (URN)", false),
					new Column("credits", "Credit value", true), new Column("level", "Level", true),
					new Column("glh", "GLH", true));
		};
	}

	/**
	 * The heading of the identifier column: the layout's URN heading, "Unit code" where every unit is identified
	 * by the awarding organisation's own code ("5CO01"), and both where the table mixes them.
	 */
	private static String identifierHeading(ResolvedQualification qualification, String urnHeading) {
		List<ResolvedUnit> units = qualification.memberships().stream().map(ResolvedMembership::unit)
				.filter(unit -> unit != null).toList();
		boolean someCodes = units.stream().anyMatch(ResolvedUnit::ownCode);
		boolean allCodes = someCodes && units.stream().allMatch(ResolvedUnit::ownCode);
		return allCodes ? "Unit code" : someCodes ? urnHeading + " or unit code" : urnHeading;
	}

	/** "OCR Unit No" (OCR Contact Centre Operations NVQ handbook, §6.1), or "Unit No" without an organisation. */
	static String unitNumberHeading(ResolvedOrganisation organisation) {
		return organisation == null ? "Unit No" : organisation.name() + " Unit No";
	}

	/** What the organisation calls its own unit reference ("Odyssey Reference"), else "Reference". */
	static String referenceHeading(ResolvedOrganisation organisation) {
		return organisation != null && organisation.unitReferenceLabel() != null ? organisation.unitReferenceLabel()
				: "Reference";
	}

	/** "Mandatory Group A" as printed; a label without its letter gets it: "Group B – Impression and Image". */
	static String caption(ResolvedGroup group) {
		String label = group.label() == null ? "" : group.label().strip();
		String id = group.id();
		if (id.length() > 3) {
			return label.isEmpty() ? id : label;
		}
		if (Pattern.compile("\\bgroup\\s+" + Pattern.quote(id) + "\\b", Pattern.CASE_INSENSITIVE).matcher(label).find()) {
			return label;
		}
		return label.isEmpty() || !WORDS.matcher(label).find() ? "Group " + id : "Group " + id + " – " + label;
	}
}
