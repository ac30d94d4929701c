package io.qualspec.scoping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.EvidenceContext;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;

/**
 * What a Qualspec file contributes to the index: organisations, libraries, units (by URN and, when
 * given, also by short name), shared criteria and qualifications (with the units they list, as written). Groups and memberships are local to
 * their qualification and the inside of a unit has nothing to export.
 *
 * <p>A unit's URN entry carries the facts every description of that unit must agree on (see
 * {@link SharedUnitFacts}), so the shared-unit check compares descriptions in other files through the
 * index without loading them, and a change to them makes the files that use the unit revalidate.
 */
public class QualspecResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof UnitGroup || object instanceof Membership) {
			return false;
		}
		if (object instanceof Unit unit) {
			QualifiedName urnName = getQualifiedNameProvider().getFullyQualifiedName(unit);
			if (urnName != null) {
				acceptor.accept(EObjectDescription.create(urnName, unit, SharedUnitFacts.userData(ResolvedUnit.factsOf(unit))));
				QualifiedName shortName = shortName(unit, urnName);
				if (shortName != null) {
					acceptor.accept(EObjectDescription.create(shortName, unit));
				}
			}
			return false;
		}
		if (object instanceof Qualification qualification) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(qualification);
			if (name != null) {
				acceptor.accept(EObjectDescription.create(name, qualification, Map.of(LISTED_UNITS, listedUnits(qualification),
						SUITE, suite(qualification), ALLOWS_SIMULATION, String.valueOf(allowsSimulation(qualification)),
						SECTOR_CODES, sectorCodes(qualification))));
			}
			return true;
		}
		return super.createEObjectDescriptions(object, acceptor);
	}

	/**
	 * Index user data of a qualification: the units it lists, as written. A unit's permission that names the
	 * qualification is checked against that list, so a change to it makes the unit's file revalidate.
	 */
	public static final String LISTED_UNITS = "listedUnits";

	/**
	 * Index user data of a qualification: its awarding organisation and suite as written ("OCR/Customer Service"),
	 * empty when either is missing, and whether it allows simulation for some unit itself (its policy, or a
	 * membership's own permission). An organisation's list of assessment methods serves a whole suite: its
	 * simulation method contradicts one qualification's "simulation not allowed" only if no qualification of the
	 * suite allows simulation.
	 */
	public static final String SUITE = "suite";
	public static final String ALLOWS_SIMULATION = "allowsSimulation";

	/** "OCR/Customer Service": the organisation (as written, no link is resolved) and suite, or "" without both. */
	public static String suite(Qualification qualification) {
		List<INode> organisation = NodeModelUtils.findNodesForFeature(qualification, QualspecPackage.Literals.QUALIFICATION__ORGANISATION);
		return organisation.isEmpty() || qualification.getSuite() == null ? ""
				: NodeModelUtils.getTokenText(organisation.get(0)) + "/" + qualification.getSuite();
	}

	private static boolean allowsSimulation(Qualification qualification) {
		return Stream.concat(qualification.getEvidence().stream(),
				QualspecScopeProvider.allMemberships(qualification).stream().flatMap(m -> m.getEvidence().stream()))
				.anyMatch(permission -> permission.getContext() == EvidenceContext.SIMULATION && permission.isAllowed());
	}

	/**
	 * Index user data of a qualification: the sector codes it gives its units ("unit 31 = H/601/1540 sector "CA D4""),
	 * each as the unit reference written, {@link #FIELD}, the code, entries separated by {@link #ENTRY}. A unit's code
	 * printed two ways in two qualifications is a misprint even where the unit's library gives it none.
	 */
	public static final String SECTOR_CODES = "sectorCodes";
	public static final String FIELD = "\u001F";
	public static final String ENTRY = "\u001E";

	private static String sectorCodes(Qualification qualification) {
		return QualspecScopeProvider.allMemberships(qualification).stream().filter(m -> m.getSectorCode() != null)
				.flatMap(m -> NodeModelUtils.findNodesForFeature(m, QualspecPackage.Literals.MEMBERSHIP__UNIT).stream()
						.map(node -> NodeModelUtils.getTokenText(node) + FIELD + m.getSectorCode()))
				.collect(Collectors.joining(ENTRY));
	}

	/** The unit references of the qualification's memberships as the text writes them (no link is resolved). */
	private static String listedUnits(Qualification qualification) {
		return QualspecScopeProvider.allMemberships(qualification).stream()
				.flatMap(m -> NodeModelUtils.findNodesForFeature(m, QualspecPackage.Literals.MEMBERSHIP__UNIT).stream())
				.map(node -> NodeModelUtils.getTokenText(node)).collect(Collectors.joining(","));
	}

	/** The unit's short name in its library's namespace, or null when it has none. */
	static QualifiedName shortName(Unit unit, QualifiedName urnName) {
		if (unit.getShortName() == null || urnName == null) {
			return null;
		}
		return urnName.skipLast(1).append(unit.getShortName());
	}

	/**
	 * The facts of a unit that every description of its URN must agree on, as index user data: everything a
	 * specification prints about the unit itself (its group, local number and reference belong to a qualification).
	 * Values are written as in the language ("internal-set", "pass-merit-distinction").
	 */
	public enum SharedUnitFacts {
		URN("URN"), TITLE("title"), LEVEL("level"), CREDITS("credits"), GLH("GLH"), TQT("TQT"), SECTOR_CODE("sector code"),
		KIND("kind"), ASSESSMENT("assessment"), GRADE_SCALE("grade scale"), EXPIRY("expiry");

		private final String label;

		SharedUnitFacts(String label) {
			this.label = label;
		}

		/** How the fact is named in messages. */
		public String label() {
			return label;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The fact's value in a unit description, or null where the description does not state it. */
		public String of(ResolvedUnit unit) {
			Object value = switch (this) {
				case URN -> unit.urn();
				case TITLE -> unit.title();
				case LEVEL -> unit.level();
				case CREDITS -> unit.credits();
				case GLH -> unit.glh();
				case TQT -> unit.tqt();
				case SECTOR_CODE -> unit.sectorCode();
				case KIND -> unit.kind() == null ? null : word(unit.kind());
				case ASSESSMENT -> unit.assessment() == null ? null : unit.assessment().word();
				case GRADE_SCALE -> unit.gradeScale() == null ? null : word(unit.gradeScale());
				case EXPIRY -> unit.expiry();
			};
			return value == null ? null : value.toString();
		}

		private static String word(Enum<?> value) {
			return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Map<String, String> userData(ResolvedUnit unit) {
			Map<String, String> data = new LinkedHashMap<>();
			for (SharedUnitFacts fact : values()) {
				String value = fact.of(unit);
				if (value != null) {
					data.put(fact.key(), value);
				}
			}
			return data;
		}
	}
}
