package io.qualspec.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.SectionKind;
import io.qualspec.qualspec.TextSection;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.qualspec.UnitMention;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy.SharedUnitFacts;
import io.qualspec.scoping.QualspecScopeProvider;

/**
 * Checks across files (sharedUnit.differs, sharedUnit.sameTitle, sharedUnit.sectorCodeMisprint, duplicate.qualification,
 * duplicate.outputName), made through the Xtext index ({@link IndexedUnits}) rather than by loading the
 * other files: a unit described in several libraries must be described alike, and a qualification number is
 * specified once. They run on save and in a full build (CheckType.NORMAL), not on every keystroke.
 */
public class CatalogueChecks extends QualspecChecks {

	/** Sections that may name units of other qualifications: what follows, what exempts, what counts as equivalent. */
	private static final Set<SectionKind> NAMES_OTHER_UNITS = Set.of(SectionKind.PROGRESSION, SectionKind.EXEMPTIONS,
			SectionKind.EQUIVALENCES);

	@Inject
	private ResourceDescriptionsProvider indexes;

	@Check(CheckType.NORMAL)
	public void checkSharedUnit(Unit unit) {
		if (unit.getName() == null) {
			return;
		}
		ResolvedUnit here = ResolvedUnit.factsOf(unit);
		String library = here.library();
		for (IEObjectDescription other : others(unit, indexed(unit).unitsWithUrn(unit.getName()))) {
			// a second description in the same library is a duplicate, reported as such
			boolean sameLibrary = other.getQualifiedName().skipLast(1).toString().equals(library)
					&& other.getEObjectURI().trimFragment().equals(unit.eResource().getURI());
			if (sameLibrary) {
				continue;
			}
			for (SharedUnitFacts fact : SharedUnitFacts.values()) {
				String mine = fact.of(here);
				String theirs = other.getUserData(fact.key());
				if (mine != null && theirs != null && !mine.equals(theirs)
						&& !(fact == SharedUnitFacts.EXPIRY && samePeriod(mine, theirs))) {
					report(unit.getName() + " has " + fact.label() + " " + shown(fact, mine) + " here but "
							+ shown(fact, theirs) + " in " + where(other) + nuance(fact, mine, theirs)
							+ "; every description of a unit must agree (only its group, local number and reference may vary).",
							unit, feature(fact), QualspecIssueCodes.SHARED_UNIT_DIFFERS, fact.key(), theirs,
							other.getEObjectURI().toString());
				}
			}
		}
	}

	/**
	 * Two URNs with one title in one library (one handbook's unit list, in one file or several) are a duplicate or a
	 * mis-keyed URN unless their levels tell them apart (level variants of one unit are common: "Principles of
	 * customer service" at levels 2 and 3). Across libraries the same title under a new URN is usually the unit
	 * re-registered (the QCF H/601/1215 and the 2013 R/506/2134 "Process information about customers"), not a mistake.
	 */
	@Check(CheckType.NORMAL)
	public void checkTitleNamesOneUnit(Unit unit) {
		if (unit.getName() == null || unit.getTitle() == null) {
			return;
		}
		String title = titleKey(unit.getTitle());
		String level = unit.getLevel() == null ? null : unit.getLevel().toString();
		String library = unit.eContainer() instanceof UnitLibrary container ? container.getName() : null;
		if (library == null) {
			return;
		}
		Set<String> reported = new HashSet<>(); // a URN described in several libraries is named once
		for (IEObjectDescription other : others(unit, indexed(unit).unitsTitled(library, title))) {
			String urn = other.getUserData(SharedUnitFacts.URN.key());
			String otherLevel = other.getUserData(SharedUnitFacts.LEVEL.key());
			if (urn.equals(unit.getName()) || level != null && otherLevel != null && !level.equals(otherLevel)
					|| !reported.add(urn)) {
				continue;
			}
			String levels = level != null && otherLevel != null ? ", both at level " + shown(SharedUnitFacts.LEVEL, level)
					: ", and " + (level == null && otherLevel == null ? "neither states" : "one of them states no") + " level";
			report(unit.getName() + " has the same title as " + urn + " in " + where(other) + levels
					+ ": one unit under two URNs, or a mis-keyed URN? Check both against the regulator's unit register; "
					+ "units that share a title are told apart by their level.", unit, Literals.UNIT__TITLE,
					QualspecIssueCodes.SAME_TITLE, urn);
		}
	}

	/**
	 * A qualification may give a unit a sector code of its own ("unit 30 = L/601/0933 sector "CS A4""); one that
	 * differs from the unit's own code only in printing or in one character is a misprint of it, not a new code.
	 */
	@Check(CheckType.NORMAL)
	public void checkSectorCodeOverride(Membership membership) {
		Unit unit = membership.getUnit();
		String override = membership.getSectorCode();
		if (override == null || unit == null || unit.eIsProxy() || override.equals(unit.getSectorCode())) {
			return;
		}
		String unitName = membership.getNumber() == null ? "Unit " + unit.getName()
				: "Unit " + membership.getNumber() + " (" + unit.getName() + ")";
		if (unit.getSectorCode() == null) {
			checkSectorCodeGivenElsewhere(membership, unitName, override);
			return;
		}
		String own = unit.getSectorCode();
		if (PrintedCodes.sameCode(override, own) || PrintedCodes.oneCharacterApart(override, own)) {
			report(unitName + " is given sector code \"" + override + "\" here but its own is \"" + own + "\""
					+ PrintedCodes.nuance(override, own) + "; write \"" + own
					+ "\", or leave the sector out to use the unit's own.", membership, Literals.MEMBERSHIP__SECTOR_CODE,
					QualspecIssueCodes.SECTOR_CODE_MISPRINT, own);
		}
	}

	/**
	 * A unit whose library gives it no sector code may be given one by each qualification; two qualifications that
	 * print it two ways ("CA D4" and "CS D4" for H/601/1540 in one OCR Contact Centre handbook, §6.1) have a misprint
	 * in one of them. Codes that differ more are the qualifications' own codes, and silent.
	 */
	private void checkSectorCodeGivenElsewhere(Membership membership, String unitName, String code) {
		Qualification qualification = EcoreUtil2.getContainerOfType(membership, Qualification.class);
		URI self = qualification == null ? null : EcoreUtil.getURI(qualification);
		for (String reference : NodeModelUtils.findNodesForFeature(membership, Literals.MEMBERSHIP__UNIT).stream()
				.map(NodeModelUtils::getTokenText).toList()) {
			for (IndexedUnits.SectorCodeGiven other : indexed(membership).sectorCodesGiven(reference)) {
				if (!other.qualification().getEObjectURI().equals(self) && !other.code().equals(code)
						&& (PrintedCodes.sameCode(code, other.code()) || PrintedCodes.oneCharacterApart(code, other.code()))) {
					report(unitName + " is given sector code \"" + code + "\" here but \"" + other.code() + "\" in "
							+ other.qualification().getQualifiedName() + " (" + fileName(other.qualification()) + ")"
							+ PrintedCodes.nuance(code, other.code()) + "; print a unit's code one way wherever it is given, "
							+ "or give the unit its code in its library.", membership, Literals.MEMBERSHIP__SECTOR_CODE,
							QualspecIssueCodes.SECTOR_CODE_MISPRINT, other.code());
					return;
				}
			}
		}
	}

	/**
	 * A unit named in section text must be printed with its description's title and level. A title that differs only
	 * in capitals, spacing, quotes or a final full stop is a milder finding (sharedUnit.mentionTitleStyle).
	 */
	@Check
	public void checkUnitMention(UnitMention mention) {
		Unit unit = mention.getUnit();
		if (unit == null || unit.eIsProxy()) {
			return;
		}
		String title = mention.getTitle();
		if (title != null && unit.getTitle() != null && !title.equals(unit.getTitle())) {
			boolean slight = titleKey(title).equals(titleKey(unit.getTitle()));
			report("The text names unit " + unit.getName() + " \"" + title + "\", but its description (line " + line(unit)
					+ (unit.eResource() == mention.eResource() ? "" : " of " + unit.eResource().getURI().lastSegment())
					+ ") titles it \"" + unit.getTitle() + "\"" + titleNuance(title, unit.getTitle())
					+ ": correct the text, or the unit's title.", mention, Literals.UNIT_MENTION__TITLE,
					slight ? QualspecIssueCodes.MENTION_TITLE_STYLE : QualspecIssueCodes.MENTION_DIFFERS, unit.getTitle());
		}
		if (mention.getLevel() != null && unit.getLevel() != null && !mention.getLevel().equals(unit.getLevel())) {
			report("The text puts unit " + unit.getName() + " at level " + level(mention.getLevel())
					+ ", but its description says level " + level(unit.getLevel()) + ": correct the text, or the unit's level.",
					mention, Literals.UNIT_MENTION__LEVEL, QualspecIssueCodes.MENTION_DIFFERS, level(unit.getLevel()));
		}
		Qualification qualification = EcoreUtil2.getContainerOfType(mention, Qualification.class);
		TextSection section = EcoreUtil2.getContainerOfType(mention, TextSection.class);
		if (qualification != null && section != null && !(section.isSetKind() && NAMES_OTHER_UNITS.contains(section.getKind()))
				&& QualspecScopeProvider.allMemberships(qualification).stream().noneMatch(m -> m.getUnit() == unit)) {
			report("The text names unit " + unit.getName() + (unit.getTitle() == null ? "" : " \"" + unit.getTitle() + "\"")
					+ ", which " + (qualification.getName() != null ? qualification.getName() : "the qualification")
					+ " does not list in any group: add it to its group, or correct the text.", mention,
					Literals.UNIT_MENTION__UNIT, QualspecIssueCodes.MENTION_NOT_LISTED);
		}
	}

	private static String level(int level) {
		return level == 0 ? "entry" : Integer.toString(level);
	}

	@Check(CheckType.NORMAL)
	public void checkQualificationSpecifiedOnce(Qualification qualification) {
		if (qualification.getName() == null) {
			return;
		}
		for (IEObjectDescription other : others(qualification, index(qualification)
				.getExportedObjects(Literals.QUALIFICATION, QualifiedName.create(qualification.getName()), false))) {
			report("Qualification " + qualification.getName() + " is also specified in " + fileName(other)
					+ "; specify each qualification once.", qualification, Literals.ELEMENT__NAME,
					QualspecIssueCodes.DUPLICATE_QUALIFICATION);
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
		for (IEObjectDescription other : others(element, indexed(element).filedUnder(element.eClass(), slug))) {
			String otherName = other.getQualifiedName().toString();
			if (!otherName.equals(name)) {
				report(kind + " " + name + " and " + otherName + " (" + fileName(other) + ") would both file their "
						+ documents + " under \"" + slug + "\"; rename one so that the names differ in more than "
						+ "punctuation or case.", element, Literals.ELEMENT__NAME, QualspecIssueCodes.DUPLICATE_OUTPUT_NAME, otherName);
			}
		}
	}

	private IResourceDescriptions index(EObject element) {
		return indexes.getResourceDescriptions(element.eResource());
	}

	/** The index's groups, looked up once per validation of a file. */
	private IndexedUnits indexed(EObject element) {
		Map<Object, Object> context = getContext();
		return context == null ? IndexedUnits.of(index(element))
				: (IndexedUnits) context.computeIfAbsent(IndexedUnits.class, key -> IndexedUnits.of(index(element)));
	}

	/** The entries other than the element itself. */
	private static List<IEObjectDescription> others(EObject element, Iterable<IEObjectDescription> entries) {
		URI self = EcoreUtil.getURI(element);
		List<IEObjectDescription> found = new ArrayList<>();
		for (IEObjectDescription description : entries) {
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
			case TQT -> Literals.UNIT__TQT;
			case SECTOR_CODE -> Literals.UNIT__SECTOR_CODE;
			case KIND -> Literals.UNIT__KIND;
			case ASSESSMENT -> Literals.UNIT__ASSESSMENT;
			case GRADE_SCALE -> Literals.UNIT__GRADE_SCALE;
			case EXPIRY -> Literals.UNIT__EXPIRY;
		};
	}

	private static String shown(SharedUnitFacts fact, String value) {
		return switch (fact) {
			case TITLE, SECTOR_CODE -> "\"" + value + "\"";
			case LEVEL -> "0".equals(value) ? "entry" : value;
			default -> value;
		};
	}

	/** Whether two dates agree at the precision both print: 2022-12 and 2022-12-31 may be the same day. */
	private static boolean samePeriod(String date, String other) {
		return date.startsWith(other + "-") || other.startsWith(date + "-");
	}

	/** What a reviewer wants to know about two values that differ only slightly. */
	private static String nuance(SharedUnitFacts fact, String mine, String theirs) {
		return switch (fact) {
			case TITLE -> titleNuance(mine, theirs);
			case SECTOR_CODE -> PrintedCodes.nuance(mine, theirs);
			default -> "";
		};
	}

	static String titleNuance(String mine, String theirs) {
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

	/** A title as a reader compares it: spacing, quotes, capitals and a final full stop aside. */
	static String titleKey(String title) {
		return stripFinalStop(normalised(title));
	}

	private static String stripFinalStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private static String normalised(String text) {
		return PlainText.of(text).toLowerCase(Locale.ROOT);
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
