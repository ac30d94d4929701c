package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.AgeBand;
import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.AssessmentType;
import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.BarredCombination;
import io.qualspec.qualspec.Bullet;
import io.qualspec.qualspec.ChangeAspect;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.ContentQualifier;
import io.qualspec.qualspec.CountingCapConstraint;
import io.qualspec.qualspec.CriterionGrade;
import io.qualspec.qualspec.EachGroupConstraint;
import io.qualspec.qualspec.EvidenceContext;
import io.qualspec.qualspec.EvidencePermission;
import io.qualspec.qualspec.Framework;
import io.qualspec.qualspec.Grade;
import io.qualspec.qualspec.GradeScale;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.GroupSelection;
import io.qualspec.qualspec.LearningOutcome;
import io.qualspec.qualspec.Measure;
import io.qualspec.qualspec.Membership;
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
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.RequireAllConstraint;
import io.qualspec.qualspec.SectionKind;
import io.qualspec.qualspec.SizeType;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.TextBlock;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.UnitKind;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.qualspec.UnitMention;
import io.qualspec.qualspec.VersionChange;
import io.qualspec.qualspec.WholeQualification;
import io.qualspec.qualspec.WorkedExample;
import io.qualspec.testing.Fixtures;

/**
 * Every construct of the grammar, written in the two fixture specifications (a unit library and a
 * qualification that uses it from another file), parses into the expected model; where the catalogue
 * resolves what the text leaves implicit (an outcome's kind, a shared criterion text), into the expected
 * catalogue.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class GrammarConstructsTest extends SpecificationTest {

	private Specification units;
	private Specification specification;
	private UnitLibrary library;
	private Qualification qualification;

	@BeforeEach
	void parseTheFixtures() throws Exception {
		XtextResourceSet project = resourceSets.get();
		units = parseHelper.parse(Files.readString(Fixtures.allConstructsUnits()), uri("all-constructs-units.qspec"),
				project);
		specification = parseHelper.parse(Files.readString(Fixtures.allConstructsQualification()),
				uri("all-constructs-qualification.qspec"), project);
		library = (UnitLibrary) units.getElements().get(0);
		qualification = (Qualification) specification.getElements().get(1);
	}

	private Unit unit(String urn) {
		return library.getUnits().stream().filter(u -> u.getName().equals(urn)).findFirst().orElseThrow();
	}

	@Test
	void fixturesParseAndLinkWithoutIssues() {
		validation.assertNoIssues(units);
		validation.assertNoIssues(specification);
		assertEquals(2, library.getUnits().size());
		assertInstanceOf(AwardingOrganisation.class, specification.getElements().get(0));
	}

	@Test
	void unitAttributes() {
		Unit unit = unit("A/506/2130");
		assertEquals("demo.customerservice", library.getName());
		assertEquals("Deliver customer service", unit.getTitle());
		assertEquals("DeliverCustomerService", unit.getShortName());
		assertEquals(2, unit.getLevel());
		assertEquals(5, unit.getCredits());
		assertEquals(27, unit.getGlh());
		assertEquals("CS A1", unit.getSectorCode());
		assertEquals(AssessmentType.INTERNAL, unit.getAssessment());
		assertEquals(GradeScale.ACHIEVED_OR_NOT, unit.getGradeScale());
		assertEquals(UnitKind.MIXED, unit.getKind());
		assertEquals("2020-12-31", unit.getExpiry());
		assertEquals(EvidenceContext.SIMULATION, unit.getEvidence().get(0).getContext());
		assertFalse(unit.getEvidence().get(0).isAllowed());
		assertEquals(SectionKind.PURPOSE, unit.getSections().get(0).getKind());
		assertInstanceOf(Paragraph.class, unit.getSections().get(0).getBlocks().get(0));
		assertEquals("second point", ((Bullet) unit.getSections().get(0).getBlocks().get(2)).getText());
	}

	@Test
	void permissionsLimitedToAKindOfUnitOrAQualification() {
		EvidencePermission inQualification = unit("A/506/2130").getEvidence().get(1);
		assertEquals(EvidenceContext.REALISTIC_WORKING_ENVIRONMENT, inQualification.getContext());
		assertSame(qualification, inQualification.getQualification(), "the qualification resolves from another file");
		EvidencePermission forKind = qualification.getEvidence().get(1);
		assertEquals(EvidenceContext.WORKPLACE, forKind.getContext());
		assertEquals(UnitKind.COMPETENCE, forKind.getUnitKind());
		assertFalse(qualification.getEvidence().get(0).isSetUnitKind(), "a permission without \"for\" holds for all units");
		// the resolved view: the kind, the qualification's number, and the unit's permissions that hold in the qualification
		ResolvedQualification resolved = Catalogue.of(List.of(units.eResource(), specification.eResource()))
				.qualification("500/8625/X").orElseThrow();
		assertEquals(new io.qualspec.catalogue.EvidencePermission(io.qualspec.catalogue.EvidencePermission.Context.WORKPLACE,
				true, ResolvedUnit.Kind.COMPETENCE, null), resolved.profile().evidence().get(1));
		ResolvedMembership first = resolved.memberships().get(0);
		assertEquals("500/8625/X", first.unit().evidence().get(1).qualification());
		assertEquals(2, first.effectiveEvidence().size());
		assertFalse(new ResolvedMembership("1", first.unit(), null, null, null, List.of(), "500/8625/Y", null)
				.effectiveEvidence().stream().anyMatch(e -> e.qualification() != null), "it holds in no other qualification");
	}

	@Test
	void aUnitMentionedInSectionText() {
		TextBlock block = unit("A/506/2130").getSections().get(0).getBlocks().get(3);
		UnitMention mention = block.getMentions().get(0);
		assertSame(unit("F/506/2131"), mention.getUnit());
		assertEquals("Resolve customers' problems", mention.getTitle());
		assertEquals(0, mention.getLevel());
		// documents show the text as printed
		assertEquals("It is followed by F/506/2131 Resolve customers' problems (Entry Level).",
				Catalogue.of(List.of(units.eResource())).units().get(0).sections().get(0).blocks().get(3).text());
	}

	@Test
	void outcomesAndCriteria() {
		List<LearningOutcome> outcomes = unit("A/506/2130").getOutcomes();
		assertEquals(OutcomeKind.KNOWLEDGE, outcomes.get(0).getKind());
		assertFalse(outcomes.get(1).isSetKind(), "no kind written: unset in the model, not the first kind");
		assertEquals("1.2", outcomes.get(0).getCriteria().get(1).getNumber());
		assertEquals("KeepUpToDate", outcomes.get(0).getCriteria().get(1).getShared().getName());
		assertEquals("Face to face or by telephone.", outcomes.get(1).getCriteria().get(0).getGuidance());
		assertEquals("2.10", outcomes.get(1).getCriteria().get(9).getNumber());
		assertEquals("Adhere", outcomes.get(1).getCriteria().get(9).getShared().getName());
		assertEquals("dealing with customers", outcomes.get(1).getCriteria().get(9).getArgument());

		// the catalogue reads what the text leaves implicit
		List<ResolvedOutcome> resolved = Catalogue.of(List.of(units.eResource(), specification.eResource()))
				.descriptionsOf("A/506/2130").get(0).outcomes();
		assertEquals(ResolvedOutcome.Kind.COMPETENCE, resolved.get(1).kind(), "\"Be able to ...\" reads as competence");
		assertEquals("Explain the importance of keeping customer information up to date", resolved.get(0).criteria().get(1).text());
		assertEquals("Adhere to organisational policies and procedures when dealing with customers",
				resolved.get(1).criteria().get(9).text());
	}

	@Test
	void gradedExternallyAssessedUnit() {
		Unit unit = unit("F/506/2131");
		assertEquals(0, unit.getLevel(), "level entry is written, and stored as 0");
		assertNull(unit("A/506/2130").getOutcomes().get(0).getWeighting(), "a number not written is null, not 0");
		assertTrue(unit.isSynoptic());
		assertSame(unit("A/506/2130"), unit.getLinks().get(0));
		assertSame(unit.getLinks().get(0), unit.getAfter().get(0), "a short name and a URN reach the same unit");
		LearningOutcome outcome = unit.getOutcomes().get(0);
		assertEquals(40, outcome.getWeighting());
		assertEquals(ContentQualifier.MUST_TEACH, outcome.getContent().get(0).getQualifier());
		assertEquals(ContentQualifier.ILLUSTRATIVE, outcome.getContent().get(1).getQualifier());
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
		Qualification q = qualification;
		assertEquals("500/8625/X", q.getName());
		assertEquals("Demo Level 2 Award in Customer Service", q.getTitle());
		assertEquals("DEMO", q.getOrganisation().getName());
		assertEquals("03455", q.getEntryCode());
		assertTrue(q.isRegisteredAsPrinted());
		assertTrue(unit("F/506/2131").isRegisteredAsPrinted());
		assertEquals(List.of("Eligible for public funding.", "Eligible for advanced learner loans."), q.getFunding(),
				"a second funding statement adds to the first");
		assertEquals(2, q.getLevel());
		assertEquals(SizeType.AWARD, q.getSize());
		assertEquals(Framework.RQF, q.getFramework());
		assertTrue(q.getCredits().isAtLeast());
		assertEquals(9, q.getCredits().getValue());
		assertTrue(q.getGlh().isMinimum());
		assertEquals(57, q.getGlh().getValue());
		assertEquals(90, q.getTqt());
		assertEquals(List.of(AgeBand.FROM16TO18, AgeBand.OVER18, AgeBand.OVER19), q.getAgeBands());
		assertEquals(16, q.getMinimumAge());
		assertEquals("2019-07-01", q.getVersions().get(0).getIssued());
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
		assertEquals(List.of("V1", "V0"), q.getVersions().stream().map(v -> v.getName()).toList());
		VersionChange change = q.getVersions().get(0).getChanges().get(1);
		assertTrue(change.isAllSections());
		assertEquals("A/506/2130", change.getSubjects().get(0).getUnit());
		assertEquals(ChangeAspect.RULES, change.getSubjects().get(1).getAspect());
		assertEquals("1.5", q.getVersions().get(0).getChanges().get(0).getSection());
		assertEquals(SectionKind.SUITABILITY, q.getSections().get(0).getKind());
	}

	@Test
	void groupsAndMemberships() {
		List<UnitGroup> groups = qualification.getGroups();
		assertEquals(List.of("A", "B"), groups.stream().map(UnitGroup::getName).toList());
		assertEquals(GroupKind.MANDATORY, groups.get(0).getKind());
		assertEquals(1, groups.get(1).getOrdinal());
		Membership first = groups.get(0).getMemberships().get(0);
		assertEquals("1", first.getNumber());
		assertSame(unit("A/506/2130"), first.getUnit());
		assertEquals("CS A1", first.getSectorCode());
		assertEquals("882", first.getAoReference());
		Membership second = groups.get(1).getMemberships().get(0);
		assertSame(unit("F/506/2131"), second.getUnit(), "a fully qualified reference resolves");
		assertEquals(20, second.getPoints());
		assertTrue(second.getEvidence().get(0).isAllowed());
	}

	@Test
	void rulesOfCombination() {
		List<Constraint> rules = qualification.getRules().getConstraints();
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
		assertSame(qualification.getGroups().get(0).getMemberships().get(0), barred.getFirst());
		assertSame(qualification.getGroups().get(1).getMemberships().get(0), barred.getSecond(), "barred by URN");
		assertInstanceOf(NoExemptions.class, rules.get(14));
		assertInstanceOf(NoEquivalences.class, rules.get(15));
	}

	@Test
	void gradingScheme() {
		GradingScheme grading = qualification.getGrading();
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
		WorkedExample a = qualification.getExamples().get(0);
		assertEquals("Learner A", a.getName());
		assertEquals(List.of(Grade.PASS, Grade.MERIT), a.getResults().get(1).getAttempts());
		assertTrue(a.getExpectation().isEligible());
		assertEquals(92, a.getExpectation().getPoints());
		assertEquals(Grade.PASS, a.getExpectation().getGrade());
		WorkedExample b = qualification.getExamples().get(1);
		assertEquals(List.of("P1", "M1"), b.getResults().get(0).getCriteriaMet());
		assertSame(qualification.getGroups().get(0).getMemberships().get(0), b.getResults().get(0).getUnit(), "by short name");
		assertFalse(b.getExpectation().isEligible(), "'expect not eligible' is recorded");
	}
}
