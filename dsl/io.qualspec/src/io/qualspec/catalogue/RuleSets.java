package io.qualspec.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.BarredCombination;
import io.qualspec.qualspec.Compensation;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.CountingCapConstraint;
import io.qualspec.qualspec.EachGroupConstraint;
import io.qualspec.qualspec.Expectation;
import io.qualspec.qualspec.GradeBand;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.GroupSelection;
import io.qualspec.qualspec.GroupSpreadConstraint;
import io.qualspec.qualspec.Hurdle;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.NoEquivalences;
import io.qualspec.qualspec.NoExemptions;
import io.qualspec.qualspec.OptionalGroups;
import io.qualspec.qualspec.PairedUnits;
import io.qualspec.qualspec.PointsEntry;
import io.qualspec.qualspec.PointsRow;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.RequireAllConstraint;
import io.qualspec.qualspec.ResitPolicy;
import io.qualspec.qualspec.RulesOfCombination;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.UnitResult;
import io.qualspec.qualspec.WholeQualification;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;
import io.qualspec.rules.model.WorkedExample;

/**
 * Builds the rules engine's model of a qualification: its units (named as the qualification names them: by
 * local number, or by URN where its table prints none), groups, rules of combination, resits, grading and
 * worked examples. The resolver calls it for every {@link ResolvedQualification#ruleSet()}; validators, which
 * report on the model, ask it for a qualification's rule set with the model element each part came from.
 */
public final class RuleSets {

	private RuleSets() {
	}

	/** The rule set of a qualification of the model. */
	public static RuleSet of(Qualification qualification) {
		return ResolvedQualification.of(qualification).ruleSet();
	}

	/**
	 * The engine's unit for each membership of the model whose unit resolves, in table order: its grade scale
	 * (stated, else pass-merit-distinction in a qualification graded by points), GLH, credits, level and
	 * points override.
	 */
	public static Map<Membership, RuleUnit> units(Qualification qualification) {
		Resolver.Resolution resolution = new Resolver().resolve(qualification);
		return units(qualification, resolution.memberships(), resolution.qualification().groups());
	}

	/**
	 * The constraint each rule of {@code ruleSet} (the rule set of this qualification) was written as, so that
	 * what the engine finds about a rule can be reported where the author wrote it.
	 */
	public static Map<Rule, Constraint> constraintsOf(Qualification qualification, RuleSet ruleSet) {
		Map<Membership, RuleUnit> units = units(qualification);
		Map<Rule, Constraint> constraints = new IdentityHashMap<>();
		if (qualification.getRules() == null) {
			return constraints;
		}
		Iterator<Rule> made = ruleSet.rules().iterator();
		for (Constraint constraint : qualification.getRules().getConstraints()) {
			if (becomesRule(constraint, units::containsKey) && made.hasNext()) {
				constraints.put(made.next(), constraint);
			}
		}
		return constraints;
	}

	/**
	 * The rule set of a qualification whose memberships and groups are resolved. Memberships whose unit does
	 * not resolve, and rules, hurdles and example results that name them, are left out: a specification with
	 * linking errors still gets a (partial) rule set rather than an exception.
	 */
	static RuleSet build(Qualification source, Map<Membership, ResolvedMembership> memberships,
			List<ResolvedGroup> resolvedGroups) {
		Map<Membership, RuleUnit> units = units(source, memberships, resolvedGroups);
		Map<ResolvedMembership, RuleUnit> byView = new IdentityHashMap<>();
		units.forEach((membership, unit) -> byView.put(memberships.get(membership), unit));
		List<RuleGroup> groups = resolvedGroups.stream()
				.map(g -> new RuleGroup(g.id(), g.label(), g.mandatory(),
						g.memberships().stream().map(byView::get).filter(u -> u != null).map(RuleUnit::id).toList()))
				.toList();
		List<String> optionalGroups = resolvedGroups.stream().filter(g -> !g.mandatory()).map(ResolvedGroup::id).toList();
		List<Rule> rules = new ArrayList<>();
		boolean noExemptions = false;
		boolean noEquivalences = false;
		if (source.getRules() != null) {
			for (Constraint constraint : source.getRules().getConstraints()) {
				if (constraint instanceof NoExemptions) {
					noExemptions = true;
				} else if (constraint instanceof NoEquivalences) {
					noEquivalences = true;
				} else if (becomesRule(constraint, units::containsKey)) {
					rules.add(rule(constraint, optionalGroups, units));
				}
			}
		}
		List<io.qualspec.rules.model.ResitPolicy> resits = source.getResits().stream().map(RuleSets::resit).toList();
		List<WorkedExample> examples = source.getExamples().stream().map(e -> example(e, units)).toList();
		return new RuleSet(identifier(source), source.getTitle(), source.getLevel(), declaredSize(source),
				List.copyOf(units.values()), groups, rules, resits, grading(source.getGrading(), units), noExemptions,
				noEquivalences, examples);
	}

	/** What identifies a qualification: its number or own code, else (none written) its title. */
	static String identifier(Qualification qualification) {
		return qualification.getName() != null ? qualification.getName() : qualification.getTitle();
	}

	/** The credits, GLH and TQT the qualification states. */
	static RuleSet.DeclaredSize declaredSize(Qualification source) {
		var glh = source.getGlh();
		return new RuleSet.DeclaredSize(source.getCredits() == null ? null : source.getCredits().getValue(),
				source.getCredits() != null && source.getCredits().isAtLeast(), glh == null ? null : glh.getValue(),
				glh != null && glh.isMinimum(), glh != null && glh.isMaximum(), glh == null ? null : glh.getUpper(),
				source.getTqt());
	}

	/**
	 * Exemptions and equivalences are statements, not rules; a rule still being typed (no bound yet) and a barred
	 * pair naming an unresolved unit are left out.
	 */
	private static boolean becomesRule(Constraint constraint, Predicate<Membership> resolved) {
		return switch (constraint) {
			case NoExemptions none -> false;
			case NoEquivalences none -> false;
			case AggregateConstraint aggregate -> aggregate.getBound() != null;
			case EachGroupConstraint each -> each.getBound() != null;
			case GroupSpreadConstraint spread -> spread.getBound() != null;
			case BarredCombination barred -> resolved.test(barred.getFirst()) && resolved.test(barred.getSecond());
			case PairedUnits paired -> resolved.test(paired.getFirst()) && resolved.test(paired.getSecond());
			default -> true;
		};
	}

	private static Map<Membership, RuleUnit> units(Qualification source, Map<Membership, ResolvedMembership> memberships,
			List<ResolvedGroup> groups) {
		GradingScheme grading = source.getGrading();
		boolean pointsBased = grading != null && !grading.getPointsRows().isEmpty();
		Map<Membership, RuleUnit> units = new LinkedHashMap<>();
		List<Membership> inTableOrder = new ArrayList<>();
		source.getGroups().forEach(g -> inTableOrder.addAll(g.getMemberships()));
		inTableOrder.addAll(source.getMemberships());
		for (Membership membership : inTableOrder) {
			ResolvedMembership resolved = memberships.get(membership);
			if (resolved == null || resolved.unit() == null) {
				continue;
			}
			String group = membership.eContainer() instanceof UnitGroup g ? g.getName() : null;
			units.put(membership, unit(resolved, group, pointsBased));
		}
		return units;
	}

	private static RuleUnit unit(ResolvedMembership membership, String group, boolean pointsBased) {
		ResolvedUnit unit = membership.unit();
		GradeScale scale = unit.gradeScale() != null ? unit.gradeScale()
				: pointsBased ? GradeScale.PASS_MERIT_DISTINCTION : GradeScale.ACHIEVED_OR_NOT;
		Map<Grade, List<String>> criteria = new EnumMap<>(Grade.class);
		if (scale == GradeScale.ACHIEVED_OR_NOT || scale == GradeScale.PASS_OR_FAIL && unit.gradingCriteria().isEmpty()) {
			List<String> all = unit.outcomes().stream().flatMap(o -> o.criteria().stream()).map(ResolvedCriterion::number)
					.toList();
			if (!all.isEmpty()) {
				criteria.put(scale == GradeScale.PASS_OR_FAIL ? Grade.PASS : Grade.ACHIEVED, all);
			}
		} else {
			for (ResolvedUnit.GradingCriterion criterion : unit.gradingCriteria()) {
				criteria.computeIfAbsent(criterion.grade(), g -> new ArrayList<>()).add(criterion.code());
			}
		}
		Assessment assessment = unit.assessment() == null ? Assessment.INTERNAL : unit.assessment();
		return new RuleUnit(membership.displayNumber(), unit.urn(), unit.title(), group, unit.credits(), unit.level(),
				unit.glh(), assessment, scale, membership.pointsWhenAchieved(), criteria);
	}

	private static Rule rule(Constraint constraint, List<String> optionalGroups, Map<Membership, RuleUnit> units) {
		boolean advisory = constraint.isAdvisory();
		return switch (constraint) {
			case AggregateConstraint aggregate -> new AggregateRule(measure(aggregate.getMeasure()),
					selection(aggregate.getSelection(), optionalGroups), level(aggregate.getLevel()),
					bound(aggregate.getBound()), aggregate.isIfTaken(), advisory);
			case EachGroupConstraint each -> new EachGroupRule(measure(each.getMeasure()),
					each.isOptionalGroups() ? optionalGroups : names(each.getGroups()), bound(each.getBound()), advisory);
			case GroupSpreadConstraint spread -> new GroupSpreadRule(
					spread.isOptionalGroups() ? optionalGroups : names(spread.getGroups()), bound(spread.getBound()), advisory);
			case RequireAllConstraint all -> new AllUnitsRule(names(all.getGroups()), all.getDeclaredUnits(),
					all.getDeclaredCredits(), advisory);
			case CountingCapConstraint cap -> new CountingCap(measure(cap.getMeasure()), names(cap.getGroups()),
					level(cap.getLevel()), cap.getLimit(), advisory);
			case BarredCombination barred -> new BarredPair(units.get(barred.getFirst()).id(),
					units.get(barred.getSecond()).id(), advisory);
			case PairedUnits paired -> new io.qualspec.rules.model.PairedUnits(units.get(paired.getFirst()).id(),
					units.get(paired.getSecond()).id(), advisory);
			default -> throw new IllegalArgumentException("Not a rule of combination: " + constraint.eClass().getName());
		};
	}

	private static Selection selection(io.qualspec.qualspec.Selection selection, List<String> optionalGroups) {
		if (selection == null || selection instanceof WholeQualification) {
			return Selection.whole();
		}
		if (selection instanceof GroupSelection groups) {
			return Selection.of(names(groups.getGroups()), reading(groups.getReading()));
		}
		OptionalGroups optional = (OptionalGroups) selection;
		return Selection.of(optionalGroups, reading(optional.getReading()));
	}

	private static Selection.PoolReading reading(io.qualspec.qualspec.PoolReading reading) {
		return reading == io.qualspec.qualspec.PoolReading.REMAINING ? Selection.PoolReading.REMAINING
				: Selection.PoolReading.OVERLAPPING;
	}

	/** The engine's level filter for "at level 2", "at or above level 3"; null for none (or no level yet). */
	public static LevelFilter level(io.qualspec.qualspec.LevelFilter filter) {
		if (filter == null || filter.getLevel() == null) {
			return null;
		}
		LevelFilter.Comparison comparison = filter.isOrAbove() ? LevelFilter.Comparison.AT_OR_ABOVE
				: filter.isOrBelow() ? LevelFilter.Comparison.AT_OR_BELOW : LevelFilter.Comparison.AT;
		return new LevelFilter(filter.getLevel(), comparison);
	}

	private static Bound bound(io.qualspec.qualspec.Bound bound) {
		Bound.Kind kind = bound.isAtLeast() ? Bound.Kind.AT_LEAST : bound.isAtMost() ? Bound.Kind.AT_MOST : Bound.Kind.EXACTLY;
		return new Bound(kind, bound.getValue());
	}

	private static Measure measure(io.qualspec.qualspec.Measure measure) {
		return Resolver.same(measure, Measure.class);
	}

	private static List<String> names(List<UnitGroup> groups) {
		return groups.stream().map(UnitGroup::getName).toList();
	}

	private static io.qualspec.rules.model.ResitPolicy resit(ResitPolicy policy) {
		Integer limit = policy.isUnlimited() ? null : policy.isNone() ? 0 : policy.getLimit();
		return new io.qualspec.rules.model.ResitPolicy(Resolver.assessment(policy.getAssessment()), limit);
	}

	private static Grading grading(GradingScheme scheme, Map<Membership, RuleUnit> units) {
		if (scheme == null) {
			return null;
		}
		List<Grading.PointsRow> points = new ArrayList<>();
		for (PointsRow row : scheme.getPointsRows()) {
			Map<Grade, Integer> cells = new EnumMap<>(Grade.class);
			for (PointsEntry entry : row.getEntries()) {
				cells.put(grade(entry.getGrade()), entry.getPoints());
			}
			points.add(new Grading.PointsRow(row.isPerCredit() ? null : row.getGlh(), cells));
		}
		List<Grading.Band> bands = new ArrayList<>();
		for (GradeBand band : scheme.getBands()) {
			if (band.isBelow() ? band.getTo() == null : band.getFrom() == null) {
				continue; // a band still being typed
			}
			AwardGrade grade = awardGrade(band.getLetters(), band.getGrade());
			if (grade == null) {
				continue; // letters that are no grade: reported by the validator
			}
			bands.add(band.isBelow() ? new Grading.Band(grade, band.getAbbreviation(), 0, band.getTo() - 1)
					: new Grading.Band(grade, band.getAbbreviation(), band.getFrom(), band.getTo()));
		}
		List<Grading.Hurdle> hurdles = new ArrayList<>();
		for (Hurdle hurdle : scheme.getHurdles()) {
			if (hurdle.getUnit() != null && !units.containsKey(hurdle.getUnit())) {
				continue;
			}
			Grade minimum = hurdle.isAchieved() ? Grade.ACHIEVED : grade(hurdle.getMinimum());
			hurdles.add(hurdle.getUnit() != null ? new Grading.Hurdle(units.get(hurdle.getUnit()).id(), minimum, false)
					: new Grading.Hurdle(null, minimum, hurdle.isOther()));
		}
		Compensation compensation = scheme.getCompensation();
		return new Grading(scheme.isPassOrFail(), scheme.getGrades().stream().map(RuleSets::grade).toList(), points, bands,
				hurdles, compensation == null ? null
						: new Grading.Compensation(measure(compensation.getMeasure()), compensation.getLimit(),
								compensation.isOptionalOnly()),
				scheme.isBestResult());
	}

	private static WorkedExample example(io.qualspec.qualspec.WorkedExample example, Map<Membership, RuleUnit> units) {
		List<LearnerRecord.UnitResult> results = new ArrayList<>();
		for (UnitResult result : example.getResults()) {
			if (!units.containsKey(result.getUnit())) {
				continue;
			}
			results.add(new LearnerRecord.UnitResult(units.get(result.getUnit()).id(),
					result.getAttempts().stream().map(RuleSets::grade).toList(), result.getCriteriaMet()));
		}
		Expectation expectation = example.getExpectation();
		WorkedExample.Expectation expected = expectation == null ? null
				: new WorkedExample.Expectation(expectation.isEligible(), expectation.getPoints(),
						expectation.isSetGrade() || expectation.getLetters() != null
								? awardGrade(expectation.getLetters(), expectation.getGrade()) : null);
		return new WorkedExample(example.getName(), new LearnerRecord(example.getName(), results), expected);
	}

	/**
	 * A qualification grade written as letters ("D*D"), else as a grade; null for letters that are no grade.
	 */
	public static AwardGrade awardGrade(String letters, io.qualspec.qualspec.Grade grade) {
		return letters != null ? AwardGrade.ofLetters(letters).orElse(null) : AwardGrade.of(grade(grade));
	}

	/** The engine's grade for a grade of the language. */
	public static Grade grade(io.qualspec.qualspec.Grade grade) {
		return Resolver.same(grade, Grade.class);
	}
}
