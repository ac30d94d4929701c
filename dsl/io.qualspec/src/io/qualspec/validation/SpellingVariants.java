package io.qualspec.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When two spellings are the same word: the one place the check of spelling variants ({@link SpellingChecks}, code
 * text.spellingVariant in docs/issue-codes.md) takes them from. Two words are variants when their {@link #key}s
 * are equal and the words are not. Nothing here says which spelling is right: a variant is only reported where
 * both spellings are seen in the texts.
 */
public final class SpellingVariants {

	/**
	 * Pairs no general rule finds: American spellings and the British ones UK qualification documents use, and
	 * the two British spellings of judgement and acknowledgement. Each word also counts with a plural -s. Pairs that are two words in British
	 * English (licence/license, practice/practise, programme/program) are left out.
	 */
	static final Map<String, String> PAIRS = Map.ofEntries(Map.entry("judgment", "judgement"),
			Map.entry("acknowledgment", "acknowledgement"), Map.entry("behavior", "behaviour"),
			Map.entry("color", "colour"), Map.entry("favor", "favour"), Map.entry("center", "centre"),
			Map.entry("enrollment", "enrolment"), Map.entry("fulfill", "fulfil"), Map.entry("skillful", "skilful"),
			Map.entry("analyze", "analyse"), Map.entry("catalog", "catalogue"), Map.entry("aging", "ageing"));

	/**
	 * The -ise/-ize suffix and its forms (organise, organisation, realised, recognising). The stem of three
	 * letters or more keeps out short words that differ in s and z (size, prize/prise).
	 */
	private static final Pattern IZE_SUFFIX = Pattern.compile("(?<=\\p{L}{3})iz(e|es|ed|ing|ation|ations|er|ers)$");

	/**
	 * A word written with hyphens and closed up (on-line/online, e-mail/email, co-ordinate/coordinate) is one
	 * word, except after "re-", where the hyphen makes another word (re-mark/remark, re-sign/resign,
	 * re-cover/recover).
	 */
	private static final Pattern HYPHEN = Pattern.compile("-");

	/** Each spelling of {@link #PAIRS}, either one, to the British one. */
	private static final Map<String, String> SPELLING_OF_PAIR = PAIRS.entrySet().stream()
			.flatMap(pair -> Stream.of(Map.entry(pair.getKey(), pair.getValue()), Map.entry(pair.getValue(), pair.getValue())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

	private SpellingVariants() {
	}

	/** What a word is compared by: lower case, hyphens closed up (but after "re-"), -ize as -ise, a pair's one spelling. */
	public static String key(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		String closed = lower.startsWith("re-") ? lower : HYPHEN.matcher(lower).replaceAll("");
		String ise = IZE_SUFFIX.matcher(closed).replaceFirst("is$1");
		boolean plural = ise.endsWith("s") && SPELLING_OF_PAIR.containsKey(ise.substring(0, ise.length() - 1));
		String singular = plural ? ise.substring(0, ise.length() - 1) : ise;
		return SPELLING_OF_PAIR.getOrDefault(singular, singular) + (plural ? "s" : "");
	}

	/** The words of a text as the check compares them: letters, with hyphens and apostrophes inside. */
	static List<String> words(String text) {
		return WORD.matcher(text).results().map(MatchResult::group).toList();
	}
}
