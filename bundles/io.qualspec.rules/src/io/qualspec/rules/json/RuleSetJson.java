package io.qualspec.rules.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
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
import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.PairedUnits;
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
 * value is not stated. {@code read} validates the document against the committed JSON Schema (structure,
 * words, ranges), then checks what a schema cannot state: cross-references (a rule's groups, a barred pair's
 * units, a unit's group and its group's unit list) and ids given twice. It fails with a
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
	/**
	 * The version this class writes. It reads this one and version 1, which the schema of version 2 accepts:
	 * version 2 only adds members, which a version-1 file leaves out, and words, which it does not use.
	 */
	public static final int FORMAT_VERSION = 2;
	/** The {@code $id} of the JSON Schema of rule-set files. */
	public static final String RULESET_SCHEMA_ID = "https://qualspec.io/schema/ruleset/2/qualspec-ruleset.schema.json";
	/** The {@code $id} of the JSON Schema of learner-record files. */
	public static final String LEARNER_RECORD_SCHEMA_ID = "https://qualspec.io/schema/ruleset/2/qualspec-learner-record.schema.json";

	/** The objects written on one line: small ones, read as one statement ("bound": {"atLeast": 12}). */
	private static final Set<String> ONE_LINE = Set.of("$.rules[].selection", "$.rules[].level", "$.rules[].bound",
			"$.resits[]", "$.grading.points[]", "$.grading.bands[]", "$.grading.hurdles[]", "$.grading.compensation",
			"$.examples[].record.results[]", "$.examples[].expected", "$.results[]");

	/** The {@code type} words of rules. */
	private enum RuleType {
		AGGREGATE, EACH_GROUP, GROUP_SPREAD, ALL_UNITS, COUNTING_CAP, BARRED, PAIRED
	}

	private RuleSetJson() {
	}

	// ------------------------------------------------------------------------------------------ public API

	/** The rule set as JSON text (UTF-8 when stored; "\n" line ends; a final newline). */
	public static String write(RuleSet ruleSet) {
		JsonObject json = toJson(ruleSet);
		try {
			check(json);
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
		return check(JsonText.parse(reader));
	}

	/** The rule set of a document that follows the schema and passes the checks it cannot state. */
	private static RuleSet check(JsonElement document) {
		FormatSchema.RULE_SET.check(document);
		return ruleSet(new JsonIn(document, "$"));
	}

	/** A learner record as JSON text. */
	public static String write(LearnerRecord record) {
		JsonObject json = new JsonObject();
		json.addProperty("format", LEARNER_RECORD_FORMAT);
		json.addProperty("formatVersion", FORMAT_VERSION);
		learnerRecordMembers(record, json);
		try {
			checkLearnerRecord(json);
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
		return checkLearnerRecord(JsonText.parse(reader));
	}

	private static LearnerRecord checkLearnerRecord(JsonElement document) {
		FormatSchema.LEARNER_RECORD.check(document);
		return learnerRecord(new JsonIn(document, "$").object(), null);
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
		size.addProperty("glhAtMost", declared.glhAtMost());
		size.add("glhUpTo", number(declared.glhUpTo()));
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
				x.add("grade", expected.grade() == null ? JsonNull.INSTANCE : new JsonPrimitive(expected.grade().word()));
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
				r.addProperty("ifTaken", aggregate.ifTaken());
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
			case GroupSpreadRule spread -> {
				r.addProperty("type", JsonIn.word(RuleType.GROUP_SPREAD));
				r.add("groups", texts(spread.groups()));
				r.add("bound", bound(spread.bound()));
			}
			case PairedUnits paired -> {
				r.addProperty("type", JsonIn.word(RuleType.PAIRED));
				r.add("units", texts(Arrays.asList(paired.first(), paired.second())));
			}
			case BarredPair barred -> {
				r.addProperty("type", JsonIn.word(RuleType.BARRED));
				r.add("units", texts(Arrays.asList(barred.first(), barred.second())));
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
			p.add("glh", number(row.glh()));
			JsonObject cells = new JsonObject();
			new TreeMap<>(row.points()).forEach((grade, value) -> cells.addProperty(JsonIn.word(grade), value));
			p.add("points", cells);
			points.add(p);
		}
		g.add("points", points);
		JsonArray bands = new JsonArray();
		for (Grading.Band band : grading.bands()) {
			JsonObject b = new JsonObject();
			b.addProperty("grade", band.grade().word());
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
		Grading.Compensation compensation = grading.compensation();
		if (compensation == null) {
			g.add("compensation", JsonNull.INSTANCE);
		} else {
			JsonObject c = new JsonObject();
			c.add("measure", word(compensation.measure()));
			c.addProperty("limit", compensation.limit());
			c.addProperty("optionalUnitsOnly", compensation.optionalUnitsOnly());
			g.add("compensation", c);
		}
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

	/** Ids defined in the file, with where they are defined. */
	private static final class Ids {
		final Map<String, String> units = new LinkedHashMap<>();
		final Map<String, String> groups = new LinkedHashMap<>();

		void unit(JsonIn at) {
			if (!units.containsKey(at.string())) {
				throw at.error("no unit \"" + at.string() + "\" in $.units");
			}
		}

		void group(JsonIn at) {
			if (!groups.containsKey(at.string())) {
				throw at.error("no group \"" + at.string() + "\" in $.groups"
						+ (groups.isEmpty() ? " (this rule set has no groups)" : " (the groups are " + String.join(", ", groups.keySet()) + ")"));
			}
		}

		/** The units a member lists, each checked. */
		List<String> units(Obj o, String member) {
			o.array(member).forEach(this::unit);
			return o.strings(member);
		}

		/** The groups a member lists, each checked. */
		List<String> groups(Obj o, String member) {
			o.array(member).forEach(this::group);
			return o.strings(member);
		}
	}

	/** Where an id was first given, or an error naming both places when it is given again. */
	private static void defineOnce(Map<String, String> defined, String kind, JsonIn id, String at) {
		String earlier = defined.putIfAbsent(id.string(), at);
		if (earlier != null) {
			throw id.error(kind + " \"" + id.string() + "\" is defined twice (also " + earlier + ")");
		}
	}

	/** A rule set from a document its schema accepts: the checks here are those the schema cannot state. */
	private static RuleSet ruleSet(JsonIn root) {
		Obj o = root.object();
		Obj d = o.get("declared").object();
		RuleSet.DeclaredSize declared = new RuleSet.DeclaredSize(d.optInteger("credits"), d.bool("creditsAtLeast"),
				d.optInteger("glh"), d.bool("glhAtLeast"), isTrue(d, "glhAtMost"), d.optInteger("glhUpTo"), d.optInteger("tqt"));

		Ids ids = new Ids();
		List<RuleUnit> units = new ArrayList<>();
		for (JsonIn in : o.array("units")) {
			Obj u = in.object();
			defineOnce(ids.units, "unit", u.get("id"), in.path);
			Obj c = u.get("gradingCriteria").object();
			Map<Grade, List<String>> criteria = new EnumMap<>(Grade.class);
			for (String member : c.object.keySet()) {
				criteria.put(new JsonIn(new JsonPrimitive(member), c.path).word(Grade.class), c.strings(member));
			}
			units.add(new RuleUnit(u.string("id"), u.optString("urn"), u.optString("title"), u.optString("group"),
					u.optInteger("credits"), u.optInteger("level"), u.optInteger("glh"),
					u.optWord("assessment", Assessment.class), u.optWord("gradeScale", GradeScale.class),
					u.optInteger("pointsWhenAchieved"), criteria));
		}

		List<RuleGroup> groups = new ArrayList<>();
		for (JsonIn in : o.array("groups")) {
			Obj g = in.object();
			defineOnce(ids.groups, "group", g.get("id"), in.path);
			groups.add(new RuleGroup(g.string("id"), g.optString("label"), g.bool("mandatory"), g.strings("units")));
		}
		checkMembership(o, units, groups, ids);

		List<Rule> rules = new ArrayList<>();
		for (JsonIn in : o.array("rules")) {
			rules.add(rule(in.object(), ids));
		}

		List<ResitPolicy> resits = new ArrayList<>();
		Map<String, String> resitPaths = new LinkedHashMap<>();
		for (JsonIn in : o.array("resits")) {
			Obj r = in.object();
			String earlier = resitPaths.putIfAbsent(r.string("assessment"), in.path);
			if (earlier != null) {
				throw r.get("assessment").error("a second policy for " + r.string("assessment") + " units (also " + earlier + ")");
			}
			resits.add(new ResitPolicy(r.word("assessment", Assessment.class), r.optInteger("limit")));
		}

		JsonIn gradingIn = o.opt("grading");
		Grading grading = gradingIn == null ? null : grading(gradingIn.object(), ids);

		List<WorkedExample> examples = new ArrayList<>();
		for (JsonIn in : o.array("examples")) {
			Obj e = in.object();
			LearnerRecord record = learnerRecord(e.get("record").object(), ids);
			JsonIn expectedIn = e.opt("expected");
			WorkedExample.Expectation expected = null;
			if (expectedIn != null) {
				Obj x = expectedIn.object();
				expected = new WorkedExample.Expectation(x.optBool("eligible"), x.optInteger("points"),
						x.opt("grade") == null ? null : awardGrade(x.get("grade")));
			}
			examples.add(new WorkedExample(e.string("name"), record, expected));
		}
		return new RuleSet(o.string("qualification"), o.optString("title"), o.optInteger("level"), declared, units,
				groups, rules, resits, grading, o.bool("noExemptions"), o.bool("noEquivalences"), examples);
	}

	/** A boolean member added in version 2, false where a version-1 file leaves it out. */
	private static boolean isTrue(Obj o, String member) {
		return Boolean.TRUE.equals(o.optBool(member));
	}

	/** A unit's {@code group} and the group's {@code units} list say the same thing. */
	private static void checkMembership(Obj o, List<RuleUnit> units, List<RuleGroup> groups, Ids ids) {
		List<JsonIn> unitsIn = o.array("units");
		for (int i = 0; i < units.size(); i++) {
			JsonIn group = unitsIn.get(i).object().opt("group");
			if (group != null) {
				ids.group(group);
			}
		}
		Map<String, RuleUnit> byId = new LinkedHashMap<>();
		units.forEach(unit -> byId.putIfAbsent(unit.id(), unit));
		List<JsonIn> groupsIn = o.array("groups");
		for (int g = 0; g < groups.size(); g++) {
			RuleGroup group = groups.get(g);
			for (JsonIn at : groupsIn.get(g).object().array("units")) {
				ids.unit(at);
				String actual = byId.get(at.string()).group();
				if (!group.id().equals(actual)) {
					throw at.error("unit \"" + at.string() + "\" is in " + (actual == null ? "no group" : "group \"" + actual + "\"")
							+ " by its own \"group\" member (" + ids.units.get(at.string()) + ".group)");
				}
			}
		}
		for (int i = 0; i < units.size(); i++) {
			RuleUnit unit = units.get(i);
			if (unit.group() != null) {
				RuleGroup group = groups.stream().filter(g -> g.id().equals(unit.group())).findFirst().orElseThrow();
				if (!group.unitIds().contains(unit.id())) {
					throw unitsIn.get(i).object().get("group").error("unit \"" + unit.id()
							+ "\" is not listed in the units of group \"" + group.id() + "\" (" + ids.groups.get(group.id()) + ".units)");
				}
			}
		}
	}

	private static Rule rule(Obj o, Ids ids) {
		return switch (o.word("type", RuleType.class)) {
			case AGGREGATE -> new AggregateRule(o.word("measure", Measure.class), selection(o.get("selection").object(), ids),
					levelFilter(o.opt("level")), bound(o.get("bound").object()), isTrue(o, "ifTaken"), o.bool("advisory"));
			case EACH_GROUP -> new EachGroupRule(o.word("measure", Measure.class), ids.groups(o, "groups"),
					bound(o.get("bound").object()), o.bool("advisory"));
			case GROUP_SPREAD -> new GroupSpreadRule(ids.groups(o, "groups"), bound(o.get("bound").object()), o.bool("advisory"));
			case ALL_UNITS -> new AllUnitsRule(ids.groups(o, "groups"), o.optInteger("declaredUnits"),
					o.optInteger("declaredCredits"), o.bool("advisory"));
			case COUNTING_CAP -> new CountingCap(o.word("measure", Measure.class), ids.groups(o, "groups"),
					levelFilter(o.opt("level")), o.integer("limit"), o.bool("advisory"));
			case BARRED -> {
				List<String> pair = ids.units(o, "units");
				yield new BarredPair(pair.get(0), pair.get(1), o.bool("advisory"));
			}
			case PAIRED -> {
				List<String> pair = ids.units(o, "units");
				yield new PairedUnits(pair.get(0), pair.get(1), o.bool("advisory"));
			}
		};
	}

	private static Selection selection(Obj s, Ids ids) {
		return s.has("all") ? Selection.whole()
				: Selection.of(ids.groups(s, "groups"), s.word("reading", Selection.PoolReading.class));
	}

	private static LevelFilter levelFilter(JsonIn in) {
		if (in == null) {
			return null;
		}
		Obj l = in.object();
		return new LevelFilter(l.integer("level"), l.word("comparison", LevelFilter.Comparison.class));
	}

	/** The one member of a bound object (the schema allows exactly one) names the kind of bound. */
	private static Bound bound(Obj b) {
		for (Bound.Kind kind : Bound.Kind.values()) {
			if (b.has(boundMember(kind))) {
				return new Bound(kind, b.integer(boundMember(kind)));
			}
		}
		throw new IllegalStateException(b.path + ": the schema allows a bound of no kind");
	}

	private static Grading grading(Obj g, Ids ids) {
		List<Grade> grades = g.array("grades").stream().map(item -> item.word(Grade.class)).toList();
		List<Grading.PointsRow> points = new ArrayList<>();
		// by GLH figure; the per-credit row under null
		Map<Integer, String> rowPaths = new HashMap<>();
		for (JsonIn item : g.array("points")) {
			Obj p = item.object();
			Integer glh = p.optInteger("glh");
			String earlier = rowPaths.putIfAbsent(glh, item.path);
			if (earlier != null) {
				throw p.get("glh").error("a second row " + (glh == null ? "per credit" : "for " + glh + " GLH")
						+ " (also " + earlier + ")");
			}
			Obj cells = p.get("points").object();
			Map<Grade, Integer> row = new EnumMap<>(Grade.class);
			for (String member : cells.object.keySet()) {
				row.put(new JsonIn(new JsonPrimitive(member), cells.path).word(Grade.class), cells.integer(member));
			}
			points.add(new Grading.PointsRow(glh, row));
		}
		List<Grading.Band> bands = new ArrayList<>();
		for (JsonIn item : g.array("bands")) {
			Obj b = item.object();
			int from = b.integer("from");
			Integer to = b.optInteger("to");
			if (to != null && to < from) {
				throw b.get("to").error("must not be below \"from\" (" + from + ")");
			}
			bands.add(new Grading.Band(awardGrade(b.get("grade")), b.optString("abbreviation"), from, to));
		}
		List<Grading.Hurdle> hurdles = new ArrayList<>();
		for (JsonIn item : g.array("hurdles")) {
			Obj h = item.object();
			JsonIn unit = h.opt("unit");
			if (unit != null) {
				ids.unit(unit);
			}
			hurdles.add(new Grading.Hurdle(h.optString("unit"), h.word("minimum", Grade.class), h.bool("otherUnitsOnly")));
		}
		JsonIn compensationIn = g.opt("compensation");
		Grading.Compensation compensation = null;
		if (compensationIn != null) {
			Obj c = compensationIn.object();
			compensation = new Grading.Compensation(c.word("measure", Measure.class), c.integer("limit"),
					c.bool("optionalUnitsOnly"));
		}
		return new Grading(g.bool("passOrFail"), grades, points, bands, hurdles, compensation, g.bool("bestResultCounts"));
	}

	/** A qualification grade: a grade's word ("distinction-star") or letters ("D*D"). */
	private static AwardGrade awardGrade(JsonIn in) {
		String word = in.string();
		return AwardGrade.fromWord(word).orElseThrow(() -> in.error("is not a grade: \"" + word + "\""));
	}

	/** A learner record; with {@code ids}, its units must be units of the rule set. */
	private static LearnerRecord learnerRecord(Obj o, Ids ids) {
		List<LearnerRecord.UnitResult> results = new ArrayList<>();
		Map<String, String> seen = new LinkedHashMap<>();
		for (JsonIn in : o.array("results")) {
			Obj r = in.object();
			JsonIn unit = r.get("unit");
			String earlier = seen.putIfAbsent(unit.string(), in.path);
			if (earlier != null) {
				throw unit.error("a second result for unit \"" + unit.string() + "\" (also " + earlier
						+ "); give every attempt in one result");
			}
			if (ids != null) {
				ids.unit(unit);
			}
			List<Grade> attempts = r.array("attempts").stream().map(attempt -> attempt.word(Grade.class)).toList();
			results.add(new LearnerRecord.UnitResult(unit.string(), attempts, r.strings("criteriaMet")));
		}
		return new LearnerRecord(o.optString("learner"), results);
	}
}
