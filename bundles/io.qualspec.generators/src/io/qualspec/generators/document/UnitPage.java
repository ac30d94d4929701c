package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOrganisation;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.document.Prose.Section;
import io.qualspec.generators.document.Rows.Row;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;

/**
 * A unit page, as a handbook prints it and as the unit document (HTML, PDF and Word) prints it: the header
 * rows, the learning outcomes beside their assessment criteria (or a BTEC-style unit's learning aims), the
 * grading criteria of a graded unit (by outcome, or by learning aim), the external assessment and the unit's
 * text sections.
 *
 * <p>The header rows begin as the SFJ unit page prints them (SFJ Customer Service handbook, V1 01.07.19, §3 unit pages): {@code Title},
 * {@code Level}, {@code Unit Number} (the URN; {@code Unit code} for the awarding organisation's own code),
 * {@code Credit Value}, {@code GLH}, then {@code TQT} where the unit states it; then, in a qualification,
 * the unit number and sector unit number as the OCR structure tables head them ({@code OCR Unit No},
 * {@code Sector Unit No}, OCR Contact Centre Operations NVQ handbook, §6.1) and the awarding organisation's reference under its
 * own name ({@code Odyssey Reference}); then the group, assessment, grading and what else the unit states.
 *
 * @param id       the page's identifier, unique in its document ("unit-A-506-2130")
 * @param context  the line naming the qualification a unit document prints the unit for ("Unit of the SFJ
 *                 Awards Level 2 Certificate in Customer Service (603/4767/3)"), or null
 * @param aims     the learning aims of a BTEC-style unit, with their teaching content
 * @param hasContent whether any outcome or learning aim has teaching content
 * @param grading  the grading criteria, or null for a unit without them
 */
public record UnitPage(String id, String title, String urn, String context, List<Row> header, List<Outcome> outcomes,
		List<Aim> aims, boolean hasContent, GradingGrid grading, List<Row> exam, List<Section> sections) {

	public UnitPage {
		header = List.copyOf(header);
		outcomes = List.copyOf(outcomes);
		aims = List.copyOf(aims);
		exam = List.copyOf(exam);
		sections = List.copyOf(sections);
	}

	/** An assessment criterion, "1.1 Explain ...", with its guidance. */
	public record Criterion(String number, String text, String guidance) {
	}

	/** Teaching content of an outcome: {@code qualifier} "i.e." (must be taught), "e.g." (illustrative) or null. */
	public record Content(String qualifier, String text) {
	}

	/**
	 * A learning outcome: its number as printed ("1."), its text and weighting ("40%", or null), its criteria
	 * in numeric order (2.10 after 2.9) and its teaching content.
	 */
	public record Outcome(String number, String text, String weighting, List<Criterion> criteria, List<Content> content) {
		public Outcome {
			criteria = List.copyOf(criteria);
			content = List.copyOf(content);
		}
	}

	/** A learning aim of a BTEC-style unit: "A", "Examine the computational thinking skills ...", its content. */
	public record Aim(String letter, String text, List<Content> content) {
		public Aim {
			content = List.copyOf(content);
		}
	}

	/** A Pass, Merit or Distinction criterion of a graded unit: "P1 Describe two problems". */
	public record GradingCriterion(String code, String text) {
	}

	/**
	 * The grading criteria of one outcome ({@code number} "1." and its text), of the whole unit ({@code number}
	 * null), or of learning aims ({@code number} "Learning aim A" or "Learning aims B and C", {@code aims} their
	 * letters and texts, {@code text} null): a list per grade of {@link GradingGrid#grades()}.
	 */
	public record GradingRow(String number, String text, List<Aim> aims, List<List<GradingCriterion>> cells) {
		public GradingRow {
			aims = List.copyOf(aims);
			cells = cells.stream().map(List::copyOf).toList();
		}
	}

	/**
	 * Grading criteria by grade: the heading of the rows' column ("Learning outcome", "Learning aim"), the grades
	 * the unit has criteria for, the stem above each, a row per outcome or per learning aim.
	 */
	public record GradingGrid(String rowHeading, List<String> grades, List<String> stems, List<GradingRow> rows) {
		public GradingGrid {
			grades = List.copyOf(grades);
			stems = List.copyOf(stems);
			rows = List.copyOf(rows);
		}
	}

	/** The page of a unit as described in its library, outside any qualification. */
	public static UnitPage of(ResolvedUnit unit) {
		return page(unit, null, null, Printed.id("unit", unit.urn()), false);
	}

	/**
	 * The unit document of a unit of a qualification: with its local number, sector unit number, reference
	 * and group there, and a line naming the qualification.
	 */
	public static UnitPage of(ResolvedQualification qualification, ResolvedMembership membership) {
		return page(membership.unit(), qualification, membership, Printed.id("unit", membership.unit().urn()), true);
	}

	/** The unit pages of a qualification's handbook, in table order. */
	static List<UnitPage> handbookPages(ResolvedQualification qualification) {
		List<UnitPage> pages = new ArrayList<>();
		ids(qualification).forEach((membership, id) -> pages.add(page(membership.unit(), qualification, membership, id, false)));
		return pages;
	}

	/**
	 * The memberships of a qualification whose unit has a page in the handbook (outcomes or grading
	 * criteria), each with its page's id; a unit listed twice gets a second id ("unit-A-506-2130-2").
	 */
	static Map<ResolvedMembership, String> ids(ResolvedQualification qualification) {
		Map<ResolvedMembership, String> ids = new LinkedHashMap<>();
		Set<String> used = new LinkedHashSet<>();
		for (ResolvedMembership membership : qualification.memberships()) {
			if (membership.unit() != null && membership.unit().hasUnitPage()) {
				String id = Printed.id("unit", membership.unit().urn());
				for (int i = 2; !used.add(id); i++) {
					id = Printed.id("unit", membership.unit().urn()) + "-" + i;
				}
				ids.put(membership, id);
			}
		}
		return ids;
	}

	private static UnitPage page(ResolvedUnit unit, ResolvedQualification qualification, ResolvedMembership membership,
			String id, boolean namesQualification) {
		List<Outcome> outcomes = unit.outcomes().stream().map(UnitPage::outcome).toList();
		List<Aim> aims = unit.aims().stream().map(a -> new Aim(a.letter(), a.text(), content(a.content()))).toList();
		String context = !namesQualification ? null
				: "Unit of the " + qualification.title()
						+ (qualification.printedNumber() == null ? "" : " (" + qualification.printedNumber() + ")");
		return new UnitPage(id, unit.title(), unit.urn(), context, header(unit, qualification, membership), outcomes, aims,
				outcomes.stream().anyMatch(o -> !o.content().isEmpty()) || aims.stream().anyMatch(a -> !a.content().isEmpty()),
				gradingGrid(unit), exam(unit.exam()),
				Prose.unitSections(unit.sections(), id + "-section"));
	}

	private static List<Row> header(ResolvedUnit unit, ResolvedQualification qualification, ResolvedMembership membership) {
		Rows rows = new Rows().add("Title", unit.title())
				.add("Level", Printed.level(unit.level()))
				.add(unit.ownCode() ? "Unit code" : "Unit Number", unit.urn())
				.add("Credit Value", Printed.number(unit.credits()))
				.add("GLH", Printed.number(unit.glh()))
				.add("TQT", Printed.number(unit.tqt()));
		Map<String, String> numbers = new HashMap<>();
		// in a qualification, the unit's permissions that hold there
		List<String> evidence = new ArrayList<>(unit.evidence().stream()
				.filter(e -> membership == null || e.holdsIn(membership.qualification())).map(Profile::evidence).toList());
		if (membership != null) {
			ResolvedOrganisation organisation = qualification.organisation();
			rows.add(Structure.unitNumberHeading(organisation), membership.number())
					.add("Sector Unit No", membership.sectorCode())
					.add(Structure.referenceHeading(organisation), membership.aoReference())
					.add("Group", qualification.groupOf(membership).map(Structure::caption).orElse(null));
			for (ResolvedMembership other : qualification.memberships()) {
				if (other.unit() != null && other.number() != null) {
					numbers.putIfAbsent(other.unit().urn(), other.number());
				}
			}
			membership.evidence().stream().map(e -> Profile.evidence(e) + " in this qualification").forEach(evidence::add);
		} else {
			rows.add("Sector Unit No", unit.sectorCode());
		}
		rows.add("Assessment", unit.assessment() == null ? null : switch (unit.assessment()) {
					case EXTERNAL -> "External assessment (E)";
					case INTERNAL -> "Internal assessment (I)";
					case INTERNAL_SET -> "Internal, set by the awarding organisation (Int Set)";
				})
				.add("Grading", unit.gradeScale() == null ? null : switch (unit.gradeScale()) {
					case ACHIEVED_OR_NOT -> "Achieved / not achieved";
					case PASS_MERIT_DISTINCTION -> "Pass, Merit or Distinction";
					case PASS_OR_FAIL -> "Pass / Fail";
				})
				.add("Unit type", unit.kind() == null ? null : switch (unit.kind()) {
					case KNOWLEDGE -> "Knowledge";
					case COMPETENCE -> "Competence";
					case MIXED -> "Knowledge and competence";
				})
				.add("Unit expiry date", Printed.date(unit.expiry()))
				.add("Synoptic unit", unit.synoptic() ? "Yes: it draws on the learning of the other units" : null)
				.add("Links to other units", unit.links().stream().map(link -> unitName(link, numbers)).toList())
				.add("Recommended to be taken after", unit.takenAfter().stream().map(link -> unitName(link, numbers)).toList())
				.add("Evidence", evidence)
				.add("Grade descriptors", gradeDescriptors(unit, qualification));
		return rows.rows();
	}

	/**
	 * The grade descriptors an Access to HE unit is graded against: "1 Understanding of the subject", with the
	 * title the qualification gives the number, else the number alone.
	 */
	private static List<String> gradeDescriptors(ResolvedUnit unit, ResolvedQualification qualification) {
		Map<Integer, String> titles = new HashMap<>();
		if (qualification != null) {
			qualification.gradeDescriptors().forEach(d -> titles.put(d.number(), d.title()));
		}
		return unit.gradeDescriptors().stream()
				.map(number -> titles.get(number) == null ? "Grade descriptor " + number : number + " " + titles.get(number))
				.toList();
	}

	/** "Unit 1 Principles of ..." where the qualification numbers the unit, else "R/615/5441 Principles of ...". */
	private static String unitName(ResolvedUnit.Link link, Map<String, String> numbers) {
		if (link.urn() == null) {
			return "(unresolved unit)";
		}
		String number = numbers.get(link.urn());
		return (number != null ? "Unit " + number : link.urn()) + " " + link.title();
	}

	private static Outcome outcome(ResolvedOutcome outcome) {
		List<Criterion> criteria = outcome.criteria().stream()
				.sorted(Comparator.comparing(ResolvedCriterion::number, UnitPage::compareCriterionNumbers))
				.map(c -> new Criterion(c.number(), c.text() == null ? "" : c.text(), c.guidance())).toList();
		return new Outcome(outcome.number() + ".", outcome.text(), outcome.weighting() == null ? null : outcome.weighting() + "%",
				criteria, content(outcome.content()));
	}

	private static List<Content> content(List<ResolvedOutcome.TeachingContent> content) {
		return content.stream().map(c -> new Content(c.qualifier() == null ? null : c.qualifier().abbreviation(), c.text()))
				.toList();
	}

	/** "2.10" after "2.9": criterion numbers compare part by part as numbers. */
	private static int compareCriterionNumbers(String a, String b) {
		String[] x = a == null ? new String[0] : a.split("\\.");
		String[] y = b == null ? new String[0] : b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c;
			try {
				c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
			} catch (NumberFormatException e) {
				c = x[i].compareTo(y[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	private static GradingGrid gradingGrid(ResolvedUnit unit) {
		List<ResolvedUnit.GradingCriterion> criteria = unit.gradingCriteria();
		if (criteria.isEmpty()) {
			return null;
		}
		List<Grade> grades = List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION).stream()
				.filter(grade -> criteria.stream().anyMatch(c -> c.grade() == grade)).toList();
		List<String> stems = grades.stream().map(grade -> switch (grade) {
			case PASS -> "To achieve a Pass, the learner must be able to:";
			case MERIT -> "To achieve a Merit, the learner must also be able to:";
			default -> "To achieve a Distinction, the learner must also be able to:";
		}).toList();
		List<String> gradeLabels = grades.stream().map(Grade::label).toList();
		if (unit.hasAims()) {
			return new GradingGrid("Learning aim", gradeLabels, stems, aimRows(unit, grades));
		}
		// rows: each outcome the criteria name, in outcome order, then the criteria for no outcome
		List<Integer> outcomeNumbers = criteria.stream().map(ResolvedUnit.GradingCriterion::outcome)
				.filter(n -> n != null).distinct().sorted().toList();
		List<GradingRow> rows = new ArrayList<>();
		for (Integer number : outcomeNumbers) {
			List<ResolvedUnit.GradingCriterion> forOutcome = criteria.stream().filter(c -> number.equals(c.outcome())).toList();
			rows.add(unit.outcomes().stream().filter(o -> number.equals(o.number())).findFirst()
					.map(o -> gradingRow(o.number() + ".", o.text(), grades, forOutcome))
					.orElse(gradingRow(null, "Outcome " + number, grades, forOutcome)));
		}
		List<ResolvedUnit.GradingCriterion> wholeUnit = criteria.stream().filter(c -> c.outcome() == null).toList();
		if (!wholeUnit.isEmpty()) {
			rows.add(gradingRow(null, outcomeNumbers.isEmpty() ? "The unit" : "The unit as a whole", grades, wholeUnit));
		}
		return new GradingGrid("Learning outcome", gradeLabels, stems, rows);
	}

	/**
	 * A row per learning aim, as Pearson prints a BTEC unit's assessment criteria (BTEC International Level 3
	 * Information Technology specification, Issue 3, unit pages): the criteria coded for the aim under their
	 * grade. Aims that a criterion spans (BC.D2) share one row, "Learning aims B and C", which holds the
	 * criteria of both and the spanning one. Criteria whose code names no aim close the grid in a row of the unit.
	 */
	private static List<GradingRow> aimRows(ResolvedUnit unit, List<Grade> grades) {
		List<String> letters = unit.aims().stream().map(ResolvedUnit.LearningAim::letter).toList();
		// join the aims a criterion spans into one group (union-find over the aims' positions)
		int[] group = new int[letters.size()];
		for (int i = 0; i < group.length; i++) {
			group[i] = i;
		}
		for (ResolvedUnit.GradingCriterion criterion : unit.gradingCriteria()) {
			List<Integer> spanned = aimPositions(criterion, letters);
			for (int position : spanned) {
				union(group, spanned.get(0), position);
			}
		}
		Map<Integer, List<ResolvedUnit.LearningAim>> groups = new LinkedHashMap<>();
		for (int i = 0; i < letters.size(); i++) {
			groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(unit.aims().get(i));
		}
		List<GradingRow> rows = new ArrayList<>();
		for (List<ResolvedUnit.LearningAim> aims : groups.values()) {
			Set<String> groupLetters = new LinkedHashSet<>(aims.stream().map(ResolvedUnit.LearningAim::letter).toList());
			List<ResolvedUnit.GradingCriterion> criteria = unit.gradingCriteria().stream()
					.filter(c -> aimPositions(c, letters).stream().anyMatch(i -> groupLetters.contains(letters.get(i)))).toList();
			String label = aims.size() == 1 ? "Learning aim " + aims.get(0).letter()
					: "Learning aims " + Printed.join(List.copyOf(groupLetters), "and");
			rows.add(new GradingRow(label, null,
					aims.stream().map(a -> new Aim(a.letter(), a.text(), List.of())).toList(), cells(grades, criteria)));
		}
		List<ResolvedUnit.GradingCriterion> unaimed = unit.gradingCriteria().stream()
				.filter(c -> aimPositions(c, letters).isEmpty()).toList();
		if (!unaimed.isEmpty()) {
			rows.add(new GradingRow(null, "The unit as a whole", List.of(), cells(grades, unaimed)));
		}
		return rows;
	}

	/** The positions among the unit's aims of the aims a criterion's code names (B and C for BC.D2). */
	private static List<Integer> aimPositions(ResolvedUnit.GradingCriterion criterion, List<String> letters) {
		return criterion.aimLetters().chars().mapToObj(c -> letters.indexOf(String.valueOf((char) c)))
				.filter(i -> i >= 0).toList();
	}

	private static int find(int[] group, int i) {
		return group[i] == i ? i : (group[i] = find(group, group[i]));
	}

	private static void union(int[] group, int a, int b) {
		int x = find(group, a);
		int y = find(group, b);
		// the earlier aim stays the group's representative, so groups keep the aims' order
		group[Math.max(x, y)] = Math.min(x, y);
	}

	private static GradingRow gradingRow(String number, String text, List<Grade> grades,
			List<ResolvedUnit.GradingCriterion> criteria) {
		return new GradingRow(number, text, List.of(), cells(grades, criteria));
	}

	/** The criteria under each grade, in the order written. */
	private static List<List<GradingCriterion>> cells(List<Grade> grades, List<ResolvedUnit.GradingCriterion> criteria) {
		return grades.stream().map(grade -> criteria.stream().filter(c -> c.grade() == grade)
				.map(c -> new GradingCriterion(c.code(), c.text())).toList()).toList();
	}

	private static List<Row> exam(ResolvedUnit.Exam exam) {
		if (exam == null) {
			return List.of();
		}
		return new Rows().add("Duration", exam.durationMinutes() == null ? null : Printed.duration(exam.durationMinutes()))
				.add("Format", exam.format())
				.add("Marks", exam.marks() == null ? null : exam.marks() + " marks")
				.add("Set and marked", exam.setBy())
				.add("Question types", exam.questionTypes())
				.add("Calculator", exam.calculatorAllowed() ? "A calculator may be used." : null)
				.add("Exam series", exam.series().isEmpty() ? null : Printed.months(exam.series()))
				.rows();
	}
}
