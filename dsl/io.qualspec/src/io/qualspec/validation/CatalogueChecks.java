package io.qualspec.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy.SharedUnitFacts;

/**
 * Checks across files (sharedUnit.differs, duplicate.qualification, duplicate.outputName), made through the Xtext index rather than by loading the
 * other files: a unit described in several libraries must be described alike, and a qualification number is
 * specified once. They run on save and in a full build (CheckType.NORMAL), not on every keystroke.
 */
public class CatalogueChecks extends QualspecChecks {

	@Inject
	private ResourceDescriptionsProvider indexes;

	@Check(CheckType.NORMAL)
	public void checkSharedUnit(Unit unit) {
		if (unit.getName() == null) {
			return;
		}
		ResolvedUnit here = ResolvedUnit.of(unit);
		String library = here.library();
		for (IEObjectDescription other : others(unit, Literals.UNIT)) {
			// a second description in the same library is a duplicate, reported as such
			boolean sameLibrary = other.getQualifiedName().skipLast(1).toString().equals(library)
					&& other.getEObjectURI().trimFragment().equals(unit.eResource().getURI());
			if (sameLibrary || !unit.getName().equals(other.getUserData(SharedUnitFacts.URN.key()))) {
				continue;
			}
			for (SharedUnitFacts fact : SharedUnitFacts.values()) {
				String mine = fact.of(here);
				String theirs = other.getUserData(fact.key());
				if (mine != null && theirs != null && !mine.equals(theirs)) {
					report(unit.getName() + " has " + fact.label() + " " + shown(fact, mine) + " here but "
							+ shown(fact, theirs) + " in " + where(other) + nuance(mine, theirs)
							+ "; every description of a unit must agree (only its group, local number and reference may vary).",
							unit, feature(fact), QualspecIssueCodes.SHARED_UNIT_DIFFERS, fact.key(), theirs,
							other.getEObjectURI().toString());
				}
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkQualificationSpecifiedOnce(Qualification qualification) {
		if (qualification.getName() == null) {
			return;
		}
		for (IEObjectDescription other : others(qualification, Literals.QUALIFICATION)) {
			if (other.getQualifiedName().equals(QualifiedName.create(qualification.getName()))) {
				report("Qualification " + qualification.getName() + " is also specified in " + fileName(other)
						+ "; specify each qualification once.", qualification, Literals.ELEMENT__NAME,
						QualspecIssueCodes.DUPLICATE_QUALIFICATION);
			}
		}
	}

	/**
	 * Generated files are filed under slugs of names ({@link OutputNames}): two libraries, or two qualifications,
	 * whose different names share a slug would write over each other's documents.
	 */
	@Check(CheckType.NORMAL)
	public void checkOutputNamesDiffer(UnitLibrary library) {
		checkOutputNameDiffers(library, library.getName(), "Library", "unit documents");
	}

	@Check(CheckType.NORMAL)
	public void checkOutputNamesDiffer(Qualification qualification) {
		checkOutputNameDiffers(qualification,
				qualification.getName() != null ? qualification.getName() : qualification.getTitle(), "Qualification", "documents");
	}

	private void checkOutputNameDiffers(EObject element, String name, String kind, String documents) {
		if (name == null) {
			return;
		}
		String slug = OutputNames.slug(name);
		for (IEObjectDescription other : others(element, element.eClass())) {
			String otherName = other.getQualifiedName().toString();
			if (!otherName.equals(name) && OutputNames.slug(otherName).equals(slug)) {
				report(kind + " " + name + " and " + otherName + " (" + fileName(other) + ") would both file their "
						+ documents + " under \"" + slug + "\"; rename one so that the names differ in more than "
						+ "punctuation or case.", element, Literals.ELEMENT__NAME, QualspecIssueCodes.DUPLICATE_OUTPUT_NAME, otherName);
			}
		}
	}

	/** The index entries of this type other than the element itself. */
	private List<IEObjectDescription> others(EObject element, EClass type) {
		URI self = EcoreUtil.getURI(element);
		List<IEObjectDescription> found = new ArrayList<>();
		for (IEObjectDescription description : indexes.getResourceDescriptions(element.eResource())
				.getExportedObjectsByType(type)) {
			if (!description.getEObjectURI().equals(self)) {
				found.add(description);
			}
		}
		return found;
	}

	private static EStructuralFeature feature(SharedUnitFacts fact) {
		return switch (fact) {
			case URN -> Literals.UNIT__NAME;
			case TITLE -> Literals.UNIT__TITLE;
			case LEVEL -> Literals.UNIT__LEVEL;
			case CREDITS -> Literals.UNIT__CREDITS;
			case GLH -> Literals.UNIT__GLH;
		};
	}

	private static String shown(SharedUnitFacts fact, String value) {
		return switch (fact) {
			case TITLE -> "\"" + value + "\"";
			case LEVEL -> "0".equals(value) ? "entry" : value;
			default -> value;
		};
	}

	/** What a reviewer wants to know about two titles that differ only slightly. */
	private static String nuance(String mine, String theirs) {
		if (mine.equalsIgnoreCase(theirs)) {
			return " (they differ only in capitals)";
		}
		if (stripFinalStop(mine).equals(stripFinalStop(theirs))) {
			return " (they differ only in a final full stop)";
		}
		if (normalised(mine).equals(normalised(theirs))) {
			return " (they differ only in spacing, quotes or capitals)";
		}
		return "";
	}

	private static String stripFinalStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private static String normalised(String text) {
		return text.replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"").replaceAll("\\s+", " ").strip()
				.toLowerCase(Locale.ROOT);
	}

	/** "library ocr.customerservice.nvq (units.qspec)". */
	private static String where(IEObjectDescription unit) {
		QualifiedName name = unit.getQualifiedName();
		return "library " + name.skipLast(1) + " (" + fileName(unit) + ")";
	}

	private static String fileName(IEObjectDescription description) {
		return URI.decode(description.getEObjectURI().trimFragment().lastSegment());
	}
}
