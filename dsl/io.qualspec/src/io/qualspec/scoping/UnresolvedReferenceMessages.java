package io.qualspec.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.validation.CheckCharacters;

/**
 * The message of a unit reference that does not resolve, when a unit in scope has the same seven digits with
 * another letter: a mistyped check letter is the likely slip, so the message names that unit and the issue
 * data carries the reference as it should be written, for a quick fix.
 */
public class UnresolvedReferenceMessages extends LinkingDiagnosticMessageProvider {

	/**
	 * The code of an unresolved unit reference whose digits a unit in scope has with another letter; issue data: the
	 * reference written with that unit's number. A linking error, so not among the configurable validator codes.
	 */
	public static final String REFERENCE_CHECK_LETTER = "io.qualspec.identifier.referenceCheckLetter";

	private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	@Inject
	private IScopeProvider scopes;

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
		IScope scope = scopes.getScope(context.getContext(), context.getReference());
		List<String> sameDigits = new ArrayList<>();
		for (char letter : LETTERS.toCharArray()) {
			QualifiedName candidate = written.skipLast(1).append(letter + "/" + number.group(2) + "/" + number.group(3));
			if (letter != number.group(1).charAt(0) && scope.getSingleElement(candidate) != null) {
				sameDigits.add(names.toString(candidate));
			}
		}
		if (sameDigits.isEmpty()) {
			return super.getUnresolvedProxyMessage(context);
		}
		return new DiagnosticMessage("No unit " + context.getLinkText() + " is in scope, but " + String.join(" and ", sameDigits)
				+ (sameDigits.size() == 1 ? " has" : " have") + " the same digits: did you mean " + sameDigits.get(0) + "?",
				Severity.ERROR, REFERENCE_CHECK_LETTER, sameDigits.get(0));
	}
}
