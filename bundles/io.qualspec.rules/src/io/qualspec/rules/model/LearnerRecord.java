package io.qualspec.rules.model;

import java.util.List;

/** A learner's results: for each unit taken, its attempts in order, or the grading criteria met. */
public record LearnerRecord(String name, List<UnitResult> results) {

	public LearnerRecord {
		results = List.copyOf(results);
	}

	/** One unit: the results of its attempts in order (a resit or resubmission adds one). */
	public record UnitResult(String unitId, List<Grade> attempts, List<String> criteriaMet) {
		public UnitResult {
			attempts = attempts == null ? List.of() : List.copyOf(attempts);
			criteriaMet = criteriaMet == null ? List.of() : List.copyOf(criteriaMet);
		}
	}
}
