package io.qualspec.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.UnitLibrary;

/**
 * The message of a unit reference that does not resolve, when a unit in the index has the same seven digits with
 * another letter: a mistyped check letter is the likely slip, so the message names that unit and the issue
 * data carries the reference as it should be written, for a quick fix.
 */
public class UnresolvedReferenceMessages extends LinkingDiagnosticMessageProvider {

	/**
	 * The code of an unresolved unit reference whose digits a unit in the index has with another letter; issue data: the
	 * reference written with that unit's number. A linking error, so not among the configurable validator codes.
	 */
	public static final String REFERENCE_CHECK_LETTER = "io.qualspec.identifier.referenceCheckLetter";

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private IQualifiedNameConverter names;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (!QualspecPackage.Literals.UNIT.isSuperTypeOf(context.getReference().getEReferenceType())) {
			return super.getUnresolvedProxyMessage(context);
		}
		QualifiedName written = names.toQualifiedName(context.getLinkText());
		Matcher number = CheckCharacters.UNIT_REFERENCE_NUMBER.matcher(written.getLastSegment());
		if (!number.matches()) {
			return super.getUnresolvedProxyMessage(context);
		}
		// the units of this file and the index's other files, not the scope: asking the scope, or this file's index
		// entry, while a link is being resolved would resolve the file's links again
		String digits = "/" + number.group(2) + "/" + number.group(3);
		Resource file = context.getContext().eResource();
		List<String> urns = new ArrayList<>();
		file.getContents().stream().filter(Specification.class::isInstance)
				.flatMap(specification -> ((Specification) specification).getElements().stream())
				.filter(UnitLibrary.class::isInstance).flatMap(library -> ((UnitLibrary) library).getUnits().stream())
				.forEach(unit -> urns.add(unit.getName()));
		for (IResourceDescription other : index.getResourceDescriptions(file).getAllResourceDescriptions()) {
			if (!other.getURI().equals(file.getURI())) {
				other.getExportedObjectsByType(QualspecPackage.Literals.UNIT)
						.forEach(unit -> urns.add(unit.getName().getLastSegment()));
			}
		}
		Set<String> sameDigits = new LinkedHashSet<>();
		for (String urn : urns) {
			if (urn != null && urn.length() == written.getLastSegment().length() && urn.endsWith(digits)
					&& urn.charAt(0) != number.group(1).charAt(0)) {
				sameDigits.add(names.toString(written.skipLast(1).append(urn)));
			}
		}
		if (sameDigits.isEmpty()) {
			return super.getUnresolvedProxyMessage(context);
		}
		String first = sameDigits.iterator().next();
		return new DiagnosticMessage("No unit " + context.getLinkText() + " is in scope, but " + String.join(" and ", sameDigits)
				+ (sameDigits.size() == 1 ? " has" : " have") + " the same digits: did you mean " + first + "?",
				Severity.ERROR, REFERENCE_CHECK_LETTER, first);
	}
}
