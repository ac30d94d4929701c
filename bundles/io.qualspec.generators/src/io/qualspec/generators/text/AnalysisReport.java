package io.qualspec.generators.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.qualspec.generators.document.ComputedFigures;
import io.qualspec.generators.document.WorkedExampleTable;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.model.RuleSet;

/**
 * The rules engine's analysis of a qualification as plain text, in the words of the handbook's "Computed by
 * Qualspec" box ({@link ComputedFigures}), followed by the worked examples recomputed: what "qualspec analyse"
 * prints and the workbench's Rule Analysis view shows.
 *
 * <pre>
 * 500/8625/X OCR Level 2 NVQ Certificate in Customer Service
 *   Feasible: yes
 *   Guided learning hours (GLH): 192 to 1,930 (stated: at least 192; the least equals the stated minimum)
 *   Valid selections: 139,550,330,338,090
 *   ...
 * </pre>
 *
 * @param qualification the qualification's number and title
 * @param facts         what the analysis finds, one fact a line
 */
public record AnalysisReport(String qualification, List<Fact> facts) {

	public AnalysisReport {
		facts = List.copyOf(facts);
	}

	/** "Valid selections: 139,550,330,338,090". */
	public record Fact(String label, String value) {

		public String line() {
			return label + ": " + value;
		}
	}

	public static AnalysisReport of(RuleSet ruleSet, Analysis analysis) {
		ComputedFigures figures = ComputedFigures.of(ruleSet, Objects.requireNonNull(analysis, "analysis"));
		List<Fact> facts = new ArrayList<>();
		if (!figures.available()) {
			facts.add(new Fact("Units", "none listed: the specification does not write this qualification's structure"));
		} else if (figures.feasible()) {
			facts.add(new Fact("Feasible", "yes"));
			figures.figures().forEach(figure -> facts.add(new Fact(figure.label(), range(figure))));
			facts.add(new Fact("Valid selections", figures.selections()));
			if (figures.leastGlhSelection() != null) {
				facts.add(new Fact("A selection with the least GLH", "units " + figures.leastGlhSelection()));
			}
		} else {
			facts.add(new Fact("Feasible", "no, these rules cannot all hold"));
			figures.conflict().forEach(rule -> facts.add(new Fact("In conflict", rule)));
		}
		figures.restating().forEach(rule -> facts.add(new Fact("Restates the other rules (they fix its figure)", rule)));
		figures.redundant().forEach(rule -> facts.add(new Fact("Never binds (the other rules imply it)", rule)));
		figures.neverMet().forEach(rule -> facts.add(new Fact("Can never be met", rule)));
		for (WorkedExampleTable example : WorkedExampleTable.allOf(ruleSet)) {
			facts.add(new Fact("Worked example “" + example.name() + "”", example.agrees() ? "agrees with the handbook"
					: "differs from the handbook: " + String.join("; ", example.disagreements())));
		}
		// a qualification identified by its title alone is not named twice
		String heading = ruleSet.qualification().equals(ruleSet.title()) ? ruleSet.title()
				: ruleSet.qualification() + " " + ruleSet.title();
		return new AnalysisReport(heading, facts);
	}

	/** "192 to 1,930 (stated: at least 192; the least equals the stated minimum)". */
	private static String range(ComputedFigures.Figure figure) {
		if (figure.least() == null && figure.remark() != null) {
			// "3 of 7 units state no GLH: the GLH cannot be computed (stated: 600)"
			return figure.remark() + (figure.stated() == null ? "" : " (stated: " + figure.stated() + ")");
		}
		String least = figure.least() == null ? "–" : figure.least();
		String greatest = figure.greatest() == null ? "–" : figure.greatest();
		String range = least.equals(greatest) ? least : least + " to " + greatest;
		if (figure.stated() == null) {
			return range;
		}
		return range + " (stated: " + figure.stated() + (figure.remark() == null ? "" : "; " + figure.remark()) + ")";
	}

	/** The facts as "label: value" lines. */
	public List<String> lines() {
		return facts.stream().map(Fact::line).toList();
	}

	/** The qualification, then its facts indented by two spaces, each line ending in a line break. */
	public String text() {
		StringBuilder text = new StringBuilder(qualification).append('\n');
		lines().forEach(line -> text.append("  ").append(line).append('\n'));
		return text.toString();
	}
}
