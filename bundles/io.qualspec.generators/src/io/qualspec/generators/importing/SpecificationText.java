package io.qualspec.generators.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.generators.importing.ImportedSpecification.Group;
import io.qualspec.generators.importing.ImportedSpecification.Library;
import io.qualspec.generators.importing.ImportedSpecification.Membership;
import io.qualspec.generators.importing.ImportedSpecification.Organisation;
import io.qualspec.generators.importing.ImportedSpecification.Outcome;
import io.qualspec.generators.importing.ImportedSpecification.Qualification;
import io.qualspec.generators.importing.ImportedSpecification.Unit;

/**
 * Writes an {@link ImportedSpecification} as Qualspec text, one file per unit library and per qualification and one
 * for the awarding organisations, in the language's layout (a statement a line, blocks indented by a tab; the
 * command formats it once more with the language's formatter). A value that is null is not written. A name that is
 * one of the language's keywords is escaped with {@code ^}, so the caller gives the keywords.
 */
public final class SpecificationText {

	/** What an identifier of the language looks like (the grammar's ID terminal, ASCII letters and digits). */
	static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Set<String> keywords;

	/** @param keywords the language's keywords (a name equal to one is escaped) */
	public SpecificationText(Set<String> keywords) {
		this.keywords = Set.copyOf(keywords);
	}

	/** The files to write, by file name ("cfa-customerservice.qspec"), in a stable order. */
	public Map<String, String> files(ImportedSpecification specification) {
		Map<String, String> files = new LinkedHashMap<>();
		if (!specification.organisations().isEmpty()) {
			StringBuilder text = new StringBuilder();
			specification.organisations().forEach(o -> organisation(text, o));
			files.put("awarding-organisations.qspec", text.toString());
		}
		for (Library library : specification.libraries()) {
			StringBuilder text = new StringBuilder();
			library(text, library);
			put(files, OutputNames.slug(library.name()), text);
		}
		for (Qualification qualification : specification.qualifications()) {
			StringBuilder text = new StringBuilder();
			qualification(text, qualification);
			put(files, OutputNames.slug(qualification.id() != null ? qualification.id() : qualification.title()), text);
		}
		return files;
	}

	/** Two names with one slug (a library named like a qualification) get distinct file names. */
	private static void put(Map<String, String> files, String slug, StringBuilder text) {
		String name = slug + ".qspec";
		for (int n = 2; files.containsKey(name); n++) {
			name = slug + "-" + n + ".qspec";
		}
		files.put(name, text.toString());
	}

	private void organisation(StringBuilder out, Organisation organisation) {
		blankLine(out);
		out.append("awarding organisation ").append(name(organisation.name())).append(' ').append(quoted(organisation.title()))
				.append(" {\n}\n");
	}

	private void library(StringBuilder out, Library library) {
		out.append("unit library ").append(name(library.name()));
		if (library.title() != null) {
			out.append(' ').append(quoted(library.title()));
		}
		out.append(" {\n");
		for (Unit unit : library.units()) {
			unit(out, unit);
		}
		out.append("}\n");
	}

	private void unit(StringBuilder out, Unit unit) {
		out.append("\n\tunit ").append(unitId(unit.id(), unit.ownCode())).append(' ').append(quoted(unit.title())).append(" {\n");
		line(out, 2, "level", level(unit.level()));
		line(out, 2, "credits", unit.credits());
		line(out, 2, "glh", unit.glh());
		line(out, 2, "sector code", unit.sectorCode() == null ? null : quoted(unit.sectorCode()));
		line(out, 2, "assessment", unit.assessment());
		int number = 1;
		for (Outcome outcome : unit.outcomes()) {
			out.append("\t\toutcome ").append(number).append(' ').append(quoted(outcome.text())).append(" {\n");
			int criterion = 1;
			for (String text : outcome.criteria()) {
				out.append("\t\t\tcriterion ").append(number).append('.').append(criterion++).append(' ').append(quoted(text))
						.append('\n');
			}
			out.append("\t\t}\n");
			number++;
		}
		out.append("\t}\n");
	}

	private void qualification(StringBuilder out, Qualification qualification) {
		for (String library : qualification.uses()) {
			out.append("use ").append(name(library)).append('\n');
		}
		blankLine(out);
		out.append("qualification ");
		if (qualification.id() != null) {
			out.append(qualification.ownCode() ? "code " + quoted(qualification.id()) : qualification.id()).append(' ');
		}
		out.append(quoted(qualification.title())).append(" {\n");
		line(out, 1, "awarded by", qualification.organisation() == null ? null : name(qualification.organisation()));
		line(out, 1, "level", level(qualification.level()));
		line(out, 1, "sector", qualification.sector() == null ? null : quoted(qualification.sector()));
		line(out, 1, "credits", qualification.credits());
		line(out, 1, "glh", qualification.glh());
		line(out, 1, "tqt", qualification.tqt());
		line(out, 1, "first registration", qualification.firstRegistration());
		line(out, 1, "last entry", qualification.lastEntry());
		line(out, 1, "last certification", qualification.lastCertification());
		line(out, 1, "status", qualification.status());
		for (Group group : qualification.groups()) {
			out.append("\n\tgroup ").append(name(group.id())).append(' ').append(quoted(group.label())).append(' ')
					.append(group.kind()).append(" {\n");
			group.memberships().forEach(m -> membership(out, m));
			out.append("\t}\n");
		}
		if (!qualification.ungrouped().isEmpty()) {
			out.append("\n\tunits {\n");
			qualification.ungrouped().forEach(m -> membership(out, m));
			out.append("\t}\n");
		}
		out.append("}\n");
	}

	private void membership(StringBuilder out, Membership membership) {
		out.append("\t\tunit ");
		if (membership.number() != null) {
			out.append(name(membership.number())).append(" = ");
		}
		out.append(membership.ownCode() ? quoted(membership.unit()) : membership.unit());
		if (membership.sectorCode() != null) {
			out.append(" sector ").append(quoted(membership.sectorCode()));
		}
		if (membership.reference() != null) {
			out.append(" reference ").append(quoted(membership.reference()));
		}
		out.append('\n');
	}

	private static void line(StringBuilder out, int depth, String keyword, Object value) {
		if (value != null) {
			out.append("\t".repeat(depth)).append(keyword).append(' ').append(value).append('\n');
		}
	}

	private static void blankLine(StringBuilder out) {
		if (!out.isEmpty()) {
			out.append('\n');
		}
	}

	private static String level(Integer level) {
		return level == null ? null : level == 0 ? "entry" : level.toString();
	}

	private String unitId(String id, boolean ownCode) {
		return ownCode ? "code " + quoted(id) : id;
	}

	/** A name (dotted, or a single identifier or number) with each keyword part escaped. */
	String name(String name) {
		List<String> parts = new ArrayList<>();
		for (String part : name.split("\\.", -1)) {
			parts.add(keywords.contains(part) ? "^" + part : part);
		}
		return String.join(".", parts);
	}

	/** A text in quotes, with quotes and backslashes escaped and white space (line breaks too) made single spaces. */
	static String quoted(String text) {
		String single = text.strip().replaceAll("\\s+", " ");
		return '"' + single.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
