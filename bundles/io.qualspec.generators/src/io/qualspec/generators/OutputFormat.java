package io.qualspec.generators;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What "qualspec generate --formats" can produce. */
public enum OutputFormat {
	/** Handbooks and unit documents as self-contained HTML. */
	HTML,
	/** The same documents as PDF, rendered from the HTML. */
	PDF,
	/** Unit documents as Word files. */
	DOCX,
	/** Structure tables as CSV. */
	CSV,
	/** Structure tables as Excel workbooks. */
	XLSX,
	/** Machine-readable rule sets (docs/ruleset-format.md). */
	JSON,
	/** Grading as DMN 1.3 decision tables (points-based qualifications). */
	DMN,
	/** 1EdTech CASE 1.1 packages. */
	CASE,
	/** The qualification facts as a row of the Ofqual register's qualification data set (CSV). */
	REGISTER;

	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format with this name in any case; an unknown name is refused with a message listing the formats. */
	public static OutputFormat of(String word) {
		String wanted = word.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.word().equals(wanted)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("'" + word + "' is not a format; the formats are "
						+ Arrays.stream(values()).map(OutputFormat::word).collect(Collectors.joining(", "))));
	}
}
