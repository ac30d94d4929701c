package io.qualspec.validation;

/**
 * Public issue codes of Qualspec diagnostics. Each is documented in docs/issue-codes.md; quick fixes and
 * severity settings refer to them by these values.
 */
public final class QualspecIssueCodes {

	private static final String PREFIX = "io.qualspec.";

	/**
	 * A pool over several groups must say whether its credits overlap the other rules on those groups or
	 * are the remainder beyond them (DOMAIN.md R7).
	 */
	public static final String POOL_READING_REQUIRED = PREFIX + "rules.poolReadingRequired";

	private QualspecIssueCodes() {
	}
}
