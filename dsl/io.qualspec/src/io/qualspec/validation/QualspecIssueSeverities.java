package io.qualspec.validation;

import static io.qualspec.validation.QualspecIssueCodes.*;

import java.util.List;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

/**
 * The default severity of every Qualspec issue code. A project's qualspec.properties can change any of them
 * (see {@link ProjectSettings}). Errors are what makes a specification wrong (a wrong check character, rules
 * no learner can meet); warnings are what a reviewer must look at (a stated figure the engine does not
 * reproduce, a shared unit described differently); information is style.
 */
public class QualspecIssueSeverities extends ConfigurableIssueCodesProvider {

	static final List<String> ERRORS = List.of(IDENTIFIER_SHAPE, QUALIFICATION_CHECK_CHARACTER, UNIT_CHECK_LETTER,
			LOOK_ALIKE_CHARACTER, DUPLICATE_UNIT_IN_LIBRARY, DUPLICATE_LOCAL_NUMBER, DUPLICATE_GROUP,
			DUPLICATE_UNIT_IN_QUALIFICATION, DUPLICATE_QUALIFICATION, DUPLICATE_RESITS, DUPLICATE_OUTPUT_NAME, GLH_EXCEEDS_TQT, DECLARED_TOTAL,
			OUTCOME_NUMBERING, CRITERION_NUMBERING, EMPTY_TEXT, CONTROL_CHARACTER, UNDECODABLE_TEXT, TEXT_TOO_LONG, POOL_READING_REQUIRED, RULES_UNSATISFIABLE,
			RULE_NEVER_MET, BARRED_PAIR, BAND_GAP, BAND_OVERLAP, POINTS_ROW_MISSING, HURDLE_SCALE, WORKED_EXAMPLE,
			OWN_CODE_SHAPE, GLH_RANGE, DUPLICATE_AIM, CRITERION_UNKNOWN_AIM, CRITERION_GRADE_LETTER, DUPLICATE_CRITERION_CODE,
			SPREAD_BEYOND_GROUPS, IF_TAKEN_ALL_UNITS, PAIRED_SAME_UNIT, GRADE_LETTERS, BAND_LETTER_COUNT, DUPLICATE_DESCRIPTOR,
			POINTS_PER_CREDIT_TWICE, LIFECYCLE_ORDER,
			VERSION_HISTORY);

	static final List<String> WARNINGS = List.of(ENTRY_CODE_SHAPE, DUPLICATE_AO_REFERENCE, TQT_CREDITS, STATED_SIZE,
			SIZE_WORD, TITLE_LEVEL, SHARED_UNIT_DIFFERS, OUTCOME_WITHOUT_CRITERIA, DUPLICATE_TEXT, MIXED_QUOTES,
			DOUBLED_SPACE, RULE_NEVER_BINDS, BAND_ORDER, POINTS_ORDER,
			OWN_CODE_IS_NUMBER, AIM_WITHOUT_PASS, CRITERION_AIM_CODING, PAIRED_MANDATORY, SUITE_BANDS_MISSING,
			DESCRIPTOR_UNDEFINED, UNIT_WITHOUT_CREDITS, COMPENSATION_LIMIT, COMPENSATION_WITHOUT_HURDLE, COMPENSATION_MEASURE,
			EVIDENCE_POLICY_CONTRADICTED, SYNOPTIC_WITHOUT_LINKS, SECTOR_CODE_MISPRINT, OPEN_AFTER_CERTIFICATION,
			AGE_BAND_SHIFTED, PROSE_DISAGREES, PERMISSION_QUALIFICATION_WITHOUT_UNIT, MENTION_DIFFERS,
			MENTION_NOT_LISTED);

	static final List<String> INFOS = List.of(UNIT_LEVEL, FINAL_FULL_STOP, OUTCOME_KIND_VERBS, RULE_RESTATES, REGISTERED_AS_PRINTED,
			NONE_BESIDE_SECTION, POINTS_OVERRIDE_OUTSIDE_ROW, SAME_TITLE, SIZE_MISSING, VERSION_MISSING, QUOTES_ACROSS_UNITS,
			SPELLING_VARIANT, MENTION_TITLE_STYLE);

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		ERRORS.forEach(code -> acceptor.accept(create(code, SeverityConverter.SEVERITY_ERROR)));
		WARNINGS.forEach(code -> acceptor.accept(create(code, SeverityConverter.SEVERITY_WARNING)));
		INFOS.forEach(code -> acceptor.accept(create(code, SeverityConverter.SEVERITY_INFO)));
	}
}
