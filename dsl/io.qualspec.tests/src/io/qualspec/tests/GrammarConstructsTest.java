package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.AgeBand;
import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.AssessmentType;
import io.qualspec.qualspec.BarredCombination;
import io.qualspec.qualspec.Bullet;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.ContentQualifier;
import io.qualspec.qualspec.CountingCapConstraint;
import io.qualspec.qualspec.CriterionGrade;
import io.qualspec.qualspec.EachGroupConstraint;
import io.qualspec.qualspec.EvidenceContext;
import io.qualspec.qualspec.Framework;
import io.qualspec.qualspec.Grade;
import io.qualspec.qualspec.GradeScale;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.GroupSelection;
import io.qualspec.qualspec.Measure;
import io.qualspec.qualspec.Month;
import io.qualspec.qualspec.NoEquivalences;
import io.qualspec.qualspec.NoExemptions;
import io.qualspec.qualspec.OptionalGroups;
import io.qualspec.qualspec.OutcomeKind;
import io.qualspec.qualspec.Paragraph;
import io.qualspec.qualspec.PoolReading;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualificationStatus;
import io.qualspec.qualspec.QualityAssurance;
import io.qualspec.qualspec.RequireAllConstraint;
import io.qualspec.qualspec.SectionKind;
import io.qualspec.qualspec.SizeType;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitKind;
import io.qualspec.qualspec.WholeQualification;
import io.qualspec.qualspec.WorkedExample;

/**
 * Every construct of the grammar, written in the two fixture files (a unit library and a qualification
 * that uses it from another file), parses into the expected model.
 */
class GrammarConstructsTest {

	private static LoadedCatalogue loaded;
	private static ResolvedQualification qualification;

	@BeforeAll
	static void load() {
		loaded = CatalogueLoader.create().load(List.of(TestFiles.fixtures()));
		qualification = loaded.catalogue().qualification("500/8625/X").orElseThrow();
	}

	@Test
	void fixturesLoadWithoutDiagnostics() {
		assertEquals(List.of(), loaded.diagnostics());
		assertEquals(2, loaded.catalogue().units().size());
		assertEquals(1, loaded.catalogue().organisations().size());
	}

	@Test
	void unitAttributes() {
		ResolvedUnit deliver = loaded.catalogue().descriptionsOf("A/506/2130").get(0);
		Unit unit = deliver.source();
		assertEquals("demo.customerservice", deliver.library());
		assertEquals("Deliver customer service", deliver.title());
		assertEquals("DeliverCustomerService", deliver.shortName());
		assertEquals(2, deliver.level());
		assertEquals(5, deliver.credits());
		assertEquals(27, deliver.glh());
		assertEquals("CS A1", unit.getSectorCode());
		assertEquals(AssessmentType.INTERNAL, deliver.assessment());
		assertEquals(GradeScale.ACHIEVED_OR_NOT, deliver.gradeScale());
		assertEquals(UnitKind.MIXED, unit.getKind());
		assertEquals("2020-12-31", unit.getExpiry());
		assertEquals(EvidenceContext.SIMULATION, unit.getEvidence().get(0).getContext());
		assertFalse(unit.getEvidence().get(0).isAllowed());
		assertEquals(SectionKind.PURPOSE, unit.getSections().get(0).getKind());
		assertInstanceOf(Paragraph.class, unit.getSections().get(0).getBlocks().get(0));
		assertEquals("second point", ((Bullet) unit.getSections().get(0).getBlocks().get(2)).getText());
	}

	@Test
	void outcomesAndCriteria() {
		ResolvedUnit deliver = loaded.catalogue().descriptionsOf("A/506/2130").get(0);
		assertEquals(OutcomeKind.KNOWLEDGE, deliver.outcomes().get(0).kind());
		// no kind written: "Be able to ..." reads as competence
		assertEquals(OutcomeKind.COMPETENCE, deliver.outcomes().get(1).kind());
		assertEquals("1.2", deliver.outcomes().get(0).criteria().get(1).number());
		assertEquals("Explain the importance of keeping customer information up to date",
				deliver.outcomes().get(0).criteria().get(1).text());
		assertEquals("Face to face or by telephone.", deliver.outcomes().get(1).criteria().get(0).guidance());
		assertEquals("2.10", deliver.outcomes().get(1).criteria().get(9).number());
		assertEquals("Adhere to organisational policies and procedures when dealing with customers",
				deliver.outcomes().get(1).criteria().get(9).text());
	}

	@Test
	void gradedExternallyAssessedUnit() {
		ResolvedUnit resolve = loaded.catalogue().descriptionsOf("F/506/2131").get(0);
		Unit unit = resolve.source();
		assertEquals(0, resolve.level(), "level entry is stored as 0 and still counts as written");
		assertTrue(unit.isSynoptic());
		assertSame(loaded.catalogue().descriptionsOf("A/506/2130").get(0).source(), unit.getLinks().get(0));
		assertSame(unit.getLinks().get(0), unit.getAfter().get(0), "a short name and a URN reach the same unit");
		assertEquals(40, resolve.outcomes().get(0).weighting());
		assertEquals(ContentQualifier.MUST_TEACH, resolve.outcomes().get(0).content().get(0).getQualifier());
		assertEquals(ContentQualifier.ILLUSTRATIVE, resolve.outcomes().get(0).content().get(1).getQualifier());
		assertEquals(List.of(CriterionGrade.PASS, CriterionGrade.MERIT, CriterionGrade.DISTINCTION),
				unit.getGradingCriteria().stream().map(c -> c.getGrade()).toList());
		assertEquals("P1", unit.getGradingCriteria().get(0).getCode());
		assertEquals(1, unit.getGradingCriteria().get(0).getOutcome());
		assertEquals(45, unit.getExam().getDuration());
		assertEquals(40, unit.getExam().getMarks());
		assertEquals("OCR set and marked", unit.getExam().getSetBy());
		assertTrue(unit.getExam().isCalculator());
		assertEquals(List.of("multiple choice", "short answer"), unit.getExam().getQuestionTypes());
		assertEquals(List.of(Month.JANUARY, Month.JUNE), unit.getExam().getSeries());
	}

	@Test
	void qualificationProfile() {
		Qualification q = qualification.source();
		assertEquals("Demo Level 2 Award in Customer Service", qualification.title());
		assertEquals("DEMO", qualification.organisation().getName());
		assertEquals("03455", q.getEntryCode());
		assertEquals(2, qualification.level());
		assertEquals(SizeType.AWARD, q.getSize());
		assertEquals(Framework.RQF, q.getFramework());
		assertTrue(q.getCredits().isAtLeast());
		assertEquals(9, q.getCredits().getValue());
		assertTrue(q.getGlh().isMinimum());
		assertEquals(57, q.getGlh().getValue());
		assertEquals(90, q.getTqt());
		assertEquals(List.of(AgeBand.FROM16TO18, AgeBand.OVER18, AgeBand.OVER19), q.getAgeBands());
		assertEquals(16, q.getMinimumAge());
		assertEquals("2019-07-01", q.getIssued());
		assertEquals("2018-09", q.getFirstTeaching());
		assertEquals("2018-08-31", q.getLastEntry());
		assertTrue(q.isLastEntrySubjectToChange());
		assertEquals(QualificationStatus.CLOSED_FOR_CERTIFICATION, q.getStatus());
		assertTrue(q.getEntryRequirements().isNone());
		assertEquals(List.of("GCSE English"), q.getEntryRequirements().getRecommended());
		assertEquals(QualityAssurance.VERIFICATION, q.getQualityAssurance());
		assertEquals(AssessmentType.EXTERNAL, q.getResits().get(0).getAssessment());
		assertEquals(1, q.getResits().get(0).getLimit());
		assertTrue(q.getResits().get(1).isUnlimited());
		assertEquals("Intermediate Customer Service Apprenticeship", q.getApprenticeships().get(0).getName());
		assertTrue(q.getEmployerInvolvement().isRequired());
		assertEquals("4", q.getChanges().get(0).getVersion());
		assertEquals(SectionKind.SUITABILITY, q.getSections().get(0).getKind());
	}

	@Test
	void groupsAndMemberships() {
		assertEquals(List.of("A", "B"), qualification.groups().stream().map(g -> g.id()).toList());
		assertEquals(GroupKind.MANDATORY, qualification.groups().get(0).kind());
		assertEquals(1, qualification.groups().get(1).ordinal());
		ResolvedMembership first = qualification.memberships().get(0);
		assertEquals("1", first.number());
		assertEquals("A/506/2130", first.unit().urn());
		assertEquals("CS A1", first.sectorCode());
		assertEquals("882", first.aoReference());
		ResolvedMembership second = qualification.memberships().get(1);
		assertEquals("F/506/2131", second.unit().urn(), "a fully qualified reference resolves");
		assertEquals(20, second.pointsWhenAchieved());
		assertTrue(second.source().getEvidence().get(0).isAllowed());
	}

	@Test
	void rulesOfCombination() {
		List<Constraint> rules = qualification.rules().orElseThrow().getConstraints();
		RequireAllConstraint requireAll = (RequireAllConstraint) rules.get(0);
		assertEquals(1, requireAll.getDeclaredUnits());
		assertEquals(5, requireAll.getDeclaredCredits());
		AggregateConstraint minimum = (AggregateConstraint) rules.get(1);
		assertEquals(Measure.CREDITS, minimum.getMeasure());
		assertNull(minimum.getSelection());
		assertTrue(minimum.getBound().isAtLeast());
		assertEquals(9, minimum.getBound().getValue());
		assertTrue(((AggregateConstraint) rules.get(2)).getBound().isAtMost());
		AggregateConstraint pool = (AggregateConstraint) rules.get(3);
		assertEquals(PoolReading.OVERLAPPING, ((GroupSelection) pool.getSelection()).getReading());
		assertTrue(pool.getBound().isExactly());
		assertEquals(PoolReading.REMAINING, ((OptionalGroups) ((AggregateConstraint) rules.get(4)).getSelection()).getReading());
		assertTrue(((EachGroupConstraint) rules.get(5)).isOptionalGroups());
		assertEquals(2, ((EachGroupConstraint) rules.get(6)).getGroups().size());
		AggregateConstraint atOrAbove = (AggregateConstraint) rules.get(7);
		assertInstanceOf(WholeQualification.class, atOrAbove.getSelection());
		assertTrue(atOrAbove.getLevel().isOrAbove());
		assertEquals(2, atOrAbove.getLevel().getLevel());
		AggregateConstraint exactLevel = (AggregateConstraint) rules.get(8);
		assertFalse(exactLevel.getLevel().isOrAbove() || exactLevel.getLevel().isOrBelow());
		AggregateConstraint glh = (AggregateConstraint) rules.get(9);
		assertEquals(Measure.GLH, glh.getMeasure());
		assertTrue(glh.getLevel().isOrBelow());
		assertTrue(rules.get(10).isAdvisory());
		CountingCapConstraint unitCap = (CountingCapConstraint) rules.get(11);
		assertEquals(1, unitCap.getLimit());
		assertEquals(Measure.UNITS, unitCap.getMeasure());
		CountingCapConstraint creditCap = (CountingCapConstraint) rules.get(12);
		assertEquals(Measure.CREDITS, creditCap.getMeasure());
		assertEquals(4, creditCap.getLimit());
		assertEquals(0, creditCap.getLevel().getLevel());
		BarredCombination barred = (BarredCombination) rules.get(13);
		assertSame(qualification.memberships().get(0).source(), barred.getFirst());
		assertSame(qualification.memberships().get(1).source(), barred.getSecond(), "barred by URN");
		assertInstanceOf(NoExemptions.class, rules.get(14));
		assertInstanceOf(NoEquivalences.class, rules.get(15));
	}

	@Test
	void gradingScheme() {
		GradingScheme grading = qualification.grading().orElseThrow();
		assertTrue(grading.isPassOrFail());
		assertEquals(List.of(Grade.PASS, Grade.MERIT, Grade.DISTINCTION, Grade.DISTINCTION_STAR), grading.getGrades());
		assertEquals(30, grading.getPointsRows().get(0).getGlh());
		assertEquals(9, grading.getPointsRows().get(0).getEntries().get(2).getPoints());
		assertEquals(107, grading.getBands().get(0).getFrom());
		assertEquals("D*", grading.getBands().get(0).getAbbreviation());
		assertEquals(96, grading.getBands().get(3).getTo());
		assertTrue(grading.getBands().get(4).isBelow());
		assertTrue(grading.getHurdles().get(0).isAchieved());
		assertEquals(Grade.PASS, grading.getHurdles().get(1).getMinimum());
		assertTrue(grading.getHurdles().get(2).isOther());
		assertTrue(grading.isBestResult());
	}

	@Test
	void workedExamples() {
		WorkedExample a = qualification.examples().get(0);
		assertEquals("Learner A", a.getName());
		assertEquals(List.of(Grade.PASS, Grade.MERIT), a.getResults().get(1).getAttempts());
		assertTrue(a.getExpectation().isEligible());
		assertEquals(92, a.getExpectation().getPoints());
		assertEquals(Grade.PASS, a.getExpectation().getGrade());
		WorkedExample b = qualification.examples().get(1);
		assertEquals(List.of("P1", "M1"), b.getResults().get(0).getCriteriaMet());
		assertSame(qualification.memberships().get(0).source(), b.getResults().get(0).getUnit(), "by short name");
		assertFalse(b.getExpectation().isEligible(), "'expect not eligible' is recorded");
	}
}
