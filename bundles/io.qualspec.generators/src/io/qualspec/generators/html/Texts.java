package io.qualspec.generators.html;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.qualspec.qualspec.Month;

/** Formatting of values for documents: dates as the handbooks print them, numbers, lists, identifiers. */
final class Texts {

	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };
	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	private Texts() {
	}

	/** "2017-09-01" as "1 September 2017", "2018-09" as "September 2018", "2018" as "2018". */
	static String date(String iso) {
		if (iso == null) {
			return null;
		}
		Matcher m = DATE.matcher(iso.strip());
		if (!m.matches()) {
			return iso;
		}
		if (m.group(2) == null) {
			return m.group(1);
		}
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return iso;
		}
		String monthYear = MONTHS[month - 1] + " " + m.group(1);
		return m.group(3) == null ? monthYear : Integer.parseInt(m.group(3)) + " " + monthYear;
	}

	static String month(Month month) {
		return MONTHS[month.getValue()];
	}

	/** "January and June", "January, March and June". */
	static String months(List<Month> months) {
		return join(months.stream().map(Texts::month).toList(), "and");
	}

	static String join(List<String> items, String conjunction) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
	}

	static String number(Integer value) {
		return value == null ? null : Integer.toString(value);
	}

	/** A large count with thousands separators, as a reader expects: 139,550,330,338,090. */
	static String count(BigInteger value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	static String count(int value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	/** A unit level: "Entry" for level 0, else the number. */
	static String level(Integer level) {
		return level == null ? null : level == 0 ? "Entry" : Integer.toString(level);
	}

	/** "45 minutes", "1 hour", "1 hour 30 minutes", "2 hours". */
	static String duration(int minutes) {
		if (minutes < 60) {
			return minutes + (minutes == 1 ? " minute" : " minutes");
		}
		int hours = minutes / 60;
		int rest = minutes % 60;
		String text = hours + (hours == 1 ? " hour" : " hours");
		return rest == 0 ? text : text + " " + rest + (rest == 1 ? " minute" : " minutes");
	}

	/** An id safe for HTML id attributes and fragment links: "unit-F-601-1609". */
	static String anchor(String prefix, String value) {
		String cleaned = value == null ? "" : value.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return prefix + "-" + cleaned;
	}

	/** Splits a text at its line breaks ("SFJ Awards\nConsult House"). */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\R", -1)) {
			lines.add(line);
		}
		return lines;
	}

	/** "closed-for-entry" as "Closed for entry". */
	static String sentenceCase(String literal) {
		if (literal == null || literal.isEmpty()) {
			return literal;
		}
		String spaced = literal.replace('-', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** "extended-certificate" as "Extended Certificate". */
	static String titleCase(String literal) {
		StringBuilder text = new StringBuilder();
		for (String word : literal.split("[- ]")) {
			if (!word.isEmpty()) {
				text.append(text.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return text.toString();
	}

	static String capitalise(String text) {
		return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
