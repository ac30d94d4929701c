package io.qualspec.rules.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A qualification's grading: pass/fail, or points by unit GLH (or per credit) and grade summed into bands, with
 * hurdles and the compensation that relaxes them.
 */
public record Grading(boolean passOrFail, List<Grade> grades, List<PointsRow> points, List<Band> bands,
		List<Hurdle> hurdles, Compensation compensation, boolean bestResultCounts) {

	public Grading {
		grades = List.copyOf(grades);
		points = List.copyOf(points);
		bands = List.copyOf(bands);
		hurdles = List.copyOf(hurdles);
	}

	/**
	 * "points for 60 glh: pass 14, merit 16, distinction 18, unclassified 0"; or, with {@code glh} null, "points
	 * per credit: pass 7, merit 8, distinction 9", where a unit scores its credits times the figure.
	 */
	public record PointsRow(Integer glh, Map<Grade, Integer> points) {
		public PointsRow {
			points = Map.copyOf(points);
		}

		public boolean perCredit() {
			return glh == null;
		}
	}

	/**
	 * A band of total points: {@code to} is null for "107 and above". The grade may have several letters
	 * (D*D); {@code abbreviation} is what the handbook prints for a grade of one letter ("D*"), null if nothing.
	 */
	public record Band(AwardGrade grade, String abbreviation, int from, Integer to) {

		/** What the handbook prints for the band's grade: "D*", "MP", else the grade's name. */
		public String printed() {
			return abbreviation != null ? abbreviation : grade.single() == null ? grade.letterCode() : grade.label();
		}


		public boolean contains(int total) {
			return total >= from && (to == null || total <= to);
		}

		public String range() {
			return to == null ? from + " and above" : from == 0 ? "below " + (to + 1) : from + "-" + to;
		}
	}

	/**
	 * A result required whatever the points: of one unit ({@code unitId}), or of every unit
	 * ({@code unitId} null), then "every other unit" when {@code otherUnitsOnly}.
	 */
	public record Hurdle(String unitId, Grade minimum, boolean otherUnitsOnly) {

		public String text() {
			String who = unitId != null ? "unit " + unitId : otherUnitsOnly ? "every other unit" : "every unit";
			return minimum == Grade.ACHIEVED ? who + " achieved" : who + " at least " + minimum.label();
		}
	}

	/**
	 * "a learner may achieve a U grade in optional units of up to 60 GLH and still pass": units below the
	 * hurdles' minimum are allowed while their total {@code measure} is within {@code limit}; they still count
	 * towards the rules of combination, and score no points.
	 */
	public record Compensation(Measure measure, int limit, boolean optionalUnitsOnly) {

		public String text() {
			return "Unclassified allowed in " + (optionalUnitsOnly ? "optional " : "") + "units of up to " + limit + " "
					+ measure.word();
		}
	}

	/** The row that scores a unit: its GLH row, else the per-credit row. */
	public Optional<PointsRow> pointsFor(RuleUnit unit) {
		Optional<PointsRow> byGlh = points.stream()
				.filter(row -> row.glh() != null && unit.glh() != null && row.glh().intValue() == unit.glh().intValue())
				.findFirst();
		return byGlh.isPresent() ? byGlh : points.stream().filter(PointsRow::perCredit).findFirst();
	}

	/** The points a unit scores with a grade under a row (per credit: its credits times the figure). */
	public static int score(PointsRow row, RuleUnit unit, Grade grade) {
		int figure = row.points().getOrDefault(grade, 0);
		return row.perCredit() ? figure * (unit.credits() == null ? 0 : unit.credits()) : figure;
	}

	public Optional<Band> bandFor(int total) {
		return bands.stream().filter(b -> b.contains(total)).findFirst();
	}
}
