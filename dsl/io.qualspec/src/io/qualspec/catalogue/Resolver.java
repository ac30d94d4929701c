package io.qualspec.catalogue;

import java.time.Month;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import io.qualspec.qualspec.AssessmentCriterion;
import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.Bullet;
import io.qualspec.qualspec.ExternalAssessment;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.LearningOutcome;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.TeachingContent;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.RuleSet;

/**
 * Builds the resolved view from the EMF model: the one place that reads the parsed specification for
 * everything downstream. A value the text does not write is null in the view (the model's optional numbers
 * are null and its enum attributes unsettable, so no node-model lookups are needed). Each unit is resolved
 * once per resolver, so a catalogue shares one view of each unit between its qualifications.
 */
final class Resolver {

	/** The qualification a permission names where the name does not resolve (reported by the linker): it holds in none. */
	private static final String UNRESOLVED = "?";

	private final Map<Unit, ResolvedUnit> units = new IdentityHashMap<>();
	private final Map<AwardingOrganisation, ResolvedOrganisation> organisations = new IdentityHashMap<>();

	ResolvedUnit unit(Unit unit) {
		return units.computeIfAbsent(unit, Resolver::resolveUnit);
	}

	ResolvedOrganisation organisation(AwardingOrganisation organisation) {
		if (organisation == null || organisation.eIsProxy()) {
			return null;
		}
		return organisations.computeIfAbsent(organisation, o -> new ResolvedOrganisation(o.getName(), o.getTitle(),
				o.getWebsite(), o.getUnitReferenceLabel(), o.getMethods().stream().map(Resolver::method).toList(),
				sections(o.getSections()), SourceLocation.of(o)));
	}

	ResolvedQualification qualification(Qualification qualification) {
		return resolve(qualification).qualification();
	}

	/** A qualification resolved, with the membership each of its model's memberships became. */
	record Resolution(ResolvedQualification qualification, Map<Membership, ResolvedMembership> memberships) {
	}

	Resolution resolve(Qualification q) {
		Map<Membership, ResolvedMembership> memberships = new IdentityHashMap<>();
		List<ResolvedGroup> groups = new ArrayList<>();
		for (UnitGroup group : q.getGroups()) {
			groups.add(new ResolvedGroup(group.getName(), group.getLabel(), group.getKind() == GroupKind.MANDATORY,
					group.getOrdinal(), group.getMemberships().stream().map(m -> membership(q, m, memberships)).toList(),
					SourceLocation.of(group)));
		}
		List<ResolvedMembership> ungrouped = q.getMemberships().stream().map(m -> membership(q, m, memberships)).toList();
		ResolvedOrganisation organisation = organisation(q.getOrganisation());
		List<AssessmentMethod> methods = q.getMethods().stream().map(Resolver::method).toList();
		if (methods.isEmpty() && organisation != null) {
			methods = organisation.methods();
		}
		RuleSet ruleSet = RuleSets.build(q, memberships, groups);
		ResolvedQualification resolved = new ResolvedQualification(RuleSets.identifier(q),
				q.getName() == null ? ResolvedQualification.IdentifiedBy.TITLE
						: q.isOwnCode() ? ResolvedQualification.IdentifiedBy.OWN_CODE
								: ResolvedQualification.IdentifiedBy.QUALIFICATION_NUMBER,
				q.getTitle(), organisation,
				profile(q),
				sections(q.getSections()), methods,
				q.getVersions().stream().map(Resolver::version).toList(),
				groups, ungrouped, ruleSet,
				q.getGrading() == null ? List.of()
						: q.getGrading().getDescriptors().stream()
								.map(d -> new ResolvedQualification.GradeDescriptor(d.getNumber(), d.getTitle())).toList(),
				SourceLocation.of(q));
		return new Resolution(resolved, memberships);
	}

	private ResolvedMembership membership(Qualification q, Membership membership,
			Map<Membership, ResolvedMembership> memberships) {
		Unit unit = membership.getUnit();
		ResolvedUnit resolved = unit == null || unit.eIsProxy() ? null : unit(unit);
		String sectorCode = membership.getSectorCode() != null ? membership.getSectorCode()
				: resolved == null ? null : resolved.sectorCode();
		ResolvedMembership view = new ResolvedMembership(membership.getNumber(), resolved, sectorCode,
				membership.getAoReference(), membership.getPoints(), evidence(membership.getEvidence()),
				RuleSets.identifier(q), SourceLocation.of(membership));
		memberships.put(membership, view);
		return view;
	}

	private static QualificationProfile profile(Qualification q) {
		var entry = q.getEntryRequirements();
		var employer = q.getEmployerInvolvement();
		return new QualificationProfile(q.getEntryCode(), q.getBrand(), q.getDisplayNames(), q.getLevel(),
				q.isSetSize() ? same(q.getSize(), QualificationProfile.Size.class) : null,
				q.isSetFramework() ? same(q.getFramework(), QualificationProfile.Framework.class) : null, q.getSuite(),
				q.getSector(), q.getSectorBody(), q.getNosBasis(), RuleSets.declaredSize(q),
				q.getAgeBands().stream().map(Resolver::ageBand).toList(), q.getMinimumAge(),
				entry == null ? null
						: new QualificationProfile.EntryRequirements(entry.isNone(), entry.getText(), entry.getRecommended()),
				q.getAssessmentModel(),
				q.isSetQualityAssurance() ? same(q.getQualityAssurance(), QualificationProfile.QualityAssurance.class) : null,
				months(q.getExamSeries()),
				q.getResits().stream().map(r -> new QualificationProfile.Resits(assessment(r.getAssessment()),
						r.isUnlimited() || r.isNone() ? null : r.getLimit(), r.isNone())).toList(),
				employer == null ? null : new QualificationProfile.EmployerInvolvement(employer.isRequired(), employer.getText()),
				evidence(q.getEvidence()),
				q.getApprenticeships().stream().map(a -> new QualificationProfile.Apprenticeship(a.getName(),
						a.getRole() == io.qualspec.qualspec.ApprenticeshipRole.COMPONENT)).toList(),
				q.getFunding(), q.getPerformanceTable(), q.getUcasPoints(),
				new QualificationProfile.Lifecycle(q.getVersions().isEmpty() ? null : q.getVersions().get(0).getName(),
						q.getVersions().isEmpty() ? null : q.getVersions().get(0).getIssued(), q.getFirstTeaching(),
						q.getFirstRegistration(), q.getLastEntry(), q.isLastEntrySubjectToChange(), q.getLastCertification(),
						q.isSetStatus() ? same(q.getStatus(), QualificationProfile.Status.class) : null));
	}

	private static ResolvedQualification.Version version(io.qualspec.qualspec.Version version) {
		return new ResolvedQualification.Version(version.getName(), version.getIssued(),
				version.getChanges().stream().map(change -> new ResolvedQualification.VersionChange(change.getDescription(),
						change.getSection(), change.isAllSections(),
						change.getSubjects().stream().filter(s -> s.getUnit() != null).map(s -> s.getUnit()).toList(),
						change.getSubjects().stream().filter(s -> s.getUnit() == null && s.isSetAspect())
								.map(s -> same(s.getAspect(), ResolvedQualification.ChangeAspect.class)).toList(),
						SourceLocation.of(change))).toList(),
				SourceLocation.of(version));
	}

	private static QualificationProfile.AgeBand ageBand(io.qualspec.qualspec.AgeBand band) {
		return switch (band) {
			case PRE16 -> QualificationProfile.AgeBand.PRE_16;
			case FROM16TO18 -> QualificationProfile.AgeBand.FROM_16_TO_18;
			case OVER18 -> QualificationProfile.AgeBand.OVER_18;
			case OVER19 -> QualificationProfile.AgeBand.OVER_19;
		};
	}

	private static ResolvedUnit resolveUnit(Unit unit) {
		return resolveUnit(unit, true);
	}

	static ResolvedUnit unitFacts(Unit unit) {
		return resolveUnit(unit, false);
	}

	private static ResolvedUnit resolveUnit(Unit unit, boolean whole) {
		String library = unit.eContainer() instanceof UnitLibrary lib ? lib.getName() : null;
		return new ResolvedUnit(library, unit.getName(), unit.isOwnCode(), unit.getTitle(), unit.getShortName(),
				unit.getLevel(), unit.getCredits(), unit.getGlh(), unit.getTqt(), unit.getSectorCode(),
				unit.isSetAssessment() ? assessment(unit.getAssessment()) : null,
				unit.isSetGradeScale() ? same(unit.getGradeScale(), GradeScale.class) : null,
				unit.isSetKind() ? same(unit.getKind(), ResolvedUnit.Kind.class) : null, unit.getExpiry(), unit.isSynoptic(),
				whole ? links(unit.getLinks()) : List.of(), whole ? links(unit.getAfter()) : List.of(),
				whole ? evidence(unit.getEvidence()) : List.of(), exam(unit.getExam()),
				whole ? sections(unit.getSections()) : List.of(),
				whole ? unit.getOutcomes().stream().map(Resolver::outcome).toList() : List.of(),
				whole ? unit.getAims().stream().map(a -> new ResolvedUnit.LearningAim(a.getLetter(), a.getText(),
						a.getContent().stream().map(Resolver::content).toList())).toList() : List.of(),
				whole ? unit.getGradingCriteria().stream().map(c -> new ResolvedUnit.GradingCriterion(
						same(c.getGrade(), Grade.class), c.getCode(), c.getText(), c.getOutcome())).toList() : List.of(),
				unit.getDescriptors(), SourceLocation.of(unit));
	}

	private static List<ResolvedUnit.Link> links(List<Unit> units) {
		return units.stream().map(u -> u == null || u.eIsProxy() ? new ResolvedUnit.Link(null, null)
				: new ResolvedUnit.Link(u.getName(), u.getTitle())).toList();
	}

	private static ResolvedUnit.Exam exam(ExternalAssessment exam) {
		if (exam == null) {
			return null;
		}
		return new ResolvedUnit.Exam(exam.getDuration(), exam.getFormat(), exam.getMarks(), exam.getSetBy(),
				exam.isCalculator(), exam.getQuestionTypes(), months(exam.getSeries()));
	}

	private static ResolvedOutcome outcome(LearningOutcome outcome) {
		ResolvedOutcome.Kind kind = outcome.isSetKind() ? same(outcome.getKind(), ResolvedOutcome.Kind.class)
				: kindFromStem(outcome.getText());
		return new ResolvedOutcome(outcome.getNumber(), outcome.getText(), kind, outcome.getWeighting(),
				outcome.getCriteria().stream().map(Resolver::criterion).toList(),
				outcome.getContent().stream().map(Resolver::content).toList(), SourceLocation.of(outcome));
	}

	private static ResolvedOutcome.TeachingContent content(TeachingContent content) {
		return new ResolvedOutcome.TeachingContent(
				content.isSetQualifier() ? same(content.getQualifier(), ResolvedOutcome.Qualifier.class) : null,
				content.getText());
	}

	/** "Understand ..." and "Know ..." outcomes are knowledge, "Be able to ..." competence; else null. */
	static ResolvedOutcome.Kind kindFromStem(String text) {
		String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (lower.startsWith("understand") || lower.startsWith("know")) {
			return ResolvedOutcome.Kind.KNOWLEDGE;
		}
		if (lower.startsWith("be able to")) {
			return ResolvedOutcome.Kind.COMPETENCE;
		}
		return null;
	}

	private static ResolvedCriterion criterion(AssessmentCriterion criterion) {
		String shared = criterion.getShared() != null && !criterion.getShared().eIsProxy()
				? criterion.getShared().getName() : null;
		return new ResolvedCriterion(criterion.getNumber(), criterionText(criterion), criterion.getGuidance(), shared,
				SourceLocation.of(criterion));
	}

	static String criterionText(AssessmentCriterion criterion) {
		if (criterion.getShared() == null) {
			return criterion.getText();
		}
		if (criterion.getShared().eIsProxy() || criterion.getShared().getText() == null) {
			return null;
		}
		String text = criterion.getShared().getText();
		String argument = criterion.getArgument();
		return argument == null ? text : text.replaceFirst("\\{[^}]*\\}", Matcher.quoteReplacement(argument));
	}

	private static AssessmentMethod method(io.qualspec.qualspec.AssessmentMethod method) {
		return new AssessmentMethod(method.getCode(), method.getName(), method.getCategory());
	}

	private static List<TextSection> sections(List<io.qualspec.qualspec.TextSection> sections) {
		return sections.stream().map(s -> new TextSection(s.isSetKind() ? same(s.getKind(), TextSection.Kind.class) : null,
				s.getTitle(), s.getBlocks().stream().map(b -> new TextSection.Block(b instanceof Bullet, b.getText())).toList()))
				.toList();
	}

	private static List<EvidencePermission> evidence(List<io.qualspec.qualspec.EvidencePermission> permissions) {
		return permissions.stream()
				.map(p -> new EvidencePermission(same(p.getContext(), EvidencePermission.Context.class), p.isAllowed(),
						p.isSetUnitKind() ? same(p.getUnitKind(), ResolvedUnit.Kind.class) : null,
						p.getQualification() == null ? null
								: p.getQualification().eIsProxy() ? UNRESOLVED : RuleSets.identifier(p.getQualification())))
				.toList();
	}

	static Assessment assessment(io.qualspec.qualspec.AssessmentType type) {
		return same(type, Assessment.class);
	}

	private static List<Month> months(List<io.qualspec.qualspec.Month> months) {
		return months.stream().map(m -> same(m, Month.class)).toList();
	}

	/** The view's constant of the same name as the model's (the language's enums name the same things). */
	static <E extends Enum<E>> E same(Enum<?> literal, Class<E> type) {
		return literal == null ? null : Enum.valueOf(type, literal.name());
	}
}
