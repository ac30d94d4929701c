package io.qualspec.generators.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.qualspec.generators.importing.ImportedSpecification.Group;
import io.qualspec.generators.importing.ImportedSpecification.Library;
import io.qualspec.generators.importing.ImportedSpecification.Membership;
import io.qualspec.generators.importing.ImportedSpecification.Outcome;
import io.qualspec.generators.importing.ImportedSpecification.Qualification;
import io.qualspec.generators.importing.ImportedSpecification.Unit;

/**
 * A 1EdTech CASE package (CFPackage, JSON, CASE 1.0 or 1.1) into a unit library: the CFItems that are units, with
 * the learning outcomes under them and the assessment criteria under those. The isChildOf associations make the
 * tree (in sequenceNumber order, else the package's); an item's kind is its CFItemType where that names one (Unit,
 * Learning outcome, Assessment criterion and the like, or a type mapped with {@code --item-type}), else its depth
 * below the CFDocument: units at the top, outcomes under them, criteria under those. A unit is identified by its
 * humanCodingScheme (a URN, or an own code), else by the item's identifier. Items deeper than criteria, and items of
 * a kind the language places elsewhere, are reported and left out.
 * <p>
 * A package Qualspec exported ({@code CasePackageExport}) gives back more: the unit facts kept in the items'
 * {@code extensions.qualspec} (credits, GLH, assessment), the level in educationLevel ("Level 2"), and a qualification
 * skeleton with the groups of the structure table when the CFDocument's notes name the qualification number.
 */
final class CasePackageImport {

	/** The kinds of item the import writes. */
	enum Kind {
		UNIT, OUTCOME, CRITERION, NONE
	}

	/** CFItemType names (lower case) that say the kind outright. */
	private static final Map<String, Kind> KNOWN_TYPES = Map.ofEntries(Map.entry("unit", Kind.UNIT),
			Map.entry("module", Kind.UNIT), Map.entry("learning outcome", Kind.OUTCOME), Map.entry("outcome", Kind.OUTCOME),
			Map.entry("learning objective", Kind.OUTCOME), Map.entry("assessment criterion", Kind.CRITERION),
			Map.entry("assessment criteria", Kind.CRITERION), Map.entry("criterion", Kind.CRITERION),
			Map.entry("performance criterion", Kind.CRITERION));

	private static final Pattern QUALIFICATION_NOTE = Pattern.compile("Qualification (?:number \\(QN\\)|code) (\\S+?)\\.(?:\\s|$)");

	private final String source;
	private final ImportOptions options;
	private final List<ImportProblem> problems;

	private final Map<String, JsonObject> items = new LinkedHashMap<>();
	private final Map<String, String> paths = new LinkedHashMap<>();
	private final Map<String, List<Child>> children = new LinkedHashMap<>();

	/** A child of an item or of the document, in the order of the package. */
	private record Child(String id, int sequence, int order, String grouping) {
	}

	CasePackageImport(String source, ImportOptions options, List<ImportProblem> problems) {
		this.source = source;
		this.options = options;
		this.problems = problems;
	}

	ImportedSpecification read(String json) {
		JsonObject root;
		try {
			JsonElement parsed = JsonParser.parseString(json);
			if (!parsed.isJsonObject()) {
				throw new IllegalArgumentException(source + ": not a CASE package: a JSON object with CFDocument and CFItems");
			}
			root = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new IllegalArgumentException(source + ": not valid JSON: " + message(e));
		}
		if (root.has("CFPackage") && root.get("CFPackage").isJsonObject()) {
			root = root.getAsJsonObject("CFPackage");
		}
		JsonObject document = object(root, "CFDocument");
		JsonArray itemArray = array(root, "CFItems");
		if (document == null || itemArray == null) {
			throw new IllegalArgumentException(source + ": not a CASE package: it has no CFDocument object and CFItems list");
		}
		for (int i = 0; i < itemArray.size(); i++) {
			if (itemArray.get(i).isJsonObject() && text(itemArray.get(i).getAsJsonObject(), "identifier") != null) {
				String id = text(itemArray.get(i).getAsJsonObject(), "identifier");
				items.put(id, itemArray.get(i).getAsJsonObject());
				paths.put(id, "$.CFItems[" + i + "]");
			} else {
				problems.add(new ImportProblem(source, 0, "$.CFItems[" + i + "]", "an item without an identifier; left out"));
			}
		}
		Map<String, String> groupingTitles = groupingTitles(root);
		JsonArray associations = array(root, "CFAssociations");
		for (int i = 0; associations != null && i < associations.size(); i++) {
			JsonObject association = associations.get(i).isJsonObject() ? associations.get(i).getAsJsonObject() : null;
			if (association == null || !"isChildOf".equals(text(association, "associationType"))) {
				continue;
			}
			String origin = linkId(association, "originNodeURI");
			String destination = linkId(association, "destinationNodeURI");
			if (origin == null || destination == null || !items.containsKey(origin)) {
				problems.add(new ImportProblem(source, 0, "$.CFAssociations[" + i + "]",
						"an isChildOf association whose origin is not an item of the package; left out"));
				continue;
			}
			int sequence = association.has("sequenceNumber") && association.get("sequenceNumber").isJsonPrimitive()
					? association.get("sequenceNumber").getAsInt() : Integer.MAX_VALUE;
			String groupingId = linkId(association, "CFAssociationGroupingURI");
			children.computeIfAbsent(items.containsKey(destination) ? destination : "", k -> new ArrayList<>())
					.add(new Child(origin, sequence, i, groupingId == null ? null : groupingTitles.get(groupingId)));
		}
		children.values().forEach(list -> list.sort(Comparator.comparingInt(Child::sequence).thenComparingInt(Child::order)));

		String title = text(document, "title");
		String libraryName = options.library() != null ? options.library()
				: Values.identifier(title != null ? title : options.sourceName()).toLowerCase(Locale.ROOT);
		List<Unit> units = new ArrayList<>();
		List<Child> unitRows = new ArrayList<>();
		for (Child top : children.getOrDefault("", List.of())) {
			collectUnits(top, 1, units, unitRows);
		}
		List<Qualification> qualifications = new ArrayList<>();
		qualification(document, libraryName, units, unitRows).ifPresent(qualifications::add);
		return new ImportedSpecification(List.of(), List.of(new Library(libraryName, title, units)), qualifications);
	}

	/** Units at or below an item: the item itself when it is one, else those under it. */
	private void collectUnits(Child child, int depth, List<Unit> units, List<Child> unitRows) {
		Kind kind = kind(child.id(), depth);
		if (kind == Kind.UNIT) {
			units.add(unit(child.id()));
			unitRows.add(child);
		} else if (kind == Kind.NONE) {
			children.getOrDefault(child.id(), List.of()).forEach(c -> collectUnits(c, depth + 1, units, unitRows));
		} else {
			leftOut(child.id(), "a " + kind.name().toLowerCase(Locale.ROOT) + " outside any unit");
		}
	}

	private Unit unit(String id) {
		JsonObject item = items.get(id);
		String code = text(item, "humanCodingScheme");
		String unitId = code != null ? code : id;
		JsonObject facts = qualspecFacts(item);
		List<Outcome> outcomes = new ArrayList<>();
		for (Child child : children.getOrDefault(id, List.of())) {
			if (kind(child.id(), 2) == Kind.OUTCOME) {
				outcomes.add(outcome(child.id()));
			} else {
				leftOut(child.id(), "not a learning outcome of unit " + unitId);
			}
		}
		return new Unit(unitId, !Values.URN.matcher(unitId).matches(), statement(id), level(id),
				facts == null ? null : integer(facts, "credits"), facts == null ? null : integer(facts, "guidedLearningHours"),
				null, facts == null ? null : assessment(text(facts, "assessment")), outcomes);
	}

	private Outcome outcome(String id) {
		List<String> criteria = new ArrayList<>();
		for (Child child : children.getOrDefault(id, List.of())) {
			if (kind(child.id(), 3) == Kind.CRITERION) {
				criteria.add(statement(child.id()));
				children.getOrDefault(child.id(), List.of()).forEach(c -> leftOut(c.id(), "below an assessment criterion"));
			} else {
				leftOut(child.id(), "not an assessment criterion of outcome \"" + statement(id) + "\"");
			}
		}
		return new Outcome(statement(id), criteria);
	}

	/**
	 * The kind of an item: its CFItemType mapped by the user, or a type whose name says it, else its depth below the
	 * document (1 unit, 2 outcome, 3 criterion).
	 */
	private Kind kind(String id, int depth) {
		String type = itemType(items.get(id));
		if (type != null) {
			for (Map.Entry<String, String> mapped : options.itemTypes().entrySet()) {
				if (mapped.getKey().equalsIgnoreCase(type)) {
					return Kind.valueOf(mapped.getValue().toUpperCase(Locale.ROOT));
				}
			}
			Kind known = KNOWN_TYPES.get(type.toLowerCase(Locale.ROOT));
			if (known != null) {
				return known;
			}
			if (!options.itemTypes().isEmpty()) {
				return Kind.NONE; // the user's mapping names the kinds; another type is a container
			}
		}
		return depth == 1 ? Kind.UNIT : depth == 2 ? Kind.OUTCOME : depth == 3 ? Kind.CRITERION : Kind.NONE;
	}

	private void leftOut(String id, String why) {
		String type = itemType(items.get(id));
		problems.add(new ImportProblem(source, 0, paths.get(id), (type == null ? "an item" : "a \"" + type + "\" item") + " "
				+ why + "; left out"));
	}

	/** A qualification skeleton where the package is Qualspec's own export of one (its notes name the number). */
	private java.util.Optional<Qualification> qualification(JsonObject document, String library, List<Unit> units,
			List<Child> unitRows) {
		String notes = text(document, "notes");
		Matcher number = notes == null ? null : QUALIFICATION_NOTE.matcher(notes);
		if (number == null || !number.find()) {
			return java.util.Optional.empty();
		}
		Map<String, List<Membership>> grouped = new LinkedHashMap<>();
		Map<String, String[]> groupFacts = new LinkedHashMap<>();
		List<Membership> ungrouped = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			Unit unit = units.get(u);
			JsonObject facts = qualspecFacts(items.get(unitRows.get(u).id()));
			String group = facts == null ? null : text(facts, "group");
			Membership membership = new Membership(facts == null ? null : text(facts, "localNumber"), unit.id(), unit.ownCode(),
					facts == null ? null : text(facts, "sectorCode"),
					facts == null ? null : text(facts, "awardingOrganisationReference"));
			if (group == null) {
				ungrouped.add(membership);
			} else {
				grouped.computeIfAbsent(group, g -> new ArrayList<>()).add(membership);
				groupFacts.putIfAbsent(group, new String[] { unitRows.get(u).grouping(), text(facts, "groupKind") });
			}
		}
		List<Group> groups = new ArrayList<>();
		grouped.forEach((id, memberships) -> groups.add(new Group(id, groupFacts.get(id)[0] != null ? groupFacts.get(id)[0]
				: "Group " + id, groupFacts.get(id)[1] != null ? groupFacts.get(id)[1] : "optional", memberships)));
		String id = number.group(1);
		boolean qn = Values.QUALIFICATION_NUMBER.matcher(id).matches();
		return java.util.Optional.of(new Qualification(id, !qn, text(document, "title"), null, null, null, null, null, null,
				null, null, null, null, List.of(library), groups, ungrouped));
	}

	// ------------------------------------------------------------------------------------------ JSON

	private Integer level(String id) {
		JsonObject item = items.get(id);
		// CASE names it educationLevel; some packages (OpenSALT's early exports) write educationalLevel
		String member = item.has("educationLevel") ? "educationLevel" : "educationalLevel";
		JsonElement levels = item.get(member);
		String first = levels == null ? null
				: levels.isJsonArray() && !levels.getAsJsonArray().isEmpty() ? levels.getAsJsonArray().get(0).getAsString()
				: levels.isJsonPrimitive() ? levels.getAsString() : null;
		if (first == null) {
			return null;
		}
		Integer level = first.toLowerCase(Locale.ROOT).matches("(level|entry).*") ? Values.level(first) : null;
		if (level == null) {
			problems.add(new ImportProblem(source, 0, paths.get(id) + "." + member,
					"\"" + first + "\" is not a level of the English frameworks (\"Level 2\", \"Entry Level\"); left out"));
		}
		return level;
	}

	private String statement(String id) {
		String statement = text(items.get(id), "fullStatement");
		if (statement == null) {
			problems.add(new ImportProblem(source, 0, paths.get(id) + ".fullStatement", "an item without a fullStatement; "
					+ "its abbreviatedStatement or identifier is written instead"));
			String abbreviated = text(items.get(id), "abbreviatedStatement");
			return abbreviated != null ? abbreviated : id;
		}
		return statement;
	}

	private String assessment(String word) {
		return word == null ? null : Values.assessment(word);
	}

	private static String itemType(JsonObject item) {
		String type = text(item, "CFItemType");
		if (type == null && item.has("CFItemTypeURI") && item.get("CFItemTypeURI").isJsonObject()) {
			type = text(item.getAsJsonObject("CFItemTypeURI"), "title");
		}
		return type;
	}

	private static JsonObject qualspecFacts(JsonObject item) {
		JsonObject extensions = object(item, "extensions");
		return extensions == null ? null : object(extensions, "qualspec");
	}

	private static Map<String, String> groupingTitles(JsonObject root) {
		Map<String, String> titles = new LinkedHashMap<>();
		JsonObject definitions = object(root, "CFDefinitions");
		JsonArray groupings = definitions == null ? null : array(definitions, "CFAssociationGroupings");
		for (int i = 0; groupings != null && i < groupings.size(); i++) {
			if (groupings.get(i).isJsonObject()) {
				JsonObject grouping = groupings.get(i).getAsJsonObject();
				titles.put(text(grouping, "identifier"), text(grouping, "title"));
			}
		}
		return titles;
	}

	private static String linkId(JsonObject association, String member) {
		JsonObject link = object(association, member);
		return link == null ? null : text(link, "identifier");
	}

	private static JsonObject object(JsonObject object, String member) {
		return object.has(member) && object.get(member).isJsonObject() ? object.getAsJsonObject(member) : null;
	}

	private static JsonArray array(JsonObject object, String member) {
		return object.has(member) && object.get(member).isJsonArray() ? object.getAsJsonArray(member) : null;
	}

	private static String text(JsonObject object, String member) {
		if (object == null || !object.has(member) || !object.get(member).isJsonPrimitive()) {
			return null;
		}
		String text = object.get(member).getAsString().strip();
		return text.isEmpty() ? null : text;
	}

	private static Integer integer(JsonObject object, String member) {
		String text = text(object, member);
		return text == null ? null : Values.whole(text);
	}

	/** Gson's message without its exception class name: "... at line 3 column 5 path $.CFItems". */
	private static String message(JsonParseException e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		return cause.getMessage() == null ? "unreadable" : cause.getMessage().replaceFirst("^[\\w.]+Exception: ", "");
	}
}
