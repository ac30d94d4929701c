package io.qualspec.catalogue;

/**
 * An assessment criterion ("The learner can: ..."), its text resolved when it uses a shared one
 * ({@code sharedText} names that shared text; null for a criterion written in full).
 */
public record ResolvedCriterion(String number, String text, String guidance, String sharedText, SourceLocation location) {

	/**
	 * The text of a criterion of the model; a shared criterion's text has its "{...}" part replaced by the
	 * argument the use supplies. Null for a shared text that does not resolve.
	 */
	public static String textOf(io.qualspec.qualspec.AssessmentCriterion criterion) {
		return Resolver.criterionText(criterion);
	}
}
