package io.qualspec.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.json.RuleSetFormatException;
import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.LearnerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Checks a learner's record against a qualification: eligibility, the rules not met with",
				"the shortfall, totals, unit points, grade and why.",
				"The record is JSON (docs/ruleset-format.md, \"Learner records\") or CSV with the columns",
				"unit,results,criteria: results in order separated by ';' (\"unclassified;pass\" is a resit),",
				"criteria met separated by ';'." })
final class CheckCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = { "-q", "--qualification" }, required = true, paramLabel = "QN", description = "The qualification (e.g. 603/2730/3).")
	String qualification;

	@Option(names = { "-l", "--learner" }, required = true, paramLabel = "FILE", description = "The learner record (.json or .csv).")
	Path learner;

	@Override
	public Integer call() throws IOException {
		LoadedCatalogue loaded = loadWithoutErrors().orElse(null);
		ResolvedQualification resolved = loaded == null ? null : qualification(loaded, qualification).orElse(null);
		if (resolved == null) {
			return 1;
		}
		LearnerRecord record;
		try {
			record = read(learner);
		} catch (RuleSetFormatException | IllegalArgumentException e) {
			terminal.err.println(Diagnostics.relative(learner) + ": error: " + e.getMessage());
			return 1;
		}
		print(new Evaluator(resolved.ruleSet()).evaluate(record), resolved);
		return 0;
	}

	static LearnerRecord read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
				return readCsv(file.getFileName().toString(), reader);
			}
			return RuleSetJson.readLearnerRecord(reader);
		}
	}

	private static LearnerRecord readCsv(String name, Reader reader) throws IOException {
		List<LearnerRecord.UnitResult> results = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		for (CSVRecord row : format.parse(reader)) {
			if (!row.isMapped("unit") || !row.isMapped("results")) {
				throw new IllegalArgumentException("line " + row.getRecordNumber() + ": the header must name the columns unit and results");
			}
			List<Grade> attempts = new ArrayList<>();
			for (String word : split(row.get("results"))) {
				attempts.add(Grade.fromWord(word).orElseThrow(() -> new IllegalArgumentException("line "
						+ (row.getRecordNumber() + 1) + ": '" + word + "' is not a grade (achieved, not-achieved, pass, merit, "
						+ "distinction, distinction-star, unclassified, fail)")));
			}
			List<String> criteria = row.isMapped("criteria") ? split(row.get("criteria")) : List.of();
			results.add(new LearnerRecord.UnitResult(row.get("unit"), attempts, criteria));
		}
		return new LearnerRecord(name, results);
	}

	private static List<String> split(String cell) {
		return cell == null || cell.isBlank() ? List.of()
				: java.util.Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private void print(Evaluation evaluation, ResolvedQualification q) {
		terminal.out.println(terminal.bold(q.number() + "  " + q.title()));
		terminal.out.println("  eligible: " + (evaluation.eligible() ? terminal.green("yes") : terminal.red("no")));
		for (Evaluation.RuleVerdict verdict : evaluation.failing()) {
			terminal.out.println("    not met: " + verdict.rule().text() + " — " + verdict.explanation()
					+ (verdict.shortfall() > 0 ? " (short by " + verdict.shortfall() + ")" : ""));
		}
		Evaluation.Totals totals = evaluation.totals();
		terminal.out.println("  totals: " + totals.credits() + " credits, " + totals.glh() + " GLH"
				+ (totals.tqt() == null ? "" : ", TQT " + totals.tqt()));
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
