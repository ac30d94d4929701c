package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.Specification;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.PairedUnits;
import io.qualspec.rules.model.RuleSet;

/**
 * The constructs that the specifications of awarding organisations other than the seeds' need, parsed and
 * linked, and read into the resolved view and the rule set: units and qualifications known by the awarding
 * organisation's own code or (a qualification) by title only, a unit's TQT, GLH stated as a maximum or a range,
 * BTEC-style learning aims and criteria coded by them, "Int Set" assessment, Pass/Fail units, Near Pass, rules
 * over "at least N of" some groups, minimums that apply "if taken", pairings, grades of several letters, points
 * per credit, compensation and grade descriptors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class OtherAwardingBodiesConstructsTest extends SpecificationTest {

	private static final String UNITS = """
			unit library demo.professional "Units with the body's own codes" {
				unit code "5CO01" "Organisational performance and culture in practice" {
					short name Culture
					level 5
					credits 6
					glh 25
					tqt 60
					assessment internal-set
				}
				unit code "4" "Programming" {
					level 3
					glh 90
					grade scale pass-merit-distinction
					aim A "Examine the computational thinking skills and principles of computer programming" {
						content "Computational thinking skills"
					}
					aim B "Design a software solution to meet client requirements"
					aim C "Develop a software solution to meet client requirements"
					pass criterion A.P1 "Explain how computational thinking skills are applied."
					merit criterion A.M1 "Analyse how computational thinking skills can impact software design."
					distinction criterion BC.D2 "Evaluate the design and optimised computer program against client requirements."
				}
				unit code "FA1" "First aid" {
					glh 6
					grade scale pass-or-fail
					grade descriptors 1, 7
				}
			}
			""";

	private static final String QUALIFICATIONS = """
			use demo.professional

			qualification code "QAA140083" "Access to HE Diploma (Health)" {
				glh at most 178
				group B "First optional group" optional {
					unit 1 = "5CO01"
				}
				group C "Second optional group" optional {
					unit 2 = "4"
				}
				group D "Third optional group" optional {
					unit 3 = "FA1"
				}
				rules {
					units from at least 2 of the optional groups
					credits from B at least 6 if taken
					advisory paired 1 and 2
				}
				grading {
					points per credit: pass 7, merit 8, distinction 9
					band "D*D" from 30
					band "DD" from 20 to 29
					band unclassified "U" below 20
					hurdle every unit at least pass
					compensation unclassified in optional units up to 60 glh
					descriptor 1 "Understanding of the subject"
					descriptor 7 "Quality"
				}
				example "Learner" {
					unit 1 merit
					unit 2 near-pass then pass
					expect eligible, grade "D*D"
				}
			}

			qualification "A qualification in development" {
				glh 143 to 178
			}
			""";

	private Specification units;
	private Specification qualifications;

	@BeforeEach
	void parse() throws Exception {
		XtextResourceSet project = resourceSets.get();
		units = parseHelper.parse(UNITS, uri("units.qspec"), project);
		qualifications = parseHelper.parse(QUALIFICATIONS, uri("qualifications.qspec"), project);
	}

	private Catalogue catalogue() {
		return Catalogue.of(List.of(units.eResource(), qualifications.eResource()));
	}

	@Test
	void ownCodesAndTitlesIdentifyAndLink() {
		assertTrue(units.eResource().getErrors().isEmpty(), units.eResource().getErrors().toString());
		assertTrue(qualifications.eResource().getErrors().isEmpty(), qualifications.eResource().getErrors().toString());
		validation.assertNoErrors(units);
		validation.assertNoErrors(qualifications);
		ResolvedQualification access = catalogue().qualification("QAA140083").orElseThrow();
		assertEquals(ResolvedQualification.IdentifiedBy.OWN_CODE, access.identifiedBy());
		assertEquals(List.of("5CO01", "4", "FA1"), access.memberships().stream().map(m -> m.unit().urn()).toList(),
				"memberships link to units by their own codes in quotes");
		assertTrue(access.memberships().get(0).unit().ownCode());
		ResolvedQualification draft = catalogue().qualification("A qualification in development").orElseThrow();
		assertEquals(ResolvedQualification.IdentifiedBy.TITLE, draft.identifiedBy());
	}

	@Test
	void sizesOfUnitsAndQualifications() {
		ResolvedUnit culture = catalogue().descriptionsOf("5CO01").get(0);
		assertEquals(60, culture.tqt());
		assertEquals(Assessment.INTERNAL_SET, culture.assessment());
		RuleSet.DeclaredSize atMost = catalogue().qualification("QAA140083").orElseThrow().ruleSet().declared();
		assertEquals("a maximum of 178", atMost.glhText());
		assertTrue(atMost.glhAllows(178));
		assertFalse(atMost.glhAllows(179));
		RuleSet.DeclaredSize range = catalogue().qualification("A qualification in development").orElseThrow().profile()
				.declared();
		assertEquals("143 to 178", range.glhText());
		assertFalse(range.glhAllows(142));
		assertTrue(range.glhAllows(143));
	}

	@Test
	void learningAimsAndTheirCriteria() {
		ResolvedUnit programming = catalogue().descriptionsOf("4").get(0);
		assertEquals(List.of("A", "B", "C"), programming.aims().stream().map(ResolvedUnit.LearningAim::letter).toList());
		assertEquals("Computational thinking skills", programming.aims().get(0).content().get(0).text());
		assertEquals(List.of("A.P1", "A.M1", "BC.D2"),
				programming.gradingCriteria().stream().map(ResolvedUnit.GradingCriterion::code).toList());
		assertEquals("BC", programming.gradingCriteria().get(2).aimLetters());
		assertEquals(Grade.DISTINCTION, programming.gradingCriteria().get(2).grade());
		ResolvedUnit firstAid = catalogue().descriptionsOf("FA1").get(0);
		assertEquals(GradeScale.PASS_OR_FAIL, firstAid.gradeScale());
		assertEquals(List.of(1, 7), firstAid.gradeDescriptors());
	}

	@Test
	void rulesOverGroupsIfTakenAndPairings() {
		RuleSet ruleSet = catalogue().qualification("QAA140083").orElseThrow().ruleSet();
		GroupSpreadRule spread = assertInstanceOf(GroupSpreadRule.class, ruleSet.rules().get(0));
		assertEquals(List.of("B", "C", "D"), spread.groups(), "the optional groups");
		assertEquals(new Bound(Bound.Kind.AT_LEAST, 2), spread.bound());
		AggregateRule ifTaken = assertInstanceOf(AggregateRule.class, ruleSet.rules().get(1));
		assertTrue(ifTaken.ifTaken());
		assertEquals(Measure.CREDITS, ifTaken.measure());
		PairedUnits paired = assertInstanceOf(PairedUnits.class, ruleSet.rules().get(2));
		assertTrue(paired.advisory());
		assertEquals(List.of("1", "2"), List.of(paired.first(), paired.second()));
	}

	@Test
	void gradingOfSeveralLettersPerCreditWithCompensationAndDescriptors() {
		ResolvedQualification access = catalogue().qualification("QAA140083").orElseThrow();
		Grading grading = access.ruleSet().grading();
		Grading.PointsRow perCredit = grading.points().get(0);
		assertTrue(perCredit.perCredit());
		assertNull(perCredit.glh());
		assertEquals(List.of(AwardGrade.ofLetters("D*D").orElseThrow(), AwardGrade.ofLetters("DD").orElseThrow(),
				AwardGrade.of(Grade.UNCLASSIFIED)), grading.bands().stream().map(Grading.Band::grade).toList());
		assertEquals(new Grading.Compensation(Measure.GLH, 60, true), grading.compensation());
		assertEquals(List.of(new ResolvedQualification.GradeDescriptor(1, "Understanding of the subject"),
				new ResolvedQualification.GradeDescriptor(7, "Quality")), access.gradeDescriptors());
		var example = access.ruleSet().examples().get(0);
		assertEquals(List.of(Grade.NEAR_PASS, Grade.PASS), example.record().results().get(1).attempts());
		assertEquals(AwardGrade.ofLetters("D*D").orElseThrow(), example.expected().grade());
	}
}
