package io.qualspec.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.ui.editor.QualspecEditor;

/**
 * Checks a learner record against the qualification under the cursor with the rules engine's
 * {@link Evaluator} (what "qualspec check" prints): eligibility, the rules not met with the shortfall,
 * totals, unit results and points, the grade and why. The record is JSON (docs/ruleset-format.md,
 * "Learner records"), typed, started from a template of the qualification's units, or loaded from a file.
 */
public class LearnerCheckView extends QualificationView {

	public static final String ID = "io.qualspec.ui.views.learnerCheck";

	private Label qualification;
	private Text record;
	private ReportTable report;
	private RuleSet ruleSet;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite input = new Composite(sash, SWT.NONE);
		input.setLayout(new GridLayout(3, false));
		qualification = new Label(input, SWT.WRAP);
		qualification.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		record = new Text(input, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		record.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		button(input, "Template", this::fillTemplate);
		button(input, "Load…", this::load);
		button(input, "Check", this::check);
		report = new ReportTable(sash, "Learner check", "Result");
		sash.setWeights(2, 3);
		followActiveEditor();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
	}

	@Override
	protected void show(QualspecEditor source, String qualificationNumber) {
		ruleSet = withQualification(source, qualificationNumber, ResolvedQualification::ruleSet).orElse(null);
		if (ruleSet != null) {
			qualification.setText(ruleSet.qualification() + " " + ruleSet.title());
			qualification.getParent().layout();
			if (record.getText().isBlank()) {
				fillTemplate();
			}
		}
	}

	@Override
	protected void showNothing(String reason) {
		ruleSet = null;
		qualification.setText(reason);
		report.clear();
	}

	/** A record listing every unit of the qualification with no result yet, to be filled in. */
	private void fillTemplate() {
		if (ruleSet != null) {
			setRecord(RuleSetJson.write(new LearnerRecord("Learner", ruleSet.units().stream()
					.map(unit -> new LearnerRecord.UnitResult(unit.id(), List.of(), List.of())).toList())));
		}
	}

	private void load() {
		FileDialog dialog = new FileDialog(record.getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.json" });
		String file = dialog.open();
		if (file != null) {
			try {
				setRecord(Files.readString(Path.of(file), StandardCharsets.UTF_8));
				check();
			} catch (IOException e) {
				report.clear();
				report.row("Cannot read the record", e.getMessage());
			}
		}
	}

	/** Replaces the learner record being checked. */
	public void setRecord(String json) {
		record.setText(json);
	}

	/** Checks the record against the qualification and shows the result. */
	public void check() {
		report.clear();
		if (ruleSet == null) {
			report.row("", "Put the cursor in a qualification first.");
			return;
		}
		LearnerRecord learner;
		try {
			learner = RuleSetJson.readLearnerRecord(record.getText());
		} catch (RuntimeException e) {
			report.row("Not a learner record", e.getMessage());
			return;
		}
		Evaluation evaluation = new Evaluator(ruleSet).evaluate(learner);
		report.row("Qualification", ruleSet.qualification() + " " + ruleSet.title());
		report.row("Eligible", evaluation.eligible() ? "yes" : "no");
		for (Evaluation.RuleVerdict verdict : evaluation.failing()) {
			report.row("Not met", verdict.rule().text() + " — " + verdict.explanation()
					+ (verdict.shortfall() > 0 ? " (short by " + verdict.shortfall() + ")" : ""));
		}
		Evaluation.Totals totals = evaluation.totals();
		report.row("Totals", totals.sentence());
		for (Evaluation.UnitOutcome unit : evaluation.units()) {
			report.row("Unit " + unit.unit().id(), unit.result().label() + (unit.points() == null ? "" : ", " + unit.points() + " points")
					+ (unit.counted() ? "" : " (does not count)"));
		}
		Evaluation.QualificationGrade grade = evaluation.grade();
		report.row("Grade", (grade.grade() == null ? "none stated" : grade.grade().label())
				+ (grade.points() == null ? "" : " (" + grade.points() + " points)"));
		report.row("Why", grade.reason());
		evaluation.notes().forEach(note -> report.row("Note", note));
	}

	/** What the view shows, as "fact: value" lines. */
	public List<String> lines() {
		return report.lines();
	}

	@Override
	public void setFocus() {
		record.setFocus();
	}
}
