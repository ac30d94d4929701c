package io.qualspec.validation;


/**
 * How two printings of a code (a sector or suite code such as "CS A1") relate: handbooks print one code with
 * and without spaces or in other capitals ("CS A1", "CSA1", "cs a1"), and a misprint changes one character
 * ("CS A4" for "CS A5").
 */
final class PrintedCodes {

	private PrintedCodes() {
	}

	/** The code without spaces, in capitals: the same code however it is printed. */
	static String normalised(String code) {
		return PlainText.code(code);
	}

	static boolean sameCode(String one, String other) {
		return normalised(one).equals(normalised(other));
	}

	/** Whether the normalised codes differ in exactly one character: one replaced, added or left out. */
	static boolean oneCharacterApart(String one, String other) {
		String a = normalised(one);
		String b = normalised(other);
		if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int start = 0;
		while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		int endA = a.length();
		int endB = b.length();
		while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
			endA--;
			endB--;
		}
		return endA - start <= 1 && endB - start <= 1;
	}

	/** What a reviewer wants to know about two different printings of codes, or "" when they are simply different. */
	static String nuance(String one, String other) {
		if (sameCode(one, other)) {
			return " (they differ only in spacing or capitals: the same code printed two ways)";
		}
		if (oneCharacterApart(one, other)) {
			return " (they differ in one character: possibly a misprint)";
		}
		return "";
	}
}
