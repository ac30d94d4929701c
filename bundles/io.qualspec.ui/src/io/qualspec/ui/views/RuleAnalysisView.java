package io.qualspec.ui.views;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.text.AnalysisReport;
import io.qualspec.rules.analysis.Analyses;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.ui.editor.QualspecEditor;

/**
 * Rule analysis of the qualification under the cursor, by the rules engine (the analysis shared through
 * {@link Analyses}), as the {@link AnalysisReport} that "qualspec analyse" prints: feasibility or the conflicting rules, least and
 * greatest GLH, credits and TQT, the number of valid selections, a selection with the least GLH, rules that
 * never bind or can never be met, and the worked examples recomputed.
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
		RuleSet ruleSet = withQualification(source, qualificationNumber, ResolvedQualification::ruleSet).orElse(null);
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
			AnalysisReport result = AnalysisReport.of(ruleSet, Analyses.of(ruleSet));
			if (!monitor.isCanceled()) {
				display.asyncExec(() -> showAnalysis(result));
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : (IStatus) Status.OK_STATUS;
		});
		analysis.schedule();
	}

	private void showAnalysis(AnalysisReport result) {
		if (report.control().isDisposed()) {
			return;
		}
		report.clear();
		report.row("Qualification", result.qualification());
		result.facts().forEach(fact -> report.row(fact.label(), fact.value()));
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
