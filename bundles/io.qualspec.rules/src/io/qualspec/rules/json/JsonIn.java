package io.qualspec.rules.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * A JSON value with its path, and typed access to it that fails with a {@link RuleSetFormatException} naming
 * the path. The rule of the format: a member that may be null may also be left out (meaning null); every
 * other member is required; members the format does not define are errors.
 */
final class JsonIn {

	/** A character JSON Schema's (ECMAScript's) \s does not match: the schema's "name" pattern, spelled out. */
	private static final Pattern NOT_WHITE_SPACE = Pattern
			.compile("[^\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]");

	final JsonElement value;
	final String path;

	JsonIn(JsonElement value, String path) {
		this.value = value;
		this.path = path;
	}

	RuleSetFormatException error(String problem) {
		return new RuleSetFormatException(path, problem);
	}

	boolean isNull() {
		return value == null || value.isJsonNull();
	}

	/** An object with exactly these members allowed (the required ones are checked as they are read). */
	Obj object(String... allowed) {
		if (isNull() || !value.isJsonObject()) {
			throw error("expected an object, found " + describe(value));
		}
		return new Obj(value.getAsJsonObject(), path, List.of(allowed));
	}

	List<JsonIn> array() {
		if (isNull() || !value.isJsonArray()) {
			throw error("expected an array, found " + describe(value));
		}
		JsonArray array = value.getAsJsonArray();
		List<JsonIn> items = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			items.add(new JsonIn(array.get(i), path + "[" + i + "]"));
		}
		return items;
	}

	String string() {
		if (isNull() || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			throw error("expected a string, found " + describe(value));
		}
		return value.getAsString();
	}

	/** A string that names something: not empty, not only white space. */
	String name() {
		String text = string();
		if (!NOT_WHITE_SPACE.matcher(text).find()) {
			throw error(text.isEmpty() ? "must not be empty" : "must not be only white space");
		}
		return text;
	}

	boolean bool() {
		if (isNull() || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
			throw error("expected true or false, found " + describe(value));
		}
		return value.getAsBoolean();
	}

	/** An integer (1.0 counts, as in JSON Schema) within the bounds. */
	int integer(int min, int max) {
		if (isNull() || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			throw error("expected an integer, found " + describe(value));
		}
		BigDecimal number = new BigDecimal(value.getAsJsonPrimitive().getAsNumber().toString());
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			throw error("expected an integer, found " + number.toPlainString());
		}
		if (number.precision() - number.scale() > 10 || number.compareTo(BigDecimal.valueOf(min)) < 0
				|| number.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw error("must be " + range(min, max) + ", found " + (number.precision() - number.scale() > 10
					? (number.signum() < 0 ? "a large negative number" : "a large number") : number.toPlainString()));
		}
		return number.intValueExact();
	}

	private static String range(int min, int max) {
		return max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
	}

	/** One of the enum's words: its name in lower case with hyphens ("distinction-star"). */
	<E extends Enum<E>> E word(Class<E> type) {
		E[] constants = type.getEnumConstants();
		if (!isNull() && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
			for (E constant : constants) {
				if (word(constant).equals(value.getAsString())) {
					return constant;
				}
			}
		}
		throw error("expected one of " + String.join(", ", Arrays.stream(constants).map(JsonIn::word).toList())
				+ ", found " + describe(value));
	}

	static String word(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A list of names, none given twice. */
	List<String> names() {
		List<String> names = new ArrayList<>();
		Map<String, String> seen = new LinkedHashMap<>();
		for (JsonIn item : array()) {
			String name = item.name();
			String earlier = seen.putIfAbsent(name, item.path);
			if (earlier != null) {
				throw item.error("\"" + name + "\" is listed twice (also " + earlier + ")");
			}
			names.add(name);
		}
		return names;
	}

	static String describe(JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return "null";
		}
		if (value.isJsonObject()) {
			return "an object";
		}
		if (value.isJsonArray()) {
			return "an array";
		}
		JsonPrimitive primitive = value.getAsJsonPrimitive();
		if (primitive.isBoolean()) {
			return String.valueOf(primitive.getAsBoolean());
		}
		if (primitive.isNumber()) {
			String number = primitive.getAsNumber().toString();
			return "a number (" + (number.length() > 20 ? number.substring(0, 20) + "..." : number) + ")";
		}
		String text = primitive.getAsString();
		return "a string (\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\")";
	}

	/** An object being read: its members by name, each required unless read with an {@code opt} method. */
	static final class Obj {

		final JsonObject object;
		final String path;

		Obj(JsonObject object, String path, List<String> allowed) {
			this.object = object;
			this.path = path;
			for (String member : object.keySet()) {
				if (!allowed.contains(member)) {
					throw new RuleSetFormatException(path + "." + member, "unknown member; "
							+ (allowed.size() == 1 ? "the only member here is " : "the members here are ")
							+ String.join(", ", allowed));
				}
			}
		}

		RuleSetFormatException error(String problem) {
			return new RuleSetFormatException(path, problem);
		}

		boolean has(String member) {
			return object.has(member);
		}

		/** A required member (null is not allowed). */
		JsonIn get(String member) {
			JsonIn in = at(member);
			if (!object.has(member)) {
				throw in.error("missing; this member is required");
			}
			return in;
		}

		/** A member that may be null or left out: null then. */
		JsonIn opt(String member) {
			JsonIn in = at(member);
			return in.isNull() ? null : in;
		}

		private JsonIn at(String member) {
			return new JsonIn(object.get(member), path + "." + member);
		}

		String string(String member) {
			return get(member).string();
		}

		String name(String member) {
			return get(member).name();
		}

		String optString(String member) {
			JsonIn in = opt(member);
			return in == null ? null : in.string();
		}

		String optName(String member) {
			JsonIn in = opt(member);
			return in == null ? null : in.name();
		}

		boolean bool(String member) {
			return get(member).bool();
		}

		int integer(String member, int min, int max) {
			return get(member).integer(min, max);
		}

		Integer optInteger(String member, int min, int max) {
			JsonIn in = opt(member);
			return in == null ? null : in.integer(min, max);
		}

		Boolean optBool(String member) {
			JsonIn in = opt(member);
			return in == null ? null : in.bool();
		}

		<E extends Enum<E>> E word(String member, Class<E> type) {
			return get(member).word(type);
		}

		<E extends Enum<E>> E optWord(String member, Class<E> type) {
			JsonIn in = opt(member);
			return in == null ? null : in.word(type);
		}

		List<JsonIn> array(String member) {
			return get(member).array();
		}

		List<String> names(String member) {
			return get(member).names();
		}
	}
}
