package io.qualspec.generators.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a specification writes it, with the precision it gives: a day ("2017-09-01"), a month
 * ("2018-09") or a year ("2018"). The one reading of the view's dates for every document and export.
 *
 * @param month null for a year
 * @param day   null for a year or a month
 */
public record WrittenDate(int year, Integer month, Integer day) {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	/** The date a text writes; empty for a text that is not a date of the calendar. */
	public static Optional<WrittenDate> parse(String text) {
		Matcher m = text == null ? null : DATE.matcher(text.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		WrittenDate date = new WrittenDate(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
				m.group(3) == null ? null : Integer.valueOf(m.group(3)));
		try {
			date.firstDay();
			return Optional.of(date);
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** The first day the date covers: 2018-09 from 1 September 2018. */
	public LocalDate firstDay() {
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	/** Whether the date names a day. */
	public boolean isDay() {
		return day != null;
	}

	/** As the handbooks print it: "1 September 2017", "September 2018", "2018". */
	public String printed() {
		String yearText = Integer.toString(year);
		if (month == null) {
			return yearText;
		}
		String monthYear = Printed.month(Month.of(month)) + " " + yearText;
		return day == null ? monthYear : day + " " + monthYear;
	}
}
