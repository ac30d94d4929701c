package io.qualspec.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence of free text states about a qualification's structure: the figures it gives in credits, GLH,
 * TQT or units ("candidates must achieve a total of 28 credits", "a minimum of 192 guided learning hours",
 * "Group A (2 units, 6 credits)") and the groups it names ("a minimum of 6 credits from Group B", "units from
 * optional groups 1, 2 and 3"). Read conservatively: a figure counts only when it is written in digits right
 * before its measure (one word such as "optional" or "further" may stand between), and never when it is a level,
 * unit or group number ("Level 2 units", "Unit 4 credits").
 */
public final class ProseFigures {

	/** What a figure measures. */
	public enum Measure {
		CREDITS("credits"), GLH("GLH"), TQT("TQT"), UNITS("units");

		final String written;

		Measure(String written) {
			this.written = written;
		}

		static Measure of(String word) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (lower.startsWith("credit")) {
				return CREDITS;
			}
			if (lower.startsWith("unit")) {
				return UNITS;
			}
			return lower.equals("tqt") ? TQT : GLH;
		}
	}

	/** A figure as stated: "28 credits". */
	public record Figure(int value, Measure measure) {

		@Override
		public String toString() {
			return value + " " + measure.written;
		}
	}

	/** A group as named: "Group D" is "D", "optional group 3" is "3". */
	public record GroupName(String id, boolean optional) {

		@Override
		public String toString() {
			return (optional ? "optional group " : "Group ") + id;
		}
	}

	/** A number (1,080 or 1080) not right after a level, unit, group or section number, or inside another number. */
	private static final String NUMBER = "(?<!level |unit |group |§|[\\d.,/])\\b(\\d{1,3}(?:,\\d{3})+|\\d+)";

	/** Words that may stand between a figure and its measure: "6 optional units", "the remaining 9 credits". */
	private static final String QUALIFIER = "(?:(?:mandatory|optional|further|additional|more|remaining|other)\\s+)?";

	private static final String MEASURE = "(credits?|glh|guided\\s+learning\\s+hours?|tqt|units?)\\b";

	private static final Pattern FIGURE = Pattern.compile(NUMBER + "\\s+" + QUALIFIER + MEASURE,
			Pattern.CASE_INSENSITIVE);

	/** A group letter or number: one capital letter, or digits. */
	private static final String GROUP_ID = "(?:[A-Z]|\\d+)\\b";

	/** "Group D", "Groups B, C or D", "optional groups 1, 2 and 3"; the word "group" in either case, its ids as written. */
	private static final Pattern GROUPS = Pattern.compile("\\b(?:((?i:optional))\\s+)?[Gg]roups?\\s+(" + GROUP_ID
			+ "(?:\\s*(?:,|and|or|&)\\s*" + GROUP_ID + ")*)");

	private ProseFigures() {
	}

	/** The figures a text states, in order. */
	public static List<Figure> figures(String text) {
		return FIGURE.matcher(text).results()
				.map(match -> new Figure(Integer.parseInt(match.group(1).replace(",", "")), Measure.of(match.group(2))))
				.toList();
	}

	/** The groups a text names, in order. */
	public static List<GroupName> groups(String text) {
		Matcher matcher = GROUPS.matcher(text);
		return matcher.results().flatMap(match -> Arrays.stream(match.group(2).split("\\s*(?:,|and|or|&)\\s*"))
				.map(id -> new GroupName(id, match.group(1) != null))).toList();
	}
}
