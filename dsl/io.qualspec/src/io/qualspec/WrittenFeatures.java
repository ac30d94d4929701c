package io.qualspec;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether an attribute is written in the text. EMF cannot tell an unset int or enum from its default
 * ("level entry" is 0, "overlapping" is the first pool reading), so parsed models ask the node model.
 */
public final class WrittenFeatures {

	private WrittenFeatures() {
	}

	public static boolean isWritten(EObject object, EStructuralFeature feature) {
		if (NodeModelUtils.getNode(object) == null) {
			return object.eIsSet(feature);
		}
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
