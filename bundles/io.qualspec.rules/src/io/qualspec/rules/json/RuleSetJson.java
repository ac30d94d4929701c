package io.qualspec.rules.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.qualspec.rules.json.JsonIn.Obj;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.ResitPolicy;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;
import io.qualspec.rules.model.WorkedExample;

/**
 * The machine-readable rule-set format (docs/ruleset-format.md, schema/qualspec-ruleset.schema.json): a
 * qualification's units, groups, rules of combination, resits, grading and worked examples as one JSON file
 * that the engine evaluates without Eclipse, EMF or Xtext; and the learner-record file it evaluates.
 *
 * <p>The JSON is built and read member by member (no reflection), so the format does not follow Java names.
 * {@code write} is deterministic: members in a fixed order, lists in model order, grade maps in grade order,
 * one layout; writing the same rule set twice gives the same text. Every member is written, null where a
 * value is not stated. {@code read} checks structure, words, ranges and cross-references (a rule's groups,
 * a barred pair's units, a unit's group and its group's unit list) and fails with a
 * {@link RuleSetFormatException} naming the JSON path of the first problem.
 *
 * <p>{@code write} only writes what {@code read} accepts: a model that breaks a check (two units with one id,
 * a rule naming a group that does not exist) gets an {@link IllegalArgumentException} with the same message.
 * A selection of the whole qualification is written as {@code {"all": true}}; groups or a pool reading it
 * may carry are not written (they mean nothing there).
 */
public final class RuleSetJson {

	/** The {@code format} member of a rule-set file. */
	public static final String RULESET_FORMAT = "qualspec-ruleset";
	/** The {@code format} member of a learner-record file. */
	public static final String LEARNER_RECORD_FORMAT = "qualspec-learner-record";
	/** The version this class writes and reads. */
	public static final int FORMAT_VERSION = 1;
	/** The {@code $id} of the JSON Schema of rule-set files. */
	public static final String RULESET_SCHEMA_ID = "https://qualspec.io/schema/ruleset/1/qualspec-ruleset.schema.json";
	/** The {@code $id} of the JSON Schema of learner-record files. */
	public static final String LEARNER_RECORD_SCHEMA_ID = "https://qualspec.io/schema/ruleset/1/qualspec-learner-record.schema.json";

	/** Qualification and unit levels: 0 is Entry level. */
	private static final int MAX_LEVEL = 8;
	private static final int MAX = Integer.MAX_VALUE;

	private static final String[] RULESET_MEMBERS = { "$schema", "format", "formatVersion", "qualification", "title",
			"level", "declared", "units", "groups", "rules", "resits", "grading", "noExemptions", "noEquivalences",
			"examples" };
	private static final String[] LEARNER_RECORD_MEMBERS = { "$schema", "format", "formatVersion", "learner",
			"results" };

	/** The objects written on one line: small ones, read as one statement ("bound": {"atLeast": 12}). */
	private static final Set<String> ONE_LINE = Set.of("$.rules[].selection", "$.rules[].level", "$.rules[].bound",
			"$.resits[]", "$.grading.points[]", "$.grading.bands[]", "$.grading.hurdles[]",
			"$.examples[].record.results[]", "$.examples[].expected", "$.results[]");

	/** The {@code type} words of rules. */
	private enum RuleType {
		AGGREGATE, EACH_GROUP, ALL_UNITS, COUNTING_CAP, BARRED
	}

	private RuleSetJson() {
	}

	// ------------------------------------------------------------------------------------------ public API

	/** The rule set as JSON text (UTF-8 when stored; "\n" line ends; a final newline). */
	public static String write(RuleSet ruleSet) {
		JsonObject json = toJson(ruleSet);
		try {
			ruleSet(new JsonIn(json, "$"));
		} catch (RuleSetFormatException e) {
			throw new IllegalArgumentException("The rule set of " + ruleSet.qualification()
					+ " cannot be written as JSON: " + e.getMessage(), e);
		}
		return JsonText.print(json, ONE_LINE);
	}

	/**
	 * Reads a rule-set file.
	 *
	 * @throws RuleSetFormatException when the text is not JSON or not a valid rule set
	 */
	public static RuleSet read(String json) {
		Objects.requireNonNull(json, "json");
		try {
			return read(new StringReader(json));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a rule-set file from a reader (not closed here).
	 *
	 * @throws RuleSetFormatException when the text is not JSON or not a valid rule set
	 * @throws IOException when the reader fails
	 */
	public static RuleSet read(Reader reader) throws IOException {
		return ruleSet(new JsonIn(JsonText.parse(reader), "$"));
	}

	/** A learner record as JSON text. */
	public static String write(LearnerRecord record) {
		JsonObject json = new JsonObject();
		json.addProperty("format", LEARNER_RECORD_FORMAT);
		json.addProperty("formatVersion", FORMAT_VERSION);
		learnerRecordMembers(record, json);
		try {
			learnerRecordFile(new JsonIn(json, "$"));
		} catch (RuleSetFormatException e) {
			throw new IllegalArgumentException("The learner record cannot be written as JSON: " + e.getMessage(), e);
		}
		return JsonText.print(json, ONE_LINE);
	}

	/**
	 * Reads a learner-record file.
	 *
	 * @throws RuleSetFormatException when the text is not JSON or not a valid learner record
	 */
	public static LearnerRecord readLearnerRecord(String json) {
		Objects.requireNonNull(json, "json");
		try {
			return readLearnerRecord(new StringReader(json));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a learner-record file from a reader (not closed here). Unit ids are not checked against a rule
	 * set: the evaluator notes and ignores units that are not part of the qualification.
	 *
	 * @throws RuleSetFormatException when the text is not JSON or not a valid learner record
	 * @throws IOException when the reader fails
	 */
	public static LearnerRecord readLearnerRecord(Reader reader) throws IOException {
		return learnerRecordFile(new JsonIn(JsonText.parse(reader), "$"));
	}

	// --------------------------------------------------------------------------------------------- writing

	private static JsonObject toJson(RuleSet ruleSet) {
		JsonObject json = new JsonObject();
		json.addProperty("format", RULESET_FORMAT);
		json.addProperty("formatVersion", FORMAT_VERSION);
		json.add("qualification", text(ruleSet.qualification()));
		json.add("title", text(ruleSet.title()));
		json.add("level", number(ruleSet.level()));
		RuleSet.DeclaredSize declared = ruleSet.declared();
		JsonObject size = new JsonObject();
		size.add("credits", number(declared.credits()));
		size.addProperty("creditsAtLeast", declared.creditsAtLeast());
		size.add("glh", number(declared.glh()));
		size.addProperty("glhAtLeast", declared.glhAtLeast());
		size.add("tqt", number(declared.tqt()));
		json.add("declared", size);
		JsonArray units = new JsonArray();
		ruleSet.units().forEach(unit -> units.add(unit(unit)));
		json.add("units", units);
		JsonArray groups = new JsonArray();
		for (RuleGroup group : ruleSet.groups()) {
			JsonObject g = new JsonObject();
			g.add("id", text(group.id()));
			g.add("label", text(group.label()));
			g.addProperty("mandatory", group.mandatory());
			g.add("units", texts(group.unitIds()));
			groups.add(g);
		}
		json.add("groups", groups);
		JsonArray rules = new JsonArray();
		ruleSet.rules().forEach(rule -> rules.add(rule(rule)));
		json.add("rules", rules);
		JsonArray resits = new JsonArray();
		for (ResitPolicy policy : ruleSet.resits()) {
			JsonObject r = new JsonObject();
			r.add("assessment", word(policy.assessment()));
			r.add("limit", number(policy.limit()));
			resits.add(r);
		}
		json.add("resits", resits);
		json.add("grading", grading(ruleSet.grading()));
		json.addProperty("noExemptions", ruleSet.noExemptions());
		json.addProperty("noEquivalences", ruleSet.noEquivalences());
		JsonArray examples = new JsonArray();
		for (WorkedExample example : ruleSet.examples()) {
			JsonObject e = new JsonObject();
			e.add("name", text(example.name()));
			JsonObject record = null;
			if (example.record() != null) {
				record = new JsonObject();
				learnerRecordMembers(example.record(), record);
			}
			e.add("record", record == null ? JsonNull.INSTANCE : record);
			WorkedExample.Expectation expected = example.expected();
			if (expected == null) {
				e.add("expected", JsonNull.INSTANCE);
			} else {
				JsonObject x = new JsonObject();
				x.add("eligible", expected.eligible() == null ? JsonNull.INSTANCE : new JsonPrimitive(expected.eligible()));
				x.add("points", number(expected.points()));
				x.add("grade", word(expected.grade()));
				e.add("expected", x);
			}
			examples.add(e);
		}
		json.add("examples", examples);
		return json;
	}

	private static JsonObject unit(RuleUnit unit) {
		JsonObject u = new JsonObject();
		u.add("id", text(unit.id()));
		u.add("urn", text(unit.urn()));
		u.add("title", text(unit.title()));
		u.add("group", text(unit.group()));
		u.add("credits", number(unit.credits()));
		u.add("level", number(unit.level()));
		u.add("glh", number(unit.glh()));
		u.add("assessment", word(unit.assessment()));
		u.add("gradeScale", word(unit.scale()));
		u.add("pointsWhenAchieved", number(unit.pointsWhenAchieved()));
		JsonObject criteria = new JsonObject();
		new TreeMap<>(unit.gradingCriteria()).forEach((grade, codes) -> criteria.add(JsonIn.word(grade), texts(codes)));
		u.add("gradingCriteria", criteria);
		return u;
	}

	private static JsonObject rule(Rule rule) {
		JsonObject r = new JsonObject();
		switch (rule) {
			case AggregateRule aggregate -> {
				r.addProperty("type", JsonIn.word(RuleType.AGGREGATE));
				r.add("measure", word(aggregate.measure()));
				r.add("selection", selection(aggregate.selection()));
				r.add("level", level(aggregate.level()));
				r.add("bound", bound(aggregate.bound()));
			}
			case EachGroupRule each -> {
				r.addProperty("type", JsonIn.word(RuleType.EACH_GROUP));
				r.add("measure", word(each.measure()));
				r.add("groups", texts(each.groups()));
				r.add("bound", bound(each.bound()));
			}
			case AllUnitsRule all -> {
				r.addProperty("type", JsonIn.word(RuleType.ALL_UNITS));
				r.add("groups", texts(all.groups()));
				r.add("declaredUnits", number(all.declaredUnits()));
				r.add("declaredCredits", number(all.declaredCredits()));
			}
			case CountingCap cap -> {
				r.addProperty("type", JsonIn.word(RuleType.COUNTING_CAP));
				r.add("measure", word(cap.measure()));
				r.add("groups", texts(cap.groups()));
				r.add("level", level(cap.level()));
				r.addProperty("limit", cap.limit());
			}
			case BarredPair barred -> {
				r.addProperty("type", JsonIn.word(RuleType.BARRED));
				JsonArray pair = new JsonArray();
				pair.add(text(barred.first()));
				pair.add(text(barred.second()));
				r.add("units", pair);
			}
		}
		r.addProperty("advisory", rule.advisory());
		try {
			r.addProperty("text", rule.text());
		} catch (RuntimeException e) {
			// a part the text needs is missing; the check after writing names it
		}
		return r;
	}

	private static JsonElement selection(Selection selection) {
		if (selection == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject s = new JsonObject();
		if (selection.wholeQualification()) {
			s.addProperty("all", true);
		} else {
			s.add("groups", texts(selection.groups()));
			s.add("reading", word(selection.reading()));
		}
		return s;
	}

	private static JsonElement level(LevelFilter level) {
		if (level == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject l = new JsonObject();
		l.add("comparison", word(level.comparison()));
		l.addProperty("level", level.level());
		return l;
	}

	private static JsonElement bound(Bound bound) {
		if (bound == null || bound.kind() == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject b = new JsonObject();
		b.addProperty(boundMember(bound.kind()), bound.value());
		return b;
	}

	private static String boundMember(Bound.Kind kind) {
		return switch (kind) {
			case AT_LEAST -> "atLeast";
			case AT_MOST -> "atMost";
			case EXACTLY -> "exactly";
		};
	}

	private static JsonElement grading(Grading grading) {
		if (grading == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject g = new JsonObject();
		g.addProperty("passOrFail", grading.passOrFail());
		JsonArray grades = new JsonArray();
		grading.grades().forEach(grade -> grades.add(word(grade)));
		g.add("grades", grades);
		JsonArray points = new JsonArray();
		for (Grading.PointsRow row : grading.points()) {
			JsonObject p = new JsonObject();
			p.addProperty("glh", row.glh());
			JsonObject cells = new JsonObject();
			new TreeMap<>(row.points()).forEach((grade, value) -> cells.addProperty(JsonIn.word(grade), value));
			p.add("points", cells);
			points.add(p);
		}
		g.add("points", points);
		JsonArray bands = new JsonArray();
		for (Grading.Band band : grading.bands()) {
			JsonObject b = new JsonObject();
			b.add("grade", word(band.grade()));
			b.add("abbreviation", text(band.abbreviation()));
			b.addProperty("from", band.from());
			b.add("to", number(band.to()));
			bands.add(b);
		}
		g.add("bands", bands);
		JsonArray hurdles = new JsonArray();
		for (Grading.Hurdle hurdle : grading.hurdles()) {
			JsonObject h = new JsonObject();
			h.add("unit", text(hurdle.unitId()));
			h.add("minimum", word(hurdle.minimum()));
			h.addProperty("otherUnitsOnly", hurdle.otherUnitsOnly());
			if (hurdle.minimum() != null) {
				h.addProperty("text", hurdle.text());
			}
			hurdles.add(h);
		}
		g.add("hurdles", hurdles);
		g.addProperty("bestResultCounts", grading.bestResultCounts());
		return g;
	}

	private static void learnerRecordMembers(LearnerRecord record, JsonObject json) {
		json.add("learner", text(record.name()));
		JsonArray results = new JsonArray();
		for (LearnerRecord.UnitResult result : record.results()) {
			JsonObject r = new JsonObject();
			r.add("unit", text(result.unitId()));
			JsonArray attempts = new JsonArray();
			result.attempts().forEach(grade -> attempts.add(word(grade)));
			r.add("attempts", attempts);
			r.add("criteriaMet", texts(result.criteriaMet()));
			results.add(r);
		}
		json.add("results", results);
	}

	private static JsonElement text(String value) {
		return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
	}

	private static JsonElement number(Integer value) {
		return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
	}

	private static JsonElement word(Enum<?> value) {
		return value == null ? JsonNull.INSTANCE : new JsonPrimitive(JsonIn.word(value));
	}

	private static JsonArray texts(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(value -> array.add(text(value)));
		return array;
	}

	// --------------------------------------------------------------------------------------------- reading

	/** Checks {@code format} and {@code formatVersion} before anything else, so a wrong file says so first. */
	private static void header(JsonIn root, String format) {
		if (root.isNull() || !root.value.isJsonObject()) {
			throw root.error("expected an object (a " + format + " file), found " + JsonIn.describe(root.value));
		}
		JsonObject object = root.value.getAsJsonObject();
		JsonIn formatIn = new JsonIn(object.get("format"), "$.format");
		if (!object.has("format")) {
			throw formatIn.error("missing; this member is required (\"" + format + "\")");
		}
		String found = formatIn.string();
		if (!found.equals(format)) {
			String other = found.equals(RULESET_FORMAT) ? " (a rule-set file: read it with RuleSetJson.read)"
					: found.equals(LEARNER_RECORD_FORMAT) ? " (a learner-record file: read it with RuleSetJson.readLearnerRecord)"
							: "";
			throw formatIn.error("expected \"" + format + "\", found \"" + found + "\"" + other);
		}
		JsonIn versionIn = new JsonIn(object.get("formatVersion"), "$.formatVersion");
		if (!object.has("formatVersion")) {
			throw versionIn.error("missing; this member is required (" + FORMAT_VERSION + ")");
		}
		int version = versionIn.integer(1, MAX);
		if (version != FORMAT_VERSION) {
			throw versionIn.error("version " + version + " is not supported; this reader reads version " + FORMAT_VERSION);
		}
		JsonIn schema = new JsonIn(object.get("$schema"), "$.$schema");
		if (object.has("$schema")) {
			schema.string();
		}
	}

	/** Ids defined in the file, with where they are defined. */
	private static final class Ids {
		final Map<String, String> units = new LinkedHashMap<>();
		final Map<String, String> groups = new LinkedHashMap<>();

		void unit(JsonIn at, String id) {
			if (!units.containsKey(id)) {
				throw at.error("no unit \"" + id + "\" in $.units");
			}
		}

		void group(JsonIn at, String id) {
			if (!groups.containsKey(id)) {
				throw at.error("no group \"" + id + "\" in $.groups"
						+ (groups.isEmpty() ? " (this rule set has no groups)" : " (the groups are " + String.join(", ", groups.keySet()) + ")"));
			}
		}

		void groups(Obj o, String member, List<String> names) {
			List<JsonIn> items = o.array(member);
			for (int i = 0; i < names.size(); i++) {
				group(items.get(i), names.get(i));
			}
		}
	}

	private static RuleSet ruleSet(JsonIn root) {
		header(root, RULESET_FORMAT);
		Obj o = root.object(RULESET_MEMBERS);
		String qualification = o.name("qualification");
		String title = o.optString("title");
		Integer level = o.optInteger("level", 0, MAX_LEVEL);
		Obj d = o.get("declared").object("credits", "creditsAtLeast", "glh", "glhAtLeast", "tqt");
		RuleSet.DeclaredSize declared = new RuleSet.DeclaredSize(d.optInteger("credits", 0, MAX), d.bool("creditsAtLeast"),
				d.optInteger("glh", 0, MAX), d.bool("glhAtLeast"), d.optInteger("tqt", 0, MAX));

		Ids ids = new Ids();
		List<RuleUnit> units = new ArrayList<>();
		List<JsonIn> unitGroupRefs = new ArrayList<>();
		for (JsonIn in : o.array("units")) {
			Obj u = in.object("id", "urn", "title", "group", "credits", "level", "glh", "assessment", "gradeScale",
					"pointsWhenAchieved", "gradingCriteria");
			String id = u.name("id");
			String earlier = ids.units.putIfAbsent(id, in.path);
			if (earlier != null) {
				throw u.get("id").error("unit \"" + id + "\" is defined twice (also " + earlier + ")");
			}
			Obj c = u.get("gradingCriteria").object(words(Grade.class));
			Map<Grade, List<String>> criteria = new EnumMap<>(Grade.class);
			for (String member : c.object.keySet()) {
				criteria.put(new JsonIn(new JsonPrimitive(member), c.path + "." + member).word(Grade.class), c.names(member));
			}
			units.add(new RuleUnit(id, u.optName("urn"), u.optString("title"), u.optName("group"),
					u.optInteger("credits", 0, MAX), u.optInteger("level", 0, MAX_LEVEL), u.optInteger("glh", 0, MAX),
					u.optWord("assessment", Assessment.class), u.optWord("gradeScale", GradeScale.class),
					u.optInteger("pointsWhenAchieved", 0, MAX), criteria));
			unitGroupRefs.add(u.opt("group"));
		}

		List<RuleGroup> groups = new ArrayList<>();
		List<List<JsonIn>> groupUnitRefs = new ArrayList<>();
		for (JsonIn in : o.array("groups")) {
			Obj g = in.object("id", "label", "mandatory", "units");
			String id = g.name("id");
			String earlier = ids.groups.putIfAbsent(id, in.path);
			if (earlier != null) {
				throw g.get("id").error("group \"" + id + "\" is defined twice (also " + earlier + ")");
			}
			groups.add(new RuleGroup(id, g.optString("label"), g.bool("mandatory"), g.names("units")));
			groupUnitRefs.add(g.array("units"));
		}
		checkMembership(units, unitGroupRefs, groups, groupUnitRefs, ids);

		List<Rule> rules = new ArrayList<>();
		for (JsonIn in : o.array("rules")) {
			rules.add(rule(in, ids));
		}

		List<ResitPolicy> resits = new ArrayList<>();
		Map<Assessment, String> resitPaths = new EnumMap<>(Assessment.class);
		for (JsonIn in : o.array("resits")) {
			Obj r = in.object("assessment", "limit");
			Assessment assessment = r.word("assessment", Assessment.class);
			String earlier = resitPaths.putIfAbsent(assessment, in.path);
			if (earlier != null) {
				throw r.get("assessment").error("a second policy for " + JsonIn.word(assessment) + " units (also " + earlier + ")");
			}
			resits.add(new ResitPolicy(assessment, r.optInteger("limit", 0, MAX)));
		}

		JsonIn gradingIn = o.opt("grading");
		Grading grading = gradingIn == null ? null : grading(gradingIn, ids);
		boolean noExemptions = o.bool("noExemptions");
		boolean noEquivalences = o.bool("noEquivalences");

		List<WorkedExample> examples = new ArrayList<>();
		for (JsonIn in : o.array("examples")) {
			Obj e = in.object("name", "record", "expected");
			String name = e.name("name");
			LearnerRecord record = learnerRecord(e.get("record").object("learner", "results"), ids);
			JsonIn expectedIn = e.opt("expected");
			WorkedExample.Expectation expected = null;
			if (expectedIn != null) {
				Obj x = expectedIn.object("eligible", "points", "grade");
				expected = new WorkedExample.Expectation(x.optBool("eligible"), x.optInteger("points", 0, MAX),
						x.optWord("grade", Grade.class));
			}
			examples.add(new WorkedExample(name, record, expected));
		}
		return new RuleSet(qualification, title, level, declared, units, groups, rules, resits, grading, noExemptions,
				noEquivalences, examples);
	}

	/** A unit's {@code group} and the group's {@code units} list say the same thing. */
	private static void checkMembership(List<RuleUnit> units, List<JsonIn> unitGroupRefs, List<RuleGroup> groups,
			List<List<JsonIn>> groupUnitRefs, Ids ids) {
		Map<String, RuleUnit> byId = new LinkedHashMap<>();
		for (int i = 0; i < units.size(); i++) {
			RuleUnit unit = units.get(i);
			byId.put(unit.id(), unit);
			if (unit.group() != null) {
				ids.group(unitGroupRefs.get(i), unit.group());
			}
		}
		for (int g = 0; g < groups.size(); g++) {
			RuleGroup group = groups.get(g);
			for (int i = 0; i < group.unitIds().size(); i++) {
				String id = group.unitIds().get(i);
				JsonIn at = groupUnitRefs.get(g).get(i);
				ids.unit(at, id);
				String actual = byId.get(id).group();
				if (!group.id().equals(actual)) {
					throw at.error("unit \"" + id + "\" is in " + (actual == null ? "no group" : "group \"" + actual + "\"")
							+ " by its own \"group\" member (" + ids.units.get(id) + ".group)");
				}
			}
		}
		for (int i = 0; i < units.size(); i++) {
			RuleUnit unit = units.get(i);
			if (unit.group() != null) {
				RuleGroup group = groups.stream().filter(g -> g.id().equals(unit.group())).findFirst().orElseThrow();
				if (!group.unitIds().contains(unit.id())) {
					throw unitGroupRefs.get(i).error("unit \"" + unit.id() + "\" is not listed in the units of group \""
							+ group.id() + "\" (" + ids.groups.get(group.id()) + ".units)");
				}
			}
		}
	}

	private static Rule rule(JsonIn in, Ids ids) {
		if (in.isNull() || !in.value.isJsonObject()) {
			throw in.error("expected an object, found " + JsonIn.describe(in.value));
		}
		JsonObject raw = in.value.getAsJsonObject();
		JsonIn typeIn = new JsonIn(raw.get("type"), in.path + ".type");
		if (!raw.has("type")) {
			throw typeIn.error("missing; this member is required (" + String.join(", ", words(RuleType.class)) + ")");
		}
		RuleType type = typeIn.word(RuleType.class);
		Obj o = switch (type) {
			case AGGREGATE -> in.object("type", "measure", "selection", "level", "bound", "advisory", "text");
			case EACH_GROUP -> in.object("type", "measure", "groups", "bound", "advisory", "text");
			case ALL_UNITS -> in.object("type", "groups", "declaredUnits", "declaredCredits", "advisory", "text");
			case COUNTING_CAP -> in.object("type", "measure", "groups", "level", "limit", "advisory", "text");
			case BARRED -> in.object("type", "units", "advisory", "text");
		};
		Rule rule = switch (type) {
			case AGGREGATE -> new AggregateRule(o.word("measure", Measure.class), selection(o.get("selection"), ids),
					levelFilter(o.opt("level")), bound(o.get("bound")), o.bool("advisory"));
			case EACH_GROUP -> {
				Measure measure = o.word("measure", Measure.class);
				List<String> groups = o.names("groups");
				ids.groups(o, "groups", groups);
				yield new EachGroupRule(measure, groups, bound(o.get("bound")), o.bool("advisory"));
			}
			case ALL_UNITS -> {
				List<String> groups = o.names("groups");
				ids.groups(o, "groups", groups);
				yield new AllUnitsRule(groups, o.optInteger("declaredUnits", 0, MAX), o.optInteger("declaredCredits", 0, MAX),
						o.bool("advisory"));
			}
			case COUNTING_CAP -> {
				Measure measure = o.word("measure", Measure.class);
				List<String> groups = o.names("groups");
				ids.groups(o, "groups", groups);
				yield new CountingCap(measure, groups, levelFilter(o.opt("level")), o.integer("limit", 0, MAX),
						o.bool("advisory"));
			}
			case BARRED -> {
				List<String> pair = o.names("units");
				List<JsonIn> items = o.array("units");
				if (pair.size() != 2) {
					throw o.get("units").error("expected two units, found " + pair.size());
				}
				ids.unit(items.get(0), pair.get(0));
				ids.unit(items.get(1), pair.get(1));
				yield new BarredPair(pair.get(0), pair.get(1), o.bool("advisory"));
			}
		};
		if (o.has("text")) {
			o.string("text"); // written for readers, ignored here
		}
		return rule;
	}

	private static Selection selection(JsonIn in, Ids ids) {
		Obj s = in.object("all", "groups", "reading");
		if (s.has("all")) {
			if (s.has("groups") || s.has("reading")) {
				throw s.error("give either \"all\": true, or \"groups\" with \"reading\"; not both");
			}
			if (!s.bool("all")) {
				throw s.get("all").error("must be true; to select groups give \"groups\" and \"reading\" instead");
			}
			return Selection.whole();
		}
		if (!s.has("groups")) {
			throw s.error("expected {\"all\": true} or {\"groups\": [...], \"reading\": \"overlapping\" or \"remaining\"}");
		}
		List<String> groups = s.names("groups");
		ids.groups(s, "groups", groups);
		return Selection.of(groups, s.word("reading", Selection.PoolReading.class));
	}

	private static LevelFilter levelFilter(JsonIn in) {
		if (in == null) {
			return null;
		}
		Obj l = in.object("comparison", "level");
		LevelFilter.Comparison comparison = l.word("comparison", LevelFilter.Comparison.class);
		return new LevelFilter(l.integer("level", 0, MAX_LEVEL), comparison);
	}

	private static Bound bound(JsonIn in) {
		String expected = "expected one of atLeast, atMost, exactly";
		if (in.isNull() || !in.value.isJsonObject()) {
			throw in.error(expected + " (as {\"atLeast\": 12}), found " + JsonIn.describe(in.value));
		}
		JsonObject object = in.value.getAsJsonObject();
		List<String> members = new ArrayList<>(object.keySet());
		if (members.size() != 1) {
			throw in.error(expected + (members.isEmpty() ? "" : ", found " + String.join(" and ", members)));
		}
		Bound.Kind kind = null;
		for (Bound.Kind k : Bound.Kind.values()) {
			if (boundMember(k).equals(members.get(0))) {
				kind = k;
			}
		}
		if (kind == null) {
			throw in.error(expected + ", found " + members.get(0));
		}
		return new Bound(kind, new JsonIn(object.get(members.get(0)), in.path + "." + members.get(0)).integer(0, MAX));
	}

	private static Grading grading(JsonIn in, Ids ids) {
		Obj g = in.object("passOrFail", "grades", "points", "bands", "hurdles", "bestResultCounts");
		boolean passOrFail = g.bool("passOrFail");
		List<Grade> grades = new ArrayList<>();
		for (JsonIn item : g.array("grades")) {
			Grade grade = item.word(Grade.class);
			if (grades.contains(grade)) {
				throw item.error("\"" + JsonIn.word(grade) + "\" is listed twice");
			}
			grades.add(grade);
		}
		List<Grading.PointsRow> points = new ArrayList<>();
		Map<Integer, String> rowPaths = new LinkedHashMap<>();
		for (JsonIn item : g.array("points")) {
			Obj p = item.object("glh", "points");
			int glh = p.integer("glh", 0, MAX);
			String earlier = rowPaths.putIfAbsent(glh, item.path);
			if (earlier != null) {
				throw p.get("glh").error("a second row for " + glh + " GLH (also " + earlier + ")");
			}
			Obj cells = p.get("points").object(words(Grade.class));
			Map<Grade, Integer> row = new EnumMap<>(Grade.class);
			for (String member : cells.object.keySet()) {
				row.put(new JsonIn(new JsonPrimitive(member), cells.path + "." + member).word(Grade.class),
						cells.integer(member, 0, MAX));
			}
			points.add(new Grading.PointsRow(glh, row));
		}
		List<Grading.Band> bands = new ArrayList<>();
		for (JsonIn item : g.array("bands")) {
			Obj b = item.object("grade", "abbreviation", "from", "to");
			Grade grade = b.word("grade", Grade.class);
			String abbreviation = b.optName("abbreviation");
			int from = b.integer("from", 0, MAX);
			Integer to = b.optInteger("to", 0, MAX);
			if (to != null && to < from) {
				throw b.get("to").error("must not be below \"from\" (" + from + ")");
			}
			bands.add(new Grading.Band(grade, abbreviation, from, to));
		}
		List<Grading.Hurdle> hurdles = new ArrayList<>();
		for (JsonIn item : g.array("hurdles")) {
			Obj h = item.object("unit", "minimum", "otherUnitsOnly", "text");
			String unit = h.optName("unit");
			if (unit != null) {
				ids.unit(h.get("unit"), unit);
			}
			Grade minimum = h.word("minimum", Grade.class);
			boolean otherUnitsOnly = h.bool("otherUnitsOnly");
			if (unit != null && otherUnitsOnly) {
				throw h.get("otherUnitsOnly").error("must be false for a hurdle on one unit; \"every other unit\" is a hurdle"
						+ " with \"unit\": null");
			}
			if (h.has("text")) {
				h.string("text");
			}
			hurdles.add(new Grading.Hurdle(unit, minimum, otherUnitsOnly));
		}
		return new Grading(passOrFail, grades, points, bands, hurdles, g.bool("bestResultCounts"));
	}

	private static LearnerRecord learnerRecordFile(JsonIn root) {
		header(root, LEARNER_RECORD_FORMAT);
		return learnerRecord(root.object(LEARNER_RECORD_MEMBERS), null);
	}

	/** A learner record; with {@code ids}, its units must be units of the rule set. */
	private static LearnerRecord learnerRecord(Obj o, Ids ids) {
		String learner = o.optString("learner");
		List<LearnerRecord.UnitResult> results = new ArrayList<>();
		Map<String, String> seen = new LinkedHashMap<>();
		for (JsonIn in : o.array("results")) {
			Obj r = in.object("unit", "attempts", "criteriaMet");
			String unit = r.name("unit");
			String earlier = seen.putIfAbsent(unit, in.path);
			if (earlier != null) {
				throw r.get("unit").error("a second result for unit \"" + unit + "\" (also " + earlier
						+ "); give every attempt in one result");
			}
			if (ids != null) {
				ids.unit(r.get("unit"), unit);
			}
			List<Grade> attempts = new ArrayList<>();
			for (JsonIn attempt : r.array("attempts")) {
				attempts.add(attempt.word(Grade.class));
			}
			results.add(new LearnerRecord.UnitResult(unit, attempts, r.names("criteriaMet")));
		}
		return new LearnerRecord(learner, results);
	}

	private static <E extends Enum<E>> String[] words(Class<E> type) {
		E[] constants = type.getEnumConstants();
		String[] words = new String[constants.length];
		for (int i = 0; i < constants.length; i++) {
			words[i] = JsonIn.word(constants[i]);
		}
		return words;
	}
}
