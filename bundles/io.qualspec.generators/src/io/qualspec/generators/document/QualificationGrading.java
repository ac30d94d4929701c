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
 * points table (Unit GLH | Pass | Merit | Distinction | Unclassified, a row per unit size or "Per credit")
 * with its notes (points per credit, points overrides), the grade bands (one letter, "Distinction", or several,
 * "D*D"), the hurdle sentence, the compensation sentence, the best-result rule and the grade descriptors.
 * Nulls and empty lists are not stated.
 */
public record QualificationGrading(String summary, List<String> pointsGrades, List<PointsRow> points,
		List<String> pointsNotes, List<GradeBand> bands, boolean bandsAbbreviated, String hurdles, String compensation,
		String bestResult, List<Descriptor> descriptors) {

	public QualificationGrading {
		pointsGrades = List.copyOf(pointsGrades);
		points = List.copyOf(points);
		pointsNotes = List.copyOf(pointsNotes);
		bands = List.copyOf(bands);
		descriptors = List.copyOf(descriptors);
	}

	/** An Access to HE grade descriptor: "1", "Understanding of the subject" (title null where none is given). */
	public record Descriptor(String number, String title) {
	}

	/**
	 * A row of the points table: the unit GLH ("60"), or "Per credit" where a unit scores the figures times its
	 * credit value, and the points for each grade of
	 * {@link #pointsGrades()}.
	 */
	public record PointsRow(String glh, boolean perCredit, List<String> points) {
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
		List<PointsRow> points = grading.points().stream().map(row -> new PointsRow(row.perCredit() ? "Per credit" : row.glh().toString(), row.perCredit(),
				columns.stream().map(grade -> row.points().containsKey(grade) ? row.points().get(grade).toString() : "–").toList()))
				.toList();
		List<String> notes = new ArrayList<>();
		if (!points.isEmpty()) {
			grading.points().stream().filter(Grading.PointsRow::perCredit).findFirst()
					.ifPresent(row -> notes.add("A unit scores the points per credit for its grade times its credit value ("
							+ perCredit(row, columns) + ")."));
			for (ResolvedMembership membership : qualification.memberships()) {
				if (membership.pointsWhenAchieved() != null) {
					notes.add("An achievement of unit " + membership.displayNumber() + " will be awarded "
							+ membership.pointsWhenAchieved() + " points.");
				}
			}
		}
		List<GradeBand> bands = grading.bands().stream()
				.map(band -> new GradeBand(range(band), band.grade().label(), band.abbreviation())).toList();
		List<Descriptor> descriptors = qualification.gradeDescriptors().stream()
				.map(d -> new Descriptor(Integer.toString(d.number()), d.title())).toList();
		return new QualificationGrading(summary,
				columns.stream().map(Grade::label).toList(), points, notes, bands,
				bands.stream().anyMatch(band -> band.abbreviation() != null),
				RuleWording.hurdles(qualification.ruleSet()).orElse(null), compensation(grading.compensation()),
				grading.bestResultCounts()
						? "Where a unit is attempted more than once (a resit or a resubmission), the best result counts."
						: null,
				descriptors);
	}

	/** "Pass 7 points per credit, Merit 8 points per credit, Distinction 9 points per credit". */
	private static String perCredit(Grading.PointsRow row, List<Grade> columns) {
		return String.join(", ", columns.stream().filter(grade -> row.points().containsKey(grade) && grade.isAchievement())
				.map(grade -> grade.label() + " " + row.points().get(grade) + " points per credit").toList());
	}

	/**
	 * "A learner may achieve a grade below a Pass in optional units of up to 60 GLH in total and still achieve
	 * the qualification; ..." (after the wording of Pearson's BTEC Nationals specifications, §10 "Calculation of the
	 * qualification grade": "a learner may achieve a U grade in optional units of up to 60 GLH and still pass").
	 */
	private static String compensation(Grading.Compensation compensation) {
		if (compensation == null) {
			return null;
		}
		return "A learner may achieve a grade below a Pass in " + (compensation.optionalUnitsOnly() ? "optional " : "")
				+ "units of up to " + compensation.limit() + " " + compensation.measure().word()
				+ " in total and still achieve the qualification; these units still count towards the rules of combination"
				+ " and score no points.";
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
