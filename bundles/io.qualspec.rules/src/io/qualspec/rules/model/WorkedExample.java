package io.qualspec.rules.model;

/** A handbook's worked example: a learner record and the outcome the handbook prints. */
public record WorkedExample(String name, LearnerRecord record, Expectation expected) {

	/** What the handbook says; null parts are not stated. */
	public record Expectation(Boolean eligible, Integer points, AwardGrade grade) {
	}
}
