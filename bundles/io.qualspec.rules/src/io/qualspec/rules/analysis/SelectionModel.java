package io.qualspec.rules.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/**
 * A Choco constraint model of a rule set: one 0/1 variable per unit (selected and counted) and one
 * integer variable per group, measure and level filter holding that part of the selection's total. Every
 * aggregate rule is a sum of these partial totals, so rules over the same groups share variables and their
 * bounds propagate into each other: "at least 67 credits" is seen to follow from "at least 30 from B, at
 * least 30 from C and all 7 of A" without search. Each question builds a fresh model, which is cheap at the
 * sizes of real qualifications (tens to a few hundred units).
 */
final class SelectionModel {

	private final RuleSet ruleSet;
	private final Model model;
	private final BoolVar[] selected;
	private final Map<String, IntVar> partialTotals = new HashMap<>();
	private final List<String> groupKeys;

	SelectionModel(RuleSet ruleSet, List<Rule> rules) {
		this.ruleSet = ruleSet;
		this.model = new Model(ruleSet.qualification());
		this.selected = model.boolVarArray("unit", ruleSet.units().size());
		List<String> keys = new ArrayList<>();
		ruleSet.units().forEach(u -> {
			if (!keys.contains(String.valueOf(u.group()))) {
				keys.add(String.valueOf(u.group()));
			}
		});
		this.groupKeys = keys;
		for (Rule rule : rules) {
			constraint(rule).post();
		}
	}

	/** The part of the selection's total of a measure that lies in one group and passes the level filter. */
	private IntVar partialTotal(String groupKey, Measure measure, LevelFilter level) {
		return partialTotals.computeIfAbsent(groupKey + "|" + measure + "|" + level, key -> {
			int[] coefficients = coefficients(u -> groupKey.equals(String.valueOf(u.group()))
					&& (level == null || level.accepts(u)), measure);
			IntVar total = model.intVar(key, 0, Math.max(0, java.util.Arrays.stream(coefficients).sum()));
			model.scalar(selected, coefficients, "=", total).post();
			return total;
		});
	}

	/** The selection's total of a measure over some groups (all when null), as a sum of partial totals. */
	private IntVar total(List<String> groups, Measure measure, LevelFilter level) {
		List<IntVar> parts = new ArrayList<>();
		for (String key : groupKeys) {
			if (groups == null || groups.contains(key)) {
				parts.add(partialTotal(key, measure, level));
			}
		}
		int upper = parts.stream().mapToInt(IntVar::getUB).sum();
		IntVar total = model.intVar(0, Math.max(upper, 0));
		model.sum(parts.toArray(IntVar[]::new), "=", total).post();
		return total;
	}

	private IntVar total(AggregateRule aggregate) {
		List<String> groups = aggregate.selection().wholeQualification() ? null : aggregate.selection().groups();
		return total(groups, aggregate.measure(), aggregate.level());
	}

	/** Adds the negation of a rule: the model then asks whether the rule can fail while the others hold. */
	SelectionModel withViolated(Rule rule) {
		negation(rule).post();
		return this;
	}

	boolean feasible() {
		return model.getSolver().solve();
	}

	/** The selected unit ids of one valid selection, or null. */
	List<String> anySelection() {
		return model.getSolver().solve() ? selection(null) : null;
	}

	/** Fixes the selection to exactly these units (ids). */
	SelectionModel fixed(List<String> unitIds) {
		for (int i = 0; i < selected.length; i++) {
			model.arithm(selected[i], "=", unitIds.contains(ruleSet.units().get(i).id()) ? 1 : 0).post();
		}
		return this;
	}

	/** The optimum of a measure over valid selections, or null when there is none. */
	Analysis.Extreme optimum(Measure measure, boolean maximise) {
		IntVar objective = total(null, measure, null);
		Solver solver = model.getSolver();
		Solution best = solver.findOptimalSolution(objective, maximise);
		if (best == null) {
			return null;
		}
		return new Analysis.Extreme(best.getIntVal(objective), selection(best));
	}

	/** Counts valid selections by enumeration, stopping at the limit. */
	long enumerate(long limit) {
		Solver solver = model.getSolver();
		long count = 0;
		while (count < limit && solver.solve()) {
			count++;
		}
		return count;
	}

	private List<String> selection(Solution solution) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < selected.length; i++) {
			int value = solution == null ? selected[i].getValue() : solution.getIntVal(selected[i]);
			if (value == 1) {
				ids.add(ruleSet.units().get(i).id());
			}
		}
		return ids;
	}

	private Constraint constraint(Rule rule) {
		return switch (rule) {
			case AggregateRule aggregate -> bounded(total(aggregate),
					new Bound(aggregate.bound().kind(), ruleSet.threshold(aggregate)));
			case EachGroupRule each -> model.and(each.groups().stream()
					.map(g -> bounded(total(List.of(g), each.measure(), null), each.bound()))
					.toArray(Constraint[]::new));
			case AllUnitsRule all -> linear(coefficients(all::requires, Measure.UNITS),
					new Bound(Bound.Kind.EXACTLY, count(all::requires)));
			case CountingCap cap -> bounded(total(cap.groups(), cap.measure(), cap.level()),
					new Bound(Bound.Kind.AT_MOST, cap.limit()));
			case BarredPair barred -> linear(coefficients(u -> u.id().equals(barred.first())
					|| u.id().equals(barred.second()), Measure.UNITS), new Bound(Bound.Kind.AT_MOST, 1));
		};
	}

	private Constraint negation(Rule rule) {
		return switch (rule) {
			case AggregateRule aggregate -> violated(total(aggregate),
					new Bound(aggregate.bound().kind(), ruleSet.threshold(aggregate)));
			case EachGroupRule each -> model.or(each.groups().stream()
					.map(g -> violated(total(List.of(g), each.measure(), null), each.bound()))
					.toArray(Constraint[]::new));
			case AllUnitsRule all -> linear(coefficients(all::requires, Measure.UNITS),
					new Bound(Bound.Kind.AT_MOST, count(all::requires) - 1));
			case CountingCap cap -> violated(total(cap.groups(), cap.measure(), cap.level()),
					new Bound(Bound.Kind.AT_MOST, cap.limit()));
			case BarredPair barred -> linear(coefficients(u -> u.id().equals(barred.first())
					|| u.id().equals(barred.second()), Measure.UNITS), new Bound(Bound.Kind.EXACTLY, 2));
		};
	}

	private Constraint linear(int[] coefficients, Bound bound) {
		return model.scalar(selected, coefficients, operator(bound), bound.value());
	}

	private Constraint bounded(IntVar total, Bound bound) {
		return model.arithm(total, operator(bound), bound.value());
	}

	private Constraint violated(IntVar total, Bound bound) {
		return switch (bound.kind()) {
			case AT_LEAST -> model.arithm(total, "<", bound.value());
			case AT_MOST -> model.arithm(total, ">", bound.value());
			case EXACTLY -> model.arithm(total, "!=", bound.value());
		};
	}

	private static String operator(Bound bound) {
		return switch (bound.kind()) {
			case AT_LEAST -> ">=";
			case AT_MOST -> "<=";
			case EXACTLY -> "=";
		};
	}

	private int[] coefficients(java.util.function.Predicate<RuleUnit> filter, Measure measure) {
		int[] coefficients = new int[selected.length];
		for (int i = 0; i < coefficients.length; i++) {
			RuleUnit unit = ruleSet.units().get(i);
			coefficients[i] = filter.test(unit) ? measure.of(unit) : 0;
		}
		return coefficients;
	}

	private int count(java.util.function.Predicate<RuleUnit> filter) {
		return (int) ruleSet.units().stream().filter(filter).count();
	}
}
