package io.qualspec.rules.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import io.qualspec.rules.analysis.LinearRows.Row;
import io.qualspec.rules.model.RuleSet;

/**
 * A rule set as a 0/1 integer linear program, solved by ojAlgo's mixed-integer solver: one binary variable
 * per unit (selected and counted), one row per rule part. The LP relaxation gives the bounds that prove
 * an optimum or an infeasibility quickly where plain search would enumerate.
 */
final class SelectionProgram {

	static {
		// ojAlgo prints a note about unknown hardware profiles to standard output unless told not to; a
		// command-line tool's output must not carry it.
		if (System.getProperty("shut.up.ojAlgo") == null) {
			System.setProperty("shut.up.ojAlgo", "true");
		}
	}

	private final RuleSet ruleSet;
	private final ExpressionsBasedModel model = new ExpressionsBasedModel();
	private final Variable[] selected;
	private final boolean[] required;
	private int rows;

	/** The program of one linear case: the units it requires and the rows that must hold. */
	SelectionProgram(RuleSet ruleSet, boolean[] required, List<Row> rows) {
		this.ruleSet = ruleSet;
		this.selected = new Variable[ruleSet.units().size()];
		this.required = required;
		for (int i = 0; i < selected.length; i++) {
			selected[i] = model.addVariable("unit" + i).binary();
			if (required[i]) {
				selected[i].lower(1);
			}
		}
		rows.forEach(this::add);
	}

	SelectionProgram add(Row row) {
		Expression expression = model.addExpression("row" + rows++);
		for (int i = 0; i < selected.length; i++) {
			if (row.coefficients()[i] != 0) {
				expression.set(selected[i], row.coefficients()[i]);
			}
		}
		switch (row.bound().kind()) {
			case AT_LEAST -> expression.lower(row.bound().value());
			case AT_MOST -> expression.upper(row.bound().value());
			case EXACTLY -> expression.level(row.bound().value());
		}
		return this;
	}

	/** Fixes the selection to exactly these units (ids); null when it leaves out a required unit. */
	SelectionProgram fixed(List<String> unitIds) {
		for (int i = 0; i < selected.length; i++) {
			int value = unitIds.contains(ruleSet.units().get(i).id()) ? 1 : 0;
			if (value == 0 && required[i]) {
				return null;
			}
			selected[i].lower(value).upper(value);
		}
		return this;
	}

	boolean feasible() {
		return model.minimise().getState().isFeasible();
	}

	/**
	 * The optimum of per-unit weights (a measure, or a rule's coefficients) over valid selections with a
	 * selection attaining it, or null when none.
	 */
	Analysis.Extreme optimum(int[] weights, boolean maximise) {
		for (int i = 0; i < selected.length; i++) {
			selected[i].weight(weights[i]);
		}
		Optimisation.Result result = maximise ? model.maximise() : model.minimise();
		if (!result.getState().isOptimal()) {
			return null;
		}
		List<String> selection = selection(result);
		int value = 0;
		for (int i = 0; i < selected.length; i++) {
			value += selection.contains(ruleSet.units().get(i).id()) ? weights[i] : 0;
		}
		return new Analysis.Extreme(value, selection);
	}

	private List<String> selection(Optimisation.Result result) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < selected.length; i++) {
			if (result.get(i).doubleValue() > 0.5) {
				ids.add(ruleSet.units().get(i).id());
			}
		}
		return ids;
	}
}
