package io.qualspec.generators.document;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.GradeScale;

/**
 * The units beside the structure tables: each unit description once, with its size, assessment, grade
 * scale, how many learning outcomes and assessment criteria it has, its library and the qualifications that
 * use it.
 */
public record UnitList(List<Unit> units) {

	public UnitList {
		units = List.copyOf(units);
	}

	/** A unit; values the description does not state are null. */
	public record Unit(String urn, String title, Integer level, Integer credits, Integer glh, Assessment assessment,
			GradeScale gradeScale, int outcomes, int criteria, String library, List<String> qualifications) {
		public Unit {
			qualifications = List.copyOf(qualifications);
		}
	}

	/** The units a qualification uses, once each, in table order. */
	public static UnitList of(ResolvedQualification qualification) {
		Set<ResolvedUnit> listed = Collections.newSetFromMap(new IdentityHashMap<>());
		return new UnitList(qualification.memberships().stream().map(ResolvedMembership::unit)
				.filter(unit -> unit != null && listed.add(unit)).map(unit -> unit(unit, Set.of(qualification.number())))
				.toList());
	}

	/** Every unit description of a catalogue, in library order, with the qualifications that use it. */
	public static UnitList of(Catalogue catalogue) {
		Map<ResolvedUnit, Set<String>> usedBy = new IdentityHashMap<>();
		for (ResolvedQualification qualification : catalogue.qualifications()) {
			for (ResolvedMembership membership : qualification.memberships()) {
				if (membership.unit() != null) {
					usedBy.computeIfAbsent(membership.unit(), u -> new LinkedHashSet<>()).add(qualification.number());
				}
			}
		}
		return new UnitList(catalogue.units().stream().map(unit -> unit(unit, usedBy.getOrDefault(unit, Set.of()))).toList());
	}

	private static Unit unit(ResolvedUnit unit, Set<String> qualifications) {
		return new Unit(unit.urn(), unit.title(), unit.level(), unit.credits(), unit.glh(), unit.assessment(),
				unit.gradeScale(), unit.outcomes().size(), unit.outcomes().stream().mapToInt(o -> o.criteria().size()).sum(),
				unit.library(), List.copyOf(qualifications));
	}
}
