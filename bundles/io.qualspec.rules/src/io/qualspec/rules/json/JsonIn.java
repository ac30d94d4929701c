package io.qualspec.rules.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A value of a document that its JSON Schema has accepted, with its JSON path, so that the checks the schema
 * cannot state (cross-references, ids given twice) can name where a problem is. The typed accessors rely on
 * the schema: they do not check again what it has checked.
 */
final class JsonIn {

	final JsonElement value;
	final String path;

	JsonIn(JsonElement value, String path) {
		this.value = value;
		this.path = path;
	}

	RuleSetFormatException error(String problem) {
		return new RuleSetFormatException(path, problem);
	}

	Obj object() {
		return new Obj(value.getAsJsonObject(), path);
	}

	List<JsonIn> array() {
		JsonArray array = value.getAsJsonArray();
		List<JsonIn> items = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			items.add(new JsonIn(array.get(i), path + "[" + i + "]"));
		}
		return items;
	}

	String string() {
		return value.getAsString();
	}

	/** A whole number (the schema allows 1.0 for 1, as JSON Schema does). */
	int integer() {
		return value.getAsBigDecimal().intValueExact();
	}

	/** The enum constant whose word ({@link #word(Enum)}) this string is. */
	<E extends Enum<E>> E word(Class<E> type) {
		for (E constant : type.getEnumConstants()) {
			if (word(constant).equals(value.getAsString())) {
				return constant;
			}
		}
		throw new IllegalStateException(path + ": the schema allows \"" + value.getAsString() + "\", which is no "
				+ type.getSimpleName());
	}

	/** An enum constant's word in the format: its name in lower case with hyphens ("distinction-star"). */
	static String word(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** An object being read. A member that is absent or null is read as null by the {@code opt} methods. */
	static final class Obj {

		final JsonObject object;
		final String path;

		Obj(JsonObject object, String path) {
			this.object = object;
			this.path = path;
		}

		RuleSetFormatException error(String problem) {
			return new RuleSetFormatException(path, problem);
		}

		boolean has(String member) {
			return object.has(member);
		}

		JsonIn get(String member) {
			return new JsonIn(object.get(member), path + "." + member);
		}

		JsonIn opt(String member) {
			JsonElement value = object.get(member);
			return value == null || value.isJsonNull() ? null : new JsonIn(value, path + "." + member);
		}

		String string(String member) {
			return get(member).string();
		}

		String optString(String member) {
			JsonIn in = opt(member);
			return in == null ? null : in.string();
		}

		boolean bool(String member) {
			return object.get(member).getAsBoolean();
		}

		Boolean optBool(String member) {
			JsonIn in = opt(member);
			return in == null ? null : in.value.getAsBoolean();
		}

		int integer(String member) {
			return get(member).integer();
		}

		Integer optInteger(String member) {
			JsonIn in = opt(member);
			return in == null ? null : in.integer();
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

		List<String> strings(String member) {
			return array(member).stream().map(JsonIn::string).toList();
		}
	}
}
