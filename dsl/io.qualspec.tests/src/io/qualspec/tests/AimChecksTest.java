package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Learning aims and the grading criteria coded by them (aim.* and criterion.* codes for aims in
 * docs/issue-codes.md). The unit follows the shape of a BTEC Nationals unit: three aims, pass criteria numbered
 * through the unit (A.P1, A.P2, B.P3...), merit and distinction criteria likewise, one distinction criterion
 * spanning two aims (BC.D2); its texts are stand-ins.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class AimChecksTest extends SpecificationTest {

	private static final String UNIT = """
			unit library btec.business "Units" {
				unit code "U3" "Using Social Media in Business" {
					glh 60
					grade scale pass-merit-distinction
					aim A "Explore the ways businesses use social media to promote their products and services" {
						content "Social media platforms and their audiences"
					}
					aim B "Develop a plan to use social media in a business" {
						content "Business requirements and target audiences"
					}
					aim C "Implement the use of social media in a business"
					pass criterion A.P1 "Explain how businesses use social media to promote their products"
					pass criterion A.P2 "Discuss the risks of using social media in business"
					merit criterion A.M1 "Analyse how a business uses social media to reach its customers"
					distinction criterion A.D1 "Evaluate the impact of social media on a business"
					pass criterion B.P3 "Plan the use of social media to meet a business's requirements"
					merit criterion B.M2 "Justify the choices made in the plan"
					pass criterion C.P4 "Create content for a business's social media"
					merit criterion C.M3 "Optimise the content for its audience"
					distinction criterion BC.D2 "Evaluate the plan and its implementation against the requirements"
				}
			}
			""";

	private Specification unit(String text) throws Exception {
		return parseHelper.parse(text, uri("units.qspec"), resourceSets.get());
	}

	@Test
	void aUnitCodedByItsAimsIsClean() throws Exception {
		assertEquals(List.of(), validation.validate(unit(UNIT)));
	}

	@Test
	void aimLettersOnceEach() throws Exception {
		Specification model = unit(UNIT.replace("aim C \"Implement", "aim B \"Implement"));
		validation.assertError(model, Literals.LEARNING_AIM, QualspecIssueCodes.DUPLICATE_AIM,
				"Learning aim B is already declared in this unit (line 8)");
		assertEquals(11, only(validation.validate(model), QualspecIssueCodes.DUPLICATE_AIM).getLineNumber());
	}

	@Test
	void aCodeNamesDeclaredAims() throws Exception {
		Specification model = unit(UNIT.replace("BC.D2", "BE.D2"));
		validation.assertError(model, Literals.GRADING_CRITERION, QualspecIssueCodes.CRITERION_UNKNOWN_AIM,
				"Criterion BE.D2 names learning aim E", "it declares A, B, C");
		assertEquals(20, only(validation.validate(model), QualspecIssueCodes.CRITERION_UNKNOWN_AIM).getLineNumber());
	}

	@Test
	void aCodesLetterIsItsGrades() throws Exception {
		// a pass line copied for a merit criterion, its code left as it was
		Specification model = unit(UNIT.replace("merit criterion A.M1", "merit criterion A.P2"));
		Issue letter = only(validation.validate(model), QualspecIssueCodes.CRITERION_GRADE_LETTER);
		assertEquals(14, letter.getLineNumber());
		assertArrayEquals(new String[] { "A.M2" }, letter.getData());
		validation.assertError(model, Literals.GRADING_CRITERION, QualspecIssueCodes.CRITERION_GRADE_LETTER,
				"merit criterion, but its code's letter P is not M");
		validation.assertError(model, Literals.GRADING_CRITERION, QualspecIssueCodes.DUPLICATE_CRITERION_CODE,
				"Criterion A.P2 is already in this unit (line 13)");
	}

	@Test
	void codesWithAimsExactlyWhereTheUnitHasAims() throws Exception {
		Specification withoutAims = unit("""
				unit library btec.business "Units" {
					unit code "U3" "Using Social Media in Business" {
						pass criterion P1 "Explain how businesses use social media to promote their products"
						pass criterion A.P2 "Discuss the risks of using social media in business"
					}
				}
				""");
		Issue issue = only(validation.validate(withoutAims), QualspecIssueCodes.CRITERION_AIM_CODING);
		assertEquals(4, issue.getLineNumber());
		assertArrayEquals(new String[] { "P2" }, issue.getData());
		validation.assertNoIssue(withoutAims, Literals.GRADING_CRITERION, QualspecIssueCodes.CRITERION_UNKNOWN_AIM);
		Specification uncoded = unit(UNIT.replace("pass criterion B.P3", "pass criterion P3"));
		validation.assertWarning(uncoded, Literals.GRADING_CRITERION, QualspecIssueCodes.CRITERION_AIM_CODING,
				"Criterion P3 names no learning aim");
		only(validation.validate(uncoded), QualspecIssueCodes.CRITERION_AIM_CODING);
	}

	@Test
	void everyAimHasAPassCriterion() throws Exception {
		Specification model = unit(UNIT.replace("pass criterion C.P4", "merit criterion C.M4"));
		validation.assertWarning(model, Literals.LEARNING_AIM, QualspecIssueCodes.AIM_WITHOUT_PASS,
				"Learning aim C has no pass criterion");
		assertEquals(11, only(validation.validate(model), QualspecIssueCodes.AIM_WITHOUT_PASS).getLineNumber());
		// a unit whose criteria are not written yet is not reported
		Specification noCriteria = unit(UNIT.replaceAll("\t\t(pass|merit|distinction) criterion .*\n", ""));
		assertEquals(List.of(), withCode(validation.validate(noCriteria), QualspecIssueCodes.AIM_WITHOUT_PASS));
	}
}
