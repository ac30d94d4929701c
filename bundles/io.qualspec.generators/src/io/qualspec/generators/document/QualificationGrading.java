package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.wording.RuleWording;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Grading;

/**
 * How the qualification is graded: {@code summary} ("This qualification is pass/fail." or the grades), the
 * points table (Unit GLH | Pass | Merit | Distinction | Unclassified) with its notes (points overrides),
 * the grade bands, the hurdle sentence and the best-result rule. Nulls and empty lists are not stated.
 */
public record QualificationGrading(String summary, List<String> pointsGrades, List<PointsRow> points,
		List<String> pointsNotes, List<GradeBand> bands, String hurdles, String bestResult) {

	public QualificationGrading {
		pointsGrades = List.copyOf(pointsGrades);
		points = List.copyOf(points);
		pointsNotes = List.copyOf(pointsNotes);
		bands = List.copyOf(bands);
	}

	/** A row of the points table: the unit GLH and the points for each grade of {@link #pointsGrades()}. */
	public record PointsRow(String glh, List<String> points) {
		public PointsRow {
			points = List.copyOf(points);
		}
	}

	/** A row of the grade table: "103–106 | Distinction | D". */
	public record GradeBand(String range, String grade, String abbreviation) {
	}

	/** The grading of a qualification, or null when its specification states none. */
	public static QualificationGrading of(ResolvedQualification qualification) {
		Grading grading = qualification.ruleSet().grading();
		if (grading == null) {
			return null;
		}
		String grades = grades(grading);
		String summary = grading.passOrFail() ? "This qualification is pass/fail." : null;
		if (!grades.isEmpty()) {
			summary = (summary == null ? "" : summary + " ") + "The qualification is graded " + grades + ".";
		}
		// the columns as the handbook prints them (OCR Cambridge Technical handbook, Version 1, §10 points table): the achieved grades
		// from Pass up, then the results below a Pass
		List<Grade> columns = grading.points().stream().flatMap(row -> row.points().keySet().stream()).distinct()
				.sorted(Comparator.comparing((Grade grade) -> !grade.isAchievement()).thenComparing(Grade::rank)
						.thenComparing(Grade::ordinal))
				.toList();
		List<PointsRow> points = grading.points().stream().map(row -> new PointsRow(Integer.toString(row.glh()),
				columns.stream().map(grade -> row.points().containsKey(grade) ? row.points().get(grade).toString() : "–").toList()))
				.toList();
		List<String> notes = new ArrayList<>();
		if (!points.isEmpty()) {
			for (ResolvedMembership membership : qualification.memberships()) {
				if (membership.pointsWhenAchieved() != null) {
					notes.add("An achievement of unit " + membership.displayNumber() + " will be awarded "
							+ membership.pointsWhenAchieved() + " points.");
				}
			}
		}
		List<GradeBand> bands = grading.bands().stream()
				.map(band -> new GradeBand(range(band), band.grade().label(), band.abbreviation())).toList();
		return new QualificationGrading(summary,
				columns.stream().map(Grade::label).toList(), points, notes, bands,
				RuleWording.hurdles(qualification.ruleSet()).orElse(null),
				grading.bestResultCounts()
						? "Where a unit is attempted more than once (a resit or a resubmission), the best result counts."
						: null);
	}

	/** The qualification grades: "Pass, Merit, Distinction, Distinction*", or empty. */
	static String grades(Grading grading) {
		return String.join(", ", grading.grades().stream().map(Grade::label).toList());
	}

	/** "107 and above", "Below 90", "97–102". */
	private static String range(Grading.Band band) {
		if (band.to() == null) {
			return band.from() + " and above";
		}
		if (band.from() == 0) {
			return "Below " + (band.to() + 1);
		}
		return band.from() + "–" + band.to();
	}
}
