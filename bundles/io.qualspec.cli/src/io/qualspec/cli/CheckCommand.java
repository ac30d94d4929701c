package io.qualspec.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.LearnerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
		header = "Checks a learner's record against a qualification.",
		description = { "Prints eligibility, the rules not met with the shortfall, the totals,",
				"the unit points, the grade and why.",
				"The record is JSON (docs/ruleset-format.md, \"Learner records\")",
				"or CSV with the columns unit,results,criteria:",
				"results in order separated by ';' (\"unclassified;pass\" is a resit),",
				"criteria met separated by ';'." })
final class CheckCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = { "-q", "--qualification" }, required = true, paramLabel = "QN", description = {
			"The qualification: its number (e.g. 603/2730/3),", "its own code, or its title where it has neither." })
	String qualification;

	@Option(names = { "-l", "--learner" }, required = true, paramLabel = "FILE", description = "The learner record (.json or .csv).")
	Path learner;

	@Override
	public Integer call() {
		LoadedCatalogue loaded = loadWithoutErrors().orElse(null);
		ResolvedQualification resolved = loaded == null ? null : qualification(loaded, qualification).orElse(null);
		if (resolved == null) {
			return 1;
		}
		LearnerRecord record;
		try {
			record = LearnerRecordFile.read(learner);
		} catch (LearnerRecordFile.UnreadableFile e) {
			terminal.err.println(terminal.red("qualspec: ") + "cannot read the learner record " + Diagnostics.relative(learner)
					+ ": " + e.getMessage());
			return 1;
		} catch (LearnerRecordFile.Problem e) {
			terminal.err.println(Diagnostics.relative(learner) + ": error: " + e.getMessage());
			return 1;
		}
		print(new Evaluator(resolved.ruleSet()).evaluate(record), resolved);
		return 0;
	}

	private void print(Evaluation evaluation, ResolvedQualification q) {
		terminal.out.println(terminal.bold(q.label()));
		terminal.out.println("  eligible: " + (evaluation.eligible() ? terminal.green("yes") : terminal.red("no")));
		for (Evaluation.RuleVerdict verdict : evaluation.failing()) {
			terminal.out.println("    not met: " + verdict.rule().text() + " — " + verdict.explanation()
					+ (verdict.shortfall() > 0 ? " (short by " + verdict.shortfall() + ")" : ""));
		}
		Evaluation.Totals totals = evaluation.totals();
		terminal.out.println("  totals: " + totals.sentence());
		for (Evaluation.UnitOutcome unit : evaluation.units()) {
			terminal.out.println("    unit " + unit.unit().id() + ": " + unit.result().label()
					+ (unit.points() == null ? "" : ", " + unit.points() + " points") + (unit.counted() ? "" : " (does not count)"));
		}
		Evaluation.QualificationGrade grade = evaluation.grade();
		terminal.out.println("  grade: " + (grade.grade() == null ? "none stated" : grade.grade().label())
				+ (grade.points() == null ? "" : " (" + grade.points() + " points)") + " — " + grade.reason());
		evaluation.notes().forEach(note -> terminal.out.println("  note: " + note));
	}
}
