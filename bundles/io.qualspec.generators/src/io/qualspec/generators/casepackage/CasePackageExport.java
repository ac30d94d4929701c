package io.qualspec.generators.casepackage;

import static io.qualspec.WrittenFeatures.isWritten;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedGroup;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.ChangeLogEntry;
import io.qualspec.qualspec.ContentQualifier;
import io.qualspec.qualspec.GradingCriterion;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.TeachingContent;

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
 * URN, e.g. {@code A/506/2130}, fullStatement = its title), then each learning outcome ("Learning outcome",
 * {@code A/506/2130 1}, the outcome text) followed by its assessment criteria ("Assessment criterion",
 * {@code A/506/2130 1.2}, the criterion text, shared texts resolved), then the unit's grading criteria
 * ("Grading criterion", {@code A/506/2130 P1}). educationLevel is the unit's level ("Level 2", "Entry
 * Level") where the unit states one. Unit facts without a CASE property (credits, GLH, assessment, group,
 * awarding-organisation reference) are in the item's {@code extensions.qualspec}.</li>
 * <li><b>CFAssociations</b>: isChildOf from child to parent, with sequenceNumber giving the printed order. A
 * unit's association to the document carries the {@code CFAssociationGroupingURI} of its group, so the
 * groups of the structure table survive ("Mandatory Group A").</li>
 * <li><b>CFDefinitions</b>: the CFItemTypes used (with the description CASE 1.1 requires) and one
 * CFAssociationGrouping per group.</li>
 * </ul>
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
 * or the latest dated change-log entry, at 00:00 UTC (a year or month precision date counts from its first
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

	/** The CFItemType titles. */
	public static final String UNIT_TYPE = "Unit";
	public static final String OUTCOME_TYPE = "Learning outcome";
	public static final String CRITERION_TYPE = "Assessment criterion";
	public static final String GRADING_CRITERION_TYPE = "Grading criterion";

	private static final Map<String, String[]> ITEM_TYPES = new LinkedHashMap<>();
	static {
		// title -> hierarchyCode, typeCode, description
		ITEM_TYPES.put(UNIT_TYPE, new String[] { "1", "unit",
				"A unit of a regulated qualification, identified by its unit reference number (URN); it carries a level, credit value and guided learning hours." });
		ITEM_TYPES.put(OUTCOME_TYPE, new String[] { "2", "learning-outcome",
				"A learning outcome of a unit: what the learner is expected to know, understand or be able to do. It reads after the stem \"The learner will:\"." });
		ITEM_TYPES.put(CRITERION_TYPE, new String[] { "3", "assessment-criterion",
				"An assessment criterion of a learning outcome, numbered outcome.criterion; all criteria must be met. It reads after the stem \"The learner can:\"." });
		ITEM_TYPES.put(GRADING_CRITERION_TYPE, new String[] { "3", "grading-criterion",
				"A pass, merit or distinction criterion of a graded unit (P1, M1, D1...), for one learning outcome or for the whole unit." });
	}

	private static final String LANGUAGE = "en-GB";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

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
		return GSON.toJson(toJson(qualification, lastChange, options)) + "\n";
	}

	/** The CFPackage as a Gson tree. */
	public static JsonObject toJson(ResolvedQualification qualification, Instant lastChange, Options options) {
		Objects.requireNonNull(qualification, "qualification");
		Objects.requireNonNull(lastChange, "lastChange");
		Objects.requireNonNull(options, "options");
		return new Builder(qualification, dateTime(lastChange), options).build();
	}

	/**
	 * The recommended lastChangeDateTime: the issue date of the qualification's version, else the latest dated
	 * change-log entry, at 00:00 UTC; {@link #UNKNOWN_LAST_CHANGE} when there is neither.
	 */
	public static Instant lastChangeOf(ResolvedQualification qualification) {
		Qualification source = qualification.source();
		Optional<LocalDate> issued = startOf(source.getIssued());
		if (issued.isPresent()) {
			return issued.get().atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		return source.getChanges().stream().map(ChangeLogEntry::getDate).map(CasePackageExport::startOf)
				.flatMap(Optional::stream).max(LocalDate::compareTo)
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

	/** The first day of a date written with year, month or day precision ("2019", "2019-02", "2019-07-01"). */
	static Optional<LocalDate> startOf(String date) {
		if (date == null || date.isBlank()) {
			return Optional.empty();
		}
		String[] parts = date.strip().split("-");
		try {
			int year = Integer.parseInt(parts[0]);
			int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
			int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
			return Optional.of(LocalDate.of(year, month, day));
		} catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	/** A date written with day precision, as CASE's {@code date} format; empty for a year or month. */
	private static Optional<String> fullDate(String date) {
		if (date == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(date.strip()).toString());
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static String dateTime(Instant instant) {
		// RFC 3339 / ISO 8601 in UTC, whole seconds: 2019-07-01T00:00:00Z
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** How a unit level is written in educationLevel. */
	static String educationLevel(int level) {
		return level == 0 ? "Entry Level" : "Level " + level;
	}

	// ------------------------------------------------------------------------------------------ building

	private static final class Builder {

		private final ResolvedQualification qualification;
		private final String lastChange;
		private final Options options;
		private final String scope;

		private final JsonArray items = new JsonArray();
		private final JsonArray associations = new JsonArray();
		private final Set<String> itemTypesUsed = new LinkedHashSet<>();
		private final Set<String> itemNames = new LinkedHashSet<>();
		private final Map<String, JsonObject> groupings = new LinkedHashMap<>(); // by group id
		private final Map<String, Integer> children = new LinkedHashMap<>();
		private JsonObject documentLink;

		Builder(ResolvedQualification qualification, String lastChange, Options options) {
			this.qualification = qualification;
			this.lastChange = lastChange;
			this.options = options;
			this.scope = "qualspec:" + qualification.number();
		}

		JsonObject build() {
			JsonObject document = document();
			documentLink = link(document.get("title").getAsString(), document.get("identifier").getAsString(),
					document.get("uri").getAsString());
			for (ResolvedGroup group : qualification.groups()) {
				groupings.putIfAbsent(group.id(), grouping(group));
			}
			for (ResolvedMembership membership : qualification.memberships()) {
				ResolvedUnit unit = membership.unit();
				if (unit == null || !itemNames.add(scope + ":unit:" + unit.urn())) {
					continue; // unresolved (an error the validator reports) or listed twice: one item per unit
				}
				unit(membership, unit);
			}

			JsonObject definitions = new JsonObject();
			JsonArray types = new JsonArray();
			for (String type : itemTypesUsed) {
				types.add(itemType(type));
			}
			definitions.add("CFItemTypes", types);
			if (!groupings.isEmpty()) {
				JsonArray array = new JsonArray();
				groupings.values().forEach(array::add);
				definitions.add("CFAssociationGroupings", array);
			}

			JsonObject pkg = new JsonObject();
			pkg.add("CFDocument", document);
			pkg.add("CFItems", items);
			pkg.add("CFAssociations", associations);
			pkg.add("CFDefinitions", definitions);
			return pkg;
		}

		private JsonObject document() {
			Qualification source = qualification.source();
			UUID id = uuid(scope);
			JsonObject document = new JsonObject();
			document.addProperty("identifier", id.toString());
			document.addProperty("uri", uri("CFDocuments", id));
			document.addProperty("caseVersion", "1.1");
			String creator = creator(qualification.organisation());
			document.addProperty("creator", creator);
			document.addProperty("title", text(qualification.title()));
			document.addProperty("lastChangeDateTime", lastChange);
			if (options.officialSourceUrl() != null) {
				document.addProperty("officialSourceURL", options.officialSourceUrl());
			}
			document.addProperty("publisher", creator);
			String description = description(source);
			if (!description.isEmpty()) {
				document.addProperty("description", description);
			}
			if (source.getSector() != null) {
				JsonArray subject = new JsonArray();
				subject.add(source.getSector());
				document.add("subject", subject);
			}
			document.addProperty("language", LANGUAGE);
			if (source.getVersion() != null) {
				document.addProperty("version", source.getVersion());
			}
			fullDate(source.getLastCertification()).ifPresent(date -> document.addProperty("statusEndDate", date));
			StringBuilder notes = new StringBuilder("Qualification number (QN) " + qualification.number() + ".");
			if (source.getEntryCode() != null) {
				notes.append(" Entry code ").append(source.getEntryCode()).append('.');
			}
			document.addProperty("notes", notes.toString());
			return document;
		}

		private String description(Qualification source) {
			List<String> facts = new ArrayList<>();
			String size = isWritten(source, Literals.QUALIFICATION__SIZE) ? source.getSize().getLiteral().replace('-', ' ')
					: null;
			if (qualification.level() != null) {
				facts.add((qualification.level() == 0 ? "Entry level" : "Level " + qualification.level())
						+ (size == null ? "" : " " + size));
			} else if (size != null) {
				facts.add(size.substring(0, 1).toUpperCase() + size.substring(1));
			}
			if (isWritten(source, Literals.QUALIFICATION__FRAMEWORK)) {
				facts.add(source.getFramework().getLiteral());
			}
			if (source.getCredits() != null) {
				facts.add((source.getCredits().isAtLeast() ? "at least " : "") + source.getCredits().getValue() + " credits");
			}
			if (source.getGlh() != null) {
				facts.add((source.getGlh().isMinimum() ? "at least " : "") + source.getGlh().getValue() + " GLH");
			}
			if (isWritten(source, Literals.QUALIFICATION__TQT)) {
				facts.add("TQT " + source.getTqt());
			}
			return facts.isEmpty() ? "" : String.join(", ", facts) + ".";
		}

		private void unit(ResolvedMembership membership, ResolvedUnit unit) {
			String name = scope + ":unit:" + unit.urn();
			JsonObject item = item(name, UNIT_TYPE, unit.title(), unit.urn(), membership.number(), unit.level());
			JsonObject extension = new JsonObject();
			if (unit.credits() != null) {
				extension.addProperty("credits", unit.credits());
			}
			if (unit.glh() != null) {
				extension.addProperty("guidedLearningHours", unit.glh());
			}
			if (unit.assessment() != null) {
				extension.addProperty("assessment", unit.assessment().getLiteral());
			}
			if (unit.gradeScale() != null) {
				extension.addProperty("gradeScale", unit.gradeScale().getLiteral());
			}
			Optional<ResolvedGroup> group = qualification.groupOf(membership);
			group.ifPresent(g -> {
				extension.addProperty("group", g.id());
				extension.addProperty("groupKind", g.kind().getLiteral());
			});
			if (membership.number() != null) {
				extension.addProperty("localNumber", membership.number());
			}
			String sectorCode = membership.sectorCode() != null ? membership.sectorCode() : unit.source().getSectorCode();
			if (sectorCode != null) {
				extension.addProperty("sectorCode", sectorCode);
			}
			if (membership.aoReference() != null) {
				extension.addProperty("awardingOrganisationReference", membership.aoReference());
			}
			if (membership.pointsWhenAchieved() != null) {
				extension.addProperty("pointsWhenAchieved", membership.pointsWhenAchieved());
			}
			if (extension.size() > 0) {
				JsonObject extensions = new JsonObject();
				extensions.add("qualspec", extension);
				item.add("extensions", extensions);
			}
			items.add(item);
			association(item, documentLink, group.map(g -> groupings.get(g.id())).orElse(null));

			for (ResolvedOutcome outcome : unit.outcomes()) {
				outcome(unit, item, outcome);
			}
			for (GradingCriterion criterion : unit.source().getGradingCriteria()) {
				gradingCriterion(unit, item, criterion);
			}
		}

		private void outcome(ResolvedUnit unit, JsonObject unitItem, ResolvedOutcome outcome) {
			String name = scope + ":outcome:" + unit.urn() + ":" + outcome.number();
			if (!itemNames.add(name)) {
				return;
			}
			JsonObject item = item(name, OUTCOME_TYPE, outcome.text(), unit.urn() + " " + outcome.number(),
					String.valueOf(outcome.number()), unit.level());
			String notes = contentNotes(outcome.content());
			if (!notes.isEmpty()) {
				item.addProperty("notes", notes);
			}
			JsonObject extension = new JsonObject();
			if (outcome.kind() != null) {
				extension.addProperty("kind", outcome.kind().getLiteral());
			}
			if (outcome.weighting() != null) {
				extension.addProperty("weightingPercent", outcome.weighting());
			}
			if (extension.size() > 0) {
				JsonObject extensions = new JsonObject();
				extensions.add("qualspec", extension);
				item.add("extensions", extensions);
			}
			items.add(item);
			association(item, link(unitItem), null);
			for (ResolvedCriterion criterion : outcome.criteria()) {
				String criterionName = scope + ":criterion:" + unit.urn() + ":" + criterion.number();
				if (!itemNames.add(criterionName)) {
					continue;
				}
				JsonObject criterionItem = item(criterionName, CRITERION_TYPE, criterion.text(),
						unit.urn() + " " + criterion.number(), criterion.number(), unit.level());
				if (criterion.guidance() != null) {
					criterionItem.addProperty("notes", criterion.guidance());
				}
				items.add(criterionItem);
				association(criterionItem, link(item), null);
			}
		}

		private void gradingCriterion(ResolvedUnit unit, JsonObject unitItem, GradingCriterion criterion) {
			String name = scope + ":grading:" + unit.urn() + ":" + criterion.getCode();
			if (!itemNames.add(name)) {
				return;
			}
			JsonObject item = item(name, GRADING_CRITERION_TYPE, criterion.getText(),
					unit.urn() + " " + criterion.getCode(), criterion.getCode(), unit.level());
			JsonObject extension = new JsonObject();
			extension.addProperty("grade", criterion.getGrade().getLiteral());
			JsonObject extensions = new JsonObject();
			extensions.add("qualspec", extension);
			item.add("extensions", extensions);
			items.add(item);
			JsonObject parent = link(unitItem);
			if (isWritten(criterion, Literals.GRADING_CRITERION__OUTCOME)) {
				String outcomeName = scope + ":outcome:" + unit.urn() + ":" + criterion.getOutcome();
				if (itemNames.contains(outcomeName)) {
					UUID outcomeId = uuid(outcomeName);
					parent = link(unit.urn() + " " + criterion.getOutcome(), outcomeId.toString(), uri("CFItems", outcomeId));
				}
			}
			association(item, parent, null);
		}

		private JsonObject item(String name, String type, String statement, String code, String enumeration,
				Integer level) {
			UUID id = uuid(name);
			itemTypesUsed.add(type);
			JsonObject item = new JsonObject();
			item.addProperty("identifier", id.toString());
			item.addProperty("fullStatement", text(statement));
			item.addProperty("CFItemType", type);
			item.addProperty("uri", uri("CFItems", id));
			item.addProperty("humanCodingScheme", code);
			if (enumeration != null) {
				item.addProperty("listEnumeration", enumeration);
			}
			item.addProperty("language", LANGUAGE);
			if (level != null) {
				JsonArray levels = new JsonArray();
				levels.add(educationLevel(level));
				item.add("educationLevel", levels);
			}
			UUID typeId = itemTypeId(type);
			item.add("CFItemTypeURI", link(type, typeId.toString(), uri("CFItemTypes", typeId)));
			item.addProperty("lastChangeDateTime", lastChange);
			return item;
		}

		/**
		 * origin isChildOf destination; sequenceNumber is the origin's position among the destination's
		 * children (1-based, in the printed order).
		 */
		private void association(JsonObject origin, JsonObject destination, JsonObject grouping) {
			String originId = origin.get("identifier").getAsString();
			String destinationId = destination.get("identifier").getAsString();
			int sequence = children.merge(destinationId, 1, Integer::sum);
			UUID id = uuid(scope + ":isChildOf:" + originId + ":" + destinationId);
			JsonObject association = new JsonObject();
			association.addProperty("identifier", id.toString());
			association.addProperty("associationType", "isChildOf");
			association.addProperty("sequenceNumber", sequence);
			association.addProperty("uri", uri("CFAssociations", id));
			association.add("originNodeURI", link(origin));
			association.add("destinationNodeURI", destination);
			if (grouping != null) {
				association.add("CFAssociationGroupingURI", link(grouping.get("title").getAsString(),
						grouping.get("identifier").getAsString(), grouping.get("uri").getAsString()));
			}
			association.addProperty("lastChangeDateTime", lastChange);
			associations.add(association);
		}

		private JsonObject grouping(ResolvedGroup group) {
			UUID id = uuid(scope + ":group:" + group.id());
			JsonObject grouping = new JsonObject();
			grouping.addProperty("identifier", id.toString());
			grouping.addProperty("uri", uri("CFAssociationGroupings", id));
			grouping.addProperty("title", group.label() != null ? group.label() : "Group " + group.id());
			grouping.addProperty("description", (group.isMandatory() ? "Mandatory" : "Optional") + " group "
					+ group.id() + " of " + qualification.number() + ": the units whose isChildOf associations carry this grouping.");
			grouping.addProperty("lastChangeDateTime", lastChange);
			return grouping;
		}

		private JsonObject itemType(String type) {
			String[] definition = ITEM_TYPES.get(type);
			UUID id = itemTypeId(type);
			JsonObject itemType = new JsonObject();
			itemType.addProperty("identifier", id.toString());
			itemType.addProperty("uri", uri("CFItemTypes", id));
			itemType.addProperty("title", type);
			itemType.addProperty("description", definition[2]);
			itemType.addProperty("hierarchyCode", definition[0]);
			itemType.addProperty("typeCode", definition[1]);
			itemType.addProperty("lastChangeDateTime", lastChange);
			return itemType;
		}

		/** A LinkGenURI to an item: its human coding scheme as title. */
		private JsonObject link(JsonObject item) {
			return link(item.get("humanCodingScheme").getAsString(), item.get("identifier").getAsString(),
					item.get("uri").getAsString());
		}

		private JsonObject link(String title, String identifier, String uri) {
			JsonObject link = new JsonObject();
			link.addProperty("title", title);
			link.addProperty("identifier", identifier);
			link.addProperty("uri", uri);
			return link;
		}

		private String uri(String collection, UUID id) {
			return options.baseUri() + collection + "/" + id;
		}
	}

	private static UUID itemTypeId(String type) {
		return uuid("qualspec:item-type:" + type);
	}

	private static String creator(AwardingOrganisation organisation) {
		if (organisation == null) {
			return "Unknown awarding organisation";
		}
		return organisation.getTitle() != null ? organisation.getTitle() : organisation.getName();
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	private static String contentNotes(List<TeachingContent> content) {
		List<String> lines = new ArrayList<>();
		for (TeachingContent entry : content) {
			String prefix = "";
			if (isWritten(entry, Literals.TEACHING_CONTENT__QUALIFIER)) {
				prefix = entry.getQualifier() == ContentQualifier.MUST_TEACH ? "i.e. " : "e.g. ";
			}
			lines.add(prefix + text(entry.getText()));
		}
		return lines.isEmpty() ? "" : "Teaching content:\n" + String.join("\n", lines);
	}
}
