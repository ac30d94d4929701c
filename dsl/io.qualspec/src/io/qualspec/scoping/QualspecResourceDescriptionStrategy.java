package io.qualspec.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;

/**
 * What a Qualspec file contributes to the index: organisations, libraries, units (by URN and, when
 * given, also by short name), shared criteria and qualifications. Groups and memberships are local to
 * their qualification and the inside of a unit has nothing to export.
 */
public class QualspecResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof UnitGroup || object instanceof Membership) {
			return false;
		}
		super.createEObjectDescriptions(object, acceptor);
		if (object instanceof Unit unit) {
			QualifiedName shortName = shortName(unit, getQualifiedNameProvider().getFullyQualifiedName(unit));
			if (shortName != null) {
				acceptor.accept(EObjectDescription.create(shortName, unit));
			}
			return false;
		}
		return true;
	}

	/** The unit's short name in its library's namespace, or null when it has none. */
	static QualifiedName shortName(Unit unit, QualifiedName urnName) {
		if (unit.getShortName() == null || urnName == null) {
			return null;
		}
		return urnName.skipLast(1).append(unit.getShortName());
	}
}
