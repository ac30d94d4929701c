package io.qualspec.validation;

import java.util.List;

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
	 * A "Be able to" outcome is shown by doing, a "Know"/"Understand" outcome by explaining; a criterion whose
	 * command verb ({@link CommandVerbs}) asks for the other is reported on its own, so that a reviewer sees
	 * which criteria to reword. Issue data: the kind the criterion fits.
	 */
	@Check
	public void checkCriteriaVerbsFitTheOutcomeKind(LearningOutcome outcome) {
		ResolvedOutcome.Kind kind = ResolvedOutcome.kindOf(outcome);
		if (kind == null) {
			return;
		}
		for (AssessmentCriterion criterion : outcome.getCriteria()) {
			String text = ResolvedCriterion.textOf(criterion);
			ResolvedOutcome.Kind asked = text == null ? null : CommandVerbs.kindAskedBy(text);
			if (asked == null || asked == kind) {
				continue;
			}
			String verb = CommandVerbs.verbAsWritten(text);
			if (kind == ResolvedOutcome.Kind.COMPETENCE) {
				report("Criterion " + criterion.getNumber() + " asks for knowledge (\"" + verb + "\") under outcome "
						+ outcome.getNumber() + ", a competence (\"Be able to\") outcome, which is shown by doing: start "
						+ "the criterion with what the learner does (use, carry out, demonstrate...), or make the outcome "
						+ "a knowledge (\"Understand\") outcome.", criterion, TextChecks.textFeature(criterion),
						QualspecIssueCodes.OUTCOME_KIND_VERBS, OutcomeKind.KNOWLEDGE.getLiteral());
			} else {
				report("Criterion " + criterion.getNumber() + " asks the learner to do something (\"" + verb
						+ "\") under outcome " + outcome.getNumber() + ", a knowledge outcome, which is shown by explaining: "
						+ "start the criterion with what the learner explains (explain, describe...), or make the outcome "
						+ "a competence (\"Be able to\") outcome.", criterion, TextChecks.textFeature(criterion),
						QualspecIssueCodes.OUTCOME_KIND_VERBS, OutcomeKind.COMPETENCE.getLiteral());
			}
		}
	}
}
