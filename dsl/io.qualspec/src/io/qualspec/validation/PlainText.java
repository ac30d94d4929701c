package io.qualspec.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text as a reader compares it: spacing collapsed and curly quotes straightened. Text checks run on every
 * element of every file at each edit, so the text is read in one pass and the patterns are compiled once.
 */
final class PlainText {

	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern CLOSING_QUOTES = Pattern.compile("['\"\u2019\u201D]+$");

	private PlainText() {
	}

	/** The text stripped, its runs of white space (as a pattern's {@code \s} means it) one space, its quotes straight. */
	static String of(String text) {
		String stripped = text.strip();
		StringBuilder plain = new StringBuilder(stripped.length());
		boolean afterSpace = false;
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
			if (!space) {
				plain.append(c == '\u2018' || c == '\u2019' ? '\'' : c == '\u201C' || c == '\u201D' ? '"' : c);
			} else if (!afterSpace) {
				plain.append(' ');
			}
			afterSpace = space;
		}
		return plain.toString();
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
