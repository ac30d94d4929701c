package io.qualspec.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.text.AnalysisReport;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.rules.analysis.Analyses;
import io.qualspec.rules.model.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
		header = "Analyses rules of combination over all valid selections.",
		description = { "Reports feasibility, the least and greatest GLH and credits, TQT,",
				"the number of valid selections, an example selection,",
				"the rules that never bind or can never be met,",
				"and the worked examples recomputed." })
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
			print(q.ruleSet());
		}
		return 0;
	}

	/** The report the workbench's Rule Analysis view shows too, under the qualification in bold. */
	private void print(RuleSet ruleSet) {
		AnalysisReport report = AnalysisReport.of(ruleSet, Analyses.of(ruleSet));
		terminal.out.println(terminal.bold(report.qualification()));
		report.lines().forEach(line -> terminal.out.println("  " + line));
		terminal.out.println();
	}
}
