package io.qualspec.loading;

import java.nio.file.Path;

/**
 * One problem found in a specification, located by file, line and column (both 1-based), with the
 * validator's issue code when there is one.
 */
public record SpecDiagnostic(Path file, int line, int column, Severity severity, String message, String code,
		int offset, int length) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** Whether this severity is the threshold or graver (an error is at least a warning). */
		public boolean isAtLeast(Severity threshold) {
			return compareTo(threshold) <= 0;
		}
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** This diagnostic with its file named as a tool working in the folder prints it: relative when inside it. */
	public SpecDiagnostic relativeTo(Path folder) {
		return new SpecDiagnostic(relative(file, folder), line, column, severity, message, code, offset, length);
	}

	/** The file relative to the folder when it is inside it, else absolute. */
	public static Path relative(Path file, Path folder) {
		Path absolute = file.toAbsolutePath().normalize();
		Path base = folder.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
	}

	/** The compiler-style form {@code file:line:col: severity: message [code]}. */
	@Override
	public String toString() {
		return toString(severity.label());
	}

	/** The compiler-style form with the severity written as given (a terminal colours it). */
	public String toString(String severityWord) {
		return file + ":" + line + ":" + column + ": " + severityWord + ": " + message
				+ (code == null ? "" : " [" + code + "]");
	}
}
