package io.qualspec.rules.model;

/** How many resits (after the first attempt) units of one assessment type allow; null means unlimited. */
public record ResitPolicy(Assessment assessment, Integer limit) {

	/** The number of attempts that count, or null for no limit. */
	public Integer attemptsAllowed() {
		return limit == null ? null : limit + 1;
	}
}
