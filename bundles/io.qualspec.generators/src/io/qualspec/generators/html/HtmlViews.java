package io.qualspec.generators.html;

import java.util.List;
import java.util.Map;

import io.qualspec.generators.wording.RuleWording;

/**
 * The view model the HTML templates see: plain records of display strings, built from the resolved
 * specification and the rules engine, so that templates never touch the EMF model. Every text is
 * escaped by the templates' HTML output format. Values a specification does not state are null or empty,
 * and templates leave their rows out. This is the contract for anyone who writes a house-style template
 * (see {@link HtmlDocuments}).
 */
public final class HtmlViews {

	private HtmlViews() {
	}

	/**
	 * A paragraph (its {@code lines}, split where the text has line breaks) or, when {@code list}, a bullet
	 * list ({@code items}, each its lines).
	 */
	public record Block(boolean list, List<String> lines, List<List<String>> items) {
		public Block {
			lines = List.copyOf(lines);
			items = items.stream().map(List::copyOf).toList();
		}
	}

	/** A titled text section of paragraphs and bullet lists. */
	public record Section(String id, String title, List<Block> blocks) {
		public Section {
			blocks = List.copyOf(blocks);
		}
	}

	/**
	 * A row of a profile or header table: a label and its value as blocks; {@code ages} holds the approved
	 * age groups on the "Age group approved" row and is empty elsewhere.
	 */
	public record Row(String label, List<Block> value, List<AgeCell> ages) {
		public Row {
			value = List.copyOf(value);
			ages = List.copyOf(ages);
		}
	}

	/** One age group of "Pre-16 | 16-18 | 18+ | 19+" and whether it is approved ("Yes" or "No"). */
	public record AgeCell(String band, String approved) {
	}

	/**
	 * A column of the structure tables. {@code key} is one of number, sector, reference, title, urn, credits,
	 * level, glh, assessment; {@code heading} is the heading as the handbook's layout prints it.
	 */
	public record Column(String key, String heading, boolean numeric) {
	}

	/**
	 * A unit of a structure table, each value as printed (null where not stated); {@code cells} holds the
	 * same values by column key. {@code anchor} is the id of the unit's page in the handbook, or null.
	 */
	public record UnitRow(String number, String sector, String reference, String title, String urn, String credits,
			String level, String glh, String assessment, String anchor, Map<String, String> cells) {
		public UnitRow {
			cells = Map.copyOf(cells);
		}
	}

	/**
	 * One structure table: a group ({@code group} its identifier, {@code kind} "mandatory" or "optional"), or
	 * the units outside any group ({@code group} null). {@code note} is a remark such as "Optional group 1".
	 */
	public record StructureTable(String id, String group, String kind, String caption, String note, List<UnitRow> rows) {
		public StructureTable {
			rows = List.copyOf(rows);
		}
	}

	/**
	 * The structure tables in one layout ({@code layout}: "cambridge-technical", "sfj", "nvq-qcf", "nvq-rqf"
	 * or "diploma"), with the E/I key when {@code assessmentKey}.
	 */
	public record Structure(String layout, List<Column> columns, boolean assessmentKey, List<StructureTable> tables) {
		public Structure {
			columns = List.copyOf(columns);
			tables = List.copyOf(tables);
		}
	}

	/** An externally assessed unit in the exam summary. */
	public record Exam(String number, String title, String glh, String duration, String format, String marks,
			String setBy, List<String> details, String series) {
		public Exam {
			details = List.copyOf(details);
		}
	}

	/** A row of the points table: the unit GLH and the points for each grade of {@link Grading#pointsGrades()}. */
	public record PointsRow(String glh, List<String> points) {
		public PointsRow {
			points = List.copyOf(points);
		}
	}

	/** A row of the grade table: "103–106 | Distinction | D". */
	public record Band(String range, String grade, String abbreviation) {
	}

	/**
	 * The qualification's grading: {@code summary} ("This qualification is pass/fail." or the grades), the
	 * points table with its grade headings and notes (points overrides), the bands, the hurdle sentence and
	 * the best-result rule. Nulls and empty lists are not stated.
	 */
	public record Grading(String summary, List<String> pointsGrades, List<PointsRow> points, List<String> pointsNotes,
			List<Band> bands, String hurdles, String bestResult) {
		public Grading {
			pointsGrades = List.copyOf(pointsGrades);
			points = List.copyOf(points);
			pointsNotes = List.copyOf(pointsNotes);
			bands = List.copyOf(bands);
		}
	}

	/** A unit of a worked example: its number, GLH, credits, result and the points the engine gives it. */
	public record ExampleRow(String unit, String title, String glh, String credits, String grade, String points) {
	}

	/** A stated outcome of a worked example beside the engine's: "Total number of points | 92 | 92". */
	public record Comparison(String label, String printed, String computed, boolean agrees) {
	}

	/**
	 * A worked example as the handbook prints it (Unit | GLH | Grade | Number of points, with totals), and
	 * what the handbook states beside what the engine computes.
	 */
	public record Example(String id, String name, boolean showCredits, boolean showPoints, List<ExampleRow> rows,
			String totalGlh, String totalCredits, String printedPoints, List<Comparison> comparison, boolean agrees,
			List<String> disagreements, String reason) {
		public Example {
			rows = List.copyOf(rows);
			comparison = List.copyOf(comparison);
			disagreements = List.copyOf(disagreements);
		}
	}

	/** Assessment method codes under one category (null: methods without a category). */
	public record MethodGroup(String category, List<Method> methods) {
		public MethodGroup {
			methods = List.copyOf(methods);
		}
	}

	public record Method(String code, String name) {
	}

	/** A computed figure: the least and greatest over valid selections, and what the specification states. */
	public record Figure(String label, String least, String greatest, String stated, String remark) {
	}

	/**
	 * The rules engine's figures ("Computed by Qualspec"): nothing here is printed in a handbook.
	 * {@code available} is false when no analysis was given.
	 */
	public record Computed(boolean available, boolean feasible, List<Figure> figures, String selections,
			String leastGlhSelection, List<String> conflict, List<String> redundant, List<String> neverMet) {
		public Computed {
			figures = List.copyOf(figures);
			conflict = List.copyOf(conflict);
			redundant = List.copyOf(redundant);
			neverMet = List.copyOf(neverMet);
		}
	}

	/** A change log entry: "Section | Title of section and change | Version and date issued". */
	public record Change(String section, String description, String issued) {
	}

	/** An assessment criterion, "1.1 Explain ...", with its guidance. */
	public record Criterion(String number, String text, String guidance) {
	}

	/** Teaching content of an outcome: {@code qualifier} "i.e." (must be taught), "e.g." (illustrative) or null. */
	public record Content(String qualifier, String text) {
	}

	/** A learning outcome, "1. Understand ...", with its criteria in numeric order. */
	public record Outcome(String number, String text, String kind, String weighting, List<Criterion> criteria,
			List<Content> content) {
		public Outcome {
			criteria = List.copyOf(criteria);
			content = List.copyOf(content);
		}
	}

	/** A Pass, Merit or Distinction criterion of a graded unit. */
	public record GradingCriterion(String code, String text) {
	}

	/** The grading criteria of one outcome (or of none), a list per grade of {@link GradingGrid#grades()}. */
	public record GradingRow(String outcome, List<List<GradingCriterion>> cells) {
		public GradingRow {
			cells = cells.stream().map(List::copyOf).toList();
		}
	}

	/** Grading criteria by grade: the grades, the stem above each column and a row per outcome. */
	public record GradingGrid(List<String> grades, List<String> stems, List<GradingRow> rows) {
		public GradingGrid {
			grades = List.copyOf(grades);
			stems = List.copyOf(stems);
			rows = List.copyOf(rows);
		}
	}

	/**
	 * A unit: the header rows (Title, Level, Unit Number (URN), Credit Value, GLH, then what the membership
	 * and the unit add), the outcomes and criteria, grading criteria, exam details and text sections.
	 * {@code context} names the qualification and group the unit is shown in, or is null.
	 */
	public record Unit(String anchor, String title, String urn, String context, List<Row> header,
			List<Outcome> outcomes, boolean hasContent, boolean hasWeighting, GradingGrid grading, List<Row> exam,
			List<Section> sections) {
		public Unit {
			header = List.copyOf(header);
			outcomes = List.copyOf(outcomes);
			exam = List.copyOf(exam);
			sections = List.copyOf(sections);
		}
	}

	/** The whole handbook of one qualification. */
	public record Handbook(String title, String number, String organisation, String identifiers,
			List<String> displayNames, String version, List<Row> profile, List<Section> sections, RuleWording rules,
			Computed computed, Structure structure, List<Exam> exams, String examSeries, Grading grading,
			List<Example> examples, List<MethodGroup> methods, List<Unit> units, List<Change> changes,
			String organisationTitle, String website, List<Section> organisationSections, String generator) {
		public Handbook {
			displayNames = List.copyOf(displayNames);
			profile = List.copyOf(profile);
			sections = List.copyOf(sections);
			exams = List.copyOf(exams);
			examples = List.copyOf(examples);
			methods = List.copyOf(methods);
			units = List.copyOf(units);
			changes = List.copyOf(changes);
			organisationSections = List.copyOf(organisationSections);
		}
	}

	/** A unit document: the unit on its own page, in the context of one qualification when given. */
	public record UnitDocument(String title, Unit unit, String generator) {
	}

	/** A generated file listed on the index page. */
	public record IndexFile(String path, String label) {
	}

	/** A qualification or unit on the index page with its files. */
	public record IndexEntry(String title, String subtitle, List<IndexFile> files) {
		public IndexEntry {
			files = List.copyOf(files);
		}
	}

	/** The index page of a generated catalogue. */
	public record Index(String title, List<IndexEntry> qualifications, List<IndexEntry> units, String generator) {
		public Index {
			qualifications = List.copyOf(qualifications);
			units = List.copyOf(units);
		}
	}
}
