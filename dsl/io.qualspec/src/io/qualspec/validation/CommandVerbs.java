package io.qualspec.validation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.qualspec.catalogue.ResolvedOutcome;

/**
 * The command verbs an assessment criterion starts with, and the kind of outcome each one asks the learner to
 * show: the one place the checks of outcome language ({@link OutcomeChecks}, code outcome.kindVerbs in
 * docs/issue-codes.md) take their verbs from. A criterion is read by its first word or two ("Carry out ...");
 * a verb in neither list says nothing about the kind.
 */
final class CommandVerbs {

	/**
	 * Verbs that ask a learner to show knowledge or understanding in words: the four the SFJ Customer Service
	 * handbook (V1, 01.07.19), §3, uses in the criteria of its 27 "Understand" outcomes (explain 94 times,
	 * describe 43, define, state), and the other stems unit-writing guidance gives for knowledge criteria
	 * (outline, list, summarise, compare). "Identify" and "give" are left out: SFJ writes them in competence
	 * criteria for things done with a customer ("Identify customers' wants and priorities", "Give clear and
	 * concise information").
	 */
	static final List<String> KNOWLEDGE = List.of("explain", "describe", "define", "state", "outline", "list", "summarise",
			"compare");

	/**
	 * Verbs that ask a learner to do something an assessor observes at work: the most frequent first words of the
	 * criteria of SFJ's 36 "Be able to" outcomes (same handbook, §3), and the usual stems of competence criteria
	 * (carry out, demonstrate, use, perform, complete, produce).
	 */
	static final List<String> COMPETENCE = List.of("deliver", "demonstrate", "carry out", "use", "perform", "produce",
			"follow", "communicate", "deal with", "respond", "maintain", "adapt", "agree", "confirm", "record", "complete",
			"prepare", "provide");

	/**
	 * Whom a criterion addresses: "Explain to customers the limits of the service", "Explain the service offer
	 * clearly and concisely to customers" (SFJ, §3) ask the learner to tell someone at work, which is doing, not
	 * knowing; a knowledge verb so addressed asks for neither kind.
	 */
	private static final Pattern ADDRESSED = Pattern.compile("\\bto (?:the |their |a |an |other )?(?:customers?|clients?|"
			+ "colleagues?|callers?|users?|visitors?|others|them|him|her)\\b", Pattern.CASE_INSENSITIVE);

	private CommandVerbs() {
	}

	/** The kind of outcome a criterion's command verb asks for, or null where its first words are in neither list. */
	static ResolvedOutcome.Kind kindAskedBy(String criterion) {
		if (verbOf(criterion, KNOWLEDGE) != null) {
			return ADDRESSED.matcher(criterion).find() ? null : ResolvedOutcome.Kind.KNOWLEDGE;
		}
		return verbOf(criterion, COMPETENCE) != null ? ResolvedOutcome.Kind.COMPETENCE : null;
	}

	/** The command verb a criterion starts with, as written ("Carry out"), or null where it is in neither list. */
	static String verbAsWritten(String criterion) {
		String verb = verbOf(criterion, KNOWLEDGE) != null ? verbOf(criterion, KNOWLEDGE) : verbOf(criterion, COMPETENCE);
		return verb == null ? null : criterion.strip().substring(0, verb.length());
	}

	/** The verb of the list a criterion starts with ("carry out"), or null. */
	private static String verbOf(String criterion, List<String> verbs) {
		String lower = criterion.strip().toLowerCase(Locale.ROOT);
		return verbs.stream().filter(verb -> lower.equals(verb) || lower.startsWith(verb + " ")).findFirst().orElse(null);
	}
}
