package io.qualspec.rules.model;

/** A unit's grade scale. */
public enum GradeScale {
	/** Achieved / Not achieved. */
	ACHIEVED_OR_NOT,
	/** Pass, Merit, Distinction, or Unclassified below Pass. */
	PASS_MERIT_DISTINCTION,
	/** Pass / Fail: a result, not a record of achievement, and never graded above Pass. */
	PASS_OR_FAIL
}
