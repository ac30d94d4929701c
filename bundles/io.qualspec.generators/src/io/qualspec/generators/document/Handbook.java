package io.qualspec.generators.document;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.qualspec.catalogue.AssessmentMethod;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOrganisation;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.document.Prose.Section;
import io.qualspec.generators.wording.RuleWording;
import io.qualspec.rules.analysis.Analysis;

/**
 * The handbook of one qualification, part by part as the printed handbooks lay them out (docs/handbooks.md): cover and profile, text sections,
 * rule of combination, the engine's computed figures, structure tables, external assessment, grading,
 * worked examples, assessment methods, unit pages, change log and the awarding organisation.
 *
 * @param organisation the awarding organisation's title, or null
 * @param examSeries   "January and June", or null
 * @param website      the awarding organisation's website, or null
 */
public record Handbook(String title, String number, String organisation, Profile profile, List<Section> sections,
		RuleWording rules, ComputedFigures computed, Structure structure, List<ExternalAssessment> exams,
		String examSeries, QualificationGrading grading, List<WorkedExampleTable> examples, List<MethodGroup> methods,
		List<UnitPage> units, List<Change> changes, String website, List<Section> organisationSections) {

	public Handbook {
		sections = List.copyOf(sections);
		exams = List.copyOf(exams);
		examples = List.copyOf(examples);
		methods = List.copyOf(methods);
		units = List.copyOf(units);
		changes = List.copyOf(changes);
		organisationSections = List.copyOf(organisationSections);
	}

	/** An externally assessed unit in the exam summary (OCR Cambridge Technical handbook, Version 1, external assessment summary). */
	public record ExternalAssessment(String number, String title, String glh, String duration, String format,
			String marks, String setBy, List<String> details) {
		public ExternalAssessment {
			details = List.copyOf(details);
		}
	}

	/** Assessment method codes under one category (null: methods without a category). */
	public record MethodGroup(String category, List<Method> methods) {
		public MethodGroup {
			methods = List.copyOf(methods);
		}
	}

	/** "Examination of the witness testimony | EWT". */
	public record Method(String code, String name) {
	}

	/** A change log entry: "Section | Title of section and change | Version and date issued". */
	public record Change(String section, String description, String issued) {
	}

	/**
	 * The handbook of a qualification.
	 *
	 * @param analysis the engine's analysis of the qualification's rule set, or null to leave the computed
	 *                 figures out
	 */
	public static Handbook of(ResolvedQualification qualification, Analysis analysis) {
		ResolvedOrganisation organisation = qualification.organisation();
		List<Month> examSeries = qualification.profile().examSeries();
		return new Handbook(qualification.title(), qualification.printedNumber(), organisation == null ? null : organisation.title(),
				Profile.of(qualification), Prose.sections(qualification.sections(), "section"),
				RuleWording.of(qualification.ruleSet()), ComputedFigures.of(qualification.ruleSet(), analysis),
				Structure.of(qualification), exams(qualification), examSeries.isEmpty() ? null : Printed.months(examSeries),
				QualificationGrading.of(qualification), WorkedExampleTable.allOf(qualification.ruleSet()),
				methods(qualification.methods()), UnitPage.handbookPages(qualification), changes(qualification),
				organisation == null ? null : organisation.website(),
				organisation == null ? List.of() : Prose.sections(organisation.sections(), "organisation"));
	}

	private static List<ExternalAssessment> exams(ResolvedQualification qualification) {
		List<ExternalAssessment> exams = new ArrayList<>();
		for (ResolvedMembership membership : qualification.memberships()) {
			ResolvedUnit unit = membership.unit();
			if (unit == null || unit.exam() == null) {
				continue;
			}
			ResolvedUnit.Exam exam = unit.exam();
			List<String> details = new ArrayList<>(exam.questionTypes());
			if (exam.calculatorAllowed()) {
				details.add("a calculator may be used");
			}
			exams.add(new ExternalAssessment(membership.displayNumber(), unit.title(), Printed.number(unit.glh()),
					exam.durationMinutes() == null ? null : Printed.duration(exam.durationMinutes()), exam.format(),
					exam.marks() == null ? null : exam.marks() + " marks", exam.setBy(), details));
		}
		return exams;
	}

	/** Methods grouped by their category, each run of one category a group, in the order written. */
	private static List<MethodGroup> methods(List<AssessmentMethod> methods) {
		List<MethodGroup> groups = new ArrayList<>();
		List<Method> current = new ArrayList<>();
		for (int i = 0; i < methods.size(); i++) {
			AssessmentMethod method = methods.get(i);
			current.add(new Method(method.code(), method.name()));
			if (i + 1 == methods.size() || !Objects.equals(method.category(), methods.get(i + 1).category())) {
				groups.add(new MethodGroup(method.category(), current));
				current = new ArrayList<>();
			}
		}
		return groups;
	}

	/**
	 * The "Key updates to this handbook" table, newest version first, as the handbooks print it: the version and
	 * its date ("Version 4, February 2019") on the first change of each version only. A version that lists no
	 * changes has no rows.
	 */
	private static List<Change> changes(ResolvedQualification qualification) {
		List<Change> rows = new ArrayList<>();
		for (ResolvedQualification.Version version : qualification.versions()) {
			String issued = "Version " + version.name() + (version.issued() == null ? "" : ", " + Printed.date(version.issued()));
			for (ResolvedQualification.VersionChange change : version.changes()) {
				String section = change.allSections() ? "All sections" : change.section() == null ? "" : change.section();
				rows.add(new Change(section, change.description(), change == version.changes().get(0) ? issued : null));
			}
		}
		return rows;
	}
}
