package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.OutcomeChecks;
import io.qualspec.validation.QualspecChecks;
import io.qualspec.validation.QualspecIssueCodes;
import io.qualspec.validation.TextChecks;

/**
 * Outcome and criterion checks (outcome.* and criterion.numbering in docs/issue-codes.md) on the SFJ unit "Deliver customer service"
 * (A/506/2130, SFJ Awards Level 2 Certificate in Customer Service handbook, §3) and slips a transcriber or
 * author makes in it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class OutcomeChecksTest extends SpecificationTest {

	@Inject
	private Injector injector;

	/** The unit's first outcomes as printed; the unit starts on line 2, so outcome 1 is on line 3. */
	static final String OUTCOME_1 = """
			outcome 1 "Understand customer service delivery" knowledge {
				criterion 1.1 "Explain the relationship between customers’ needs and expectations and customer satisfaction"
				criterion 1.2 "Describe the features and benefits of an organisation’s products and/or services"
			}
			""";

	static final String OUTCOME_2 = """
			outcome 2 "Understand the relationship between customer service and a brand" knowledge {
				criterion 2.1 "Explain the importance of a brand to an organisation"
				criterion 2.2 "Explain how a brand affects an organisation’s customer service offer"
			}
			""";

	static final String OUTCOME_3 = """
			outcome 3 "Be able to prepare to deal with customers" competence {
				criterion 3.1 "Keep up to date with an organisation’s products and/or services"
				criterion 3.2 "Prepare resources that are necessary to deal with customers before starting work"
			}
			""";

	/** A library holding "Deliver customer service" with the given outcomes (which start on line 3). */
	static String unit(String outcomes) {
		return "unit library cfa.customerservice \"Customer service units\" {\n\tunit A/506/2130 \"Deliver customer service\" {\n"
				+ outcomes + "\t\tlevel 2\n\t}\n}\n";
	}

	private Specification parse(String outcomes) throws Exception {
		return parseHelper.parse(unit(outcomes));
	}

	@Test
	void outcomesAsPrintedAreNumberedRight() throws Exception {
		Specification model = parse(OUTCOME_1 + OUTCOME_2 + OUTCOME_3);
		validation.assertNoIssue(model, Literals.LEARNING_OUTCOME, QualspecIssueCodes.OUTCOME_NUMBERING);
		validation.assertNoIssue(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.CRITERION_NUMBERING);
	}

	@Test
	void aSkippedOutcomeNumberIsReportedWithTheExpectedNumber() throws Exception {
		// outcome 2 left out and outcome 3 kept its number: the third is reported, not its criteria
		Specification model = parse(OUTCOME_1 + OUTCOME_3);
		validation.assertError(model, Literals.LEARNING_OUTCOME, QualspecIssueCodes.OUTCOME_NUMBERING,
				"Outcome 3 should be numbered 2: it is outcome 2 of 2");
		Issue numbering = only(validation.validate(model), QualspecIssueCodes.OUTCOME_NUMBERING);
		assertEquals(7, numbering.getLineNumber());
		assertArrayEquals(new String[] { "2" }, numbering.getData());
	}

	@Test
	void aRepeatedOutcomeNumberIsReportedOnce() throws Exception {
		Specification model = parse(OUTCOME_1 + OUTCOME_2 + OUTCOME_3.replace("outcome 3", "outcome 2"));
		Issue numbering = only(validation.validate(model), QualspecIssueCodes.OUTCOME_NUMBERING);
		assertEquals(11, numbering.getLineNumber());
		assertArrayEquals(new String[] { "3" }, numbering.getData());
		// criteria 3.1, 3.2 follow the outcome's place, the third
		validation.assertNoIssue(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.CRITERION_NUMBERING);
	}

	@Test
	void criteriaAreNumberedInNumericOrder() throws Exception {
		// "Communicate using customer service language", outcome 2 (SFJ handbook, §3): 2.10 follows 2.9
		StringBuilder ten = new StringBuilder("outcome 1 \"Be able to use customer service language to communicate with customers\" {\n");
		for (int i = 1; i <= 10; i++) {
			ten.append("criterion 1.").append(i).append(" \"Use language that reinforces empathy with customers ").append(i).append("\"\n");
		}
		validation.assertNoIssue(parse(ten + "}\n"), Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.CRITERION_NUMBERING);

		// sorted as text: 1.1, 1.10, 1.2, ... puts 1.10 second
		String sortedAsText = ten.toString().replace("criterion 1.10 ", "criterion 1.XX ").replace("criterion 1.2 ", "criterion 1.10 ")
				.replace("criterion 1.XX ", "criterion 1.2 ");
		Specification model = parse(sortedAsText + "}\n");
		validation.assertError(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.CRITERION_NUMBERING,
				"Criterion 1.10 should be numbered 1.2: it is criterion 2 of 10 of the unit's outcome 1");
		List<Issue> numbering = Issues.withCode(validation.validate(model), QualspecIssueCodes.CRITERION_NUMBERING);
		assertEquals(List.of("1.2", "1.10"), numbering.stream().map(i -> i.getData()[0]).toList(), numbering.toString());
		assertEquals(5, numbering.get(0).getLineNumber());
	}

	@Test
	void aCriterionNumberedUnderTheWrongOutcome() throws Exception {
		Specification model = parse(OUTCOME_1 + OUTCOME_2.replace("criterion 2.2", "criterion 1.2"));
		Issue numbering = only(validation.validate(model), QualspecIssueCodes.CRITERION_NUMBERING);
		assertEquals(9, numbering.getLineNumber());
		assertArrayEquals(new String[] { "2.2" }, numbering.getData());
	}

	@Test
	void anOutcomeWithoutCriteria() throws Exception {
		Specification model = parse(OUTCOME_1 + """
				outcome 2 "Understand the relationship between customer service and a brand" knowledge {
					content "brand promise"
				}
				""");
		validation.assertWarning(model, Literals.LEARNING_OUTCOME, QualspecIssueCodes.OUTCOME_WITHOUT_CRITERIA,
				"Outcome 2 has no assessment criteria");
		assertEquals(7, only(validation.validate(model), QualspecIssueCodes.OUTCOME_WITHOUT_CRITERIA).getLineNumber());
		validation.assertNoIssue(parse(OUTCOME_1 + OUTCOME_2), Literals.LEARNING_OUTCOME, QualspecIssueCodes.OUTCOME_WITHOUT_CRITERIA);
	}

	@Test
	void aKnowledgeCriterionUnderACompetenceOutcome() throws Exception {
		// outcome 3 with one criterion reworded to ask for knowledge: that criterion alone is reported
		Specification model = parse(OUTCOME_1 + OUTCOME_2 + OUTCOME_3.replace("Keep up to date", "Explain how to keep up to date"));
		validation.assertIssue(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.OUTCOME_KIND_VERBS,
				Severity.INFO, "Criterion 3.1 asks for knowledge (\"Explain\") under outcome 3, a competence (\"Be able to\") "
						+ "outcome");
		Issue verbs = only(validation.validate(model), QualspecIssueCodes.OUTCOME_KIND_VERBS);
		assertEquals(12, verbs.getLineNumber());
		assertArrayEquals(new String[] { "knowledge" }, verbs.getData());
	}

	@Test
	void doingCriteriaUnderAKnowledgeOutcome() throws Exception {
		// the kind follows the stem when none is written: "Understand ..." is knowledge
		Specification model = parse("""
				outcome 1 "Understand customer service delivery" {
					criterion 1.1 "Carry out checks on the organisation’s products and/or services"
					criterion 1.2 "Describe the features and benefits of an organisation’s products and/or services"
					criterion 1.3 "Respond to customers’ requests in line with organisational guidelines"
				}
				""");
		List<Issue> verbs = validation.validate(model).stream()
				.filter(issue -> QualspecIssueCodes.OUTCOME_KIND_VERBS.equals(issue.getCode())).toList();
		assertEquals(List.of(4, 6), verbs.stream().map(Issue::getLineNumber).toList());
		assertTrue(verbs.get(0).getMessage().startsWith("Criterion 1.1 asks the learner to do something (\"Carry out\") under "
				+ "outcome 1, a knowledge outcome"), verbs.get(0).getMessage());
		assertArrayEquals(new String[] { "competence" }, verbs.get(1).getData());
	}

	@Test
	void criteriaVerbsThatFitTheirOutcomes() throws Exception {
		validation.assertNoIssue(parse(OUTCOME_1 + OUTCOME_2 + OUTCOME_3), Literals.ASSESSMENT_CRITERION,
				QualspecIssueCodes.OUTCOME_KIND_VERBS);
		// "Identify" is done with a customer in SFJ's competence outcomes (A/506/2161 outcome 2, SFJ handbook §3),
		// so it does not count as knowledge
		validation.assertNoIssue(parse("""
				outcome 1 "Be able to establish the customer service support needed by customers" competence {
					criterion 1.1 "Identify customers' familiarity with the site"
					criterion 1.2 "Identify the difficulties faced by customers when navigating websites"
				}
				"""), Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.OUTCOME_KIND_VERBS);
		// explaining to a customer is done at work (F/506/2159 outcome 2, SFJ handbook §3)
		validation.assertNoIssue(parse("""
				outcome 1 "Be able to deal with challenging customers" competence {
					criterion 1.1 "Explain to customers the limits of the service they can offer"
					criterion 1.2 "Explain the service offer clearly and concisely to customers"
				}
				"""), Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.OUTCOME_KIND_VERBS);
	}

	/** A unit cut off while it is typed: numbers, texts and closing braces missing. */
	@Test
	void checksDoNotThrowOnATruncatedUnit() throws Exception {
		String whole = unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3);
		for (String cut : List.of("outcome 2 \"Understand", "criterion 2.1 \"Explain", "criterion 2.", "outcome 3 ", "criterion 3.1 ")) {
			Specification truncated = parseHelper.parse(whole.substring(0, whole.indexOf(cut) + cut.length()));
			String failure = "a check threw on the unit cut after '" + cut + "'";
			List<Diagnostic> outcomes = runEveryCheck(truncated, new OutcomeChecks() {
				@Override
				protected void handleExceptionDuringValidation(Throwable exception) {
					throw new AssertionError(failure, exception);
				}
			});
			runEveryCheck(truncated, new TextChecks() {
				@Override
				protected void handleExceptionDuringValidation(Throwable exception) {
					throw new AssertionError(failure, exception);
				}
			});
			if (cut.startsWith("outcome")) {
				assertTrue(outcomes.stream().anyMatch(d -> d.getMessage().contains("has no assessment criteria")),
						"the checks ran on the unit cut after '" + cut + "': " + outcomes);
			}
		}
	}

	/**
	 * Runs one family of checks over every element of a model; {@code strict} is the family as an anonymous
	 * subclass whose {@code handleExceptionDuringValidation} fails the test. Returns the diagnostics, which
	 * show that the checks ran.
	 */
	private List<Diagnostic> runEveryCheck(Specification model, QualspecChecks strict) {
		injector.injectMembers(strict);
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		for (var contents = model.eResource().getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			strict.validate(element.eClass(), element, diagnostics, new HashMap<>());
		}
		return diagnostics.getChildren();
	}
}
