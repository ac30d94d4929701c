package io.qualspec.ide.contentassist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy.SharedUnitFacts;

/**
 * Proposals for a reference by the shortest names the scope knows each element by (a unit imported with {@code use}
 * is in scope both as {@code F/601/1609} and as {@code library.F/601/1609}; the second is only noise; a unit with a
 * short name is proposed by it and by its number),
 * and a unit with what an author chooses it by: its title as the detail, its level, credits and GLH as the
 * documentation. The facts come from the index entry of the unit, so nothing is loaded to propose it.
 */
public class CrossReferenceProposals extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Map<URI, Integer> fewestSegments = new HashMap<>();
		Map<URI, IEObjectDescription> withFacts = new HashMap<>();
		List<IEObjectDescription> candidates = new ArrayList<>();
		for (IEObjectDescription candidate : scope.getAllElements()) {
			candidates.add(candidate);
			fewestSegments.merge(candidate.getEObjectURI(), candidate.getName().getSegmentCount(), Math::min);
			if (candidate.getUserDataKeys().length > 0) {
				withFacts.putIfAbsent(candidate.getEObjectURI(), candidate);
			}
		}
		return candidates.stream()
				.filter(candidate -> candidate.getName().getSegmentCount() == fewestSegments.get(candidate.getEObjectURI()))
				.map(candidate -> withFactsOf(candidate, withFacts.get(candidate.getEObjectURI())))
				.toList();
	}

	/** A unit's short name has an index entry of its own without the unit's facts: those of its URN's entry. */
	private static IEObjectDescription withFactsOf(IEObjectDescription candidate, IEObjectDescription facts) {
		if (candidate.getUserDataKeys().length > 0 || facts == null) {
			return candidate;
		}
		Map<String, String> userData = new HashMap<>();
		for (String key : facts.getUserDataKeys()) {
			userData.put(key, facts.getUserData(key));
		}
		return EObjectDescription.create(candidate.getName(), candidate.getEObjectOrProxy(), userData);
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossReference,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossReference, context);
		if (entry != null && QualspecPackage.Literals.UNIT.isSuperTypeOf(candidate.getEClass())) {
			String title = candidate.getUserData(SharedUnitFacts.TITLE.key());
			if (title != null) {
				entry.setDescription(title);
			}
			entry.setDocumentation(facts(candidate));
		}
		return entry;
	}

	/** "Level 1, 4 credits, 30 GLH", as far as the unit's description states them. */
	static String facts(IEObjectDescription unit) {
		List<String> facts = new ArrayList<>();
		String level = unit.getUserData(SharedUnitFacts.LEVEL.key());
		if (level != null) {
			facts.add("0".equals(level) ? "Entry level" : "Level " + level);
		}
		String credits = unit.getUserData(SharedUnitFacts.CREDITS.key());
		if (credits != null) {
			facts.add(credits + ("1".equals(credits) ? " credit" : " credits"));
		}
		String glh = unit.getUserData(SharedUnitFacts.GLH.key());
		if (glh != null) {
			facts.add(glh + " GLH");
		}
		return facts.isEmpty() ? null : String.join(", ", facts);
	}
}
