package io.qualspec.catalogue;

import java.util.List;
import java.util.Locale;


import static io.qualspec.WrittenFeatures.isWritten;

import io.qualspec.qualspec.AssessmentCriterion;
import io.qualspec.qualspec.AssessmentType;
import io.qualspec.qualspec.GradeScale;
import io.qualspec.qualspec.LearningOutcome;
import io.qualspec.qualspec.OutcomeKind;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;

/**
 * A unit as described in one library. Level, credits and GLH are null where the description does not
 * state them (Cambridge Technical tables print no unit credits or level).
 */
public record ResolvedUnit(Unit source, String library, String urn, String title, String shortName, Integer level,
		Integer credits, Integer glh, AssessmentType assessment, GradeScale gradeScale,
		List<ResolvedOutcome> outcomes, SourceLocation location) {

	public static ResolvedUnit of(Unit unit) {
		String library = unit.eContainer() instanceof UnitLibrary lib ? lib.getName() : null;
		List<ResolvedOutcome> outcomes = unit.getOutcomes().stream().map(ResolvedUnit::outcome).toList();
		return new ResolvedUnit(unit, library, unit.getName(), unit.getTitle(), unit.getShortName(),
				isWritten(unit, Literals.UNIT__LEVEL) ? unit.getLevel() : null,
				isWritten(unit, Literals.UNIT__CREDITS) ? unit.getCredits() : null,
				isWritten(unit, Literals.UNIT__GLH) ? unit.getGlh() : null,
				isWritten(unit, Literals.UNIT__ASSESSMENT) ? unit.getAssessment() : null,
				isWritten(unit, Literals.UNIT__GRADE_SCALE) ? unit.getGradeScale() : null, outcomes,
				SourceLocation.of(unit));
	}

	/** A short label for messages and documents: "F/601/1609 Communicate using customer service language". */
	public String label() {
		return urn + " " + title;
	}

	private static ResolvedOutcome outcome(LearningOutcome outcome) {
		OutcomeKind kind = isWritten(outcome, Literals.LEARNING_OUTCOME__KIND) ? outcome.getKind()
				: kindFromStem(outcome.getText());
		List<ResolvedCriterion> criteria = outcome.getCriteria().stream().map(ResolvedUnit::criterion).toList();
		return new ResolvedOutcome(outcome.getNumber(), outcome.getText(), kind,
				isWritten(outcome, Literals.LEARNING_OUTCOME__WEIGHTING) ? outcome.getWeighting() : null, criteria,
				outcome.getContent(), SourceLocation.of(outcome));
	}

	/** "Understand ..." and "Know ..." outcomes are knowledge, "Be able to ..." competence. */
	public static OutcomeKind kindFromStem(String text) {
		String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (lower.startsWith("understand") || lower.startsWith("know")) {
			return OutcomeKind.KNOWLEDGE;
		}
		if (lower.startsWith("be able to")) {
			return OutcomeKind.COMPETENCE;
		}
		return null;
	}

	private static ResolvedCriterion criterion(AssessmentCriterion criterion) {
		return new ResolvedCriterion(criterion.getNumber(), criterionText(criterion), criterion.getGuidance(),
				criterion.getShared() != null && !criterion.getShared().eIsProxy() ? criterion.getShared() : null,
				SourceLocation.of(criterion));
	}

	/**
	 * The criterion's text; a shared criterion's text has its "{...}" part replaced by the argument the use
	 * supplies.
	 */
	public static String criterionText(AssessmentCriterion criterion) {
		if (criterion.getShared() == null) {
			return criterion.getText();
		}
		if (criterion.getShared().eIsProxy() || criterion.getShared().getText() == null) {
			return null;
		}
		String text = criterion.getShared().getText();
		String argument = criterion.getArgument();
		return argument == null ? text : text.replaceFirst("\\{[^}]*\\}", java.util.regex.Matcher.quoteReplacement(argument));
	}
}
