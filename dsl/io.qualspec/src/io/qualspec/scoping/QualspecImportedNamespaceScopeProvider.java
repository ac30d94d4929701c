package io.qualspec.scoping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;

import io.qualspec.qualspec.Import;
import io.qualspec.qualspec.Unit;

/**
 * "use ocr.customerservice" imports every unit of that library; within a file a unit is also known by
 * its short name, as it is in the index.
 */
public class QualspecImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected String getImportedNamespace(EObject object) {
		if (object instanceof Import anImport && anImport.getImportedNamespace() != null) {
			return anImport.getImportedNamespace() + ".*";
		}
		return null;
	}

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		Iterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject object = contents.next();
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
			if (name != null) {
				descriptions.add(EObjectDescription.create(name, object));
				if (object instanceof Unit unit) {
					QualifiedName shortName = QualspecResourceDescriptionStrategy.shortName(unit, name);
					if (shortName != null) {
						descriptions.add(EObjectDescription.create(shortName, unit));
					}
				}
			}
		}
		return new MultimapBasedSelectable(descriptions);
	}
}
