package io.qualspec.ui.views;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.qualspec.catalogue.RuleSets;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.ui.editor.QualspecEditor;

/**
 * Rule analysis of the qualification under the cursor, by the rules engine's {@link Analyser} (what
 * "qualspec analyse" prints): feasibility or the conflicting rules, least and greatest GLH, credits and TQT,
 * the number of valid selections, a selection with the least GLH, rules that never bind or can never be met.
 */
public class RuleAnalysisView extends QualificationView {

	public static final String ID = "io.qualspec.ui.views.ruleAnalysis";

	private ReportTable report;
	private Job analysis;

	@Override
	public void createPartControl(Composite parent) {
		report = new ReportTable(parent, "Analysis", "Result");
		followActiveEditor();
	}

	@Override
	protected void show(QualspecEditor source, String qualificationNumber) {
		RuleSet ruleSet = withQualification(source, qualificationNumber, RuleSets::of).orElse(null);
		if (ruleSet == null) {
			return;
		}
		report.clear();
		report.row("Qualification", ruleSet.qualification() + " " + ruleSet.title());
		report.row("Analysing", "…");
		if (analysis != null) {
			analysis.cancel();
		}
		Display display = report.control().getDisplay();
		analysis = Job.create("Analysing the rules of " + ruleSet.qualification(), monitor -> {
			Analysis result = new Analyser(ruleSet).analyse();
			if (!monitor.isCanceled()) {
				display.asyncExec(() -> showAnalysis(ruleSet, result));
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : (IStatus) Status.OK_STATUS;
		});
		analysis.schedule();
	}

	private void showAnalysis(RuleSet ruleSet, Analysis analysis) {
		if (report.control().isDisposed()) {
			return;
		}
		report.clear();
		report.row("Qualification", ruleSet.qualification() + " " + ruleSet.title());
		if (!analysis.feasible()) {
			report.row("Feasible", "no: these rules cannot all hold");
			analysis.conflict().forEach(rule -> report.row("In conflict", rule.text()));
			return;
		}
		report.row("Feasible", "yes");
		report.row("Least GLH", String.valueOf(analysis.minGlh().value()));
		report.row("Greatest GLH", String.valueOf(analysis.maxGlh().value()));
		report.row("Least credits", String.valueOf(analysis.minCredits().value()));
		report.row("Greatest credits", String.valueOf(analysis.maxCredits().value()));
		if (analysis.minTqt() != null) {
			report.row("TQT", analysis.minTqt().value() + " to " + analysis.maxTqt().value());
		}
		report.row("Valid selections", analysis.selections().text());
		report.row("A selection with the least GLH", "units " + String.join(", ", analysis.minGlh().selection()));
		rules("Never binds (implied by the others)", analysis.redundant());
		rules("Can never be met", analysis.neverMet());
	}

	private void rules(String fact, List<Rule> rules) {
		rules.forEach(rule -> report.row(fact, rule.text()));
	}

	@Override
	protected void showNothing(String reason) {
		report.clear();
		report.row("", reason);
	}

	/** What the view shows, as "fact: value" lines. */
	public List<String> lines() {
		return report.lines();
	}

	@Override
	public void setFocus() {
		report.control().setFocus();
	}
}
