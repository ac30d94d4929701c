package io.qualspec.catalogue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;

/**
 * The resolved, navigable view of a set of specifications: qualifications, their groups and memberships,
 * the units they use (each unit resolved once, with shared criterion texts filled in) and the awarding
 * organisations. Built from the EMF model; downstream code reads this view rather than the syntax.
 */
public record Catalogue(List<ResolvedQualification> qualifications, List<ResolvedUnit> units,
		List<AwardingOrganisation> organisations) {

	public Catalogue {
		qualifications = List.copyOf(qualifications);
		units = List.copyOf(units);
		organisations = List.copyOf(organisations);
	}

	/** Resolves the contents of the given resources, in their order. */
	public static Catalogue of(List<Resource> resources) {
		Map<Unit, ResolvedUnit> units = new IdentityHashMap<>();
		List<ResolvedUnit> unitList = new ArrayList<>();
		List<AwardingOrganisation> organisations = new ArrayList<>();
		List<Qualification> qualifications = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (!(root instanceof Specification specification)) {
					continue;
				}
				for (EObject element : specification.getElements()) {
					if (element instanceof AwardingOrganisation organisation) {
						organisations.add(organisation);
					} else if (element instanceof UnitLibrary library) {
						for (Unit unit : library.getUnits()) {
							ResolvedUnit resolved = ResolvedUnit.of(unit);
							units.put(unit, resolved);
							unitList.add(resolved);
						}
					} else if (element instanceof Qualification qualification) {
						qualifications.add(qualification);
					}
				}
			}
		}
		List<ResolvedQualification> resolvedQualifications = qualifications.stream()
				.map(q -> ResolvedQualification.of(q, unit -> units.computeIfAbsent(unit, ResolvedUnit::of)))
				.toList();
		return new Catalogue(resolvedQualifications, unitList, organisations);
	}

	/** The qualification with this number (for example "500/8625/X"). */
	public Optional<ResolvedQualification> qualification(String number) {
		return qualifications.stream().filter(q -> q.number().equals(number)).findFirst();
	}

	/** Every description of the unit with this URN, in every library (normally exactly one). */
	public List<ResolvedUnit> descriptionsOf(String urn) {
		return units.stream().filter(u -> u.urn().equals(urn)).toList();
	}
}
