package io.qualspec.cli;

import java.io.PrintStream;

/**
 * Where the command writes and whether it may use colours and a progress bar: only when standard output
 * is an interactive terminal (never in CI logs or when piped), and never when NO_COLOR is set.
 */
final class Terminal {

	private static final String RESET = "\u001b[0m";

	final PrintStream out;
	final PrintStream err;
	private final boolean interactive;

	Terminal(PrintStream out, PrintStream err, boolean interactive) {
		this.out = out;
		this.err = err;
		this.interactive = interactive;
	}

	static Terminal system() {
		boolean interactive = System.console() != null && System.getenv("NO_COLOR") == null
				&& !"dumb".equals(System.getenv("TERM"));
		return new Terminal(System.out, System.err, interactive);
	}

	boolean interactive() {
		return interactive;
	}

	String red(String text) {
		return colour("31", text);
	}

	String yellow(String text) {
		return colour("33", text);
	}

	String green(String text) {
		return colour("32", text);
	}

	String bold(String text) {
		return colour("1", text);
	}

	private String colour(String code, String text) {
		return interactive ? "\u001b[" + code + "m" + text + RESET : text;
	}

	/** Redraws a one-line progress bar on standard error (only on a terminal). */
	void progress(int done, int total, String what) {
		if (!interactive || total <= 0) {
			return;
		}
		int width = 30;
		int filled = done * width / total;
		String label = what.length() > 40 ? what.substring(0, 39) + "…" : what;
		err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + label
				+ " ".repeat(Math.max(0, 40 - label.length())));
		if (done == total) {
			err.print("\r" + " ".repeat(width + 60) + "\r");
		}
		err.flush();
	}
}
