package io.qualspec.rules.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A qualification's grading: pass/fail, or points by unit GLH and grade summed into bands, with hurdles.
 */
public record Grading(boolean passOrFail, List<Grade> grades, List<PointsRow> points, List<Band> bands,
		List<Hurdle> hurdles, boolean bestResultCounts) {

	public Grading {
		grades = List.copyOf(grades);
		points = List.copyOf(points);
		bands = List.copyOf(bands);
		hurdles = List.copyOf(hurdles);
	}

	/** "points for 60 glh: pass 14, merit 16, distinction 18, unclassified 0". */
	public record PointsRow(int glh, Map<Grade, Integer> points) {
		public PointsRow {
			points = Map.copyOf(points);
		}
	}

	/** A band of total points: {@code to} is null for "107 and above". */
	public record Band(Grade grade, String abbreviation, int from, Integer to) {

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

	public Optional<PointsRow> pointsFor(int glh) {
		return points.stream().filter(row -> row.glh() == glh).findFirst();
	}

	public Optional<Band> bandFor(int total) {
		return bands.stream().filter(b -> b.contains(total)).findFirst();
	}
}
