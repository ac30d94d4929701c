package io.qualspec.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text as a reader compares it: spacing collapsed and curly quotes straightened. The patterns are compiled
 * once; text checks run on every element of every file at each edit.
 */
final class PlainText {

	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern CURLY_SINGLE = Pattern.compile("[\u2018\u2019]");
	private static final Pattern CURLY_DOUBLE = Pattern.compile("[\u201C\u201D]");
	private static final Pattern CLOSING_QUOTES = Pattern.compile("['\"\u2019\u201D]+$");

	private PlainText() {
	}

	/** The text stripped, its runs of white space one space, its quotes straight. */
	static String of(String text) {
		String spaced = SPACES.matcher(text.strip()).replaceAll(" ");
		return CURLY_DOUBLE.matcher(CURLY_SINGLE.matcher(spaced).replaceAll("'")).replaceAll("\"");
	}

	/** Whether the text ends with a full stop, inside closing quotes or not. */
	static boolean endsWithFullStop(String text) {
		return CLOSING_QUOTES.matcher(text.strip()).replaceAll("").endsWith(".");
	}

	/** The text without spaces, in capitals: a code however it is printed. */
	static String code(String code) {
		return SPACES.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
	}
}
