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
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The compiler-style form {@code file:line:col: severity: message [code]}. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message
				+ (code == null ? "" : " [" + code + "]");
	}
}
