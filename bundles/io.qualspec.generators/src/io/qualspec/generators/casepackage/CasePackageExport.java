package io.qualspec.generators.casepackage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.qualspec.catalogue.QualificationProfile;
import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedGroup;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOrganisation;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.document.Printed;
import io.qualspec.generators.document.WrittenDate;
import io.qualspec.generators.casepackage.CasePackage.Association;
import io.qualspec.generators.casepackage.CasePackage.Definitions;
import io.qualspec.generators.casepackage.CasePackage.Document;
import io.qualspec.generators.casepackage.CasePackage.Grouping;
import io.qualspec.generators.casepackage.CasePackage.Item;
import io.qualspec.generators.casepackage.CasePackage.ItemType;
import io.qualspec.generators.casepackage.CasePackage.Link;

/**
 * Exports a qualification as a 1EdTech CASE 1.1 CFPackage (JSON): the qualification is the CFDocument, its
 * units, learning outcomes, assessment criteria and grading criteria are CFItems, and isChildOf
 * CFAssociations build the tree (criterion → outcome → unit → document). The package validates against the
 * official schema {@code case_v1p1_cfpackage-jsonschema1.json} (JSON Schema draft 2019-09).
 *
 * <h2>What goes where</h2>
 * <ul>
 * <li><b>CFDocument</b>: title = qualification title; creator and publisher = the awarding organisation's
 * title (its short name when it has none); language {@code en-GB}; caseVersion {@code 1.1}; version = the
 * qualification's version; subject = its sector; notes = qualification number and entry code; description =
 * a one-line summary (level, size, framework, credits, GLH, TQT); officialSourceURL when the caller gives
 * one.</li>
 * <li><b>CFItems</b>, depth first in table order: a unit ({@code CFItemType} "Unit", humanCodingScheme = its
 * URN, e.g. {@code A/506/2130}, or the awarding organisation's own code, {@code 5CO01}, fullStatement = its title),
 * then each learning outcome ("Learning outcome",
 * {@code A/506/2130 1}, the outcome text) followed by its assessment criteria ("Assessment criterion",
 * {@code A/506/2130 1.2}, the criterion text, shared texts resolved), then the unit's grading criteria
 * ("Grading criterion", {@code A/506/2130 P1}). A BTEC-style unit's learning aims ("Learning aim", {@code 4 A},
 * the aim's text) come between the unit and its grading criteria: a criterion coded by aims ({@code 4 A.P1}) is
 * the child of its aim. A criterion spanning aims (BC.D2) is the child of the first (B), since isChildOf builds a
 * tree, and isRelatedTo each other aim (C), so that a reader of aim C finds it too; that is where the
 * specification's grid prints it, in the row of both aims. educationLevel is the unit's level ("Level 2", "Entry
 * Level") where the unit states one. Unit facts without a CASE property (credits, GLH, TQT, assessment, group,
 * awarding-organisation reference, whether the identifier is an own code) are in the item's
 * {@code extensions.qualspec}.</li>
 * <li><b>CFAssociations</b>: isChildOf from child to parent, with sequenceNumber giving the printed order
 * (isRelatedTo, as above, numbered among the destination's related items). A
 * unit's association to the document carries the {@code CFAssociationGroupingURI} of its group, so the
 * groups of the structure table survive ("Mandatory Group A").</li>
 * <li><b>CFDefinitions</b>: the CFItemTypes used (with the description CASE 1.1 requires) and one
 * CFAssociationGrouping per group.</li>
 * </ul>
 * The package is made of the typed records of {@link CasePackage}, which Gson writes.
 *
 * <h2>Stable identifiers</h2>
 * Every identifier is a name-based UUID, version 5 (SHA-1, RFC 9562 §5.5), in the fixed namespace
 * {@link #NAMESPACE}, of a name made of the qualification number and the element's own identifiers, for
 * example {@code qualspec:603/4767/3:outcome:A/506/2130:1}. Re-exporting an unchanged specification gives the
 * same identifiers and, with the same {@code lastChange}, byte-identical JSON. Items are scoped by
 * qualification: a unit used by two qualifications is a different CFItem in each package, because a CASE
 * item belongs to exactly one CFDocument. Item types depend only on their title, so every package
 * defines them identically. The uri of each object is {@code <baseUri><CFDocuments|CFItems|...>/<uuid>},
 * following the CASE REST paths; the base URI is {@link Options#baseUri()} ({@link #DEFAULT_BASE_URI} by
 * default).
 *
 * <h2>lastChangeDateTime</h2>
 * CASE calls it "a system generated timestamp", but a timestamp of the export run would change every file
 * on every run. The caller therefore passes it; {@link #lastChangeOf(ResolvedQualification)} gives the
 * recommended deterministic value: the qualification's issue date ({@code version "V1" issued 2019-07-01}),
 * or the latest issue date of its version history, at 00:00 UTC (a year or month precision date counts from its first
 * day), and {@link #UNKNOWN_LAST_CHANGE} (the Unix epoch) when the specification states no date.
 */
public final class CasePackageExport {

	/** Base of every uri unless another is given: a placeholder host under the reserved .example TLD. */
	public static final String DEFAULT_BASE_URI = "https://qualspec.example/case/";

	/**
	 * The namespace of every identifier Qualspec derives for CASE. A random (version 4) UUID generated once
	 * for Qualspec; it must never change, or every exported identifier changes with it.
	 */
	public static final UUID NAMESPACE = UUID.fromString("4c1b3f0e-6d2a-4f7b-9a5e-2f8c7d1e0b63");

	/** lastChangeDateTime used by {@link #lastChangeOf} when the specification states no date. */
	public static final Instant UNKNOWN_LAST_CHANGE = Instant.EPOCH;

	private static final String LANGUAGE = "en-GB";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	/** The CFItemTypes: their title, hierarchy code, type code and the description CASE 1.1 requires. */
	enum CaseItemType {
		UNIT("Unit", "1", "unit",
				"A unit of a regulated qualification, identified by its unit reference number (URN) or by the awarding organisation's own code; it carries a level, credit value and guided learning hours."),
		AIM("Learning aim", "2", "learning-aim",
				"A learning aim of a unit written in the BTEC style, lettered A, B, C; its pass, merit and distinction criteria are coded by its letter (A.P1, A.M1, A.D1)."),
		OUTCOME("Learning outcome", "2", "learning-outcome",
				"A learning outcome of a unit: what the learner is expected to know, understand or be able to do. It reads after the stem \"The learner will:\"."),
		CRITERION("Assessment criterion", "3", "assessment-criterion",
				"An assessment criterion of a learning outcome, numbered outcome.criterion; all criteria must be met. It reads after the stem \"The learner can:\"."),
		GRADING_CRITERION("Grading criterion", "3", "grading-criterion",
				"A pass, merit or distinction criterion of a graded unit (P1, M1, D1...; A.P1 for learning aim A), for one learning outcome, for learning aims or for the whole unit.");

		final String title;
		final String hierarchyCode;
		final String typeCode;
		final String description;

		CaseItemType(String title, String hierarchyCode, String typeCode, String description) {
			this.title = title;
			this.hierarchyCode = hierarchyCode;
			this.typeCode = typeCode;
			this.description = description;
		}

		/** Item types depend only on their title, so every package defines them identically. */
		UUID id() {
			return uuid("qualspec:item-type:" + title);
		}
	}

	/**
	 * What an export may be given besides the qualification and the time stamp.
	 *
	 * @param baseUri           the start of every uri (a trailing "/" is added when missing)
	 * @param officialSourceUrl the CFDocument's officialSourceURL (the published specification), or null
	 */
	public record Options(String baseUri, String officialSourceUrl) {

		/** {@link #DEFAULT_BASE_URI} and no officialSourceURL. */
		public static final Options DEFAULT = new Options(DEFAULT_BASE_URI, null);

		public Options {
			Objects.requireNonNull(baseUri, "baseUri");
			baseUri = baseUri.endsWith("/") ? baseUri : baseUri + "/";
			officialSourceUrl = officialSourceUrl == null || officialSourceUrl.isBlank() ? null : officialSourceUrl;
		}

		public Options withBaseUri(String uri) {
			return new Options(uri, officialSourceUrl);
		}

		public Options withOfficialSourceUrl(String url) {
			return new Options(baseUri, url);
		}
	}

	private CasePackageExport() {
	}

	/**
	 * The CFPackage of a qualification as pretty-printed JSON (two-space indent, "\n" line ends, a final
	 * newline), with uris under {@link #DEFAULT_BASE_URI}.
	 *
	 * @param lastChange the lastChangeDateTime of every object; pass a fixed instant, normally
	 *                   {@link #lastChangeOf(ResolvedQualification)}, so that re-exports are identical
	 */
	public static String write(ResolvedQualification qualification, Instant lastChange) {
		return write(qualification, lastChange, Options.DEFAULT);
	}

	/** As {@link #write(ResolvedQualification, Instant)}, with another base URI or an officialSourceURL. */
	public static String write(ResolvedQualification qualification, Instant lastChange, Options options) {
		Objects.requireNonNull(qualification, "qualification");
		Objects.requireNonNull(lastChange, "lastChange");
		Objects.requireNonNull(options, "options");
		return GSON.toJson(new Builder(qualification, dateTime(lastChange), options, Map.of(), null).build()) + "\n";
	}

	/**
	 * The package of a new version of a qualification, linked to its predecessor {@code previous} (the same
	 * qualification in the earlier version of the specification): an item that is in both with the same statement
	 * and facts keeps its identifier; an item whose statement or facts changed gets a new identifier, derived from its
	 * name and the new version ({@code qualspec:603/4767/3:criterion:A/506/2130:1.1:version:2}), and a CFAssociation
	 * "old replacedBy new" (CASE 1.1's association type for "the origin has been replaced by the destination"; the
	 * inverse, "is replaced by", is the same association read from the new item, as OpenSALT shows it). The
	 * predecessor's identifiers are those its own package has when exported without a predecessor.
	 *
	 * @throws IllegalArgumentException when an item changed but the qualification does not declare a version other
	 *                                  than the predecessor's current version, since the new identifiers are derived
	 *                                  from it
	 */
	public static String write(ResolvedQualification qualification, Instant lastChange, Options options,
			ResolvedQualification previous) {
		Objects.requireNonNull(previous, "previous");
		String version = qualification.profile().lifecycle().version();
		String previousVersion = previous.profile().lifecycle().version();
		Builder predecessor = new Builder(previous, dateTime(lastChange), options, Map.of(), null);
		predecessor.build();
		return GSON.toJson(new Builder(qualification, dateTime(lastChange), options, predecessor.itemsByName,
				version == null || version.equals(previousVersion) ? null : version).build())
				+ "\n";
	}

	/**
	 * The recommended lastChangeDateTime: the issue date of the qualification's version, else the latest dated
	 * version of its history, at 00:00 UTC; {@link #UNKNOWN_LAST_CHANGE} when there is neither.
	 */
	public static Instant lastChangeOf(ResolvedQualification qualification) {
		Optional<LocalDate> issued = WrittenDate.parse(qualification.profile().lifecycle().issued()).map(WrittenDate::firstDay);
		return issued.or(() -> qualification.versions().stream()
				.flatMap(version -> WrittenDate.parse(version.issued()).stream()).map(WrittenDate::firstDay)
				.max(LocalDate::compareTo))
				.map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(UNKNOWN_LAST_CHANGE);
	}

	/** The identifier Qualspec derives from a name: a version 5 UUID in {@link #NAMESPACE}. */
	public static UUID uuid(String name) {
		return nameUuid(NAMESPACE, name);
	}

	/** A version 5 (SHA-1) name-based UUID, RFC 9562 §5.5. */
	public static UUID nameUuid(UUID namespace, String name) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is required by every Java platform", e);
		}
		ByteBuffer ns = ByteBuffer.allocate(16);
		ns.putLong(namespace.getMostSignificantBits());
		ns.putLong(namespace.getLeastSignificantBits());
		sha1.update(ns.array());
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
		ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bytes.getLong(), bytes.getLong());
	}

	/** A date written with day precision, as CASE's {@code date} format; null for a year or month. */
	private static String fullDate(String written) {
		return WrittenDate.parse(written).filter(WrittenDate::isDay).map(date -> date.firstDay().toString()).orElse(null);
	}

	private static String dateTime(Instant instant) {
		// RFC 3339 / ISO 8601 in UTC, whole seconds: 2019-07-01T00:00:00Z
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** How a unit level is written in educationLevel. */
	static String educationLevel(int level) {
		return level == 0 ? "Entry Level" : "Level " + level;
	}

	/** A value of the language as written in a specification: PASS_MERIT_DISTINCTION as "pass-merit-distinction". */
	private static String written(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	// ------------------------------------------------------------------------------------------ building

	private static final class Builder {

		private final ResolvedQualification qualification;
		private final String lastChange;
		private final Options options;
		private final String scope;

		private final List<Item> items = new ArrayList<>();
		private final List<Association> associations = new ArrayList<>();
		private final Set<CaseItemType> itemTypesUsed = new LinkedHashSet<>();
		private final Set<String> itemNames = new LinkedHashSet<>();
		private final Map<String, Grouping> groupings = new LinkedHashMap<>(); // by group id
		private final Map<String, Integer> children = new LinkedHashMap<>();
		/** Every item by the name its identifier is derived from. */
		private final Map<String, Item> itemsByName = new LinkedHashMap<>();
		/**
		 * The predecessor's items by name (empty without one), and the new version their changed successors are named
		 * by (null where the qualification declares none other than the predecessor's).
		 */
		private final Map<String, Item> previousItems;
		private final String version;

		Builder(ResolvedQualification qualification, String lastChange, Options options, Map<String, Item> previousItems,
				String version) {
			this.qualification = qualification;
			this.lastChange = lastChange;
			this.options = options;
			this.scope = "qualspec:" + qualification.number();
			this.previousItems = previousItems;
			this.version = version;
		}

		CasePackage build() {
			Document document = document();
			Link documentLink = new Link(document.title(), document.identifier(), document.uri());
			for (ResolvedGroup group : qualification.groups()) {
				groupings.putIfAbsent(group.id(), grouping(group));
			}
			for (ResolvedMembership membership : qualification.memberships()) {
				ResolvedUnit unit = membership.unit();
				if (unit == null || !itemNames.add(scope + ":unit:" + unit.urn())) {
					continue; // unresolved (an error the validator reports) or listed twice: one item per unit
				}
				unit(membership, unit, documentLink);
			}
			List<ItemType> types = itemTypesUsed.stream().map(this::itemType).toList();
			return new CasePackage(document, items, associations,
					new Definitions(types, groupings.isEmpty() ? null : List.copyOf(groupings.values())));
		}

		private Document document() {
			QualificationProfile profile = qualification.profile();
			UUID id = uuid(scope);
			String creator = creator(qualification.organisation());
			String description = description(profile);
			String notes = (qualification.printedNumber() == null ? ""
					: (qualification.ownCode() ? "Qualification code " : "Qualification number (QN) ")
							+ qualification.printedNumber() + ".")
					+ (profile.entryCode() == null ? "" : " Entry code " + profile.entryCode() + ".");
			notes = notes.isBlank() ? null : notes.strip();
			return new Document(id.toString(), uri("CFDocuments", id), "1.1", creator, text(qualification.title()),
					lastChange, options.officialSourceUrl(), creator, description.isEmpty() ? null : description,
					profile.sector() == null ? null : List.of(profile.sector()), LANGUAGE, profile.lifecycle().version(),
					fullDate(profile.lifecycle().lastCertification()), notes);
		}

		/** "Level 2 certificate, QCF, at least 13 credits, 92 GLH, TQT 130." */
		private String description(QualificationProfile profile) {
			List<String> facts = new ArrayList<>();
			String size = profile.size() == null ? null : Printed.words(profile.size());
			if (profile.level() != null) {
				facts.add(Printed.qualificationLevel(profile.level()) + (size == null ? "" : " " + size));
			} else if (size != null) {
				facts.add(Printed.capitalise(size));
			}
			if (profile.framework() != null) {
				facts.add(profile.framework().name());
			}
			var declared = profile.declared();
			if (declared.credits() != null) {
				facts.add((declared.creditsAtLeast() ? "at least " : "") + declared.credits() + " credits");
			}
			if (declared.glhText() != null) {
				facts.add((declared.glhAtLeast() ? "at least " + declared.glh() : declared.glhText()) + " GLH");
			}
			if (declared.tqt() != null) {
				facts.add("TQT " + declared.tqt());
			}
			return facts.isEmpty() ? "" : String.join(", ", facts) + ".";
		}

		private void unit(ResolvedMembership membership, ResolvedUnit unit, Link documentLink) {
			Optional<ResolvedGroup> group = qualification.groupOf(membership);
			Map<String, Object> facts = new LinkedHashMap<>();
			putIfStated(facts, "credits", unit.credits());
			putIfStated(facts, "guidedLearningHours", unit.glh());
			putIfStated(facts, "totalQualificationTime", unit.tqt());
			if (unit.ownCode()) {
				facts.put("ownCode", true);
			}
			putIfStated(facts, "assessment", unit.assessment() == null ? null : written(unit.assessment()));
			putIfStated(facts, "gradeScale", unit.gradeScale() == null ? null : written(unit.gradeScale()));
			group.ifPresent(g -> {
				facts.put("group", g.id());
				facts.put("groupKind", g.mandatory() ? "mandatory" : "optional");
			});
			putIfStated(facts, "localNumber", membership.number());
			putIfStated(facts, "sectorCode", membership.sectorCode());
			putIfStated(facts, "awardingOrganisationReference", membership.aoReference());
			putIfStated(facts, "pointsWhenAchieved", membership.pointsWhenAchieved());
			Item item = item(scope + ":unit:" + unit.urn(), CaseItemType.UNIT, unit.title(), unit.urn(), membership.number(),
					unit.level(), null, facts);
			association(item, documentLink, group.map(g -> groupings.get(g.id())).orElse(null));
			for (ResolvedOutcome outcome : unit.outcomes()) {
				outcome(unit, item, outcome);
			}
			for (ResolvedUnit.LearningAim aim : unit.aims()) {
				aim(unit, item, aim);
			}
			for (ResolvedUnit.GradingCriterion criterion : unit.gradingCriteria()) {
				gradingCriterion(unit, item, criterion);
			}
		}

		private void outcome(ResolvedUnit unit, Item unitItem, ResolvedOutcome outcome) {
			String name = scope + ":outcome:" + unit.urn() + ":" + outcome.number();
			if (!itemNames.add(name)) {
				return;
			}
			Map<String, Object> facts = new LinkedHashMap<>();
			putIfStated(facts, "kind", outcome.kind() == null ? null : written(outcome.kind()));
			putIfStated(facts, "weightingPercent", outcome.weighting());
			Item item = item(name, CaseItemType.OUTCOME, outcome.text(), unit.urn() + " " + outcome.number(),
					String.valueOf(outcome.number()), unit.level(), contentNotes(outcome.content()), facts);
			association(item, link(unitItem), null);
			for (ResolvedCriterion criterion : outcome.criteria()) {
				String criterionName = scope + ":criterion:" + unit.urn() + ":" + criterion.number();
				if (itemNames.add(criterionName)) {
					Item criterionItem = item(criterionName, CaseItemType.CRITERION, criterion.text(),
							unit.urn() + " " + criterion.number(), criterion.number(), unit.level(), criterion.guidance(), Map.of());
					association(criterionItem, link(item), null);
				}
			}
		}

		private void aim(ResolvedUnit unit, Item unitItem, ResolvedUnit.LearningAim aim) {
			String name = aimName(unit, aim.letter());
			if (!itemNames.add(name)) {
				return;
			}
			Item item = item(name, CaseItemType.AIM, aim.text(), unit.urn() + " " + aim.letter(), aim.letter(), unit.level(),
					contentNotes(aim.content()), Map.of());
			association(item, link(unitItem), null);
		}

		private String aimName(ResolvedUnit unit, String letter) {
			return scope + ":aim:" + unit.urn() + ":" + letter;
		}

		private Link aimLink(ResolvedUnit unit, String letter) {
			UUID id = identifier(aimName(unit, letter));
			return new Link(unit.urn() + " " + letter, id.toString(), uri("CFItems", id));
		}

		private void gradingCriterion(ResolvedUnit unit, Item unitItem, ResolvedUnit.GradingCriterion criterion) {
			String name = scope + ":grading:" + unit.urn() + ":" + criterion.code();
			if (!itemNames.add(name)) {
				return;
			}
			Item item = item(name, CaseItemType.GRADING_CRITERION, criterion.text(), unit.urn() + " " + criterion.code(),
					criterion.code(), unit.level(), null, Map.of("grade", criterion.grade().word()));
			Link parent = link(unitItem);
			String outcomeName = scope + ":outcome:" + unit.urn() + ":" + criterion.outcome();
			if (criterion.outcome() != null && itemNames.contains(outcomeName)) {
				UUID outcomeId = identifier(outcomeName);
				parent = new Link(unit.urn() + " " + criterion.outcome(), outcomeId.toString(), uri("CFItems", outcomeId));
			}
			List<String> aims = criterion.aimLetters().chars().mapToObj(c -> String.valueOf((char) c))
					.filter(letter -> itemNames.contains(aimName(unit, letter))).toList();
			if (!aims.isEmpty()) {
				parent = aimLink(unit, aims.get(0));
			}
			association(item, parent, null);
			for (String other : aims.subList(Math.min(1, aims.size()), aims.size())) {
				association("isRelatedTo", item, aimLink(unit, other), null);
			}
		}

		/** An item, added to the package; {@code facts} are its Qualspec extensions (none when empty). */
		private Item item(String name, CaseItemType type, String statement, String code, String enumeration, Integer level,
				String notes, Map<String, Object> facts) {
			itemTypesUsed.add(type);
			UUID typeId = type.id();
			Item item = new Item(null, text(statement), type.title, null, code, enumeration, LANGUAGE,
					level == null ? null : List.of(educationLevel(level)),
					new Link(type.title, typeId.toString(), uri("CFItemTypes", typeId)), lastChange,
					notes, facts.isEmpty() ? null : Map.of("qualspec", facts));
			Item predecessor = previousItems.get(name);
			boolean replaces = predecessor != null && !sameContent(predecessor, item);
			if (replaces && version == null) {
				throw new IllegalArgumentException(qualification.number() + " changed (" + code + ") but declares no new version"
						+ " after its previous one (" + qualification.profile().lifecycle().version() + "): add version \"...\" issued"
						+ " ... so that the changed items get identifiers of their own.");
			}
			UUID id = replaces ? uuid(name + ":version:" + version) : uuid(name);
			item = item.identified(id.toString(), uri("CFItems", id));
			itemsByName.put(name, item);
			items.add(item);
			if (replaces) {
				UUID associationId = uuid(scope + ":replacedBy:" + predecessor.identifier() + ":" + id);
				associations.add(new Association(associationId.toString(), "replacedBy", 1, uri("CFAssociations", associationId),
						link(predecessor), link(item), null, lastChange));
			}
			return item;
		}

		/** The identifier of an item already added (a changed item's is not derived from its name alone). */
		private UUID identifier(String name) {
			Item item = itemsByName.get(name);
			return item == null ? uuid(name) : UUID.fromString(item.identifier());
		}

		/** Whether two items of one export (one time stamp) state the same: all but identifier and uri. */
		private static boolean sameContent(Item a, Item b) {
			return a.identified(null, null).equals(b.identified(null, null));
		}

		/**
		 * origin isChildOf destination; sequenceNumber is the origin's position among the destination's
		 * children (1-based, in the printed order).
		 */
		private void association(Item origin, Link destination, Grouping grouping) {
			association("isChildOf", origin, destination, grouping);
		}

		private void association(String type, Item origin, Link destination, Grouping grouping) {
			int sequence = children.merge(type + ":" + destination.identifier(), 1, Integer::sum);
			UUID id = uuid(scope + ":" + type + ":" + origin.identifier() + ":" + destination.identifier());
			associations.add(new Association(id.toString(), type, sequence, uri("CFAssociations", id), link(origin),
					destination, grouping == null ? null : new Link(grouping.title(), grouping.identifier(), grouping.uri()),
					lastChange));
		}

		private Grouping grouping(ResolvedGroup group) {
			UUID id = uuid(scope + ":group:" + group.id());
			return new Grouping(id.toString(), uri("CFAssociationGroupings", id),
					group.label() != null ? group.label() : "Group " + group.id(),
					(group.mandatory() ? "Mandatory" : "Optional") + " group " + group.id() + " of " + qualification.number()
							+ ": the units whose isChildOf associations carry this grouping.",
					lastChange);
		}

		private ItemType itemType(CaseItemType type) {
			UUID id = type.id();
			return new ItemType(id.toString(), uri("CFItemTypes", id), type.title, type.description, type.hierarchyCode,
					type.typeCode, lastChange);
		}

		/** A LinkGenURI to an item: its human coding scheme as title. */
		private static Link link(Item item) {
			return new Link(item.humanCodingScheme(), item.identifier(), item.uri());
		}

		private String uri(String collection, UUID id) {
			return options.baseUri() + collection + "/" + id;
		}
	}

	private static void putIfStated(Map<String, Object> facts, String key, Object value) {
		if (value != null) {
			facts.put(key, value);
		}
	}

	private static String creator(ResolvedOrganisation organisation) {
		if (organisation == null) {
			return "Unknown awarding organisation";
		}
		return organisation.title() != null ? organisation.title() : organisation.name();
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	/** "Teaching content:\ni.e. types of problems\ne.g. late delivery", or null without content. */
	private static String contentNotes(List<ResolvedOutcome.TeachingContent> content) {
		if (content.isEmpty()) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		for (ResolvedOutcome.TeachingContent entry : content) {
			lines.add((entry.qualifier() == null ? "" : entry.qualifier().abbreviation() + " ") + text(entry.text()));
		}
		return "Teaching content:\n" + String.join("\n", lines);
	}
}
