package io.qualspec.catalogue;

import io.qualspec.qualspec.SharedCriterion;

/** An assessment criterion ("The learner can: ..."), its text resolved when it uses a shared one. */
public record ResolvedCriterion(String number, String text, String guidance, SharedCriterion shared,
		SourceLocation location) {
}
