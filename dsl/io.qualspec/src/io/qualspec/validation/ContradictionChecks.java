package io.qualspec.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import io.qualspec.catalogue.RuleSets;
import io.qualspec.qualspec.AssessmentMethod;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.EvidenceContext;
import io.qualspec.qualspec.EvidencePermission;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.NoEquivalences;
import io.qualspec.qualspec.NoExemptions;
import io.qualspec.qualspec.PointsEntry;
import io.qualspec.qualspec.PointsRow;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.SectionKind;
import io.qualspec.qualspec.TextSection;
import io.qualspec.qualspec.Unit;
import io.qualspec.rules.model.Grade;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy;
import io.qualspec.scoping.QualspecScopeProvider;

/**
 * Statements of one qualification that contradict each other: an evidence policy the qualification's own units,
 * memberships or assessment methods break; "no exemptions" beside a section on exemptions; a points override
 * outside the unit's GLH row; a synoptic unit that names no units it draws on. Cheap, local checks.
 */
public class ContradictionChecks extends QualspecChecks {

	@Inject
	private ResourceDescriptionsProvider indexes;

	/** An assessment method of simulation: code S ("Simulated Activities") or a name that says so. */
	private static final Pattern SIMULATION_METHOD = Pattern.compile("(?i).*\\bsimulat.*");

	/**
	 * "simulation not allowed" (and the like for the workplace and a realistic working environment) is broken by a
	 * unit of the qualification whose description in its library allows it, unless the membership states the
	 * permission itself: that is the qualification's own exception to its policy ("... except for Units C1 and C2",
	 * OCR Customer Service NVQ handbook v4, §3.14), and silent. For simulation where no unit allows it, it is
	 * broken by a simulation assessment method the qualification offers (its own methods, else its awarding
	 * organisation's). Reported on the membership or method, naming the policy's line; an organisation's method,
	 * described elsewhere, is reported on the policy.
	 */
	@Check
	public void checkEvidencePolicies(Qualification qualification) {
		for (EvidencePermission policy : qualification.getEvidence()) {
			if (policy.isAllowed()) {
				continue;
			}
			EvidenceContext context = policy.getContext();
			String policyText = words(policy) + "\" (line " + line(policy) + ")";
			boolean someUnitAllows = false;
			for (Membership membership : QualspecScopeProvider.allMemberships(qualification)) {
				Optional<EvidencePermission> own = permission(membership.getEvidence(), context, qualification);
				Unit unit = membership.getUnit();
				if (policy.isSetUnitKind() && (unit == null || unit.eIsProxy() || !unit.isSetKind()
						|| unit.getKind() != policy.getUnitKind())) {
					continue;
				}
				Optional<EvidencePermission> allowing = (own.isPresent() || unit == null || unit.eIsProxy() ? own
						: permission(unit.getEvidence(), context, qualification)).filter(EvidencePermission::isAllowed);
				if (allowing.isEmpty()) {
					continue;
				}
				someUnitAllows = true;
				if (own.isEmpty()) {
					report("Unit " + unit.getName() + " allows " + words(context) + " (line " + line(allowing.get())
							+ " of its description), but the qualification says \"" + policyText + ": write \""
							+ words(context) + " not allowed\" on this unit, or \"" + words(context) + " allowed\" if the "
							+ "qualification makes an exception for it" + (allowing.get().getQualification() == null
									? "" : " (the unit's permission names this qualification)") + ".",
							membership, Literals.MEMBERSHIP__UNIT, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
				}
			}
			// a simulation method serves the units that allow simulation, reported above, or the kinds of unit
			// a limited policy leaves out
			if (context == EvidenceContext.SIMULATION && !someUnitAllows && !policy.isSetUnitKind()) {
				checkSimulationMethods(qualification, policy, policyText);
			}
		}
	}

	private void checkSimulationMethods(Qualification qualification, EvidencePermission policy, String policyText) {
		boolean own = !qualification.getMethods().isEmpty();
		List<AssessmentMethod> methods = own ? qualification.getMethods()
				: qualification.getOrganisation() == null || qualification.getOrganisation().eIsProxy() ? List.of()
						: qualification.getOrganisation().getMethods();
		for (AssessmentMethod method : methods) {
			if (!isSimulation(method)) {
				continue;
			}
			if (own) {
				report("Assessment method " + method.getCode() + " \"" + method.getName() + "\" is simulation, but the "
						+ "qualification says \"" + policyText + ": remove the method, or allow simulation.", method,
						Literals.ASSESSMENT_METHOD__CODE, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
			} else if (!suiteAllowsSimulation(qualification)) {
				report("Simulation is not allowed, but " + qualification.getOrganisation().getName()
						+ "'s assessment method " + method.getCode() + " \"" + method.getName() + "\", which this qualification "
						+ "offers, is simulation: list the methods the qualification offers in it, or allow simulation.",
						policy, Literals.EVIDENCE_PERMISSION__CONTEXT, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
			}
		}
	}

	/**
	 * An organisation's methods are one list for all its qualifications (OCR prints its codes, "S" among them, in
	 * every NVQ handbook): a qualification of a suite where another qualification allows simulation for some unit
	 * does not offer the method, the suite does ("simulation for the following Level 1 NVQ units only: C1 ... C2",
	 * OCR Customer Service NVQ handbook v4, §3.15, beside the Level 3 Diploma's "simulation not allowed").
	 */
	private boolean suiteAllowsSimulation(Qualification qualification) {
		String suite = QualspecResourceDescriptionStrategy.suite(qualification);
		if (suite.isEmpty()) {
			return false;
		}
		for (IEObjectDescription other : indexes.getResourceDescriptions(qualification.eResource())
				.getExportedObjectsByType(Literals.QUALIFICATION)) {
			if (suite.equals(other.getUserData(QualspecResourceDescriptionStrategy.SUITE))
					&& Boolean.parseBoolean(other.getUserData(QualspecResourceDescriptionStrategy.ALLOWS_SIMULATION))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSimulation(AssessmentMethod method) {
		return "S".equals(method.getCode()) || method.getName() != null && SIMULATION_METHOD.matcher(method.getName()).matches();
	}

	/**
	 * The last permission for a context among several (a later statement replaces an earlier one) that holds in the
	 * qualification: one naming another qualification does not.
	 */
	private static Optional<EvidencePermission> permission(List<EvidencePermission> permissions, EvidenceContext context,
			Qualification qualification) {
		return permissions.stream()
				.filter(p -> p.getContext() == context && (p.getQualification() == null || p.getQualification() == qualification))
				.reduce((first, second) -> second);
	}

	private static String words(EvidenceContext context) {
		return context.getLiteral();
	}

	/** "simulation not allowed for competence units", as written. */
	private static String words(EvidencePermission policy) {
		return words(policy.getContext()) + (policy.isAllowed() ? " allowed" : " not allowed")
				+ (policy.isSetUnitKind() ? " for " + policy.getUnitKind().getLiteral() + " units" : "");
	}

	/**
	 * A unit's permission that names a qualification ("simulation allowed in 500/8625/X") holds only there: a
	 * qualification that does not list the unit makes it hold nowhere, probably a mistyped number.
	 */
	@Check
	public void checkPermissionQualificationListsUnit(EvidencePermission permission) {
		Qualification named = permission.getQualification();
		if (named == null || named.eIsProxy() || !(permission.eContainer() instanceof Unit unit)) {
			return;
		}
		boolean listed = QualspecScopeProvider.allMemberships(named).stream()
				.anyMatch(m -> m.getUnit() == unit);
		if (!listed) {
			report("Qualification " + named.getName() + " does not list unit " + unit.getName() + ", so \"" + words(permission)
					+ " in " + named.getName() + "\" holds nowhere: name a qualification the unit is in, or add the unit "
					+ "to that qualification.", permission, Literals.EVIDENCE_PERMISSION__QUALIFICATION,
					QualspecIssueCodes.PERMISSION_QUALIFICATION_WITHOUT_UNIT);
		}
	}

	/** "no exemptions" beside a section on exemptions: one of the two is out of date, or the section says none. */
	@Check
	public void checkNoneBesideSection(Qualification qualification) {
		if (qualification.getRules() == null) {
			return;
		}
		for (Constraint constraint : qualification.getRules().getConstraints()) {
			SectionKind kind = constraint instanceof NoExemptions ? SectionKind.EXEMPTIONS
					: constraint instanceof NoEquivalences ? SectionKind.EQUIVALENCES : null;
			Optional<TextSection> section = kind == null ? Optional.empty()
					: qualification.getSections().stream().filter(s -> s.getKind() == kind && s.isSetKind()).findFirst();
			if (section.isPresent()) {
				report("The rules say there are no " + kind.getLiteral() + ", and the section on " + kind.getLiteral()
						+ " (line " + line(section.get()) + ") is there too: check the section agrees.", constraint, null,
						QualspecIssueCodes.NONE_BESIDE_SECTION);
			}
		}
	}

	/**
	 * "points 20 when achieved" beyond the unit's GLH row: a handbook may award it (OCR Cambridge Technical
	 * handbook v1, §10: "An achievement of unit 1 will be awarded 20 points" beside a 14/16/18 row for 60 GLH),
	 * so it is a fact to confirm, stated against the row's highest or lowest achieving grade.
	 */
	@Check
	public void checkPointsOverride(Membership membership) {
		Unit unit = membership.getUnit();
		Qualification qualification = qualification(membership);
		if (membership.getPoints() == null || unit == null || unit.eIsProxy() || unit.getGlh() == null
				|| qualification == null || qualification.getGrading() == null) {
			return;
		}
		int glh = unit.getGlh();
		Optional<PointsRow> row = qualification.getGrading().getPointsRows().stream()
				.filter(r -> !r.isPerCredit() && r.getGlh() == glh).findFirst();
		List<PointsEntry> achieving = row.map(r -> r.getEntries().stream()
				.filter(e -> e.getGrade() != null && RuleSets.grade(e.getGrade()).isAchievement())
				.sorted(Comparator.comparingInt(PointsEntry::getPoints)).toList()).orElse(List.of());
		if (achieving.isEmpty()) {
			return;
		}
		int points = membership.getPoints();
		PointsEntry highest = achieving.get(achieving.size() - 1);
		PointsEntry lowest = achieving.get(0);
		PointsEntry passed = points > highest.getPoints() ? highest : points < lowest.getPoints() ? lowest : null;
		if (passed != null) {
			Grade grade = RuleSets.grade(passed.getGrade());
			report(points + " points is " + (passed == highest ? "more" : "less") + " than " + article(grade.label()) + " "
					+ grade.label() + " (" + passed.getPoints() + ") on the " + glh + " GLH row (line " + line(row.get())
					+ "): confirm the handbook awards it.", membership, Literals.MEMBERSHIP__POINTS,
					QualspecIssueCodes.POINTS_OVERRIDE_OUTSIDE_ROW);
		}
	}

	private static String article(String word) {
		return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
	}

	private static Qualification qualification(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Qualification q) {
				return q;
			}
		}
		return null;
	}

	/** A synoptic unit draws on other units; "links to" names them. */
	@Check
	public void checkSynopticLinks(Unit unit) {
		if (unit.isSynoptic() && unit.getLinks().isEmpty()) {
			report("A synoptic unit draws on other units: name them with \"links to\".", unit, Literals.UNIT__SYNOPTIC,
					QualspecIssueCodes.SYNOPTIC_WITHOUT_LINKS);
		}
	}
}
