package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.loading.SpecificationResource;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.Unit;

/** A file unloaded and loaded again, as an editor's build does at each edit, and its links tried once per text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class SpecificationResourceTest extends SpecificationTest {

	private static final String QUALIFICATION = """
			use ocr.customerservice

			qualification 500/8625/X "OCR Level 2 NVQ Certificate in Customer Service" {
				group A "Mandatory units" mandatory {
					unit F1 = F/601/1609
					unit F2 = L/601/1614
				}
			}
			""";

	/** The library's two units, each with outcomes of several criteria below it. */
	private static final String LIBRARY = UnitLibraries.CUSTOMER_SERVICE.replace("glh 30\n", """
			glh 30
			outcome 1 "Understand the purpose of the unit" {
				criterion 1.1 "Explain the first aspect"
				criterion 1.2 "Explain the second aspect"
				criterion 1.3 "Explain the third aspect"
			}
			outcome 2 "Be able to apply it" {
				criterion 2.1 "Apply the first aspect"
				criterion 2.2 "Apply the second aspect"
			}
			""");

	@Test
	void anUnloadedElementIsTheProxyEmfNamesIt() throws Exception {
		XtextResourceSet project = resourceSets.get();
		XtextResource library = (XtextResource) parseHelper.parse(LIBRARY, uri("units/units.qspec"), project).eResource();
		assertTrue(library instanceof SpecificationResource, "the language binds its resource");
		Map<EObject, String> named = new IdentityHashMap<>();
		List<EObject> elements = new ArrayList<>();
		library.getAllContents().forEachRemaining(element -> {
			elements.add(element);
			// EMF's own fragment, found by each element's index in its container
			named.put(element, EcoreUtil.getURI(element).toString());
		});
		assertEquals(1 + 1 + 2 * (1 + 2 + 5), elements.size(), "the specification, its library, two units, their outcomes and criteria");

		library.unload();

		for (EObject element : elements) {
			assertTrue(element.eIsProxy());
			assertEquals(named.get(element), ((InternalEObject) element).eProxyURI().toString());
		}
	}

	@Test
	void aReferenceIntoAFileReloadedFindsTheNewUnit() throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(LIBRARY, uri("units/units.qspec"), project);
		Specification qualification = parseHelper.parse(QUALIFICATION, uri("quals/q.qspec"), project);
		Membership second = ((Qualification) qualification.getElements().get(0)).getGroups().get(0).getMemberships().get(1);
		Unit before = second.getUnit();
		assertEquals("L/601/1614", before.getName());

		Resource library = project.getResource(uri("units/units.qspec"), false);
		library.unload();
		library.load(new LazyStringInputStream(LIBRARY), null);

		Unit after = second.getUnit();
		assertNotSame(before, after);
		assertFalse(after.eIsProxy());
		assertEquals("L/601/1614", after.getName());
		assertEquals(before.getTitle(), after.getTitle());
	}

	@Test
	void linksAreTriedAgainAfterTheTextChanges() throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(UnitLibraries.CUSTOMER_SERVICE, uri("units/units.qspec"), project);
		Specification qualification = parseHelper.parse(QUALIFICATION, uri("quals/q.qspec"), project);
		XtextResource resource = (XtextResource) qualification.eResource();
		((SpecificationResource) resource).resolveLazyCrossReferences(CancelIndicator.NullImpl);
		assertEquals("L/601/1614", ((Unit) unitAsLinked(resource)).getName());

		// an edit as the workbench's editor makes it: the resource reparses the changed region
		int at = QUALIFICATION.indexOf("L/601/1614");
		resource.update(at, "L/601/1614".length(), "F/601/1609");
		assertTrue(unitAsLinked(resource).eIsProxy(), "a new link, not yet tried");

		((SpecificationResource) resource).resolveLazyCrossReferences(CancelIndicator.NullImpl);
		assertFalse(unitAsLinked(resource).eIsProxy());
		assertEquals("F/601/1609", ((Unit) unitAsLinked(resource)).getName());
	}

	/** The second membership's unit as the model holds it, a proxy where the link was not tried. */
	private static EObject unitAsLinked(XtextResource resource) {
		Specification specification = (Specification) resource.getContents().get(0);
		Membership second = ((Qualification) specification.getElements().get(0)).getGroups().get(0).getMemberships().get(1);
		return (EObject) second.eGet(Literals.MEMBERSHIP__UNIT, false);
	}
}
