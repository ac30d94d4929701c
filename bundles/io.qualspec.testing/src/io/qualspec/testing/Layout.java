package io.qualspec.testing;

import java.util.regex.Pattern;

/** Specification texts taken out of the canonical layout, for tests of the formatter. */
public final class Layout {

	/** Tabs that indent a statement; a comment line keeps its own, as the formatter leaves comments where they are. */
	private static final Pattern STATEMENT_INDENTATION = Pattern.compile("^\t+(?=[^\t/])", Pattern.MULTILINE);

	private Layout() {
	}

	/** The text with the indentation of every statement taken away. */
	public static String withoutIndentation(String specification) {
		return STATEMENT_INDENTATION.matcher(specification).replaceAll("");
	}
}
