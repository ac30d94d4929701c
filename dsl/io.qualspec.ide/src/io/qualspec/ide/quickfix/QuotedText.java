package io.qualspec.ide.quickfix;

/**
 * Edits of a string literal as written in a specification: the token with its double quotes and
 * backslash escapes.
 */
final class QuotedText {

	private QuotedText() {
	}

	/** A value written as a string literal. */
	static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * Straight quotes turned curly: an apostrophe after a letter or digit becomes ’, other single quotes
	 * open (‘) after a space or bracket and close (’) otherwise; double quotes likewise “ and ”.
	 */
	static String curly(String literal) {
		String content = content(literal);
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '\\' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
				result.append(opens(content, i) ? '\u201C' : '\u201D');
				i++;
			} else if (c == '\\' && i + 1 < content.length()) {
				result.append(c).append(content.charAt(++i));
			} else if (c == '\'') {
				result.append(opens(content, i) ? '\u2018' : '\u2019');
			} else {
				result.append(c);
			}
		}
		return "\"" + result + "\"";
	}

	/** Curly quotes turned straight (double ones escaped, as the literal needs). */
	static String straight(String literal) {
		String content = content(literal).replace('\u2018', '\'').replace('\u2019', '\'').replace("\u201C", "\\\"")
				.replace("\u201D", "\\\"");
		return "\"" + content + "\"";
	}

	/** The literal with a final full stop added, or removed. */
	static String withFinalStop(String literal, boolean add) {
		String content = content(literal);
		if (add && !content.endsWith(".")) {
			content = content + ".";
		} else if (!add && content.endsWith(".")) {
			content = content.substring(0, content.length() - 1);
		}
		return "\"" + content + "\"";
	}

	/** A quote opens at the start of the text and after a space or an opening bracket. */
	private static boolean opens(String content, int index) {
		if (index == 0) {
			return true;
		}
		char before = content.charAt(index - 1);
		return Character.isWhitespace(before) || before == '(' || before == '[';
	}

	private static String content(String literal) {
		boolean quoted = literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"");
		return quoted ? literal.substring(1, literal.length() - 1) : literal;
	}
}
