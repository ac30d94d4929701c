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

	/** A qualification number that is not ddd/dddd/c, or a unit reference number that is not L/ddd/dddd. */
	public static final String IDENTIFIER_SHAPE = PREFIX + "identifier.shape";

	/** A qualification number whose check character is wrong; issue data: the corrected number. */
	public static final String QUALIFICATION_CHECK_CHARACTER = PREFIX + "identifier.qnCheckCharacter";

	/** A unit reference number whose check letter is wrong; issue data: the corrected number. */
	public static final String UNIT_CHECK_LETTER = PREFIX + "identifier.urnCheckLetter";

	/** A character outside printable ASCII in an identifier or code (Cyrillic/Greek look-alikes, odd dashes). */
	public static final String LOOK_ALIKE_CHARACTER = PREFIX + "identifier.lookAlike";

	/** An entry code that is not a string of five digits. */
	public static final String ENTRY_CODE_SHAPE = PREFIX + "identifier.entryCode";

	/** A URN described twice in one unit library. */
	public static final String DUPLICATE_UNIT_IN_LIBRARY = PREFIX + "duplicate.unitInLibrary";

	/** A local unit number used twice in one qualification. */
	public static final String DUPLICATE_LOCAL_NUMBER = PREFIX + "duplicate.localNumber";

	/** A group id used twice in one qualification. */
	public static final String DUPLICATE_GROUP = PREFIX + "duplicate.group";

	/** The same unit listed twice in one qualification. */
	public static final String DUPLICATE_UNIT_IN_QUALIFICATION = PREFIX + "duplicate.unitInQualification";

	private QualspecIssueCodes() {
	}
}
