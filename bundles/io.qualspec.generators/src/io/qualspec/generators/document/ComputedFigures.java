package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.generators.wording.RuleWording;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * What the rules engine's analysis finds over every valid selection of units ("Computed by Qualspec":
 * nothing here is printed in a handbook): whether any selection is valid, the least and greatest GLH,
 * credits and TQT beside the figures the specification states, the number of valid selections, a selection
 * with the least GLH, and the rules that conflict, never bind or can never be met, worded as the rule of
 * combination words them. The handbook prints it in a box; {@code io.qualspec.generators.text.AnalysisReport}
 * as lines of text for the command line and the workbench.
 *
 * @param available         false when no analysis was given
 * @param selections        the number of valid selections ("139,550,330,338,090"), or "0"
 * @param leastGlhSelection the units of a selection with the least GLH ("F1, F2, A1"), or null
 */
public record ComputedFigures(boolean available, boolean feasible, List<Figure> figures, String selections,
		String leastGlhSelection, List<String> conflict, List<String> redundant, List<String> restating,
		List<String> neverMet) {

	public ComputedFigures {
		figures = List.copyOf(figures);
		conflict = List.copyOf(conflict);
		redundant = List.copyOf(redundant);
		restating = List.copyOf(restating);
		neverMet = List.copyOf(neverMet);
	}

	/**
	 * A computed figure: the least and greatest over valid selections and what the specification states
	 * ("at least 192"), each null where there is none; {@code remark} compares them, or says why the least and
	 * greatest cannot be computed (a unit states no such figure, which is not a 0).
	 */
	public record Figure(String label, String least, String greatest, String stated, String remark) {
	}

	/**
	 * The figures of a rule set's analysis; {@code analysis} null, or a rule set that lists no units (a
	 * qualification whose structure is not written), gives figures that are not available.
	 */
	public static ComputedFigures of(RuleSet ruleSet, Analysis analysis) {
		if (analysis == null || ruleSet.units().isEmpty()) {
			return new ComputedFigures(false, false, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
		}
		List<String> neverMet = words(ruleSet, analysis.neverMet());
		if (!analysis.feasible()) {
			return new ComputedFigures(true, false, List.of(), "0", null, words(ruleSet, analysis.conflict()), List.of(),
					List.of(), neverMet);
		}
		RuleSet.DeclaredSize declared = ruleSet.declared();
		List<Figure> figures = new ArrayList<>();
		figures.add(glhFigure(analysis.minGlh(), analysis.maxGlh(), declared, Measure.GLH.notComputable(ruleSet.units())));
		if (ruleSet.units().stream().anyMatch(u -> u.credits() != null)) {
			figures.add(figure("Credits", analysis.minCredits(), analysis.maxCredits(), declared.credits(),
					declared.creditsAtLeast(), Measure.CREDITS.notComputable(ruleSet.units())));
		}
		if (analysis.minTqt() != null) {
			figures.add(figure("Total qualification time (TQT), 10 hours per credit", analysis.minTqt(), analysis.maxTqt(),
					declared.tqt(), false, null));
		}
		Analysis.SelectionCount count = analysis.selections();
		String selections = count.exact() ? Printed.count(count.lower())
				: "between " + Printed.count(count.lower()) + " and " + Printed.count(count.upper()) + " (too many to count exactly)";
		String leastGlh = analysis.minGlh() == null ? null : String.join(", ", analysis.minGlh().selection());
		// rules that restate the others' figure are the handbook's arithmetic; only the others are worth a reader's doubt
		List<Rule> slack = analysis.redundant().stream().filter(r -> !analysis.restating().contains(r)).toList();
		return new ComputedFigures(true, true, figures, selections, leastGlh, List.of(), words(ruleSet, slack),
				words(ruleSet, analysis.restating()), neverMet);
	}

	private static List<String> words(RuleSet ruleSet, List<Rule> rules) {
		return rules.stream().map(rule -> Printed.capitalise(RuleWording.describe(ruleSet, rule))).toList();
	}

	/**
	 * The GLH figure; a stated maximum ("at most 178") or range ("143 to 178") is compared with the computed
	 * least and greatest, an exact or minimum figure as for the other figures.
	 */
	private static Figure glhFigure(Analysis.Extreme least, Analysis.Extreme greatest, RuleSet.DeclaredSize declared,
			String unknown) {
		String label = "Guided learning hours (GLH)";
		if (!declared.glhAtMost() && declared.glhUpTo() == null) {
			return figure(label, least, greatest, declared.glh(), declared.glhAtLeast(), unknown);
		}
		String stated = declared.glhAtMost() ? "at most " + Printed.count(declared.glh())
				: Printed.count(declared.glh()) + " to " + Printed.count(declared.glhUpTo());
		String remark = unknown;
		if (least != null && greatest != null) {
			// the stated figure is an interval: the computed range is inside it, beside it or overlaps its end
			int low = declared.glhAtMost() ? Integer.MIN_VALUE : declared.glh();
			int high = declared.glhAtMost() ? declared.glh() : declared.glhUpTo();
			remark = least.value() >= low && greatest.value() <= high ? "every valid selection is within the stated figure"
					: greatest.value() < low || least.value() > high ? "every valid selection is outside the stated figure"
							: "some valid selections are outside the stated figure";
		}
		return new Figure(label, least == null ? null : Printed.count(least.value()),
				greatest == null ? null : Printed.count(greatest.value()), stated, remark);
	}

	/** {@code unknown} says why the figure cannot be computed ("3 of 7 units state no GLH: ..."), or is null. */
	private static Figure figure(String label, Analysis.Extreme least, Analysis.Extreme greatest, Integer stated,
			boolean statedMinimum, String unknown) {
		String remark = unknown;
		if (stated != null && least != null && greatest != null) {
			if (statedMinimum) {
				remark = least.value() == stated ? "the least equals the stated minimum"
						: least.value() > stated ? "the least is above the stated minimum" : "the least is below the stated minimum";
			} else if (least.value() == stated && greatest.value() == stated) {
				remark = "every valid selection has the stated figure";
			} else if (least.value() <= stated && stated <= greatest.value()) {
				remark = "the stated figure is within the computed range";
			} else {
				remark = "the stated figure is outside the computed range";
			}
		}
		return new Figure(label, least == null ? null : Printed.count(least.value()),
				greatest == null ? null : Printed.count(greatest.value()),
				stated == null ? null : (statedMinimum ? "at least " : "") + Printed.count(stated), remark);
	}
}
