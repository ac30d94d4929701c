package io.qualspec.rules.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.qualspec.rules.evaluation.Evaluation.QualificationGrade;
import io.qualspec.rules.evaluation.Evaluation.RuleVerdict;
import io.qualspec.rules.evaluation.Evaluation.Totals;
import io.qualspec.rules.evaluation.Evaluation.UnitOutcome;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.Grading.Hurdle;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LearnerRecord.UnitResult;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.PairedUnits;
import io.qualspec.rules.model.ResitPolicy;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/** Evaluates a learner record against a qualification's rule set (docs/rules-engine.md, "Evaluation"). */
public final class Evaluator {

	private final RuleSet ruleSet;

	public Evaluator(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	public Evaluation evaluate(LearnerRecord record) {
		List<String> notes = new ArrayList<>();
		Map<RuleUnit, UnitOutcome> outcomes = unitOutcomes(record, notes);
		Set<RuleUnit> achieved = outcomes.values().stream().filter(UnitOutcome::achieved).map(UnitOutcome::unit)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		// units compensation allows below the hurdles' minimum are taken: they count towards the rules
		Set<RuleUnit> compensated = compensated(outcomes, notes);
		achieved.addAll(compensated);
		Set<RuleUnit> counted = applyCountingCaps(achieved, notes);
		outcomes.replaceAll((unit, o) -> new UnitOutcome(unit, o.attempts(), o.result(), o.achieved(),
				counted.contains(unit), o.points()));

		List<Rule> rules = new ArrayList<>(ruleSet.hardRules());
		ruleSet.rules().stream().filter(Rule::advisory).forEach(rules::add);
		List<RuleVerdict> verdicts = new ArrayList<>();
		for (Rule rule : rules) {
			verdicts.add(verdict(rule, achieved, counted));
		}
		boolean eligible = verdicts.stream().allMatch(v -> v.holds() || v.rule().advisory());

		Integer credits = Measure.CREDITS.total(counted);
		Totals totals = new Totals(credits, Measure.GLH.total(counted),
				credits != null && !counted.isEmpty() ? 10 * credits : null);

		QualificationGrade grade = grade(outcomes, compensated, eligible, verdicts);
		return new Evaluation(eligible, verdicts, List.copyOf(outcomes.values()), totals, grade, notes);
	}

	/** Each unit of the record with its counted attempts, result and points. */
	private Map<RuleUnit, UnitOutcome> unitOutcomes(LearnerRecord record, List<String> notes) {
		Map<RuleUnit, UnitOutcome> outcomes = new LinkedHashMap<>();
		Grading grading = ruleSet.grading();
		for (UnitResult result : record.results()) {
			RuleUnit unit = ruleSet.unit(result.unitId()).orElse(null);
			if (unit == null) {
				notes.add("unit " + result.unitId() + " is not part of " + ruleSet.qualification() + " and is ignored");
				continue;
			}
			List<Grade> attempts = allowedAttempts(unit, result.attempts(), notes);
			Grade grade = attempts.isEmpty() ? gradeFromCriteria(unit, result.criteriaMet())
					: grading != null && !grading.bestResultCounts() ? attempts.get(attempts.size() - 1)
							: attempts.stream().max(Comparator.comparingInt(Grade::rank)).orElseThrow();
			outcomes.put(unit, new UnitOutcome(unit, attempts, grade, grade.isAchievement(), false,
					points(unit, grade, notes)));
		}
		return outcomes;
	}

	/** The attempts the resit policy allows: "a third sitting" of a unit that allows one resit is refused. */
	private List<Grade> allowedAttempts(RuleUnit unit, List<Grade> attempts, List<String> notes) {
		Integer allowed = ruleSet.resits().stream().filter(p -> p.assessment() == unit.assessment()).findFirst()
				.map(ResitPolicy::attemptsAllowed).orElse(null);
		if (allowed == null || attempts.size() <= allowed) {
			return attempts;
		}
		notes.add(unit.label() + ": attempt " + (allowed + 1) + " refused (" + (allowed - 1) + " resit"
				+ (allowed == 2 ? "" : "s") + " allowed for " + unit.assessment().name().toLowerCase(java.util.Locale.ROOT)
				+ " units); " + (attempts.size() - allowed) + " attempt(s) ignored");
		return attempts.subList(0, allowed);
	}

	/**
	 * A grade from criteria met: Pass needs all Pass criteria, Merit all Pass and Merit criteria, Distinction
	 * all three; on an Achieved / Not achieved or a Pass / Fail scale every criterion is needed.
	 */
	static Grade gradeFromCriteria(RuleUnit unit, List<String> met) {
		Map<Grade, List<String>> criteria = unit.gradingCriteria();
		if (unit.scale() == GradeScale.ACHIEVED_OR_NOT) {
			List<String> all = criteria.getOrDefault(Grade.ACHIEVED, List.of());
			return !all.isEmpty() && met.containsAll(all) ? Grade.ACHIEVED : Grade.NOT_ACHIEVED;
		}
		if (unit.scale() == GradeScale.PASS_OR_FAIL) {
			List<String> all = criteria.getOrDefault(Grade.PASS, List.of());
			return !all.isEmpty() && met.containsAll(all) ? Grade.PASS : Grade.FAIL;
		}
		Grade grade = Grade.UNCLASSIFIED;
		List<String> needed = new ArrayList<>();
		for (Grade level : List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION)) {
			List<String> forLevel = criteria.getOrDefault(level, List.of());
			if (level == Grade.PASS && forLevel.isEmpty()) {
				return Grade.UNCLASSIFIED;
			}
			needed.addAll(forLevel);
			if (!met.containsAll(needed)) {
				break;
			}
			if (!forLevel.isEmpty()) {
				grade = level;
			}
		}
		return grade;
	}

	private Integer points(RuleUnit unit, Grade grade, List<String> notes) {
		Grading grading = ruleSet.grading();
		if (grading == null || grading.points().isEmpty()) {
			return null;
		}
		if (unit.pointsWhenAchieved() != null) {
			return grade.isAchievement() ? unit.pointsWhenAchieved() : 0;
		}
		return grading.pointsFor(unit).map(row -> Grading.score(row, unit, grade)).orElseGet(() -> {
			notes.add(unit.label() + (unit.glh() == null ? " states no GLH, so it scores no points"
					: ": the points table has no row for " + unit.glh() + " GLH"));
			return 0;
		});
	}

	/**
	 * The units below Pass that compensation allows: every such unit it may cover (in an optional group, where
	 * it covers only those), when their total is within its limit; none when they exceed it.
	 */
	private Set<RuleUnit> compensated(Map<RuleUnit, UnitOutcome> outcomes, List<String> notes) {
		Grading grading = ruleSet.grading();
		if (grading == null || grading.compensation() == null) {
			return Set.of();
		}
		Grading.Compensation compensation = grading.compensation();
		Set<String> optionalGroups = ruleSet.groups().stream().filter(g -> !g.mandatory()).map(g -> g.id())
				.collect(Collectors.toSet());
		Set<RuleUnit> below = outcomes.values().stream().filter(o -> o.result() == Grade.UNCLASSIFIED || o.result() == Grade.NEAR_PASS)
				.map(UnitOutcome::unit).collect(Collectors.toCollection(LinkedHashSet::new));
		if (below.isEmpty()) {
			return Set.of();
		}
		boolean covered = below.stream().allMatch(u -> !compensation.optionalUnitsOnly() || optionalGroups.contains(u.group()));
		int total = below.stream().mapToInt(compensation.measure()::of).sum();
		if (covered && total <= compensation.limit()) {
			notes.add("compensation: " + below.stream().map(RuleUnit::label).collect(Collectors.joining(", ")) + " ("
					+ total + " " + compensation.measure().word() + ") allowed below Pass (" + compensation.text() + ")");
			return below;
		}
		return Set.of();
	}

	/**
	 * Units that count: a counting cap keeps the achieved units it covers up to its limit, largest first;
	 * the others are achieved but do not count towards the rules.
	 */
	private Set<RuleUnit> applyCountingCaps(Set<RuleUnit> achieved, List<String> notes) {
		Set<RuleUnit> counted = new LinkedHashSet<>(achieved);
		for (Rule rule : ruleSet.hardRules()) {
			if (rule instanceof CountingCap cap) {
				List<RuleUnit> covered = achieved.stream().filter(cap::covers)
						.sorted(Comparator.comparingInt((RuleUnit u) -> cap.measure().of(u)).reversed()).toList();
				int sum = 0;
				for (RuleUnit unit : covered) {
					int amount = cap.measure().of(unit);
					if (sum + amount <= cap.limit()) {
						sum += amount;
					} else {
						counted.remove(unit);
						notes.add(unit.label() + " is achieved but does not count (" + cap.text() + ")");
					}
				}
			}
		}
		return counted;
	}

	private RuleVerdict verdict(Rule rule, Set<RuleUnit> achieved, Set<RuleUnit> counted) {
		return switch (rule) {
			case AggregateRule aggregate when aggregate.ifTaken()
					&& counted.stream().noneMatch(aggregate.selection()::contains) -> new RuleVerdict(rule, true, 0,
							null, 0, "no unit of " + aggregate.selection().text() + " is taken");
			case AggregateRule aggregate -> {
				int amount = counted.stream().filter(aggregate::counts).mapToInt(aggregate.measure()::of).sum();
				int required = ruleSet.threshold(aggregate);
				var bound = new io.qualspec.rules.model.Bound(aggregate.bound().kind(), required);
				String note = required == aggregate.bound().value() ? ""
						: " (" + aggregate.bound().value() + " beyond the other minimums on these groups)";
				yield new RuleVerdict(rule, bound.holds(amount), amount, required, bound.shortfall(amount),
						amount + " " + aggregate.measure().word() + ", " + aggregate.bound().kind().name()
								.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + required + " needed" + note);
			}
			case EachGroupRule each -> {
				int shortfall = 0;
				int meeting = 0;
				List<String> failing = new ArrayList<>();
				for (String group : each.groups()) {
					int amount = counted.stream().filter(u -> group.equals(u.group())).mapToInt(each.measure()::of).sum();
					if (each.bound().holds(amount)) {
						meeting++;
					} else {
						failing.add(group + " (" + amount + ")");
						shortfall += each.bound().shortfall(amount);
					}
				}
				yield new RuleVerdict(rule, failing.isEmpty(), meeting, each.groups().size(), shortfall,
						failing.isEmpty() ? "every group meets it" : "not met by group " + String.join(", group ", failing));
			}
			case GroupSpreadRule spread -> {
				List<String> taken = spread.groups().stream()
						.filter(g -> counted.stream().anyMatch(u -> g.equals(u.group()))).toList();
				boolean holds = spread.bound().holds(taken.size());
				yield new RuleVerdict(rule, holds, taken.size(), spread.bound().value(), spread.bound().shortfall(taken.size()),
						taken.isEmpty() ? "no group has a unit taken"
								: "units taken from " + taken.size() + " group" + (taken.size() == 1 ? "" : "s") + " ("
										+ String.join(", ", taken) + ")");
			}
			case PairedUnits paired -> {
				boolean first = achieved.stream().anyMatch(u -> u.id().equals(paired.first()));
				boolean second = achieved.stream().anyMatch(u -> u.id().equals(paired.second()));
				yield new RuleVerdict(rule, first == second, (first ? 1 : 0) + (second ? 1 : 0), 2, first == second ? 0 : 1,
						first == second ? (first ? "both units are taken" : "neither unit is taken")
								: "only unit " + (first ? paired.first() : paired.second()) + " of the pair is taken");
			}
			case AllUnitsRule all -> {
				List<RuleUnit> required = ruleSet.units().stream().filter(all::requires).toList();
				List<String> missing = required.stream().filter(u -> !achieved.contains(u)).map(RuleUnit::id).toList();
				yield new RuleVerdict(rule, missing.isEmpty(), required.size() - missing.size(), required.size(),
						missing.size(), missing.isEmpty() ? "all achieved" : "missing unit " + String.join(", unit ", missing));
			}
			case CountingCap cap -> {
				int covered = (int) achieved.stream().filter(cap::covers).count();
				int kept = (int) counted.stream().filter(cap::covers).count();
				yield new RuleVerdict(rule, true, kept, cap.limit(), 0,
						kept == covered ? "all " + covered + " covered units count" : kept + " of " + covered + " covered units count");
			}
			case BarredPair barred -> {
				boolean both = achieved.stream().anyMatch(u -> u.id().equals(barred.first()))
						&& achieved.stream().anyMatch(u -> u.id().equals(barred.second()));
				yield new RuleVerdict(rule, !both, both ? 2 : 1, null, both ? 1 : 0,
						both ? "both units are taken" : "at most one of the pair is taken");
			}
		};
	}

	private QualificationGrade grade(Map<RuleUnit, UnitOutcome> outcomes, Set<RuleUnit> compensated, boolean eligible,
			List<RuleVerdict> verdicts) {
		Grading grading = ruleSet.grading();
		String unmet = "rule of combination not met: " + verdicts.stream().filter(v -> !v.holds() && !v.rule().advisory())
				.map(v -> v.rule().text()).collect(Collectors.joining("; "));
		if (grading == null) {
			return new QualificationGrade(null, null, List.of(), eligible ? "eligible; the specification states no grading" : unmet);
		}
		if (grading.passOrFail() || grading.bands().isEmpty()) {
			return new QualificationGrade(AwardGrade.of(eligible ? Grade.PASS : Grade.FAIL), null, List.of(),
					eligible ? "rule of combination met" : unmet);
		}
		int total = outcomes.values().stream().map(UnitOutcome::points).filter(p -> p != null).mapToInt(Integer::intValue).sum();
		List<String> failedHurdles = failedHurdles(grading, outcomes, compensated);
		AwardGrade unclassified = AwardGrade.of(Grade.UNCLASSIFIED);
		if (!failedHurdles.isEmpty()) {
			return new QualificationGrade(unclassified, total, failedHurdles, "hurdle not met: " + String.join("; ", failedHurdles));
		}
		if (!eligible) {
			return new QualificationGrade(unclassified, total, List.of(), unmet);
		}
		return grading.bandFor(total)
				.map(band -> new QualificationGrade(band.grade(), total, List.<String>of(),
						"band " + band.printed() + ": " + band.range() + " points"))
				.orElseGet(() -> new QualificationGrade(unclassified, total, List.of(), "no grade band contains " + total + " points"));
	}

	private List<String> failedHurdles(Grading grading, Map<RuleUnit, UnitOutcome> outcomes, Set<RuleUnit> compensated) {
		List<String> failed = new ArrayList<>();
		Set<String> named = grading.hurdles().stream().map(Hurdle::unitId).filter(id -> id != null).collect(Collectors.toSet());
		for (Hurdle hurdle : grading.hurdles()) {
			List<RuleUnit> units;
			if (hurdle.unitId() != null) {
				units = ruleSet.unit(hurdle.unitId()).stream().toList();
			} else {
				Set<RuleUnit> taken = new LinkedHashSet<>(outcomes.keySet());
				ruleSet.hardRules().stream().filter(r -> r instanceof AllUnitsRule).map(r -> (AllUnitsRule) r)
						.forEach(all -> ruleSet.units().stream().filter(all::requires).forEach(taken::add));
				units = taken.stream().filter(u -> !hurdle.otherUnitsOnly() || !named.contains(u.id())).toList();
			}
			for (RuleUnit unit : units) {
				UnitOutcome outcome = outcomes.get(unit);
				if (outcome == null) {
					failed.add(unit.label() + " has no result (" + hurdle.text() + ")");
				} else if (!outcome.result().isAtLeast(hurdle.minimum()) && !compensated.contains(unit)) {
					failed.add(unit.label() + " is " + outcome.result().label() + " (" + hurdle.text() + ")");
				}
			}
		}
		return failed;
	}
}
