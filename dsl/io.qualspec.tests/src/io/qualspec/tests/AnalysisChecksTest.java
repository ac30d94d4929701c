package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper.Mode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * What the rules engine finds, reported where the author wrote it: rules no learner can meet, rules that
 * never bind, stated sizes the valid selections do not have, worked examples the engine disagrees with.
 * The qualification has the two units of {@link UnitLibraries#CUSTOMER_SERVICE} (4 credits, 30 GLH each).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class AnalysisChecksTest extends SpecificationTest {

	private final ValidationTestHelper exactly = new ValidationTestHelper(Mode.EXACT);

	/** A qualification whose body ends with the given text (its first line is line 10), using the units from another file. */
	private Specification qualification(String body) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UnitLibraries.CUSTOMER_SERVICE, uri("units.qspec"), project);
		return parseHelper.parse("""
				use ocr.customerservice
				qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
					group A "Mandatory units" mandatory {
						unit F1 = F/601/1609
					}
					group B "Optional units" optional {
						unit A1 = L/601/1614
					}
				""" + body + "\n}\n", uri("q.qspec"), project);
	}

	@Test
	void rulesThatCannotHoldTogetherAreNamedWithTheirLines() throws Exception {
		Specification model = qualification("""
					rules {
						require all units from A (1 units, 4 credits)
						credits at least 8
						credits from B at most 0
					}
				""");
		exactly.assertError(model, Literals.QUALIFICATION, QualspecIssueCodes.RULES_UNSATISFIABLE,
				"No selection of units meets every rule. These rules cannot hold together (without any one of them "
						+ "the rest can): line 11 'credits at least 8'; line 12 'credits from B at most 0'.");
		only(validation.validate(model), QualspecIssueCodes.RULES_UNSATISFIABLE);
	}

	@Test
	void aRuleTheUnitsCannotReachIsNeverMet() throws Exception {
		Specification model = qualification("""
					rules {
						credits at least 12
					}
				""");
		validation.assertError(model, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_NEVER_MET, "even on its own");
		List<Issue> issues = validation.validate(model);
		assertEquals(10, only(issues, QualspecIssueCodes.RULE_NEVER_MET).getLineNumber());
		assertEquals(List.of(), withCode(issues, QualspecIssueCodes.RULES_UNSATISFIABLE), "the rule itself is the problem");
	}

	@Test
	void aTotalThatIsTheSumOfItsPartsRestatesThem() throws Exception {
		Specification restating = qualification("""
					rules {
						require all units from A
						credits from B at least 4
						credits at least 8
					}
				""");
		validation.assertIssue(restating, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_RESTATES,
				Severity.INFO, "restates");
		assertEquals(12, only(validation.validate(restating), QualspecIssueCodes.RULE_RESTATES).getLineNumber(),
				"the total, 4 mandatory + 4 optional credits");
		validation.assertNoIssue(restating, Literals.CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS);
		// each rule asks for a unit the other does not
		validation.assertNoIssue(qualification("""
					rules {
						require all units from A
						credits from B at least 4
					}
				"""), Literals.CONSTRAINT, QualspecIssueCodes.RULE_RESTATES);
	}

	@Test
	void aRuleTheOthersExceedNeverBinds() throws Exception {
		// the parts give at least 8 credits; a total of at least 6 is weaker: more likely a slip than arithmetic
		Specification slack = qualification("""
					rules {
						require all units from A
						credits from B at least 4
						credits at least 6
					}
				""");
		validation.assertWarning(slack, Literals.AGGREGATE_CONSTRAINT, QualspecIssueCodes.RULE_NEVER_BINDS, "room to spare");
		validation.assertNoIssue(slack, Literals.CONSTRAINT, QualspecIssueCodes.RULE_RESTATES);
	}

	@Test
	void aStatedMinimumTheSelectionsDoNotHaveShowsBothFigures() throws Exception {
		String rules = """
					rules {
						require all units from A
					}
				""";
		Specification glh = qualification("glh at least 40\n" + rules);
		exactly.assertWarning(glh, Literals.GUIDED_LEARNING_HOURS, QualspecIssueCodes.STATED_SIZE,
				"The specification states at least 40 GLH, but the least over all valid selections of units is 30 "
						+ "(valid selections have from 30 to 60), for example units F1.");
		assertArrayEquals(new String[] { "30" }, only(validation.validate(glh), QualspecIssueCodes.STATED_SIZE).getData());
		assertEquals(List.of(), withCode(validation.validate(qualification("glh at least 30\ncredits at least 4\ntqt 40\n" + rules)),
				QualspecIssueCodes.STATED_SIZE));
		// TQT is 10 hours per credit of the smallest selection
		Specification tqt = qualification("credits 4\ntqt 80\n" + rules);
		validation.assertWarning(tqt, Literals.QUALIFICATION, QualspecIssueCodes.STATED_SIZE, "states 80 TQT");
		assertArrayEquals(new String[] { "40" }, only(validation.validate(tqt), QualspecIssueCodes.STATED_SIZE).getData());
	}

	@Test
	void aStatedMaximumOrRangeHoldsTheLeastSelection() throws Exception {
		String rules = """
					rules {
						require all units from A
					}
				""";
		// the least valid selection, unit F1 alone, has 30 GLH
		Specification below = qualification("glh at most 25\n" + rules);
		exactly.assertWarning(below, Literals.GUIDED_LEARNING_HOURS, QualspecIssueCodes.STATED_SIZE,
				"The specification states a maximum of 25 GLH, but the least over all valid selections of units is 30 "
						+ "(valid selections have from 30 to 60), for example units F1.");
		assertArrayEquals(new String[] { "30" }, only(validation.validate(below), QualspecIssueCodes.STATED_SIZE).getData());
		Specification range = qualification("glh 35 to 60\n" + rules);
		validation.assertWarning(range, Literals.GUIDED_LEARNING_HOURS, QualspecIssueCodes.STATED_SIZE, "states 35 to 60 GLH");
		for (String stated : List.of("glh at most 30", "glh at most 60", "glh 30 to 60", "glh 20 to 40")) {
			assertEquals(List.of(), withCode(validation.validate(qualification(stated + "\n" + rules)), QualspecIssueCodes.STATED_SIZE),
					stated);
		}
	}

	@Test
	void aWorkedExampleTheEngineDisagreesWithShowsTheComputedOutcome() throws Exception {
		String rules = """
					rules {
						require all units from A
					}
				""";
		Specification wrong = qualification(rules + """
					example "Learner A" {
						unit F1 achieved
						expect not eligible
					}
				""");
		validation.assertError(wrong, Literals.WORKED_EXAMPLE, QualspecIssueCodes.WORKED_EXAMPLE,
				"The engine does not compute what \"Learner A\" expects (eligible: printed no, computed yes)");
		assertArrayEquals(new String[] { "expect eligible" },
				only(validation.validate(wrong), QualspecIssueCodes.WORKED_EXAMPLE).getData());
		validation.assertNoIssue(qualification(rules + """
					example "Learner A" {
						unit F1 achieved
						expect eligible
					}
				"""), Literals.WORKED_EXAMPLE, QualspecIssueCodes.WORKED_EXAMPLE);
	}
}
