package io.qualspec.generators.document;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * Values as the handbooks print them: dates, months, levels, durations, counts and lists. The one place
 * every document part and every format takes these words from.
 */
public final class Printed {

	private Printed() {
	}

	/**
	 * A date written with the precision the specification gives: "2017-09-01" as "1 September 2017",
	 * "2018-09" as "September 2018", "2018" as "2018"; anything else as written.
	 */
	public static String date(String written) {
		return written == null ? null : WrittenDate.parse(written).map(WrittenDate::printed).orElse(written);
	}

	/** "January". */
	public static String month(Month month) {
		return capitalise(month.name().toLowerCase(Locale.ROOT));
	}

	/** "January and June", "January, March and June". */
	public static String months(List<Month> months) {
		return join(months.stream().map(Printed::month).toList(), "and");
	}

	/** "a, b and c" (with {@code conjunction} "and"). */
	public static String join(List<String> items, String conjunction) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
	}

	public static String number(Integer value) {
		return value == null ? null : Integer.toString(value);
	}

	/** A count with thousands separators, as a reader expects: 139,550,330,338,090. */
	public static String count(BigInteger value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	public static String count(int value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	/** A qualification's level: "Entry level" for level 0, else "Level 2". */
	public static String qualificationLevel(Integer level) {
		return level == null ? null : level == 0 ? "Entry level" : "Level " + level;
	}

	/** A unit level: "Entry" for level 0, else the number. */
	public static String level(Integer level) {
		return level == null ? null : level == 0 ? "Entry" : Integer.toString(level);
	}

	/** "45 minutes", "1 hour", "1 hour 30 minutes", "2 hours". */
	public static String duration(int minutes) {
		if (minutes < 60) {
			return minutes + (minutes == 1 ? " minute" : " minutes");
		}
		int hours = minutes / 60;
		int rest = minutes % 60;
		String text = hours + (hours == 1 ? " hour" : " hours");
		return rest == 0 ? text : text + " " + rest + (rest == 1 ? " minute" : " minutes");
	}

	/** "Yes" or "No". */
	public static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}

	/** A constant's name in words: CLOSED_FOR_ENTRY as "closed for entry". */
	public static String words(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** "extended certificate" as "Extended Certificate". */
	public static String titleCase(String words) {
		StringBuilder text = new StringBuilder();
		for (String word : words.split(" ")) {
			if (!word.isEmpty()) {
				text.append(text.isEmpty() ? "" : " ").append(capitalise(word));
			}
		}
		return text.toString();
	}

	public static String capitalise(String text) {
		return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** An identifier made of letters, digits and hyphens, for cross-references: "unit-F-601-1609". */
	public static String id(String prefix, String value) {
		String cleaned = value == null ? "" : value.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return prefix + "-" + cleaned;
	}

	/** Splits a text at its line breaks ("SFJ Awards\nConsult House"). */
	public static List<String> lines(String text) {
		return text == null ? List.of() : List.of(text.split("\\R", -1));
	}
}
