package io.qualspec.generators.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readings of cell values every importer shares. Each returns null for a value it cannot read; the caller
 * reports it with the cell's place.
 */
final class Values {

	/** A unit reference number: letter / three digits / four digits. */
	static final Pattern URN = Pattern.compile("[A-Z]/\\d{3}/\\d{4}");
	/** A qualification number: three digits / four digits / a check digit or X. */
	static final Pattern QUALIFICATION_NUMBER = Pattern.compile("\\d{3}/\\d{4}/[0-9X]");

	private static final Pattern WHOLE = Pattern.compile("\\d+(\\.0+)?");
	private static final Pattern LEVEL = Pattern.compile("(?:level\\s*)?(\\d)", Pattern.CASE_INSENSITIVE);
	private static final Pattern ENTRY = Pattern.compile("entry(?:\\s*level)?(?:\\s*\\d)?|e\\d", Pattern.CASE_INSENSITIVE);
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);
	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?.*)?");
	private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2}/\\d{1,2}/\\d{4})(?: \\d{2}:\\d{2}(?::\\d{2})?)?");

	private Values() {
	}

	/** A whole number ("30", and "30.0" as a spreadsheet may show it); null otherwise. */
	static Integer whole(String text) {
		if (text == null || !WHOLE.matcher(text).matches()) {
			return null;
		}
		String digits = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
		return digits.length() > 6 ? null : Integer.valueOf(digits);
	}

	/** A level: "2", "Level 2" (2); "Entry", "Entry Level", "Entry 3", "E3" (0); null otherwise. */
	static Integer level(String text) {
		if (text == null) {
			return null;
		}
		if (ENTRY.matcher(text.strip()).matches()) {
			return 0;
		}
		Matcher level = LEVEL.matcher(text.strip());
		return level.matches() && !level.group(1).equals("0") ? Integer.valueOf(level.group(1)) : null;
	}

	/** How a unit is assessed, as the language writes it: I/Internal, E/External, Int Set/internal-set. */
	static String assessment(String text) {
		String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
		return switch (word) {
			case "i", "internal", "internally assessed" -> "internal";
			case "e", "external", "externally assessed" -> "external";
			case "int set", "internal set" -> "internal-set";
			default -> null;
		};
	}

	/** A group's kind: "mandatory" or "optional" (M, O, Mandatory, Optional); null otherwise. */
	static String groupKind(String text) {
		String word = text.strip().toLowerCase(Locale.ROOT);
		return switch (word) {
			case "m", "mandatory", "compulsory" -> "mandatory";
			case "o", "optional" -> "optional";
			default -> null;
		};
	}

	/**
	 * A date as the language writes it (ISO, the precision the source gives): "2018-09-01", "2018-09", "2018"; from
	 * ISO text with or without a time, or from a UK day/month/year ("01/09/2018", as the register prints it).
	 */
	static String date(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		try {
			Matcher iso = ISO_DATE.matcher(value);
			if (iso.matches()) {
				String date = iso.group(1);
				if (date.length() == 10) {
					LocalDate.parse(date);
				}
				return date;
			}
			Matcher uk = UK_DATE.matcher(value);
			if (uk.matches()) {
				return LocalDate.parse(uk.group(1), DAY_MONTH_YEAR).toString();
			}
		} catch (DateTimeParseException e) {
			return null;
		}
		return null;
	}

	/** Normalised header text for matching: lower case letters and digits only ("Credit value" → "creditvalue"). */
	static String headerKey(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * A name of the language made from a text (a file name, an organisation's acronym): runs of other characters
	 * become "_", and a name that would start with a digit gets "_" in front.
	 */
	static String identifier(String text) {
		String name = text.strip().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
		if (name.isEmpty()) {
			return "_";
		}
		return Character.isDigit(name.charAt(0)) ? "_" + name : name;
	}
}
