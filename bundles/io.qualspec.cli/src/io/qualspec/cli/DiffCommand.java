package io.qualspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.generators.versions.DiffPage;
import io.qualspec.generators.versions.DiffReport;
import io.qualspec.generators.versions.KeyUpdates;
import io.qualspec.generators.versions.SpecificationDiff;
import io.qualspec.loading.LoadedCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
		header = "Lists the changes between two versions of specifications.",
		description = { "Compares what the specifications mean, not their text: qualifications, units,",
				"outcomes and criteria added, removed or reworded, facts, dates, rules and",
				"grading changed. OLD and NEW are files or folders, or git revisions (REV or",
				"REV:path) of the repository holding the working folder (or --git DIR).",
				"Exit 0 when compared; 1 on errors, or on changes the key updates omit." })
final class DiffCommand implements Callable<Integer>, Main.TerminalAware {

	enum Format {
		text, json, html
	}

	@Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: folder, file, REV, REV:path.")
	String old;

	@Parameters(index = "1", paramLabel = "NEW", description = "The later version, named the same ways.")
	String current;

	@Option(names = "--git", paramLabel = "DIR", description = "A folder in the git repository to read from.")
	Path repository;

	@Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html.")
	Format format = Format.text;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
	Path output;

	@Option(names = "--check-key-updates", description = { "Report changes no version NEW adds mentions",
			"(docs/language.md, \"Version history\")." })
	boolean checkKeyUpdates;

	private Terminal terminal = Terminal.system();

	@Override
	public void use(Terminal terminal) {
		this.terminal = terminal;
	}

	@Override
	public Integer call() throws IOException {
		if (output != null && Files.isDirectory(output)) {
			terminal.err.println(terminal.red("qualspec: ") + Diagnostics.relative(output) + " is a folder; -o names the file to write");
			return Main.USAGE_ERROR;
		}
		try (SpecificationVersion before = SpecificationVersion.of(old, repository);
				SpecificationVersion after = SpecificationVersion.of(current, repository)) {
			LoadedCatalogue was = before.load();
			LoadedCatalogue now = after.load();
			if (before.reportErrors(was, terminal) | after.reportErrors(now, terminal)) {
				terminal.err.println(terminal.red("qualspec: ") + "not compared: the specifications have errors");
				return 1;
			}
			SpecificationDiff diff = SpecificationDiff.compare(was.catalogue(), now.catalogue(), before.name(), after.name());
			List<KeyUpdates.Finding> findings = checkKeyUpdates
					? KeyUpdates.check(diff, was.catalogue(), now.catalogue()) : null;
			String report = switch (format) {
				case text -> DiffReport.text(diff) + (findings == null ? "" : findingLines(findings, after));
				case json -> DiffReport.json(diff, findings, after::file);
				case html -> new HtmlDocuments().diff(DiffPage.of(diff, findings, after::where));
			};
			if (output == null) {
				terminal.out.print(report);
			} else {
				write(output, report);
				terminal.out.println("wrote " + Diagnostics.relative(output));
			}
			return findings == null || findings.isEmpty() ? 0 : 1;
		} catch (IllegalArgumentException e) {
			terminal.err.println(terminal.red("qualspec: ") + e.getMessage());
			return 1;
		}
	}

	/** {@code file:line:col: warning: message [code]}, one a line, and how many. */
	private String findingLines(List<KeyUpdates.Finding> findings, SpecificationVersion after) {
		StringBuilder lines = new StringBuilder();
		for (KeyUpdates.Finding finding : findings) {
			lines.append(after.where(finding.location())).append(": ").append(terminal.yellow("warning")).append(": ")
					.append(finding.message()).append(" [").append(KeyUpdates.MISSING).append("]\n");
		}
		lines.append(findings.isEmpty() ? "The key updates mention every change.\n"
				: findings.size() + (findings.size() == 1 ? " change is" : " changes are") + " not in the key updates.\n");
		return lines.toString();
	}

	/** Written beside the file and moved over it, so a failed run leaves the earlier file whole. */
	private static void write(Path file, String content) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path staged = absolute.resolveSibling("." + absolute.getFileName() + ".staging-" + ProcessHandle.current().pid());
		try {
			Files.writeString(staged, content);
			Files.move(staged, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(staged);
		}
	}
}
