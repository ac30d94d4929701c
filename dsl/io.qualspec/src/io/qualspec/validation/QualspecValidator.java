package io.qualspec.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Checks of Qualspec specifications, one class per family. Every diagnostic carries a public code from
 * {@link QualspecIssueCodes} (documented in docs/issue-codes.md) with a configurable severity.
 */
@ComposedChecks(validators = { IdentifierChecks.class, OutcomeChecks.class, TextChecks.class, SizeChecks.class,
		GradingChecks.class, CatalogueChecks.class, RuleChecks.class, AnalysisChecks.class, AimChecks.class,
		ContradictionChecks.class, LifecycleChecks.class, SpellingChecks.class, ProseChecks.class })
public class QualspecValidator extends AbstractQualspecValidator {
}
