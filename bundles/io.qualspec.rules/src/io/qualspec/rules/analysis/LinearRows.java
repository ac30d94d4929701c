package io.qualspec.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.PairedUnits;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/**
 * Every rule of combination (R1-R15, docs/language.md) is a bound on a linear sum over 0/1 unit choices, or a
 * choice between a few such conjunctions ("units from at least 2 of B, C, D"; "credits from B at least 30 if
 * taken"; "paired 12 and 13"). This is the one translation of rules into rows, shared by the solver and the
 * exact counter. A rule's cases are disjoint, so counts over them add up.
 */
final class LinearRows {

	/** A sum of per-unit coefficients (in the rule set's unit order) with its bound. */
	record Row(int[] coefficients, Bound bound) {
	}

	private LinearRows() {
	}

	/** The disjoint cases, each a conjunction of rows, one of which holds exactly when the rule holds. */
	static List<List<Row>> cases(RuleSet ruleSet, Rule rule) {
		return switch (rule) {
			case AggregateRule aggregate when aggregate.ifTaken() -> {
				Row main = aggregateRow(ruleSet, aggregate);
				yield List.of(List.of(taken(ruleSet, aggregate.selection()::contains, Bound.Kind.AT_MOST, 0)),
						List.of(taken(ruleSet, aggregate.selection()::contains, Bound.Kind.AT_LEAST, 1), main));
			}
			case AggregateRule aggregate -> List.of(List.of(aggregateRow(ruleSet, aggregate)));
			case EachGroupRule each -> List.of(each.groups().stream()
					.map(g -> row(ruleSet, u -> g.equals(u.group()), each.measure(), each.bound())).toList());
			case GroupSpreadRule spread -> groupPatterns(ruleSet, spread, true);
			case AllUnitsRule all -> List.of(List.of(row(ruleSet, all::requires, Measure.UNITS,
					new Bound(Bound.Kind.EXACTLY, (int) ruleSet.units().stream().filter(all::requires).count()))));
			case CountingCap cap -> List.of(List.of(row(ruleSet, cap::covers, cap.measure(), new Bound(Bound.Kind.AT_MOST, cap.limit()))));
			case BarredPair barred -> List.of(List.of(pair(ruleSet, barred.first(), barred.second(), Bound.Kind.AT_MOST, 1)));
			case PairedUnits paired -> List.of(List.of(pair(ruleSet, paired.first(), paired.second(), Bound.Kind.AT_MOST, 0)),
					List.of(pair(ruleSet, paired.first(), paired.second(), Bound.Kind.AT_LEAST, 2)));
		};
	}

	/**
	 * The ways the rule can fail, each a conjunction of rows: the rule fails when any one of them holds (a rule
	 * over each of several groups fails when one group fails; "exactly" fails below or above).
	 */
	static List<List<Row>> violations(RuleSet ruleSet, Rule rule) {
		return switch (rule) {
			case AggregateRule aggregate when aggregate.ifTaken() -> violations(aggregateRow(ruleSet, aggregate)).stream()
					.map(v -> List.of(taken(ruleSet, aggregate.selection()::contains, Bound.Kind.AT_LEAST, 1), v)).toList();
			case GroupSpreadRule spread -> groupPatterns(ruleSet, spread, false);
			case PairedUnits paired -> List.of(List.of(pair(ruleSet, paired.first(), paired.second(), Bound.Kind.EXACTLY, 1)));
			default -> cases(ruleSet, rule).get(0).stream().flatMap(row -> violations(row).stream().map(List::of)).toList();
		};
	}

	/** The row of an aggregate rule: its measure over the units it counts, bounded by its threshold. */
	static Row aggregateRow(RuleSet ruleSet, AggregateRule aggregate) {
		return row(ruleSet, aggregate::counts, aggregate.measure(),
				new Bound(aggregate.bound().kind(), ruleSet.threshold(aggregate)));
	}

	/**
	 * The patterns of which groups have a unit taken (each group either has one or has none), those whose number
	 * of groups meets the rule's bound, or those that do not.
	 */
	private static List<List<Row>> groupPatterns(RuleSet ruleSet, GroupSpreadRule spread, boolean meeting) {
		List<String> groups = spread.groups();
		List<List<Row>> patterns = new ArrayList<>();
		for (int pattern = 0; pattern < 1 << groups.size(); pattern++) {
			if (spread.bound().holds(Integer.bitCount(pattern)) != meeting) {
				continue;
			}
			List<Row> rows = new ArrayList<>();
			for (int g = 0; g < groups.size(); g++) {
				String group = groups.get(g);
				boolean has = (pattern & 1 << g) != 0;
				rows.add(taken(ruleSet, u -> group.equals(u.group()), has ? Bound.Kind.AT_LEAST : Bound.Kind.AT_MOST, has ? 1 : 0));
			}
			patterns.add(rows);
		}
		return patterns;
	}

	private static Row taken(RuleSet ruleSet, Predicate<RuleUnit> filter, Bound.Kind kind, int value) {
		return row(ruleSet, filter, Measure.UNITS, new Bound(kind, value));
	}

	private static Row pair(RuleSet ruleSet, String first, String second, Bound.Kind kind, int value) {
		return taken(ruleSet, u -> u.id().equals(first) || u.id().equals(second), kind, value);
	}

	private static List<Row> violations(Row row) {
		int value = row.bound().value();
		return switch (row.bound().kind()) {
			case AT_LEAST -> List.of(new Row(row.coefficients(), new Bound(Bound.Kind.AT_MOST, value - 1)));
			case AT_MOST -> List.of(new Row(row.coefficients(), new Bound(Bound.Kind.AT_LEAST, value + 1)));
			case EXACTLY -> List.of(new Row(row.coefficients(), new Bound(Bound.Kind.AT_MOST, value - 1)),
					new Row(row.coefficients(), new Bound(Bound.Kind.AT_LEAST, value + 1)));
		};
	}

	static Row row(RuleSet ruleSet, Predicate<RuleUnit> filter, Measure measure, Bound bound) {
		int[] coefficients = ruleSet.units().stream().mapToInt(u -> filter.test(u) ? measure.of(u) : 0).toArray();
		return new Row(coefficients, bound);
	}
}
