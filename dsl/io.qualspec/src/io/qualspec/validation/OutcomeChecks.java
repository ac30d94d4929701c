package io.qualspec.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.xtext.validation.Check;

import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.qualspec.AssessmentCriterion;
import io.qualspec.qualspec.LearningOutcome;
import io.qualspec.qualspec.OutcomeKind;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Unit;

/**
 * Learning outcomes and their assessment criteria: outcomes numbered 1..n,
 * criteria of outcome n numbered n.1..n.m, every outcome with criteria, and criteria whose verbs fit the
 * outcome's kind. Cheap, local checks: they run while typing.
 */
public class OutcomeChecks extends QualspecChecks {

	/**
	 * Verbs that ask a learner to show knowledge or understanding in words: the four SFJ uses in its 27
	 * "Understand" outcomes (explain 94 times, describe 43, define, state) and the other stems of unit-writing
	 * guidance for knowledge criteria. "Identify" and "give" are left out: SFJ writes them in competence
	 * criteria for things done with a customer ("Identify customers' wants and priorities", "Give clear and
	 * concise information").
	 */
	private static final Set<String> KNOWLEDGE_VERBS = Set.of("explain", "describe", "define", "state", "outline", "list",
			"summarise", "compare");

	/**
	 * Verbs that ask a learner to do something an assessor observes at work: the most frequent first words of
	 * SFJ's 36 "Be able to" outcomes' criteria, and the usual stems of competence criteria.
	 */
	private static final Set<String> DOING_VERBS = Set.of("deliver", "demonstrate", "carry out", "use", "follow",
			"communicate", "deal with", "respond", "maintain", "adapt", "agree", "confirm", "record", "complete",
			"prepare", "provide");

	@Check
	public void checkOutcomeNumbering(Unit unit) {
		List<LearningOutcome> outcomes = unit.getOutcomes();
		for (int i = 0; i < outcomes.size(); i++) {
			LearningOutcome outcome = outcomes.get(i);
			int expected = i + 1;
			if (outcome.getNumber() != null && outcome.getNumber() != expected) {
				report("Outcome " + outcome.getNumber() + " should be numbered " + expected + ": it is outcome " + expected
						+ " of " + outcomes.size() + " in this unit, and outcomes are numbered 1 to " + outcomes.size()
						+ " in order, without gaps or repeats.", outcome, Literals.LEARNING_OUTCOME__NUMBER,
						QualspecIssueCodes.OUTCOME_NUMBERING, String.valueOf(expected));
			}
		}
	}

	/**
	 * Criteria are numbered after the outcome's place in the unit, not its written number, so that one
	 * misnumbered outcome is reported once rather than with each of its criteria.
	 */
	@Check
	public void checkCriterionNumbering(LearningOutcome outcome) {
		if (!(outcome.eContainer() instanceof Unit unit)) {
			return;
		}
		int outcomeNumber = unit.getOutcomes().indexOf(outcome) + 1;
		List<AssessmentCriterion> criteria = outcome.getCriteria();
		for (int i = 0; i < criteria.size(); i++) {
			String written = criteria.get(i).getNumber();
			String expected = outcomeNumber + "." + (i + 1);
			if (written != null && !written.equals(expected)) {
				report("Criterion " + written + " should be numbered " + expected + ": it is criterion " + (i + 1) + " of "
						+ criteria.size() + " of the unit's outcome " + outcomeNumber + ", and the criteria of outcome n are "
						+ "numbered n.1, n.2, ... in order, without gaps or repeats (2.10 follows 2.9).", criteria.get(i),
						Literals.ASSESSMENT_CRITERION__NUMBER, QualspecIssueCodes.CRITERION_NUMBERING, expected);
			}
		}
	}

	@Check
	public void checkOutcomeHasCriteria(LearningOutcome outcome) {
		if (outcome.getCriteria().isEmpty()) {
			report("Outcome " + outcome.getNumber() + " has no assessment criteria: every learning outcome needs at least "
					+ "one criterion saying what the learner can do or explain to show it.", outcome,
					Literals.LEARNING_OUTCOME__NUMBER, QualspecIssueCodes.OUTCOME_WITHOUT_CRITERIA);
		}
	}

	/**
	 * A "Be able to" outcome is shown by doing, a "Know"/"Understand" outcome by explaining; an outcome whose
	 * criteria all ask for the other is probably of the wrong kind, or its criteria are. Issue data: the kind
	 * the criteria fit.
	 */
	@Check
	public void checkCriteriaVerbsFitTheOutcomeKind(LearningOutcome outcome) {
		ResolvedOutcome.Kind kind = ResolvedOutcome.kindOf(outcome);
		List<String> texts = outcome.getCriteria().stream().map(ResolvedCriterion::textOf).filter(Objects::nonNull).toList();
		if (kind == null || texts.isEmpty() || texts.size() < outcome.getCriteria().size()) {
			return;
		}
		if (kind == ResolvedOutcome.Kind.COMPETENCE && texts.stream().allMatch(startsWithOneOf(KNOWLEDGE_VERBS))) {
			report("Outcome " + outcome.getNumber() + " is a competence (\"Be able to\") outcome, but every one of its criteria "
					+ "asks for knowledge (" + firstWords(texts) + "): a competence "
					+ "outcome is shown by doing (use, follow, deliver...); reword the criteria, or make it a knowledge "
					+ "(\"Understand\") outcome.", outcome, Literals.LEARNING_OUTCOME__TEXT,
					QualspecIssueCodes.OUTCOME_KIND_VERBS, OutcomeKind.KNOWLEDGE.getLiteral());
		} else if (kind == ResolvedOutcome.Kind.KNOWLEDGE && texts.stream().allMatch(startsWithOneOf(DOING_VERBS))) {
			report("Outcome " + outcome.getNumber() + " is a knowledge outcome, but every one of its criteria asks the "
					+ "learner to do something (" + firstWords(texts) + "): a "
					+ "knowledge outcome is shown by explaining (describe, explain...); reword the criteria, or make it a "
					+ "competence (\"Be able to\") outcome.", outcome, Literals.LEARNING_OUTCOME__TEXT,
					QualspecIssueCodes.OUTCOME_KIND_VERBS, OutcomeKind.COMPETENCE.getLiteral());
		}
	}

	/** "Explain, Describe": the first words of the criteria, each once. */
	private static String firstWords(List<String> texts) {
		return String.join(", ", texts.stream().map(text -> text.strip().split("\\s+")[0]).distinct().toList());
	}

	private static Predicate<String> startsWithOneOf(Set<String> verbs) {
		return text -> {
			String lower = text.strip().toLowerCase(Locale.ROOT);
			return verbs.stream().anyMatch(verb -> lower.equals(verb) || lower.startsWith(verb + " "));
		};
	}
}
