package io.qualspec.catalogue;

import java.util.List;

import io.qualspec.qualspec.OutcomeKind;
import io.qualspec.qualspec.TeachingContent;

/**
 * A learning outcome ("The learner will: ...") with its kind, explicit or read from its stem, and its
 * assessment criteria.
 */
public record ResolvedOutcome(int number, String text, OutcomeKind kind, Integer weighting,
		List<ResolvedCriterion> criteria, List<TeachingContent> content, SourceLocation location) {

	public ResolvedOutcome {
		criteria = List.copyOf(criteria);
		content = List.copyOf(content);
	}
}
