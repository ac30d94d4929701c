package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Local checks of the rules "units from at least N of", "... if taken" and "paired" (rules.* codes in
 * docs/issue-codes.md), on a qualification of {@link LetterGradeChecksTest#UNITS}: two mandatory units in group A,
 * one optional unit in each of groups B and C.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class RuleShapeChecksTest extends SpecificationTest {

	/** The qualification with the given rule (on line 14). */
	private Specification rule(String rule) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(LetterGradeChecksTest.UNITS, uri("units.qspec"), project);
		return parseHelper.parse("""
				use btec.it
				qualification code "DIPIT" "Pearson BTEC International Level 3 Diploma in Information Technology" {
					group A "Mandatory units" mandatory {
						unit 1 = "IT1"
						unit 4 = "IT4"
					}
					group B "Optional units: systems" optional {
						unit 2 = "IT2"
					}
					group C "Optional units: business" optional {
						unit 3 = "IT3"
					}
					rules {
				""" + "\t\t" + rule + "\n\t}\n}\n", uri("q.qspec"), project);
	}

	@Test
	void aSpreadAsksForNoMoreGroupsThanItNames() throws Exception {
		Specification listed = rule("units from at least 3 of B, C");
		validation.assertError(listed, Literals.GROUP_SPREAD_CONSTRAINT, QualspecIssueCodes.SPREAD_BEYOND_GROUPS,
				"units from 3 groups but names only 2", "a number from 1 to 2");
		assertEquals(14, only(validation.validate(listed), QualspecIssueCodes.SPREAD_BEYOND_GROUPS).getLineNumber());
		// the engine finds the rule never met too, and leaves it to this message
		assertEquals(List.of(), withCode(validation.validate(listed), QualspecIssueCodes.RULE_NEVER_MET));
		validation.assertError(rule("units from at least 3 of the optional groups"), Literals.GROUP_SPREAD_CONSTRAINT,
				QualspecIssueCodes.SPREAD_BEYOND_GROUPS, "names only 2 optional groups in this qualification");
		for (String met : List.of("units from at least 2 of B, C", "units from at least 1 of the optional groups")) {
			assertEquals(List.of(), withCode(validation.validate(rule(met)), QualspecIssueCodes.SPREAD_BEYOND_GROUPS), met);
		}
	}

	@Test
	void ifTakenNamesTheGroupsItIsAbout() throws Exception {
		for (String meaningless : List.of("glh at least 180 if taken", "glh from all units at least 180 if taken")) {
			Specification model = rule(meaningless);
			validation.assertError(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.IF_TAKEN_ALL_UNITS,
					"says nothing", "without \"if taken\"");
			only(validation.validate(model), QualspecIssueCodes.IF_TAKEN_ALL_UNITS);
		}
		validation.assertNoIssue(rule("glh from B at least 60 if taken"), Literals.AGGREGATE_CONSTRAINT,
				QualspecIssueCodes.IF_TAKEN_ALL_UNITS);
	}

	@Test
	void aPairIsOfTwoUnitsALearnerMayLeaveOut() throws Exception {
		validation.assertError(rule("advisory paired 2 and 2"), Literals.PAIRED_UNITS, QualspecIssueCodes.PAIRED_SAME_UNIT,
				"names unit 2 twice");
		Specification mandatory = rule("advisory paired 1 and 4");
		validation.assertWarning(mandatory, Literals.PAIRED_UNITS, QualspecIssueCodes.PAIRED_MANDATORY,
				"Units 1 and 4 are both in the mandatory group A");
		assertEquals(14, only(validation.validate(mandatory), QualspecIssueCodes.PAIRED_MANDATORY).getLineNumber());
		Specification optional = rule("advisory paired 2 and 3");
		assertEquals(List.of(), validation.validate(optional).stream().filter(i -> i.getCode() != null
				&& (i.getCode().equals(QualspecIssueCodes.PAIRED_MANDATORY) || i.getCode().equals(QualspecIssueCodes.PAIRED_SAME_UNIT)))
				.toList());
	}
}
