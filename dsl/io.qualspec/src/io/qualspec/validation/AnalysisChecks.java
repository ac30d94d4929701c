package io.qualspec.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
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
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis.Extreme;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.evaluation.WorkedExampleCheck.ExampleResult;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * What the rules engine finds about a qualification (docs/rules-engine.md, "Analysis"): rules no selection
 * meets, rules that never bind, stated sizes the valid selections do not reproduce, worked examples whose
 * printed outcome the engine does not compute. The solver's work runs on save and in a full build
 * (CheckType.NORMAL) and is kept per rule set, so revalidating a file whose rules did not change costs nothing.
 */
public class AnalysisChecks extends QualspecChecks {

	private static final System.Logger LOG = System.getLogger(AnalysisChecks.class.getName());
	private static final int REMEMBERED_RULE_SETS = 64;

	/**
	 * What the solver found about one rule set. Rules are kept as positions in its hard rules, so that
	 * findings remembered for an equal rule set apply to the rules of the one being validated.
	 */
	private record Findings(boolean feasible, List<Integer> conflict, List<Integer> neverMet, List<Integer> neverBind,
			Extreme minGlh, Extreme maxGlh, Extreme minCredits, Extreme maxCredits) {

		static Findings of(RuleSet ruleSet) {
			Analyser analyser = new Analyser(ruleSet);
			List<Rule> rules = ruleSet.hardRules();
			List<Integer> neverMet = positions(rules, analyser.neverMet());
			if (!analyser.feasible()) {
				return new Findings(false, positions(rules, analyser.minimalConflict()), neverMet, List.of(), null, null,
						null, null);
			}
			// a unit that states no GLH (or credits) is not a 0: the optimum is unknown and nothing is compared
			boolean glhBased = Measure.GLH.notComputable(ruleSet.units()) == null;
			boolean creditBased = Measure.CREDITS.notComputable(ruleSet.units()) == null;
			return new Findings(true, List.of(), neverMet, positions(rules, analyser.redundant()),
					glhBased ? analyser.optimum(Measure.GLH, false) : null, glhBased ? analyser.optimum(Measure.GLH, true) : null,
					creditBased ? analyser.optimum(Measure.CREDITS, false) : null,
					creditBased ? analyser.optimum(Measure.CREDITS, true) : null);
		}

		private static List<Integer> positions(List<Rule> rules, List<Rule> found) {
			return IntStream.range(0, rules.size()).filter(i -> found.stream().anyMatch(rule -> rule == rules.get(i)))
					.boxed().toList();
		}
	}

	private static final Map<RuleSet, Findings> FINDINGS = Collections.synchronizedMap(
			new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<RuleSet, Findings> eldest) {
					return size() > REMEMBERED_RULE_SETS;
				}
			});

	@Check(CheckType.NORMAL)
	public void checkWithTheEngine(Qualification qualification) {
		ResolvedQualification resolved = ResolvedQualification.of(qualification);
		// with a unit that does not resolve the engine would see a different qualification; linking reports it
		if (resolved.memberships().isEmpty() || resolved.memberships().stream().anyMatch(m -> m.unit() == null)) {
			return;
		}
		RuleSet ruleSet;
		Findings findings;
		try {
			ruleSet = resolved.ruleSet();
			findings = FINDINGS.computeIfAbsent(ruleSet, Findings::of);
		} catch (RuntimeException e) {
			LOG.log(System.Logger.Level.ERROR, "The rules engine failed on " + qualification.getName(), e);
			return;
		}
		Map<Rule, Constraint> byRule = RuleSets.constraintsOf(qualification, ruleSet);
		List<Constraint> written = ruleSet.hardRules().stream().map(byRule::get).toList();
		checkRules(qualification, findings, written);
		if (findings.feasible()) {
			checkStatedSizes(qualification, findings);
		}
		checkWorkedExamples(qualification, ruleSet);
	}

	private void checkRules(Qualification qualification, Findings findings, List<Constraint> written) {
		for (int rule : findings.neverMet()) {
			report("No selection of this qualification's units meets this rule, even on its own: the units it counts "
					+ "cannot reach its bound.", written.get(rule), null, QualspecIssueCodes.RULE_NEVER_MET);
		}
		if (!findings.feasible() && findings.neverMet().isEmpty()) {
			report("No selection of units meets every rule. These rules cannot hold together (without any one of "
					+ "them the rest can): " + describe(findings.conflict(), written) + ".", qualification,
					Literals.QUALIFICATION__RULES, QualspecIssueCodes.RULES_UNSATISFIABLE);
		}
		for (int rule : findings.neverBind()) {
			report("This rule never binds: every selection that meets the other rules meets it too. Check its "
					+ "level, scope and bound, or remove it.", written.get(rule), null, QualspecIssueCodes.RULE_NEVER_BINDS);
		}
	}

	private void checkStatedSizes(Qualification qualification, Findings findings) {
		if (qualification.getGlh() != null && qualification.getGlh().getValue() != null && findings.minGlh() != null) {
			compare("GLH", qualification.getGlh().getValue(), qualification.getGlh().isMinimum(), findings.minGlh(),
					findings.maxGlh(), qualification.getGlh(), Literals.GUIDED_LEARNING_HOURS__VALUE);
		}
		if (qualification.getCredits() != null && qualification.getCredits().getValue() != null
				&& findings.minCredits() != null) {
			compare("credits", qualification.getCredits().getValue(), qualification.getCredits().isAtLeast(),
					findings.minCredits(), findings.maxCredits(), qualification.getCredits(), Literals.CREDIT_VALUE__VALUE);
		}
		if (qualification.getTqt() != null && findings.minCredits() != null) {
			// TQT is stated for the smallest valid selection: 10 hours per credit
			Extreme minTqt = new Extreme(findings.minCredits().value() * 10, findings.minCredits().selection());
			compare("TQT", qualification.getTqt(), false, minTqt, null, qualification, Literals.QUALIFICATION__TQT);
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
		Grade grade = evaluation.grade().grade();
		if (grade != null) {
			text.append(", grade ").append(grade == Grade.DISTINCTION_STAR ? "distinction*" : grade.word());
		}
		return text.toString();
	}

	private static String describe(List<Integer> rules, List<Constraint> written) {
		return rules.stream().map(written::get).filter(c -> c != null)
				.map(c -> "line " + SourceLocation.of(c).line() + " '" + NodeModelUtils.getTokenText(NodeModelUtils.getNode(c)) + "'")
				.collect(Collectors.joining("; "));
	}
}
