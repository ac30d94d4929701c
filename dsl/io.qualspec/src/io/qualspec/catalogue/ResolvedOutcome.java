package io.qualspec.catalogue;

import java.util.List;

/**
 * A learning outcome ("The learner will: ...") with its kind, explicit or read from its stem, its
 * weighting where written, its assessment criteria and its teaching content.
 */
public record ResolvedOutcome(Integer number, String text, Kind kind, Integer weighting, List<ResolvedCriterion> criteria,
		List<TeachingContent> content, SourceLocation location) {

	public ResolvedOutcome {
		criteria = List.copyOf(criteria);
		content = List.copyOf(content);
	}

	/** The kind of an outcome of the model: as written, else read from its stem ("Understand", "Be able to"). */
	public static Kind kindOf(io.qualspec.qualspec.LearningOutcome outcome) {
		return outcome.isSetKind() ? Resolver.same(outcome.getKind(), Kind.class) : Resolver.kindFromStem(outcome.getText());
	}

	/** Knowledge ("Understand ...", "Know ...") or competence ("Be able to ..."). */
	public enum Kind {
		KNOWLEDGE, COMPETENCE
	}

	/** Teaching content: "i.e." must be taught and may be examined, "e.g." is illustrative; null: neither. */
	public record TeachingContent(Qualifier qualifier, String text) {
	}

	public enum Qualifier {
		MUST_TEACH("i.e."), ILLUSTRATIVE("e.g.");

		private final String abbreviation;

		Qualifier(String abbreviation) {
			this.abbreviation = abbreviation;
		}

		/** As handbooks print it: "i.e." or "e.g.". */
		public String abbreviation() {
			return abbreviation;
		}
	}
}
