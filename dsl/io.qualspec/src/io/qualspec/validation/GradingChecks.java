package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.validation.Check;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.RuleSets;
import io.qualspec.qualspec.GradeBand;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.Hurdle;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.PointsEntry;
import io.qualspec.qualspec.PointsRow;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.RuleUnit;

/**
 * Grading (docs/language.md, "Grading"): grade bands cover every points total from 0 up once each, in grade
 * order; the points table has a row for every graded unit's GLH, with points rising with the grade; hurdles
 * ask for grades on the unit's own scale. Cheap, local checks: they run while typing.
 */
public class GradingChecks extends QualspecChecks {

	/** A band's totals as written: {@code to} is null for an open-ended band ("from 107"). */
	private record Range(GradeBand band, int from, Integer to) {

		String text() {
			return to == null ? from + " and above" : from + "-" + to;
		}
	}

	@Check
	public void checkBandCoverage(GradingScheme grading) {
		List<Range> ranges = new ArrayList<>();
		for (GradeBand band : grading.getBands()) {
			if (band.isBelow() && band.getTo() != null) {
				ranges.add(new Range(band, 0, band.getTo() - 1));
			} else if (band.getFrom() != null) {
				ranges.add(new Range(band, band.getFrom(), band.getTo()));
			}
		}
		if (ranges.isEmpty()) {
			return;
		}
		ranges.sort(Comparator.comparingInt(Range::from));
		// the first total the bands so far leave uncovered (null once an open-ended band covers the rest), and
		// the band that reaches furthest
		Integer next = 0;
		Range furthest = null;
		for (Range range : ranges) {
			if (next == null || range.from() < next) {
				report("Band " + name(range.band()) + " (" + range.text() + ") overlaps band " + name(furthest.band()) + " ("
						+ furthest.text() + "): a total of " + range.from() + " is in both"
						+ (next == null ? "." : "; band " + name(range.band()) + " should start at " + next + "."), range.band(),
						Literals.GRADE_BAND__GRADE, QualspecIssueCodes.BAND_OVERLAP);
			} else if (range.from() > next) {
				String uncovered = range.from() - 1 > next ? next + "-" + (range.from() - 1) : Integer.toString(next);
				report("No band covers the totals " + uncovered + ": " + (furthest == null
						? "the lowest band, " + name(range.band()) + ", starts at " + range.from() + " but the bands start at 0."
						: "band " + name(furthest.band()) + " ends at " + furthest.to() + " and band " + name(range.band())
								+ " starts at " + range.from() + ", not " + next + "."),
						range.band(), Literals.GRADE_BAND__FROM, QualspecIssueCodes.BAND_GAP, Integer.toString(next));
			}
			if (next != null && (range.to() == null || range.to() + 1 > next)) {
				next = range.to() == null ? null : range.to() + 1;
				furthest = range;
			}
		}
		if (next != null) {
			report("No band covers totals of " + next + " and above: the highest band, " + name(furthest.band()) + ", ends at "
					+ furthest.to() + "; write it \"from " + furthest.from() + "\" without an end.", furthest.band(),
					Literals.GRADE_BAND__TO, QualspecIssueCodes.BAND_GAP, Integer.toString(next));
		}
	}

	/** Bands are written from the highest grade down, and a higher grade needs more points. */
	@Check
	public void checkBandOrder(GradingScheme grading) {
		List<GradeBand> bands = grading.getBands();
		for (int i = 1; i < bands.size(); i++) {
			GradeBand higher = bands.get(i - 1);
			GradeBand band = bands.get(i);
			if (rank(band) > rank(higher)) {
				report("Band " + name(band) + " is written after the lower band " + name(higher)
						+ ": write the bands from the highest grade down.", band, Literals.GRADE_BAND__GRADE,
						QualspecIssueCodes.BAND_ORDER);
			} else if (rank(band) < rank(higher) && start(band) > start(higher)) {
				report("Band " + name(band) + " starts at " + start(band) + ", above the higher band " + name(higher)
						+ " which starts at " + start(higher) + ": a higher grade needs more points.", band,
						Literals.GRADE_BAND__GRADE, QualspecIssueCodes.BAND_ORDER);
			}
		}
	}

	/** Within a row: unclassified 0 < pass < merit < distinction. */
	@Check
	public void checkPointsOrder(PointsRow row) {
		List<PointsEntry> entries = row.getEntries().stream().filter(e -> e.getGrade() != null)
				.sorted(Comparator.comparingInt((PointsEntry e) -> grade(e).rank())).toList();
		PointsEntry lower = null;
		for (PointsEntry entry : entries) {
			Grade grade = grade(entry);
			if (!grade.isAchievement()) {
				if (entry.getPoints() != 0) {
					report(grade.label() + " scores " + entry.getPoints() + " points " + rowName(row)
							+ "; a result below a pass scores 0.", entry, Literals.POINTS_ENTRY__POINTS,
							QualspecIssueCodes.POINTS_ORDER);
				}
				continue;
			}
			int floor = lower == null ? 0 : lower.getPoints();
			if (entry.getPoints() <= floor) {
				report(grade.label() + " scores " + entry.getPoints() + " points " + rowName(row) + ", no more than "
						+ (lower == null ? "an unclassified result (0)" : grade(lower).label() + " (" + floor + ")")
						+ ": it should score more than " + floor + ".", entry, Literals.POINTS_ENTRY__POINTS,
						QualspecIssueCodes.POINTS_ORDER);
			}
			lower = entry;
		}
	}

	/**
	 * Every graded unit without a points override scores from the points table by its GLH (the engine's
	 * reading, {@link RuleSets#units}), so the table needs a row for each such GLH.
	 */
	@Check
	public void checkPointsRows(Qualification qualification) {
		GradingScheme grading = qualification.getGrading();
		if (grading == null || grading.getPointsRows().isEmpty() && grading.getBands().isEmpty()) {
			return;
		}
		if (grading.getPointsRows().stream().anyMatch(PointsRow::isPerCredit)) {
			return; // every unit scores per credit where no row for its GLH is written
		}
		Set<Integer> rows = new TreeSet<>();
		grading.getPointsRows().forEach(row -> rows.add(row.getGlh()));
		for (Map.Entry<Membership, RuleUnit> entry : RuleSets.units(qualification).entrySet()) {
			RuleUnit unit = entry.getValue();
			if (unit.scale() == GradeScale.PASS_MERIT_DISTINCTION && unit.pointsWhenAchieved() == null
					&& unit.glh() != null && !rows.contains(unit.glh())) {
				report(unitName(unit) + " is graded and has " + unit.glh() + " GLH, but the points table has "
						+ (rows.isEmpty() ? "no rows" : "rows for " + join(rows) + " GLH only") + ": add \"points for "
						+ unit.glh() + " glh: ...\".", entry.getKey(), Literals.MEMBERSHIP__UNIT,
						QualspecIssueCodes.POINTS_ROW_MISSING, Integer.toString(unit.glh()));
			}
		}
	}

	/**
	 * "unit 1 achieved" asks for a result of an achieved-or-not unit, "at least merit" for one of a graded unit
	 * (Achieved counts as a Pass, so "at least pass" fits both scales).
	 */
	@Check
	public void checkHurdleScales(Qualification qualification) {
		if (qualification.getGrading() == null || qualification.getGrading().getHurdles().isEmpty()) {
			return;
		}
		Map<Membership, RuleUnit> units = RuleSets.units(qualification);
		List<Hurdle> hurdles = qualification.getGrading().getHurdles();
		for (Hurdle hurdle : hurdles) {
			Grade minimum = hurdle.isAchieved() ? Grade.ACHIEVED
					: hurdle.isSetMinimum() ? RuleSets.grade(hurdle.getMinimum()) : null;
			if (minimum == null) {
				continue;
			}
			if (hurdle.getUnit() != null) {
				RuleUnit unit = units.get(hurdle.getUnit());
				if (unit != null && !fits(minimum, unit.scale())) {
					report(mismatch(unit, minimum), hurdle, hurdle.isAchieved() ? Literals.HURDLE__ACHIEVED
							: Literals.HURDLE__MINIMUM, QualspecIssueCodes.HURDLE_SCALE,
							unit.scale() == GradeScale.ACHIEVED_OR_NOT ? "achieved" : "at least pass");
				}
				continue;
			}
			// "every other unit": the units no hurdle names
			List<RuleUnit> misfits = units.entrySet().stream()
					.filter(e -> !hurdle.isOther() || hurdles.stream().noneMatch(h -> h.getUnit() == e.getKey()))
					.map(Map.Entry::getValue).filter(u -> !fits(minimum, u.scale())).toList();
			if (!misfits.isEmpty()) {
				report(String.join("; ", misfits.stream().map(u -> mismatch(u, minimum)).toList()), hurdle,
						Literals.HURDLE__MINIMUM, QualspecIssueCodes.HURDLE_SCALE);
			}
		}
	}

	private static boolean fits(Grade minimum, GradeScale scale) {
		return switch (scale) {
			case ACHIEVED_OR_NOT, PASS_OR_FAIL -> minimum.rank() <= Grade.PASS.rank();
			case PASS_MERIT_DISTINCTION -> minimum != Grade.ACHIEVED;
		};
	}

	private static String mismatch(RuleUnit unit, Grade minimum) {
		return unit.scale() == GradeScale.ACHIEVED_OR_NOT
				? unitName(unit) + " is achieved or not achieved, so it never has a " + minimum.label()
						+ ": ask for \"achieved\""
				: unitName(unit) + " is graded pass, merit or distinction, not achieved: ask for \"at least pass\"";
	}

	private static String rowName(PointsRow row) {
		return row.isPerCredit() ? "per credit" : "for " + row.getGlh() + " GLH";
	}

	private static Grade grade(PointsEntry entry) {
		return RuleSets.grade(entry.getGrade());
	}

	private static int rank(GradeBand band) {
		AwardGrade grade = RuleSets.awardGrade(band.getLetters(), band.getGrade());
		return grade == null ? 0 : grade.rank();
	}

	private static int start(GradeBand band) {
		return band.isBelow() || band.getFrom() == null ? 0 : band.getFrom();
	}

	private static String name(GradeBand band) {
		return band.getLetters() != null ? band.getLetters()
				: band.getAbbreviation() != null ? band.getAbbreviation() : band.getGrade().getLiteral();
	}

	private static String join(Set<Integer> values) {
		return String.join(", ", values.stream().map(String::valueOf).toList());
	}
}
