package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.RuleSets;
import io.qualspec.qualspec.Compensation;
import io.qualspec.qualspec.Expectation;
import io.qualspec.qualspec.GradeBand;
import io.qualspec.qualspec.GradeDescriptor;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.Hurdle;
import io.qualspec.qualspec.Measure;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.PointsEntry;
import io.qualspec.qualspec.PointsRow;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.scoping.QualspecScopeProvider;

/**
 * Grading (docs/language.md, "Grading"): grade bands cover every points total from 0 up once each, in grade
 * order, in letters that are a grade; the points table has a row for every graded unit's GLH, with points rising
 * with the grade; hurdles ask for grades on the unit's own scale; compensation relaxes a hurdle within a limit the
 * units can reach; the descriptors units are graded against are defined. Cheap, local checks that run while
 * typing, except the comparison with the other sizes of a suite, which runs on save.
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
		// bands of letters that are no grade are reported as such (grading.gradeLetters)
		List<GradeBand> bands = grading.getBands().stream().filter(band -> awardGrade(band) != null).toList();
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
		List<PointsRow> perCredit = grading.getPointsRows().stream().filter(PointsRow::isPerCredit).toList();
		for (PointsRow twice : perCredit.subList(Math.min(1, perCredit.size()), perCredit.size())) {
			report("The points per credit are already given (line " + line(perCredit.get(0)) + "): a qualification "
					+ "scores its units per credit by one row; merge the two.", twice, Literals.POINTS_ROW__PER_CREDIT,
					QualspecIssueCodes.POINTS_PER_CREDIT_TWICE);
		}
		Set<Integer> rows = new TreeSet<>();
		grading.getPointsRows().stream().filter(row -> !row.isPerCredit()).forEach(row -> rows.add(row.getGlh()));
		for (Map.Entry<Membership, RuleUnit> entry : RuleSets.units(qualification).entrySet()) {
			RuleUnit unit = entry.getValue();
			boolean scoredByTable = unit.scale() == GradeScale.PASS_MERIT_DISTINCTION && unit.pointsWhenAchieved() == null;
			boolean hasGlhRow = unit.glh() != null && rows.contains(unit.glh());
			if (!perCredit.isEmpty()) {
				// every unit without a row for its GLH scores per credit
				if (scoredByTable && !hasGlhRow && unit.credits() == null) {
					report(unitName(unit) + " is graded and scores per credit, but states no credits, so it would score "
							+ "nothing: give the unit its credits, or a \"points for N glh\" row for its GLH.", entry.getKey(),
							Literals.MEMBERSHIP__UNIT, QualspecIssueCodes.UNIT_WITHOUT_CREDITS);
				}
				continue;
			}
			if (scoredByTable && unit.glh() != null && !hasGlhRow) {
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

	/**
	 * A grade of several letters is written in the letters P, M, D, D* and U, highest first ("D*D", "MPP"); the
	 * letters of a band or an expected grade that are no grade are an error, as the engine cannot read them.
	 */
	@Check
	public void checkBandLetters(GradeBand band) {
		checkLetters(band.getLetters(), band, Literals.GRADE_BAND__LETTERS);
	}

	@Check
	public void checkExpectedLetters(Expectation expectation) {
		checkLetters(expectation.getLetters(), expectation, Literals.EXPECTATION__LETTERS);
	}

	private void checkLetters(String letters, EObject where, EStructuralFeature feature) {
		if (letters == null) {
			return;
		}
		Optional<AwardGrade> grade = AwardGrade.ofLetters(letters);
		if (grade.isEmpty()) {
			report("\"" + letters + "\" is no grade: a grade is written in the letters P, M, D, D* and U, highest first, "
					+ "such as \"D*D\", \"MP\" or \"U\".", where, feature, QualspecIssueCodes.GRADE_LETTERS);
			return;
		}
		AwardGrade highestFirst = new AwardGrade(grade.get().letters().stream()
				.sorted(Comparator.comparingInt(Grade::rank).reversed()).toList());
		if (!highestFirst.letterCode().equals(letters)) {
			report("The letters of \"" + letters + "\" are not highest first: write \"" + highestFirst.letterCode() + "\".",
					where, feature, QualspecIssueCodes.GRADE_LETTERS, highestFirst.letterCode());
		}
	}

	/**
	 * The grades of one size have one letter per size step (a Diploma PP to D*D*, an Extended Diploma PPP to
	 * D*D*D*); a band with a different number of letters belongs to another size, and the grades' order (the sum
	 * of the letters' ranks) means nothing across sizes. Unclassified, "U", stands alone in every size.
	 */
	@Check
	public void checkBandLetterCount(GradingScheme grading) {
		Map<GradeBand, Integer> counts = new LinkedHashMap<>();
		for (GradeBand band : grading.getBands()) {
			AwardGrade grade = band.getLetters() == null ? null : AwardGrade.ofLetters(band.getLetters()).orElse(null);
			if (grade != null && grade.isAchievement()) {
				counts.put(band, grade.letters().size());
			}
		}
		if (counts.values().stream().distinct().count() < 2) {
			return;
		}
		// the number of letters most bands have
		int usual = counts.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
				.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
						.thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
		counts.forEach((band, count) -> {
			if (count != usual) {
				report("Band \"" + band.getLetters() + "\" has " + count + " letter" + (count == 1 ? "" : "s") + " but the other "
						+ "bands of this grading have " + usual + ": the grades of one size have one letter per size step; "
						+ "write this band's grade in " + usual + " letters.", band, Literals.GRADE_BAND__LETTERS,
						QualspecIssueCodes.BAND_LETTER_COUNT);
			}
		});
	}

	/**
	 * The qualifications of one suite (the same "suite" text) are graded alike: where the others have points
	 * bands, a size with a points table and no bands, or no grading at all, has lost its table. Siblings are the
	 * qualifications in the same resource set (the files loaded together).
	 */
	@Check(CheckType.NORMAL)
	public void checkSuiteHasBands(Qualification qualification) {
		GradingScheme grading = qualification.getGrading();
		if (qualification.getSuite() == null || grading != null && (grading.isPassOrFail() || !grading.getBands().isEmpty())
				|| qualification.eResource() == null || qualification.eResource().getResourceSet() == null) {
			return;
		}
		List<String> banded = new ArrayList<>();
		for (Resource resource : List.copyOf(qualification.eResource().getResourceSet().getResources())) {
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof Qualification other && other != qualification
						&& qualification.getSuite().equals(other.getSuite()) && other.getGrading() != null
						&& !other.getGrading().getBands().isEmpty()) {
					banded.add(other.getName());
				}
			});
		}
		if (!banded.isEmpty()) {
			report("The other qualifications of the suite \"" + qualification.getSuite() + "\" (" + String.join(", ", banded)
					+ ") are graded by points bands, but this one has " + (grading == null ? "no grading" : "no bands")
					+ ": add the bands its size's table prints (band \"...\" from ... to ...).", qualification,
					grading == null ? Literals.QUALIFICATION__SUITE : Literals.QUALIFICATION__GRADING,
					QualspecIssueCodes.SUITE_BANDS_MISSING);
		}
	}

	@Check
	public void checkDescriptorsOnce(GradingScheme grading) {
		Map<Integer, GradeDescriptor> seen = new HashMap<>();
		for (GradeDescriptor descriptor : grading.getDescriptors()) {
			GradeDescriptor first = seen.putIfAbsent(descriptor.getNumber(), descriptor);
			if (first != null) {
				report("Descriptor " + descriptor.getNumber() + " is already defined (line " + line(first)
						+ "); number the descriptors once each.", descriptor, Literals.GRADE_DESCRIPTOR__NUMBER,
						QualspecIssueCodes.DUPLICATE_DESCRIPTOR);
			}
		}
	}

	/** A unit graded against descriptors 1, 2 and 7 needs a qualification that defines them. */
	@Check
	public void checkUnitDescriptorsDefined(Qualification qualification) {
		Set<Integer> defined = new TreeSet<>();
		if (qualification.getGrading() != null) {
			qualification.getGrading().getDescriptors().forEach(d -> defined.add(d.getNumber()));
		}
		for (Membership membership : QualspecScopeProvider.allMemberships(qualification)) {
			if (membership.getUnit() == null || membership.getUnit().eIsProxy()) {
				continue;
			}
			Set<Integer> missing = new TreeSet<>(membership.getUnit().getDescriptors());
			missing.removeAll(defined);
			if (!missing.isEmpty()) {
				report("Unit " + membership.getUnit().getName() + " is graded against descriptor" + (missing.size() == 1 ? " " : "s ")
						+ join(missing) + ", but this qualification's grading "
						+ (defined.isEmpty() ? "defines no descriptors" : "defines only " + join(defined))
						+ ": add \"descriptor " + missing.iterator().next() + " \"...\"\" to its grading.", membership,
						Literals.MEMBERSHIP__UNIT, QualspecIssueCodes.DESCRIPTOR_UNDEFINED);
			}
		}
	}

	/**
	 * "compensation unclassified in optional units up to 60 glh" lets units below Pass through the "at least pass"
	 * hurdles while their total is within the limit: it needs such a hurdle, units that state the measure, and a
	 * limit the units could reach.
	 */
	@Check
	public void checkCompensation(Qualification qualification) {
		GradingScheme grading = qualification.getGrading();
		Compensation compensation = grading == null ? null : grading.getCompensation();
		if (compensation == null) {
			return;
		}
		boolean passHurdle = grading.getHurdles().stream().anyMatch(h -> h.isAchieved()
				|| h.isSetMinimum() && RuleSets.grade(h.getMinimum()).isAtLeast(Grade.PASS));
		if (!passHurdle) {
			report("Compensation allows units below Pass where a hurdle asks for at least a pass, but this grading has no "
					+ "such hurdle, so it relaxes nothing: add the hurdle (\"hurdle every unit at least pass\") or remove the "
					+ "compensation.", compensation, Literals.COMPENSATION__LIMIT, QualspecIssueCodes.COMPENSATION_WITHOUT_HURDLE);
		}
		if (!compensation.isSetMeasure()) {
			return; // half-typed: the parser reports it
		}
		Measure measure = compensation.getMeasure();
		String scope = compensation.isOptionalOnly() ? "optional units" : "units";
		List<RuleUnit> covered = RuleSets.units(qualification).entrySet().stream()
				.filter(e -> !compensation.isOptionalOnly()
						|| e.getKey().eContainer() instanceof UnitGroup group && group.getKind() == GroupKind.OPTIONAL)
				.map(Map.Entry::getValue).toList();
		Function<RuleUnit, Integer> size = switch (measure) {
			case GLH -> RuleUnit::glh;
			case CREDITS -> RuleUnit::credits;
			case UNITS -> unit -> 1;
		};
		List<RuleUnit> unmeasured = covered.stream().filter(unit -> size.apply(unit) == null).toList();
		if (!unmeasured.isEmpty()) {
			report("Compensation is measured in " + label(measure) + ", but " + String.join(", ",
					unmeasured.stream().map(QualspecChecks::unitName).toList()) + (unmeasured.size() == 1 ? " states" : " state")
					+ " no " + label(measure) + ", so " + (unmeasured.size() == 1 ? "it counts" : "they count")
					+ " as 0 towards the limit: give the units their " + label(measure) + ", or measure the "
					+ "compensation in units.", compensation, Literals.COMPENSATION__MEASURE, QualspecIssueCodes.COMPENSATION_MEASURE);
			return;
		}
		int total = covered.stream().mapToInt(size::apply).sum();
		// a qualification whose structure is not written lists no units to compare the limit with
		boolean listsUnits = !RuleSets.units(qualification).isEmpty();
		Integer statedGlh = measure == Measure.GLH ? statedMaximumGlh(qualification) : null;
		if (statedGlh != null && compensation.getLimit() > statedGlh && statedGlh <= total) {
			report("The compensation limit of " + compensation.getLimit() + " GLH is above the qualification's "
					+ statedGlh + " GLH, so it never binds: write the limit the handbook prints (at most " + statedGlh + ").",
					compensation, Literals.COMPENSATION__LIMIT, QualspecIssueCodes.COMPENSATION_LIMIT, Integer.toString(statedGlh));
		} else if (listsUnits && compensation.getLimit() > total) {
			report("The compensation limit of " + compensation.getLimit() + " " + label(measure) + " is above the "
					+ total + " " + label(measure) + " of all the " + scope + " of this qualification together, so it "
					+ "never binds: write the limit the handbook prints (at most " + total + ").", compensation,
					Literals.COMPENSATION__LIMIT, QualspecIssueCodes.COMPENSATION_LIMIT, Integer.toString(total));
		}
	}

	/** The most GLH the qualification states ("glh 360", "glh at most 178", "glh 143 to 178"); null under "at least". */
	private static Integer statedMaximumGlh(Qualification qualification) {
		var glh = qualification.getGlh();
		if (glh == null || glh.getValue() == null || glh.isMinimum()) {
			return null;
		}
		return glh.getUpper() != null ? Math.max(glh.getUpper(), glh.getValue()) : glh.getValue();
	}

	private static String label(Measure measure) {
		return measure == Measure.GLH ? "GLH" : measure.getLiteral();
	}

	private static boolean fits(Grade minimum, GradeScale scale) {
		return switch (scale) {
			case ACHIEVED_OR_NOT, PASS_OR_FAIL -> minimum.rank() <= Grade.PASS.rank();
			case PASS_MERIT_DISTINCTION -> minimum != Grade.ACHIEVED;
		};
	}

	private static String mismatch(RuleUnit unit, Grade minimum) {
		return switch (unit.scale()) {
			case ACHIEVED_OR_NOT -> unitName(unit) + " is achieved or not achieved, so it never has a " + minimum.label()
					+ ": ask for \"achieved\"";
			case PASS_OR_FAIL -> unitName(unit) + " is graded pass or fail, so it never has a " + minimum.label()
					+ ": ask for \"at least pass\"";
			case PASS_MERIT_DISTINCTION -> unitName(unit) + " is graded pass, merit or distinction, not achieved: ask for "
					+ "\"at least pass\"";
		};
	}

	private static String rowName(PointsRow row) {
		return row.isPerCredit() ? "per credit" : "for " + row.getGlh() + " GLH";
	}

	private static Grade grade(PointsEntry entry) {
		return RuleSets.grade(entry.getGrade());
	}

	private static int rank(GradeBand band) {
		AwardGrade grade = awardGrade(band);
		return grade == null ? 0 : grade.rank();
	}

	/** The band's grade; null for letters that are no grade. */
	private static AwardGrade awardGrade(GradeBand band) {
		return RuleSets.awardGrade(band.getLetters(), band.getGrade());
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
