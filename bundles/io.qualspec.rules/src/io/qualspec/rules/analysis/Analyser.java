package io.qualspec.rules.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.qualspec.rules.analysis.Analysis.Extreme;
import io.qualspec.rules.analysis.Analysis.SelectionCount;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * Analyses a rule set over all valid selections of units: a dynamic program over the rules' sums
 * ({@link SelectionStates}) counts them and finds the optima where its states fit a budget, and a
 * mixed-integer solver answers the rest (feasibility, conflicts, redundancy, and the optima the dynamic
 * program gives up on). Only hard rules take part: advisory rules never decide validity. Rules that are a
 * choice split the rule set into disjoint linear cases ({@link SelectionCases}); each answer combines the
 * cases' answers.
 */
public final class Analyser {

	/** States the exact counter may keep before it gives up and the count is reported as a range. */
	static final int COUNTING_STATE_BUDGET = 2_000_000;
	/**
	 * States the dynamic program may keep for an optimum before the solver takes over: the examples need at
	 * most about 11,500, and every state kept before giving up is time lost (docs/rules-engine.md).
	 */
	static final int OPTIMUM_STATE_BUDGET = 50_000;

	private final RuleSet ruleSet;
	private final List<Rule> rules;
	/** States the dynamic program's probe for a good selection keeps at first (see {@link SelectionStates}). */
	private final int probeWidth;

	public Analyser(RuleSet ruleSet) {
		this(ruleSet, SelectionStates.PROBE_WIDTH);
	}

	/** An analyser whose optima probe with this width first (0: none), for tests of the exact pass. */
	Analyser(RuleSet ruleSet, int probeWidth) {
		this.ruleSet = ruleSet;
		this.rules = ruleSet.hardRules();
		this.probeWidth = probeWidth;
	}

	/** Everything: feasibility, conflict, optima, count, redundant and never-met rules. */
	public Analysis analyse() {
		boolean feasible = feasible(rules);
		List<Rule> neverMet = neverMet();
		if (!feasible) {
			return new Analysis(rules, false, minimalConflict(), null, null, null, null, null, null,
					new SelectionCount(BigInteger.ZERO, BigInteger.ZERO), List.of(), neverMet, List.of());
		}
		// a unit that states no figure does not count as 0: the optima of that figure are unknown (null)
		boolean glhBased = Measure.GLH.notComputable(ruleSet.units()) == null;
		boolean creditBased = Measure.CREDITS.notComputable(ruleSet.units()) == null;
		Extreme minCredits = creditBased ? optimum(Measure.CREDITS, false) : null;
		Extreme maxCredits = creditBased ? optimum(Measure.CREDITS, true) : null;
		List<Rule> redundant = redundant();
		return new Analysis(rules, true, List.of(), glhBased ? optimum(Measure.GLH, false) : null,
				glhBased ? optimum(Measure.GLH, true) : null, minCredits, maxCredits, times10(minCredits),
				times10(maxCredits), countSelections(), redundant, neverMet,
				redundant.stream().filter(this::restates).toList());
	}

	public boolean feasible() {
		return feasible(rules);
	}

	/** The least (or greatest) total of a measure over valid selections, with one selection attaining it. */
	public Extreme optimum(Measure measure, boolean maximise) {
		return optimum(rules, ruleSet.units().stream().mapToInt(measure::of).toArray(), maximise);
	}

	/** The least (or greatest) total of per-unit weights over the selections these rules allow. */
	private Extreme optimum(List<Rule> subset, int[] weights, boolean maximise) {
		SelectionCases cases = SelectionCases.of(ruleSet, subset);
		Extreme best = null;
		for (List<LinearRows.Row> rows : cases.cases()) {
			SelectionStates.Optimum found = new SelectionStates(ruleSet, cases.required(), rows).optimum(weights, maximise,
					OPTIMUM_STATE_BUDGET, probeWidth);
			Extreme extreme = found != null ? found.extreme()
					: new SelectionProgram(ruleSet, cases.required(), rows).optimum(weights, maximise);
			if (extreme != null && (best == null || (maximise ? extreme.value() > best.value() : extreme.value() < best.value()))) {
				best = extreme;
			}
		}
		return best;
	}

	/** Whether these units (ids), achieved and counted, form a valid selection. */
	public boolean isValidSelection(List<String> unitIds) {
		SelectionCases cases = SelectionCases.of(ruleSet, rules);
		return cases.cases().stream().anyMatch(rows -> {
			SelectionProgram fixed = new SelectionProgram(ruleSet, cases.required(), rows).fixed(unitIds);
			return fixed != null && fixed.feasible();
		});
	}

	/**
	 * The number of valid selections: exact by dynamic programming where its states fit the budget,
	 * otherwise the range from one (a valid selection exists) to 2^n over the units not required.
	 */
	public SelectionCount countSelections() {
		SelectionCases cases = SelectionCases.of(ruleSet, rules);
		BigInteger exact = BigInteger.ZERO;
		int free = 0;
		for (List<LinearRows.Row> rows : cases.cases()) {
			SelectionStates counter = new SelectionStates(ruleSet, cases.required(), rows);
			free = counter.freeUnits();
			BigInteger count = exact == null ? null : counter.count(COUNTING_STATE_BUDGET);
			exact = count == null ? null : exact.add(count);
		}
		if (exact != null) {
			return new SelectionCount(exact, exact);
		}
		return feasible() ? new SelectionCount(BigInteger.ONE, BigInteger.TWO.pow(free))
				: new SelectionCount(BigInteger.ZERO, BigInteger.ZERO);
	}

	/** Rules no selection meets, even on its own. */
	public List<Rule> neverMet() {
		return rules.stream().filter(rule -> !feasible(List.of(rule))).toList();
	}

	/**
	 * Rules that never bind: rules that can be removed together without changing which selections are
	 * valid. A rule is redundant when the rules still kept imply it; rules are tried from the last back, so
	 * where a handbook states a total and all its parts only one of them is named, not each in turn.
	 */
	public List<Rule> redundant() {
		List<Rule> kept = new ArrayList<>(rules);
		List<Rule> redundant = new ArrayList<>();
		for (int i = rules.size() - 1; i >= 0; i--) {
			Rule rule = rules.get(i);
			List<Rule> others = new ArrayList<>(kept);
			others.remove(rule);
			SelectionCases otherCases = SelectionCases.of(ruleSet, others);
			boolean canFail = LinearRows.violations(ruleSet, rule).stream()
					.anyMatch(violation -> feasible(otherCases.with(violation)));
			if (!canFail) {
				redundant.add(0, rule);
				kept = others;
			}
		}
		return redundant;
	}

	/**
	 * Whether a rule that never binds states a figure the other rules fix: its sum over the units it counts,
	 * under all the other rules, reaches its bound exactly where the bound is (the least is its "at least", the
	 * greatest its "at most", both its "exactly"). A rule that never binds with room to spare says something
	 * weaker than the rest, which is more likely a slip (a wrong level, scope or figure) than arithmetic.
	 */
	public boolean restates(Rule rule) {
		if (!(rule instanceof AggregateRule aggregate) || aggregate.ifTaken()) {
			return false;
		}
		LinearRows.Row row = LinearRows.aggregateRow(ruleSet, aggregate);
		List<Rule> others = rules.stream().filter(r -> r != rule).toList();
		Extreme least = optimum(others, row.coefficients(), false);
		Extreme greatest = optimum(others, row.coefficients(), true);
		if (least == null || greatest == null) {
			return false;
		}
		int bound = row.bound().value();
		return switch (row.bound().kind()) {
			case AT_LEAST -> least.value() == bound;
			case AT_MOST -> greatest.value() == bound;
			case EXACTLY -> least.value() == bound && greatest.value() == bound;
		};
	}

	/**
	 * A minimal set of rules that cannot hold together (removing any one of them makes the rest
	 * satisfiable), found by deletion: each rule is dropped in turn and kept out if the rest still conflict.
	 */
	public List<Rule> minimalConflict() {
		List<Rule> conflict = new ArrayList<>(rules);
		for (Rule rule : rules) {
			List<Rule> without = new ArrayList<>(conflict);
			without.remove(rule);
			if (!feasible(without)) {
				conflict = without;
			}
		}
		return conflict;
	}

	private boolean feasible(List<Rule> subset) {
		return feasible(SelectionCases.of(ruleSet, subset));
	}

	private boolean feasible(SelectionCases cases) {
		return cases.cases().stream()
				.anyMatch(rows -> new SelectionProgram(ruleSet, cases.required(), rows).feasible());
	}

	private static Extreme times10(Extreme credits) {
		return credits == null ? null : new Extreme(credits.value() * 10, credits.selection());
	}
}
