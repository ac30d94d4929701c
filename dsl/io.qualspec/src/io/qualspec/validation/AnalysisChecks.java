package io.qualspec.validation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.RuleSets;
import io.qualspec.catalogue.SourceLocation;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.GroupSpreadConstraint;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.rules.analysis.Analyses;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.analysis.Analysis.Extreme;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.evaluation.WorkedExampleCheck.ExampleResult;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * What the rules engine finds about a qualification (docs/rules-engine.md, "Analysis"): rules no selection
 * meets, rules that never bind, stated sizes the valid selections do not reproduce, worked examples whose
 * printed outcome the engine does not compute. The analysis runs on save and in a full build
 * (CheckType.NORMAL) and comes from the engine's shared cache ({@link Analyses}), so revalidating a file whose
 * rules did not change costs nothing, and the views and generators reuse what validation computed.
 */
public class AnalysisChecks extends QualspecChecks {

	private static final System.Logger LOG = System.getLogger(AnalysisChecks.class.getName());

	@Check(CheckType.NORMAL)
	public void checkWithTheEngine(Qualification qualification) {
		ResolvedQualification resolved = ResolvedQualification.of(qualification);
		// with a unit that does not resolve the engine would see a different qualification; linking reports it
		if (resolved.memberships().isEmpty() || resolved.memberships().stream().anyMatch(m -> m.unit() == null)) {
			return;
		}
		RuleSet ruleSet;
		Analysis analysis;
		try {
			ruleSet = resolved.ruleSet();
			analysis = Analyses.of(ruleSet);
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.ERROR, "The rules engine failed on " + qualification.getName(), e);
			return;
		}
		Map<Rule, Constraint> byRule = RuleSets.constraintsOf(qualification, ruleSet);
		List<Constraint> written = ruleSet.hardRules().stream().map(byRule::get).toList();
		checkRules(qualification, analysis, written);
		if (analysis.feasible()) {
			checkStatedSizes(qualification, analysis, ruleSet.declared());
		}
		checkWorkedExamples(qualification, ruleSet);
	}

	/**
	 * The analysis names rules of the rule set it analysed, which may be an equal one read earlier; their
	 * positions in its hard rules are positions in this one's. Rules no constraint wrote (the "all units" of a
	 * mandatory group) are not reported.
	 */
	private void checkRules(Qualification qualification, Analysis analysis, List<Constraint> written) {
		for (int rule : positions(analysis, analysis.neverMet(), written)) {
			if (written.get(rule) instanceof GroupSpreadConstraint spread && RuleChecks.asksBeyondItsGroups(spread)) {
				continue; // rules.spreadBeyondGroups says why
			}
			report("No selection of this qualification's units meets this rule, even on its own: the units it counts "
					+ "cannot reach its bound.", written.get(rule), null, QualspecIssueCodes.RULE_NEVER_MET);
		}
		if (!analysis.feasible() && analysis.neverMet().isEmpty()) {
			report("No selection of units meets every rule. These rules cannot hold together (without any one of "
					+ "them the rest can): " + describe(positions(analysis, analysis.conflict(), written), written) + ".", qualification,
					Literals.QUALIFICATION__RULES, QualspecIssueCodes.RULES_UNSATISFIABLE);
		}
		List<Integer> restating = positions(analysis, analysis.restating(), written);
		for (int rule : positions(analysis, analysis.redundant(), written)) {
			if (restating.contains(rule)) {
				report("This rule restates what the other rules already fix (a total that is the sum of its parts): under "
						+ "them the figure it counts reaches exactly the bound it states. Kept as the handbook prints it, it "
						+ "is checked against them.", written.get(rule), null, QualspecIssueCodes.RULE_RESTATES);
			} else {
				report("This rule never binds: every selection that meets the other rules meets it too, with room to "
						+ "spare. Check its level, scope and bound, or remove it.", written.get(rule), null,
						QualspecIssueCodes.RULE_NEVER_BINDS);
			}
		}
	}

	private static List<Integer> positions(Analysis analysis, List<Rule> found, List<Constraint> written) {
		List<Rule> rules = analysis.rules();
		return IntStream.range(0, rules.size())
				.filter(i -> written.get(i) != null && found.stream().anyMatch(rule -> rule == rules.get(i))).boxed()
				.toList();
	}

	/**
	 * A stated figure is compared only where every unit states it (a unit without GLH or credits is not a 0, so
	 * the analysis has no optimum of that figure); credits and TQT then both exist.
	 */
	private void checkStatedSizes(Qualification qualification, Analysis analysis, RuleSet.DeclaredSize declared) {
		if (declared.glh() != null && analysis.minGlh() != null && (declared.glhAtMost() || declared.glhUpTo() != null)) {
			compareWithBounds(declared, analysis.minGlh(), analysis.maxGlh(), qualification.getGlh());
		} else if (qualification.getGlh() != null && qualification.getGlh().getValue() != null && analysis.minGlh() != null) {
			compare("GLH", qualification.getGlh().getValue(), qualification.getGlh().isMinimum(), analysis.minGlh(),
					analysis.maxGlh(), qualification.getGlh(), Literals.GUIDED_LEARNING_HOURS__VALUE);
		}
		if (qualification.getCredits() != null && qualification.getCredits().getValue() != null
				&& analysis.minTqt() != null) {
			compare("credits", qualification.getCredits().getValue(), qualification.getCredits().isAtLeast(),
					analysis.minCredits(), analysis.maxCredits(), qualification.getCredits(), Literals.CREDIT_VALUE__VALUE);
		}
		if (qualification.getTqt() != null && analysis.minTqt() != null) {
			// TQT is stated for the smallest valid selection
			compare("TQT", qualification.getTqt(), false, analysis.minTqt(), null, qualification, Literals.QUALIFICATION__TQT);
		}
	}

	/**
	 * A qualification's size is stated for its smallest valid selection (the credit value of a QCF
	 * qualification, "minimum 245 GLH"), whether the text writes "at least" or not; the message shows the
	 * range where selections differ.
	 */
	private void compare(String measure, int stated, boolean atLeast, Extreme min, Extreme max, EObject where,
			EStructuralFeature feature) {
		if (stated == min.value()) {
			return;
		}
		String range = max == null || max.value() == min.value() ? ""
				: " (valid selections have from " + min.value() + " to " + max.value() + ")";
		report("The specification states " + (atLeast ? "at least " : "") + stated + " " + measure
				+ ", but the least over all valid selections of units is " + min.value() + range + ", for example units "
				+ String.join(", ", min.selection()) + ".", where, feature, QualspecIssueCodes.STATED_SIZE,
				Integer.toString(min.value()));
	}

	/**
	 * "glh at most 178", "glh 143 to 178": the least GLH over the valid selections must lie within the stated
	 * bounds. The greatest is not compared: where the rules set no maximum, a learner may take every optional
	 * unit, beyond what the handbook states.
	 */
	private void compareWithBounds(RuleSet.DeclaredSize declared, Extreme min, Extreme max, EObject where) {
		if (declared.glhUpTo() != null && declared.glhUpTo() < declared.glh()) {
			return; // an upside-down range: size.glhRange
		}
		if (!declared.glhAllows(min.value())) {
			String range = max == null || max.value() == min.value() ? ""
					: " (valid selections have from " + min.value() + " to " + max.value() + ")";
			report("The specification states " + declared.glhText() + " GLH, but the least over all valid selections of "
					+ "units is " + min.value() + range + ", for example units " + String.join(", ", min.selection()) + ".",
					where, Literals.GUIDED_LEARNING_HOURS__VALUE, QualspecIssueCodes.STATED_SIZE,
					Integer.toString(min.value()));
		}
	}

	private void checkWorkedExamples(Qualification qualification, RuleSet ruleSet) {
		List<ExampleResult> results = WorkedExampleCheck.check(ruleSet);
		for (int i = 0; i < results.size() && i < qualification.getExamples().size(); i++) {
			ExampleResult result = results.get(i);
			if (!result.agrees()) {
				String computed = expectation(result.evaluation());
				report("The engine does not compute what \"" + result.example().name() + "\" expects ("
						+ String.join("; ", result.disagreements()) + "); it computes: " + computed + ".",
						qualification.getExamples().get(i), Literals.WORKED_EXAMPLE__EXPECTATION,
						QualspecIssueCodes.WORKED_EXAMPLE, computed);
			}
		}
	}

	/** The engine's outcome written as an expectation: "expect not eligible, points 91, grade unclassified". */
	static String expectation(Evaluation evaluation) {
		StringBuilder text = new StringBuilder("expect ").append(evaluation.eligible() ? "eligible" : "not eligible");
		if (evaluation.grade().points() != null) {
			text.append(", points ").append(evaluation.grade().points());
		}
		AwardGrade grade = evaluation.grade().grade();
		if (grade != null) {
			Grade single = grade.single();
			text.append(", grade ").append(single == null ? "\"" + grade.letterCode() + "\""
					: single == Grade.DISTINCTION_STAR ? "distinction*" : single.word());
		}
		return text.toString();
	}

	private static String describe(List<Integer> rules, List<Constraint> written) {
		return rules.stream().map(written::get)
				.map(c -> "line " + SourceLocation.of(c).line() + " '" + NodeModelUtils.getTokenText(NodeModelUtils.getNode(c)) + "'")
				.collect(Collectors.joining("; "));
	}
}
