package io.qualspec.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check characters of regulated identifiers: weights 8, 7, ..., 2 over the seven digits give
 * S; a qualification number ends in S mod 11 (10 written X), a unit reference number starts with the letter
 * at S mod 11 of "ADFHJKLMRTY". The rule is inferred, not published: it fits all 198 identifiers printed in
 * the handbooks listed in docs/handbooks.md.
 */
public final class CheckCharacters {

	public static final Pattern QUALIFICATION_NUMBER = Pattern.compile("(\\d{3})/(\\d{4})/([0-9X])");
	public static final Pattern UNIT_REFERENCE_NUMBER = Pattern.compile("([A-Z])/(\\d{3})/(\\d{4})");
	private static final String UNIT_LETTERS = "ADFHJKLMRTY";

	private CheckCharacters() {
	}

	/** The weighted digit sum S of the seven digits. */
	static int weightedSum(String digits) {
		int sum = 0;
		for (int i = 0; i < 7; i++) {
			sum += (8 - i) * (digits.charAt(i) - '0');
		}
		return sum;
	}

	/** The check character a qualification number with these seven digits must end in. */
	public static char qualificationCheck(String sevenDigits) {
		int check = weightedSum(sevenDigits) % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}

	/** The letter a unit reference number with these seven digits must start with. */
	public static char unitLetter(String sevenDigits) {
		return UNIT_LETTERS.charAt(weightedSum(sevenDigits) % 11);
	}

	/** The qualification number with its correct check character, or null if the shape is wrong. */
	public static String correctedQualificationNumber(String number) {
		Matcher m = QUALIFICATION_NUMBER.matcher(number);
		return m.matches() ? m.group(1) + "/" + m.group(2) + "/" + qualificationCheck(m.group(1) + m.group(2)) : null;
	}

	/** The unit reference number with its correct letter, or null if the shape is wrong. */
	public static String correctedUnitReferenceNumber(String urn) {
		Matcher m = UNIT_REFERENCE_NUMBER.matcher(urn);
		return m.matches() ? unitLetter(m.group(2) + m.group(3)) + "/" + m.group(2) + "/" + m.group(3) : null;
	}
}
