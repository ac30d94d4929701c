package io.qualspec.rules.analysis;

import java.util.List;
import java.util.function.Predicate;

import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/**
 * Every rule of combination (R1-R15, docs/language.md) is a bound on a linear sum over 0/1 unit choices. This is the
 * one translation of rules into such rows, shared by the solver and the exact counter.
 */
final class LinearRows {

	/** A sum of per-unit coefficients (in the rule set's unit order) with its bound. */
	record Row(int[] coefficients, Bound bound) {
	}

	private LinearRows() {
	}

	/** The rows that together say the rule holds. */
	static List<Row> of(RuleSet ruleSet, Rule rule) {
		return switch (rule) {
			case AggregateRule aggregate -> List.of(row(ruleSet, aggregate::counts, aggregate.measure(),
					new Bound(aggregate.bound().kind(), ruleSet.threshold(aggregate))));
			case EachGroupRule each -> each.groups().stream()
					.map(g -> row(ruleSet, u -> g.equals(u.group()), each.measure(), each.bound())).toList();
			case AllUnitsRule all -> List.of(row(ruleSet, all::requires, Measure.UNITS,
					new Bound(Bound.Kind.EXACTLY, (int) ruleSet.units().stream().filter(all::requires).count())));
			case CountingCap cap -> List.of(row(ruleSet, cap::covers, cap.measure(), new Bound(Bound.Kind.AT_MOST, cap.limit())));
			case BarredPair barred -> List.of(row(ruleSet, u -> u.id().equals(barred.first()) || u.id().equals(barred.second()),
					Measure.UNITS, new Bound(Bound.Kind.AT_MOST, 1)));
		};
	}

	/**
	 * The ways the rule can fail, each a set of rows: the rule fails when any one of them holds (a rule over
	 * each of several groups fails when one group fails; "exactly" fails below or above).
	 */
	static List<List<Row>> violations(RuleSet ruleSet, Rule rule) {
		return of(ruleSet, rule).stream().flatMap(row -> violations(row).stream().map(List::of)).toList();
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
