package io.qualspec.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;

/**
 * Barred pairs, hurdles and worked examples name a unit of the enclosing qualification as its table
 * prints it: by local number ("10"), by URN ("F/601/1609") or by the unit's short name.
 */
public class QualspecScopeProvider extends AbstractQualspecScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == QualspecPackage.Literals.MEMBERSHIP) {
			Qualification qualification = EcoreUtil2.getContainerOfType(context, Qualification.class);
			return qualification == null ? IScope.NULLSCOPE : membershipScope(qualification);
		}
		return super.getScope(context, reference);
	}

	private static IScope membershipScope(Qualification qualification) {
		List<IEObjectDescription> names = new ArrayList<>();
		for (Membership membership : allMemberships(qualification)) {
			if (membership.getNumber() != null) {
				names.add(EObjectDescription.create(QualifiedName.create(membership.getNumber()), membership));
			}
			Unit unit = membership.getUnit();
			if (unit != null && !unit.eIsProxy()) {
				if (unit.getName() != null) {
					names.add(EObjectDescription.create(QualifiedName.create(unit.getName()), membership));
				}
				if (unit.getShortName() != null) {
					names.add(EObjectDescription.create(QualifiedName.create(unit.getShortName()), membership));
				}
			}
		}
		return new SimpleScope(names);
	}

	/** Memberships in table order: the groups' first, then the ungrouped ones. */
	public static List<Membership> allMemberships(Qualification qualification) {
		List<Membership> memberships = new ArrayList<>();
		for (UnitGroup group : qualification.getGroups()) {
			memberships.addAll(group.getMemberships());
		}
		memberships.addAll(qualification.getMemberships());
		return memberships;
	}
}
