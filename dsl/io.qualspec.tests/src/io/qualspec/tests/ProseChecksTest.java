package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.ProseFigures;
import io.qualspec.validation.ProseFigures.Figure;
import io.qualspec.validation.ProseFigures.GroupName;
import io.qualspec.validation.ProseFigures.Measure;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * A qualification's free text against its rules (text.proseDisagrees), on the structure prose of the OCR Customer
 * Service NVQ handbook (v4, Feb 2019), §6.1 and §8.2, and the figures read from such sentences.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class ProseChecksTest extends SpecificationTest {

	@Test
	void figuresStatedInStructureProse() {
		assertEquals(List.of(new Figure(28, Measure.CREDITS), new Figure(8, Measure.CREDITS), new Figure(20, Measure.CREDITS)),
				ProseFigures.figures("To achieve this qualification, candidates must complete a total of 28 credits, 8 credits "
						+ "from the mandatory units, 20 credits from the optional units."));
		assertEquals(List.of(new Figure(192, Measure.GLH), new Figure(280, Measure.TQT)), ProseFigures.figures(
				"OCR Level 2 NVQ Certificate in Customer Service requires a minimum of 192 glh and 280 TQT."));
		assertEquals(List.of(new Figure(1080, Measure.GLH), new Figure(9, Measure.CREDITS)), ProseFigures.figures(
				"The Extended Diploma is 1,080 guided learning hours; the remaining 9 credits come from Groups B, C or D."));
		assertEquals(List.of(new Figure(2, Measure.UNITS), new Figure(6, Measure.CREDITS), new Figure(7, Measure.UNITS)),
				ProseFigures.figures("both mandatory units from Group A (2 units, 6 credits); the 7 unit Diploma"));
	}

	@Test
	void levelUnitAndSectionNumbersAreNotFigures() {
		assertEquals(List.of(), ProseFigures.figures("Learners take Level 2 units only; Unit 4 credits are listed in §2.2 "
				+ "credits table; version 1.2 units"));
		assertEquals(List.of(new Figure(15, Measure.CREDITS)),
				ProseFigures.figures("15 credits from level 2 or 3 ungraded units"));
	}

	@Test
	void groupsNamedInStructureProse() {
		assertEquals(List.of(new GroupName("B", false), new GroupName("B", false), new GroupName("C", false),
				new GroupName("D", false)), ProseFigures.groups("a minimum of 6 credits from Group B; the remaining 9 credits "
						+ "can be achieved from units within Groups B, C or D"));
		assertEquals(List.of(new GroupName("1", true), new GroupName("2", true), new GroupName("3", true)), ProseFigures.groups(
				"Candidates must select at least 1 unit from each optional group 1, 2 and 3 of which a minimum of 8 credits"));
		assertEquals(List.of(), ProseFigures.groups("units from each group and a unit of Group work"));
	}

	/** 500/8625/X, cut down: mandatory group A (8 credits), optional group B, and its rules as in §6.1. */
	private Specification certificate(String... paragraphs) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UnitLibraries.CUSTOMER_SERVICE, uri("units.qspec"), project);
		StringBuilder prose = new StringBuilder();
		for (String paragraph : paragraphs) {
			prose.append("\t\t\"").append(paragraph).append("\"\n");
		}
		return parseHelper.parse("""
				use ocr.customerservice
				qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
					credits 28
					glh at least 192
					tqt 280
					section "Qualification structure" {
				%s	}
					group A "Mandatory Units" mandatory {
						unit F1 = F/601/1609
						unit F2 = L/601/1614
					}
					group B "Impression and Image" optional ordinal 1 {
					}
					rules {
						require all units from A (2 units, 8 credits)
						credits from all units at least 28
						units from each optional group at least 1
						credits from B at least 11
					}
				}
				""".formatted(prose), uri("q.qspec"), project);
	}

	@Test
	void proseThatStatesTheRulesAsTheyAre() throws Exception {
		Specification model = certificate("To achieve this qualification, candidates must complete a total of 28 credits, "
				+ "8 credits from the mandatory units, 20 credits from the optional units.",
				"Candidates must select at least 1 unit from each optional group 1 of which a minimum of 11 credits from Group B.",
				"The qualification requires a minimum of 192 guided learning hours and 280 TQT.");
		validation.assertNoIssue(model, Literals.TEXT_BLOCK, QualspecIssueCodes.PROSE_DISAGREES);
	}

	@Test
	void aTotalTheRulesDoNotHave() throws Exception {
		Specification model = certificate("To achieve this qualification, candidates must achieve a total of 27 credits.");
		validation.assertWarning(model, Literals.TEXT_BLOCK, QualspecIssueCodes.PROSE_DISAGREES,
				"This text states 27 credits, but no rule, stated size, group total or checksum of the qualification is 27",
				"(its figures in credits: 4, 8, 11, 20, 28)");
		Issue issue = Issues.only(validation.validate(model), QualspecIssueCodes.PROSE_DISAGREES);
		assertEquals(7, issue.getLineNumber());
	}

	@Test
	void guidedLearningHoursTheSizeDoesNotHave() throws Exception {
		validation.assertWarning(certificate("a minimum of 129 guided learning hours"), Literals.TEXT_BLOCK,
				QualspecIssueCodes.PROSE_DISAGREES, "This text states 129 GLH", "(its figures in GLH: 30, 192)");
	}

	@Test
	void aGroupTheQualificationDoesNotHave() throws Exception {
		Specification model = certificate("a minimum of 6 credits from Group D", "a unit from optional group 2");
		validation.assertWarning(model, Literals.TEXT_BLOCK, QualspecIssueCodes.PROSE_DISAGREES,
				"This text names Group D, but the qualification has no such group (its groups: A, B (optional group 1))");
		validation.assertWarning(model, Literals.TEXT_BLOCK, QualspecIssueCodes.PROSE_DISAGREES,
				"This text names optional group 2");
		// "6 credits" is flagged too: 6 is no figure of the rules
		assertEquals(3, validation.validate(model).stream()
				.filter(issue -> QualspecIssueCodes.PROSE_DISAGREES.equals(issue.getCode())).count());
	}
}
