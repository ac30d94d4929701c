package io.qualspec.scoping;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy.SharedUnitFacts;

/**
 * Besides the files that refer to a changed name, a change affects every file that describes one of the
 * changed file's units (the same URN in another library): the shared-unit check of those files compares
 * against the changed description, so an IDE revalidates them on save.
 */
public class QualspecResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		if (super.isAffected(deltas, candidate, context)) {
			return true;
		}
		Set<String> described = urns(candidate).collect(Collectors.toSet());
		if (described.isEmpty()) {
			return false;
		}
		return deltas.stream().filter(IResourceDescription.Delta::haveEObjectDescriptionsChanged)
				.filter(delta -> !delta.getUri().equals(candidate.getURI()))
				.flatMap(delta -> Stream.of(delta.getOld(), delta.getNew()))
				.anyMatch(description -> description != null && urns(description).anyMatch(described::contains));
	}

	private static Stream<String> urns(IResourceDescription description) {
		Iterable<IEObjectDescription> units = description.getExportedObjectsByType(Literals.UNIT);
		return StreamSupport.stream(units.spliterator(), false).map(unit -> unit.getUserData(SharedUnitFacts.URN.key()))
				.filter(urn -> urn != null);
	}
}
