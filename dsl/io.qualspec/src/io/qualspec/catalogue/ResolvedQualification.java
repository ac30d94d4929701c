package io.qualspec.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.qualspec.WrittenFeatures.isWritten;

import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.RulesOfCombination;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.WorkedExample;

/**
 * A qualification with its groups and memberships resolved to units. Units listed outside any group
 * (a qualification with no groups, such as a Cambridge Technical) are in {@link #ungrouped()}.
 */
public record ResolvedQualification(Qualification source, String number, String title, Integer level,
		AwardingOrganisation organisation, List<ResolvedGroup> groups, List<ResolvedMembership> ungrouped,
		SourceLocation location) {

	public ResolvedQualification {
		groups = List.copyOf(groups);
		ungrouped = List.copyOf(ungrouped);
	}

	/** A qualification resolved on its own, e.g. by a validator (a catalogue shares one view of each unit). */
	public static ResolvedQualification of(Qualification qualification) {
		return of(qualification, ResolvedUnit::of);
	}

	static ResolvedQualification of(Qualification qualification, Function<Unit, ResolvedUnit> units) {
		List<ResolvedGroup> groups = new ArrayList<>();
		for (UnitGroup group : qualification.getGroups()) {
			groups.add(new ResolvedGroup(group, group.getName(), group.getLabel(), group.getKind(),
					isWritten(group, Literals.UNIT_GROUP__ORDINAL) ? group.getOrdinal() : null,
					group.getMemberships().stream().map(m -> membership(m, units)).toList(), SourceLocation.of(group)));
		}
		List<ResolvedMembership> ungrouped = qualification.getMemberships().stream().map(m -> membership(m, units))
				.toList();
		AwardingOrganisation organisation = qualification.getOrganisation() == null
				|| qualification.getOrganisation().eIsProxy() ? null : qualification.getOrganisation();
		return new ResolvedQualification(qualification, qualification.getName(), qualification.getTitle(),
				isWritten(qualification, Literals.QUALIFICATION__LEVEL) ? qualification.getLevel() : null,
				organisation, groups, ungrouped, SourceLocation.of(qualification));
	}

	private static ResolvedMembership membership(Membership membership, Function<Unit, ResolvedUnit> units) {
		Unit unit = membership.getUnit();
		ResolvedUnit resolved = unit == null || unit.eIsProxy() ? null : units.apply(unit);
		return new ResolvedMembership(membership, membership.getNumber(), resolved, membership.getSectorCode(),
				membership.getAoReference(),
				isWritten(membership, Literals.MEMBERSHIP__POINTS) ? membership.getPoints() : null,
				SourceLocation.of(membership));
	}

	/** Every membership in table order: groups first, then ungrouped units. */
	public List<ResolvedMembership> memberships() {
		List<ResolvedMembership> all = new ArrayList<>();
		groups.forEach(g -> all.addAll(g.memberships()));
		all.addAll(ungrouped);
		return all;
	}

	/** The group a membership belongs to; empty for an ungrouped unit. */
	public Optional<ResolvedGroup> groupOf(ResolvedMembership membership) {
		return groups.stream().filter(g -> g.memberships().contains(membership)).findFirst();
	}

	public Optional<RulesOfCombination> rules() {
		return Optional.ofNullable(source.getRules());
	}

	public Optional<GradingScheme> grading() {
		return Optional.ofNullable(source.getGrading());
	}

	public List<WorkedExample> examples() {
		return source.getExamples();
	}
}
