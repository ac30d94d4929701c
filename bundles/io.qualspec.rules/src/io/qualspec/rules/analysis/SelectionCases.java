package io.qualspec.rules.analysis;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.rules.analysis.LinearRows.Row;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * A set of rules as disjoint cases, each purely linear: the units every selection takes (required by an
 * "all units" rule) and the rows that must hold. Most rule sets are one case; a rule that is a choice ("units
 * from at least 2 of B, C, D", "if taken", a pairing) multiplies the cases by its own. Because the cases are
 * disjoint, the valid selections are counted case by case and added.
 */
record SelectionCases(boolean[] required, List<List<Row>> cases) {

	static SelectionCases of(RuleSet ruleSet, List<Rule> rules) {
		boolean[] required = new boolean[ruleSet.units().size()];
		List<List<Row>> cases = new ArrayList<>();
		cases.add(List.of());
		for (Rule rule : rules) {
			if (rule instanceof AllUnitsRule all) {
				for (int i = 0; i < required.length; i++) {
					required[i] |= all.requires(ruleSet.units().get(i));
				}
				continue;
			}
			List<List<Row>> alternatives = LinearRows.cases(ruleSet, rule);
			List<List<Row>> combined = new ArrayList<>(cases.size() * alternatives.size());
			for (List<Row> before : cases) {
				for (List<Row> alternative : alternatives) {
					List<Row> rows = new ArrayList<>(before);
					rows.addAll(alternative);
					combined.add(rows);
				}
			}
			cases = combined;
		}
		return new SelectionCases(required, cases);
	}

	/** These cases with further rows that must hold in each (a way a rule can fail). */
	SelectionCases with(List<Row> rows) {
		return new SelectionCases(required, cases.stream().map(c -> {
			List<Row> all = new ArrayList<>(c);
			all.addAll(rows);
			return (List<Row>) all;
		}).toList());
	}
}
