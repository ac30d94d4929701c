package io.qualspec.tests;

import static io.qualspec.tests.Validation.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.validation.OutcomeChecks;
import io.qualspec.validation.QualspecIssueCodes;
import io.qualspec.validation.TextChecks;

/**
 * Outcome and criterion checks (DOMAIN.md §6, §8 rules 17-18) on the SFJ unit "Deliver customer service"
 * (A/506/2130, 004_e17669c1e56775bf.txt:196-208) and slips a transcriber or author makes in it.
 */
class OutcomeChecksTest {

	@TempDir
	Path dir;

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

	private List<Issue> issues(String outcomes, String code) throws IOException {
		return withCode(Validation.issues(dir.resolve("units.qspec"), unit(outcomes)), code);
	}

	@Test
	void outcomesAsPrintedAreNumberedRight() throws IOException {
		assertEquals(List.of(), issues(OUTCOME_1 + OUTCOME_2 + OUTCOME_3, QualspecIssueCodes.OUTCOME_NUMBERING));
		assertEquals(List.of(), issues(OUTCOME_1 + OUTCOME_2 + OUTCOME_3, QualspecIssueCodes.CRITERION_NUMBERING));
	}

	@Test
	void aSkippedOutcomeNumberIsReportedWithTheExpectedNumber() throws IOException {
		// outcome 2 left out and outcome 3 kept its number: the third is reported, not its criteria
		List<Issue> numbering = issues(OUTCOME_1 + OUTCOME_3, QualspecIssueCodes.OUTCOME_NUMBERING);
		assertEquals(1, numbering.size(), numbering.toString());
		assertTrue(numbering.get(0).getMessage().startsWith("Outcome 3 should be numbered 2: it is outcome 2 of 2"),
				numbering.get(0).getMessage());
		assertEquals(7, numbering.get(0).getLineNumber());
		assertEquals(List.of("2"), List.of(numbering.get(0).getData()));
	}

	@Test
	void aRepeatedOutcomeNumberIsReportedOnce() throws IOException {
		List<Issue> issues = Validation.issues(dir.resolve("units.qspec"),
				unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3.replace("outcome 3", "outcome 2")));
		List<Issue> numbering = withCode(issues, QualspecIssueCodes.OUTCOME_NUMBERING);
		assertEquals(1, numbering.size(), numbering.toString());
		assertEquals(11, numbering.get(0).getLineNumber());
		assertEquals(List.of("3"), List.of(numbering.get(0).getData()));
		assertEquals(List.of(), withCode(issues, QualspecIssueCodes.CRITERION_NUMBERING),
				"criteria 3.1, 3.2 follow the outcome's place, the third");
	}

	@Test
	void criteriaAreNumberedInNumericOrder() throws IOException {
		// "Communicate using customer service language", outcome 2 (004_e17669c1e56775bf.txt:259-261): 2.10 follows 2.9
		StringBuilder ten = new StringBuilder("outcome 1 \"Be able to use customer service language to communicate with customers\" {\n");
		for (int i = 1; i <= 10; i++) {
			ten.append("criterion 1.").append(i).append(" \"Use language that reinforces empathy with customers ").append(i).append("\"\n");
		}
		assertEquals(List.of(), issues(ten + "}\n", QualspecIssueCodes.CRITERION_NUMBERING));

		// sorted as text: 1.1, 1.10, 1.2, ... puts 1.10 second
		String sortedAsText = ten.toString().replace("criterion 1.10 ", "criterion 1.XX ").replace("criterion 1.2 ", "criterion 1.10 ")
				.replace("criterion 1.XX ", "criterion 1.2 ");
		List<Issue> numbering = issues(sortedAsText + "}\n", QualspecIssueCodes.CRITERION_NUMBERING);
		assertEquals(List.of("1.2", "1.10"), numbering.stream().map(i -> i.getData()[0]).toList(), numbering.toString());
		assertTrue(numbering.get(0).getMessage().startsWith("Criterion 1.10 should be numbered 1.2: it is criterion 2 of 10 of "
				+ "the unit's outcome 1"), numbering.get(0).getMessage());
		assertEquals(5, numbering.get(0).getLineNumber());
	}

	@Test
	void aCriterionNumberedUnderTheWrongOutcome() throws IOException {
		List<Issue> numbering = issues(OUTCOME_1 + OUTCOME_2.replace("criterion 2.2", "criterion 1.2"),
				QualspecIssueCodes.CRITERION_NUMBERING);
		assertEquals(1, numbering.size(), numbering.toString());
		assertEquals(9, numbering.get(0).getLineNumber());
		assertEquals(List.of("2.2"), List.of(numbering.get(0).getData()));
	}

	@Test
	void anOutcomeWithoutCriteria() throws IOException {
		List<Issue> none = issues(OUTCOME_1 + """
				outcome 2 "Understand the relationship between customer service and a brand" knowledge {
					content "brand promise"
				}
				""", QualspecIssueCodes.OUTCOME_WITHOUT_CRITERIA);
		assertEquals(1, none.size(), none.toString());
		assertTrue(none.get(0).getMessage().startsWith("Outcome 2 has no assessment criteria"), none.get(0).getMessage());
		assertEquals(7, none.get(0).getLineNumber());
		assertEquals(List.of(), issues(OUTCOME_1 + OUTCOME_2, QualspecIssueCodes.OUTCOME_WITHOUT_CRITERIA));
	}

	@Test
	void aCompetenceOutcomeWhoseCriteriaAllAskForKnowledge() throws IOException {
		// outcome 3's stem with outcome 2's criteria
		List<Issue> verbs = issues(OUTCOME_1 + OUTCOME_2 + OUTCOME_3.replace("Keep up to date", "Explain how to keep up to date")
				.replace("Prepare resources", "Describe resources"), QualspecIssueCodes.OUTCOME_KIND_VERBS);
		assertEquals(1, verbs.size(), verbs.toString());
		assertTrue(verbs.get(0).getMessage().contains("Outcome 3 is a competence (\"Be able to\") outcome, but every one of its "
				+ "criteria asks for knowledge (Explain, Describe)"), verbs.get(0).getMessage());
		assertEquals(11, verbs.get(0).getLineNumber());
		assertEquals(List.of("knowledge"), List.of(verbs.get(0).getData()));
	}

	@Test
	void aKnowledgeOutcomeWhoseCriteriaAllAskForDoing() throws IOException {
		// the kind follows the stem when none is written: "Understand ..." is knowledge
		List<Issue> verbs = issues("""
				outcome 1 "Understand customer service delivery" {
					criterion 1.1 "Maintain organisational standards of presentation and behaviour when providing customer service"
					criterion 1.2 "Respond to customers’ requests in line with organisational guidelines"
				}
				""", QualspecIssueCodes.OUTCOME_KIND_VERBS);
		assertEquals(1, verbs.size(), verbs.toString());
		assertTrue(verbs.get(0).getMessage().contains("(Maintain, Respond)"), verbs.get(0).getMessage());
		assertEquals(List.of("competence"), List.of(verbs.get(0).getData()));
	}

	@Test
	void criteriaVerbsThatFitTheirOutcomes() throws IOException {
		assertEquals(List.of(), issues(OUTCOME_1 + OUTCOME_2 + OUTCOME_3, QualspecIssueCodes.OUTCOME_KIND_VERBS));
		// "Identify" is done with a customer in SFJ's competence outcomes, so it does not count as knowledge
		// (A/506/2161 outcome 2, 004_e17669c1e56775bf.txt:435)
		assertEquals(List.of(), issues("""
				outcome 1 "Be able to establish the customer service support needed by customers" competence {
					criterion 1.1 "Identify customers' familiarity with the site"
					criterion 1.2 "Identify the difficulties faced by customers when navigating websites"
				}
				""", QualspecIssueCodes.OUTCOME_KIND_VERBS));
	}

	/** A unit cut off while it is typed: numbers, texts and closing braces missing. */
	@Test
	void checksDoNotThrowOnATruncatedUnit() throws IOException {
		String whole = unit(OUTCOME_1 + OUTCOME_2 + OUTCOME_3);
		for (String cut : List.of("outcome 2 \"Understand", "criterion 2.1 \"Explain", "criterion 2.", "outcome 3 ", "criterion 3.1 ")) {
			Path file = dir.resolve("truncated.qspec");
			Files.writeString(file, whole.substring(0, whole.indexOf(cut) + cut.length()));
			List<Diagnostic> outcomes = Validation.runWithoutExceptions(file, new OutcomeChecks() {
				@Override
				protected void handleExceptionDuringValidation(Throwable exception) {
					throw new AssertionError("a check threw on the unit cut after '" + cut + "'", exception);
				}
			});
			Validation.runWithoutExceptions(file, new TextChecks() {
				@Override
				protected void handleExceptionDuringValidation(Throwable exception) {
					throw new AssertionError("a check threw on the unit cut after '" + cut + "'", exception);
				}
			});
			if (cut.startsWith("outcome")) {
				assertTrue(outcomes.stream().anyMatch(d -> d.getMessage().contains("has no assessment criteria")),
						"the checks ran on the unit cut after '" + cut + "': " + outcomes);
			}
		}
	}
}
