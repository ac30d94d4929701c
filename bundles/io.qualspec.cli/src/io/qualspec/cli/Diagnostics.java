package io.qualspec.cli;

import java.nio.file.Path;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;

/** Prints diagnostics as {@code file:line:col: severity: message [code]}, paths relative to the working folder. */
final class Diagnostics {

	private Diagnostics() {
	}

	/** Prints them all and a summary; returns whether there was an error. */
	static boolean report(LoadedCatalogue loaded, Terminal terminal) {
		for (SpecDiagnostic d : loaded.diagnostics()) {
			terminal.out.println(line(d, terminal));
		}
		terminal.err.println(loaded.summary());
		return loaded.hasErrors();
	}

	/** One diagnostic as {@code file:line:col: severity: message [code]}. */
	static String line(SpecDiagnostic d, Terminal terminal) {
		String severity = switch (d.severity()) {
			case ERROR -> terminal.red("error");
			case WARNING -> terminal.yellow("warning");
			case INFO -> "info";
		};
		return d.relativeTo(Path.of("")).toString(severity);
	}

	static String relative(Path file) {
		return SpecDiagnostic.relative(file, Path.of("")).toString();
	}
}
