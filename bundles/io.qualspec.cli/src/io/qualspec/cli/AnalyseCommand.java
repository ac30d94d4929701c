package io.qualspec.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.RuleSets;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
		description = { "Analyses rules of combination over all valid selections of units: feasibility, least and",
				"greatest GLH and credits, TQT, the number of valid selections, an example selection, rules that",
				"never bind or can never be met, and the worked examples recomputed." })
final class AnalyseCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = { "-q", "--qualification" }, paramLabel = "QN", description = "Only this qualification (e.g. 500/8625/X).")
	String qualification;

	@Override
	public Integer call() {
		LoadedCatalogue loaded = loadWithoutErrors().orElse(null);
		if (loaded == null) {
			return 1;
		}
		List<ResolvedQualification> qualifications = qualification == null ? loaded.catalogue().qualifications()
				: qualification(loaded, qualification).stream().toList();
		if (qualifications.isEmpty()) {
			if (qualification == null) {
				terminal.err.println(terminal.red("qualspec: ") + "no qualification found");
			}
			return 1;
		}
		for (ResolvedQualification q : qualifications) {
			print(RuleSets.of(q));
		}
		return 0;
	}

	private void print(RuleSet ruleSet) {
		Analysis analysis = new Analyser(ruleSet).analyse();
		terminal.out.println(terminal.bold(ruleSet.qualification() + "  " + ruleSet.title()));
		if (!analysis.feasible()) {
			terminal.out.println("  feasible: " + terminal.red("no") + " — these rules cannot all hold:");
			analysis.conflict().forEach(r -> terminal.out.println("    - " + r.text()));
			terminal.out.println();
			return;
		}
		terminal.out.println("  feasible: " + terminal.green("yes"));
		terminal.out.println("  GLH: " + analysis.minGlh().value() + " to " + analysis.maxGlh().value());
		terminal.out.println("  credits: " + analysis.minCredits().value() + " to " + analysis.maxCredits().value());
		if (analysis.minTqt() != null) {
			terminal.out.println("  TQT: " + analysis.minTqt().value() + " to " + analysis.maxTqt().value());
		}
		terminal.out.println("  valid selections: " + analysis.selections().text());
		terminal.out.println("  a valid selection with the least GLH: units " + String.join(", ", analysis.minGlh().selection()));
		list("  rules that never bind (the other rules imply them):", analysis.redundant());
		list("  rules that can never be met:", analysis.neverMet());
		for (WorkedExampleCheck.ExampleResult result : WorkedExampleCheck.check(ruleSet)) {
			terminal.out.println("  worked example \"" + result.example().name() + "\": "
					+ (result.agrees() ? terminal.green("agrees with the engine")
							: terminal.red("differs: ") + String.join("; ", result.disagreements())));
		}
		terminal.out.println();
	}

	private void list(String heading, List<Rule> rules) {
		if (!rules.isEmpty()) {
			terminal.out.println(heading);
			rules.forEach(r -> terminal.out.println("    - " + r.text()));
		}
	}
}
