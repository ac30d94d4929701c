package io.qualspec.generator;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.xtext.GeneratedMetamodel;
import org.eclipse.xtext.xtext.ecoreInference.IXtext2EcorePostProcessor;

/**
 * Makes every single-valued enum attribute of the inferred model unsettable. EMF gives an enum attribute
 * its first literal when nothing is assigned, so without this "assessment internal" written and no
 * assessment written at all look the same; unsettable, {@code isSetAssessment()} tells them apart.
 * (Optional numbers are told apart by data type rules returning EIntegerObject, which stay null.)
 */
public class UnsettableEnumAttributes implements IXtext2EcorePostProcessor {

	@Override
	public void process(GeneratedMetamodel metamodel) {
		metamodel.getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.flatMap(type -> type.getEAttributes().stream())
				.filter(attribute -> attribute.getEAttributeType() instanceof EEnum && !attribute.isMany())
				.forEach(attribute -> attribute.setUnsettable(true));
	}
}
