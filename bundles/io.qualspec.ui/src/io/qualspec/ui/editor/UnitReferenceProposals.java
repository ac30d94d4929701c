package io.qualspec.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Unit;

/**
 * Proposes a unit reference with what the author chooses by: the unit's title, level and credits (the
 * default proposal shows only the name and the element's type).
 */
public class UnitReferenceProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null && QualspecPackage.Literals.UNIT.isSuperTypeOf(candidate.getEClass())) {
			EObject resolved = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context.getResource());
			if (resolved instanceof Unit unit && !unit.eIsProxy()) {
				entry.setDescription(summary(ResolvedUnit.of(unit)));
			}
		}
		return entry;
	}

	/** "Communicate using customer service language, level 1, 4 credits". */
	static String summary(ResolvedUnit unit) {
		StringBuilder text = new StringBuilder(unit.title());
		if (unit.level() != null) {
			text.append(unit.level() == 0 ? ", entry level" : ", level " + unit.level());
		}
		if (unit.credits() != null) {
			text.append(", ").append(unit.credits()).append(unit.credits() == 1 ? " credit" : " credits");
		}
		return text.toString();
	}
}
