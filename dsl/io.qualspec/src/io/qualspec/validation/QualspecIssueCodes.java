package io.qualspec.validation;

/**
 * Public issue codes of Qualspec diagnostics. Each is documented in docs/issue-codes.md with its default
 * severity (set in {@link QualspecIssueSeverities}); quick fixes, the project settings file
 * (qualspec.properties) and "// suppress" comments refer to them by these values.
 */
public final class QualspecIssueCodes {

	private static final String PREFIX = "io.qualspec.";

	// Identifiers and codes

	/** A qualification number that is not ddd/dddd/c, or a unit reference number that is not L/ddd/dddd. */
	public static final String IDENTIFIER_SHAPE = PREFIX + "identifier.shape";

	/** A qualification number whose check character is wrong; issue data: the corrected number. */
	public static final String QUALIFICATION_CHECK_CHARACTER = PREFIX + "identifier.qnCheckCharacter";

	/** A unit reference number whose check letter is wrong; issue data: the corrected number. */
	public static final String UNIT_CHECK_LETTER = PREFIX + "identifier.urnCheckLetter";

	/**
	 * A qualification number or URN declared "registered as printed" whose check character differs from the rule's:
	 * the number the register holds, with the character the rule expects named.
	 */
	public static final String REGISTERED_AS_PRINTED = PREFIX + "identifier.registeredAsPrinted";

	/** A character outside printable ASCII in an identifier or code (Cyrillic/Greek look-alikes, odd dashes). */
	public static final String LOOK_ALIKE_CHARACTER = PREFIX + "identifier.lookAlike";

	/** An entry code that is not a string of five digits. */
	public static final String ENTRY_CODE_SHAPE = PREFIX + "identifier.entryCode";

	/**
	 * An own code (unit code "...", qualification code "...") that has the form of a unit reference number or a
	 * qualification number: written as a code, its check character is not checked; issue data: the number.
	 */
	public static final String OWN_CODE_IS_NUMBER = PREFIX + "identifier.ownCodeIsNumber";

	/** An own code that is empty or has spaces at its ends; issue data: the code without them. */
	public static final String OWN_CODE_SHAPE = PREFIX + "identifier.ownCodeShape";

	/** A URN described twice in one unit library. */
	public static final String DUPLICATE_UNIT_IN_LIBRARY = PREFIX + "duplicate.unitInLibrary";

	/** A local unit number used twice in one qualification. */
	public static final String DUPLICATE_LOCAL_NUMBER = PREFIX + "duplicate.localNumber";

	/** A group id used twice in one qualification. */
	public static final String DUPLICATE_GROUP = PREFIX + "duplicate.group";

	/** The same unit listed twice in one qualification. */
	public static final String DUPLICATE_UNIT_IN_QUALIFICATION = PREFIX + "duplicate.unitInQualification";

	/** An awarding organisation's unit reference used by two units of one qualification. */
	public static final String DUPLICATE_AO_REFERENCE = PREFIX + "duplicate.aoReference";

	/** A qualification number specified twice in the catalogue (checked through the index). */
	public static final String DUPLICATE_QUALIFICATION = PREFIX + "duplicate.qualification";

	/** Two "resits for" lines for one assessment type in one qualification. */
	public static final String DUPLICATE_RESITS = PREFIX + "duplicate.resits";

	/**
	 * Two unit libraries, or two qualifications, with different names whose generated files would share one
	 * name ("a.b" and "a_b" both file under "a-b"); checked through the index.
	 */
	public static final String DUPLICATE_OUTPUT_NAME = PREFIX + "duplicate.outputName";

	// Sizes and sums

	/** TQT is not 10 × credits in a credit-based qualification; issue data: 10 × credits. */
	public static final String TQT_CREDITS = PREFIX + "size.tqtCredits";

	/** GLH greater than TQT (of a qualification or a unit's 10 × credits). */
	public static final String GLH_EXCEEDS_TQT = PREFIX + "size.glhExceedsTqt";

	/** "glh 178 to 143": a GLH range whose upper end is below its lower end; issue data: the range turned round. */
	public static final String GLH_RANGE = PREFIX + "size.glhRange";

	/** A declared unit count or credit total of a "require all units" rule differs from the sum; issue data: the sum. */
	public static final String DECLARED_TOTAL = PREFIX + "size.declaredTotal";

	/**
	 * A stated GLH, credit or TQT figure differs from what the rules engine computes over all valid
	 * selections; issue data: the computed figure.
	 */
	public static final String STATED_SIZE = PREFIX + "size.statedSize";

	/** The size word of the title or "size" disagrees with the size bands. */
	public static final String SIZE_WORD = PREFIX + "size.sizeWord";

	/** The level in the title disagrees with the declared level. */
	public static final String TITLE_LEVEL = PREFIX + "size.titleLevel";

	/** A unit's level is outside the window around the qualification's level. */
	public static final String UNIT_LEVEL = PREFIX + "size.unitLevel";

	// Units shared across files and qualifications

	/**
	 * Two descriptions of one URN disagree on a fact a specification prints about the unit: title, level, credits,
	 * GLH, TQT, sector code, kind, assessment, grade scale or expiry (checked through the index).
	 */
	public static final String SHARED_UNIT_DIFFERS = PREFIX + "sharedUnit.differs";

	/**
	 * A membership's sector code that overrides its unit's own and differs from it only in spacing, capitals or one
	 * character: probably a misprint; issue data: the unit's own code.
	 */
	public static final String SECTOR_CODE_MISPRINT = PREFIX + "sharedUnit.sectorCodeMisprint";

	/**
	 * A unit named in section text ("mentions F/601/1609 \"...\" level 1") with a title or level that differs from
	 * the unit's description; issue data: the description's title, or its level.
	 */
	public static final String MENTION_DIFFERS = PREFIX + "sharedUnit.mentionDiffers";

	/**
	 * A unit named in section text with a title that differs from the description's only in capitals, spacing, quotes
	 * or a final full stop; issue data: the description's title.
	 */
	public static final String MENTION_TITLE_STYLE = PREFIX + "sharedUnit.mentionTitleStyle";

	/**
	 * A qualification's section text (candidate guidance, structure prose) names a unit the qualification does not
	 * list; progression, exemption and equivalence sections may name other qualifications' units and are not checked.
	 */
	public static final String MENTION_NOT_LISTED = PREFIX + "sharedUnit.mentionNotListed";

	/** Two different URNs with the same title and the same (or an unstated) level: a duplicate or a mis-keyed URN. */
	public static final String SAME_TITLE = PREFIX + "sharedUnit.sameTitle";

	// Outcomes and criteria

	/** Learning outcomes not numbered 1..n; issue data: the expected number. */
	public static final String OUTCOME_NUMBERING = PREFIX + "outcome.numbering";

	/** Assessment criteria under outcome n not numbered n.1..n.m; issue data: the expected number. */
	public static final String CRITERION_NUMBERING = PREFIX + "criterion.numbering";

	/** A learning outcome without assessment criteria. */
	public static final String OUTCOME_WITHOUT_CRITERIA = PREFIX + "outcome.noCriteria";

	/** A learning aim letter used twice in one unit. */
	public static final String DUPLICATE_AIM = PREFIX + "aim.duplicate";

	/** A learning aim without a pass criterion. */
	public static final String AIM_WITHOUT_PASS = PREFIX + "aim.noPassCriterion";

	/** A grading criterion code whose aim letters name an aim the unit does not declare. */
	public static final String CRITERION_UNKNOWN_AIM = PREFIX + "criterion.unknownAim";

	/** A grading criterion code whose grade letter is not its grade (merit criterion A.P2); issue data: the code with the right letter. */
	public static final String CRITERION_GRADE_LETTER = PREFIX + "criterion.gradeLetter";

	/** A criterion code with aims in a unit without aims, or without aims in a unit with aims. */
	public static final String CRITERION_AIM_CODING = PREFIX + "criterion.aimCoding";

	/** A grading criterion code used twice in one unit. */
	public static final String DUPLICATE_CRITERION_CODE = PREFIX + "criterion.duplicateCode";

	/** An empty (or blank) title, outcome, criterion or content text. */
	public static final String EMPTY_TEXT = PREFIX + "text.empty";

	/** The same criterion text twice in one unit, or in several units without a shared definition. */
	public static final String DUPLICATE_TEXT = PREFIX + "text.duplicate";

	// Text hygiene

	/** Curly and straight quotes mixed within one unit; issue data: the style most of the unit uses. */
	public static final String MIXED_QUOTES = PREFIX + "text.mixedQuotes";

	/** A unit whose quotes differ in style from most units of its library; issue data: the library's style. */
	public static final String QUOTES_ACROSS_UNITS = PREFIX + "text.quotesAcrossUnits";

	/**
	 * A word spelt two ways in the files loaded together (online/on-line, organisation/organization); issue data:
	 * the spelling used first.
	 */
	public static final String SPELLING_VARIANT = PREFIX + "text.spellingVariant";

	/**
	 * A figure of credits, GLH, TQT or units stated in a qualification's free text that no rule, stated size,
	 * group total or checksum of the qualification has, or a group the free text names that it does not have.
	 */
	public static final String PROSE_DISAGREES = PREFIX + "text.proseDisagrees";

	/** Some texts of one list end with a full stop and others do not; issue data: "add" or "remove". */
	public static final String FINAL_FULL_STOP = PREFIX + "text.finalFullStop";

	/**
	 * A control character (U+0000-U+001F other than tab, line feed and carriage return) or a noncharacter
	 * (U+FFFE, U+FFFF) in a text: no PDF or XML document can hold it.
	 */
	public static final String CONTROL_CHARACTER = PREFIX + "text.controlCharacter";

	/**
	 * A text holds U+FFFD, which a reader of the file puts for bytes that are not UTF-8: a file saved in another
	 * encoding, whose accented letters and typographic quotes would print as replacement marks.
	 */
	public static final String UNDECODABLE_TEXT = PREFIX + "text.undecodable";

	/** A text longer than a spreadsheet cell holds (32,767 characters). */
	public static final String TEXT_TOO_LONG = PREFIX + "text.tooLong";

	/** Two or more spaces in a row inside a text. */
	public static final String DOUBLED_SPACE = PREFIX + "text.doubledSpace";

	/** A "be able to" outcome whose criteria are all knowledge verbs, or the reverse. */
	public static final String OUTCOME_KIND_VERBS = PREFIX + "outcome.kindVerbs";

	// Rules of combination (shapes R1-R15 in docs/language.md)

	/**
	 * A pool over several groups must say whether its credits overlap the other rules on those groups or
	 * are the remainder beyond them (R7 in docs/language.md).
	 */
	public static final String POOL_READING_REQUIRED = PREFIX + "rules.poolReadingRequired";

	/** No selection of units meets every rule; the message names a smallest conflicting set. */
	public static final String RULES_UNSATISFIABLE = PREFIX + "rules.unsatisfiable";

	/** A rule that every selection meeting the other rules already meets, with room to spare. */
	public static final String RULE_NEVER_BINDS = PREFIX + "rules.neverBinds";

	/**
	 * A rule the other rules imply because it states the figure they fix (a total that is the sum of its parts):
	 * the handbook's own arithmetic, kept so that its statements can be checked against each other.
	 */
	public static final String RULE_RESTATES = PREFIX + "rules.restates";

	/** A rule no selection can meet, even on its own. */
	public static final String RULE_NEVER_MET = PREFIX + "rules.neverMet";

	/** A barred pair that names one unit twice. */
	public static final String BARRED_PAIR = PREFIX + "rules.barredPair";

	/** "units from at least N of" more groups than the rule lists: never met. */
	public static final String SPREAD_BEYOND_GROUPS = PREFIX + "rules.spreadBeyondGroups";

	/** "if taken" on a selection of all units: every selection takes one of them; issue data: the rule without it. */
	public static final String IF_TAKEN_ALL_UNITS = PREFIX + "rules.ifTakenAllUnits";

	/** A paired rule that names one unit twice. */
	public static final String PAIRED_SAME_UNIT = PREFIX + "rules.pairedSameUnit";

	/** A paired rule on two units of one mandatory group: both are always taken. */
	public static final String PAIRED_MANDATORY = PREFIX + "rules.pairedMandatory";

	// Statements of one qualification that contradict each other

	/**
	 * A unit or membership allows evidence from a context (simulation, a realistic working environment, the
	 * workplace) its qualification does not allow, or the qualification offers a simulation assessment method
	 * while not allowing simulation.
	 */
	public static final String EVIDENCE_POLICY_CONTRADICTED = PREFIX + "contradiction.evidencePolicy";

	/**
	 * A unit's evidence permission that names a qualification ("simulation allowed in 500/8625/X") which does not
	 * list the unit: the permission holds nowhere.
	 */
	public static final String PERMISSION_QUALIFICATION_WITHOUT_UNIT = PREFIX + "contradiction.permissionQualificationWithoutUnit";

	/** "no exemptions" ("no equivalences") beside a section of kind exemptions (equivalences). */
	public static final String NONE_BESIDE_SECTION = PREFIX + "contradiction.noneBesideSection";

	/** A "points N when achieved" override above the highest or below the lowest achieving figure of the unit's GLH row. */
	public static final String POINTS_OVERRIDE_OUTSIDE_ROW = PREFIX + "contradiction.pointsOverrideOutsideRow";

	/** A synoptic unit that names no other unit with "links to". */
	public static final String SYNOPTIC_WITHOUT_LINKS = PREFIX + "contradiction.synopticWithoutLinks";

	// Grading

	/** Grade bands leave points uncovered between them or below the lowest; issue data: the first uncovered points. */
	public static final String BAND_GAP = PREFIX + "grading.bandGap";

	/** Two grade bands cover the same points. */
	public static final String BAND_OVERLAP = PREFIX + "grading.bandOverlap";

	/** Grade bands not written from the highest grade down, or a higher grade on lower points. */
	public static final String BAND_ORDER = PREFIX + "grading.bandOrder";

	/** A unit's GLH has no row in the points table. */
	public static final String POINTS_ROW_MISSING = PREFIX + "grading.pointsRowMissing";

	/** A points row that is not unclassified 0 < pass < merit < distinction. */
	public static final String POINTS_ORDER = PREFIX + "grading.pointsOrder";

	/** A hurdle that asks for a grade the unit's grade scale does not have. */
	public static final String HURDLE_SCALE = PREFIX + "grading.hurdleScale";

	/** A worked example whose written outcome differs from the engine's; issue data: the computed expectation. */
	public static final String WORKED_EXAMPLE = PREFIX + "grading.workedExample";

	/** A band or worked example grade of letters that are no grade ("DX"); letters are P, M, D, D* and U. */
	public static final String GRADE_LETTERS = PREFIX + "grading.gradeLetters";

	/** Bands of several letters with different numbers of letters in one grading scheme. */
	public static final String BAND_LETTER_COUNT = PREFIX + "grading.bandLetterCount";

	/**
	 * A qualification of a suite without grade bands while other qualifications of the suite (same "suite" text)
	 * are graded by bands.
	 */
	public static final String SUITE_BANDS_MISSING = PREFIX + "grading.suiteBandsMissing";

	/** A descriptor number defined twice in one grading scheme. */
	public static final String DUPLICATE_DESCRIPTOR = PREFIX + "grading.duplicateDescriptor";

	/** A unit's grade descriptor number that the qualification using it does not define. */
	public static final String DESCRIPTOR_UNDEFINED = PREFIX + "grading.descriptorUndefined";

	/** More than one "points per credit" row. */
	public static final String POINTS_PER_CREDIT_TWICE = PREFIX + "grading.pointsPerCreditTwice";

	/** A graded unit without credits in a qualification scored per credit (and no row for its GLH). */
	public static final String UNIT_WITHOUT_CREDITS = PREFIX + "grading.unitWithoutCredits";

	/** A compensation limit above what the units it covers could ever add up to, or above the stated GLH. */
	public static final String COMPENSATION_LIMIT = PREFIX + "grading.compensationLimit";

	/** Compensation in a grading scheme without an "at least pass" hurdle: it relaxes nothing. */
	public static final String COMPENSATION_WITHOUT_HURDLE = PREFIX + "grading.compensationWithoutHurdle";

	/** Compensation measured in GLH or credits that some of the units it covers do not state. */
	public static final String COMPENSATION_MEASURE = PREFIX + "grading.compensationMeasure";

	// Completeness a regulator expects: size, version, lifecycle dates, age bands

	/** A qualification that states no GLH, or no TQT (no credits for a QCF qualification). */
	public static final String SIZE_MISSING = PREFIX + "lifecycle.sizeMissing";

	/** A qualification whose specification states no version or no issue date. */
	public static final String VERSION_MISSING = PREFIX + "lifecycle.versionMissing";

	/** A version history that is not newest first, or names a version twice. */
	public static final String VERSION_HISTORY = PREFIX + "lifecycle.versionHistory";

	/** Lifecycle dates certainly out of order (last entry after last certification, ...). */
	public static final String LIFECYCLE_ORDER = PREFIX + "lifecycle.order";

	/** A qualification documented as open whose certification ended before the document was issued. */
	public static final String OPEN_AFTER_CERTIFICATION = PREFIX + "lifecycle.openAfterCertification";

	/** Approved for ages "18+" without "19+": probably the UK band 19+ shifted; issue data: "19+". */
	public static final String AGE_BAND_SHIFTED = PREFIX + "lifecycle.ageBandShifted";

	private QualspecIssueCodes() {
	}
}
