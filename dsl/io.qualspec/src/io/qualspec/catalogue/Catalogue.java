package io.qualspec.catalogue;

import java.util.ArrayList;
import java.util.List;
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
 * organisations. Everything downstream of the language (engine, generators, command line, workbench views)
 * reads this view, never the syntax.
 */
public record Catalogue(List<ResolvedQualification> qualifications, List<ResolvedUnit> units,
		List<ResolvedOrganisation> organisations) {

	public Catalogue {
		qualifications = List.copyOf(qualifications);
		units = List.copyOf(units);
		organisations = List.copyOf(organisations);
	}

	/** Resolves the contents of the given resources, in their order. */
	public static Catalogue of(List<Resource> resources) {
		Resolver resolver = new Resolver();
		List<ResolvedUnit> units = new ArrayList<>();
		List<ResolvedOrganisation> organisations = new ArrayList<>();
		List<Qualification> qualifications = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (!(root instanceof Specification specification)) {
					continue;
				}
				for (EObject element : specification.getElements()) {
					if (element instanceof AwardingOrganisation organisation) {
						organisations.add(resolver.organisation(organisation));
					} else if (element instanceof UnitLibrary library) {
						for (Unit unit : library.getUnits()) {
							units.add(resolver.unit(unit));
						}
					} else if (element instanceof Qualification qualification) {
						qualifications.add(qualification);
					}
				}
			}
		}
		return new Catalogue(qualifications.stream().map(resolver::qualification).toList(), units, organisations);
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
