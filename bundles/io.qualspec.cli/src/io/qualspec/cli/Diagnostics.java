package io.qualspec.cli;

import java.nio.file.Path;
import java.util.List;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;

/** Prints diagnostics as {@code file:line:col: severity: message [code]}, paths relative to the working folder. */
final class Diagnostics {

	private Diagnostics() {
	}

	/** Prints them all and a summary; returns whether there was an error. */
	static boolean report(LoadedCatalogue loaded, Terminal terminal) {
		List<SpecDiagnostic> diagnostics = loaded.diagnostics();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (SpecDiagnostic d : diagnostics) {
			terminal.out.println(line(d, terminal));
			errors += d.isError() ? 1 : 0;
			warnings += d.severity() == SpecDiagnostic.Severity.WARNING ? 1 : 0;
			infos += d.severity() == SpecDiagnostic.Severity.INFO ? 1 : 0;
		}
		int files = loaded.files().size();
		terminal.err.println(files + " file" + (files == 1 ? "" : "s") + " checked: " + errors + " error"
				+ (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + infos + " info");
		return errors > 0;
	}

	/** One diagnostic as {@code file:line:col: severity: message [code]}. */
	static String line(SpecDiagnostic d, Terminal terminal) {
		String severity = switch (d.severity()) {
			case ERROR -> terminal.red("error");
			case WARNING -> terminal.yellow("warning");
			case INFO -> "info";
		};
		return relative(d.file()) + ":" + d.line() + ":" + d.column() + ": " + severity + ": " + d.message()
				+ (d.code() == null ? "" : " [" + d.code() + "]");
	}

	static String relative(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
	}
}
