package io.qualspec.rules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/**
 * One of the format's committed JSON Schemas ({@code schema/} in this bundle), which states the structure of
 * a file: required members, types, words, ranges, no unknown members. {@link #check} validates a parsed
 * document against it and reports the first violation as a {@link RuleSetFormatException} at the JSON path
 * of the problem, in words built from the schema itself ("expected one of internal, external, found ...").
 */
final class FormatSchema {

	static final FormatSchema RULE_SET = new FormatSchema("qualspec-ruleset.schema.json");
	static final FormatSchema LEARNER_RECORD = new FormatSchema("qualspec-learner-record.schema.json");

	/** Errors that only say that the errors of their subschemas (reported too) made them fail. */
	private static final Set<String> SUMMARIES = Set.of("allOf", "oneOf", "if", "not");

	private final JsonObject schema;
	private final Validator validator;
	private final URI id;

	private FormatSchema(String file) {
		schema = JsonParser.parseString(resource("/schema/" + file)).getAsJsonObject();
		validator = new ValidatorFactory().withJsonNodeFactory(new GsonNode.Factory()).createValidator();
		id = validator.registerSchema(schema);
	}

	private static String resource(String name) {
		try (InputStream in = FormatSchema.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the rules engine's bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Synchronized because the validator's library does not promise that validation is thread-safe; files are
	 * small, so one at a time costs nothing.
	 *
	 * @throws RuleSetFormatException for the first violation: one of {@code format} and {@code formatVersion}
	 *         (so that a file of another kind says so first), otherwise the first in document order
	 */
	synchronized void check(JsonElement document) {
		Validator.Result result = validator.validate(id, document);
		if (result.isValid()) {
			return;
		}
		Map<String, Node> nodes = new HashMap<>();
		index(document, "", "$", nodes);
		List<Violation> violations = new ArrayList<>();
		for (Error error : result.getErrors()) {
			// The validator also reports why an "if" did not match; those are not violations.
			boolean summary = error.getKeyword() != null && SUMMARIES.contains(error.getKeyword());
			// Of a value that matches none of the alternatives of an "anyOf" (a grade's word or letters), the
			// outermost "anyOf" is reported, in the words of its description; its alternatives' errors are not.
			if (!summary && !error.getEvaluationPath().contains("/if/") && !error.getEvaluationPath().contains("/anyOf/")) {
				violations.add(violation(error, nodes));
			}
		}
		Violation first = violations.stream()
				.min(Comparator.comparing((Violation v) -> !v.path().equals("$.format") && !v.path().equals("$.formatVersion"))
						.thenComparingInt(Violation::order))
				.orElseThrow(() -> new IllegalStateException("the validator reports no error it can name: " + result.getErrors()));
		throw new RuleSetFormatException(first.path(), first.problem());
	}

	/** A value of the document with its JSON path and its place in document order. */
	private record Node(JsonElement value, String path, int order) {
	}

	private record Violation(String path, int order, String problem) {
	}

	/** Every value of the document by its JSON Pointer, which is how the validator names instance locations. */
	private static void index(JsonElement value, String pointer, String path, Map<String, Node> nodes) {
		nodes.put(pointer, new Node(value, path, nodes.size()));
		if (value.isJsonObject()) {
			for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
				index(member.getValue(), pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1"),
						path + "." + member.getKey(), nodes);
			}
		} else if (value.isJsonArray()) {
			JsonArray array = value.getAsJsonArray();
			for (int i = 0; i < array.size(); i++) {
				index(array.get(i), pointer + "/" + i, path + "[" + i + "]", nodes);
			}
		}
	}

	private Violation violation(Error error, Map<String, Node> nodes) {
		Node at = nodes.getOrDefault(error.getInstanceLocation(), nodes.get(""));
		String schemaPointer = fragment(error.getSchemaLocation());
		if (error.getEvaluationPath().endsWith("/additionalProperties")) {
			// the error of the schema "false" that stands for any member not listed
			JsonObject owner = schemaAt(schemaPointer.substring(0, schemaPointer.lastIndexOf('/')));
			return new Violation(at.path(), at.order(), "unknown member; " + members(owner.getAsJsonObject("properties").keySet()));
		}
		JsonObject rule = schemaAt(schemaPointer);
		String keyword = error.getKeyword();
		if (error.getEvaluationPath().contains("/propertyNames/") && rule.has("enum")) {
			List<String> words = texts(rule.getAsJsonArray("enum"));
			String name = at.value().getAsJsonObject().keySet().stream().filter(n -> !words.contains(n)).findFirst().orElseThrow();
			return new Violation(at.path() + "." + name, at.order(), "unknown member; " + members(words));
		}
		JsonElement value = at.value();
		return switch (keyword) {
			case "required" -> {
				String missing = texts(rule.getAsJsonArray("required")).stream()
						.filter(member -> !value.getAsJsonObject().has(member)).findFirst().orElseThrow();
				yield new Violation(at.path() + "." + missing, at.order(), "missing; this member is required");
			}
			case "uniqueItems" -> {
				JsonArray array = value.getAsJsonArray();
				for (int i = 1; i < array.size(); i++) {
					for (int earlier = 0; earlier < i; earlier++) {
						if (array.get(i).equals(array.get(earlier))) {
							yield new Violation(at.path() + "[" + i + "]", at.order(), shorten(array.get(i).toString())
									+ " is listed twice (also " + at.path() + "[" + earlier + "])");
						}
					}
				}
				throw new IllegalStateException("no item is listed twice in " + at.path());
			}
			default -> new Violation(at.path(), at.order(), problem(keyword, rule, value));
		};
	}

	/** What is wrong with a value, for the keywords whose error concerns the value itself. */
	private static String problem(String keyword, JsonObject rule, JsonElement value) {
		String found = ", found " + describe(value);
		return switch (keyword) {
			case "type" -> "expected " + types(rule.get("type")) + found;
			case "enum" -> "expected one of " + or(texts(rule.getAsJsonArray("enum"))) + found;
			case "const" -> "expected " + rule.get("const") + found + note(rule);
			case "anyOf" -> "expected " + phrase(rule) + found;
			case "pattern" -> "expected " + (rule.has("description") ? phrase(rule) : "a match for " + rule.get("pattern"))
					+ found;
			case "minimum", "maximum" -> "must be " + range(rule.get("minimum"), rule.get("maximum")) + ", found "
					+ shorten(value.getAsJsonPrimitive().getAsBigDecimal().toPlainString());
			case "minItems", "maxItems" -> "expected " + count(rule.get("minItems"), rule.get("maxItems"), "item", "items")
					+ ", found " + value.getAsJsonArray().size() + note(rule);
			case "minProperties", "maxProperties" -> {
				Set<String> names = value.getAsJsonObject().keySet();
				yield "expected " + count(rule.get("minProperties"), rule.get("maxProperties"), "member", "members")
						+ ", found " + names.size() + (names.isEmpty() ? "" : ": " + String.join(", ", names)) + note(rule);
			}
			default -> "does not match the format's JSON Schema (keyword \"" + keyword + "\")";
		};
	}

	/** The object at a JSON Pointer into this schema. */
	private JsonObject schemaAt(String pointer) {
		JsonElement at = schema;
		for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
			at = at.getAsJsonObject().get(token.replace("~1", "/").replace("~0", "~"));
		}
		return at.getAsJsonObject();
	}

	/** The JSON Pointer in a schema location ("https://...schema.json#/$defs/unit"). */
	private static String fragment(String location) {
		int hash = location.indexOf('#');
		return hash < 0 ? "" : location.substring(hash + 1);
	}

	private static String members(Collection<String> names) {
		return (names.size() == 1 ? "the only member here is " : "the members here are ") + String.join(", ", names);
	}

	private static List<String> texts(JsonArray values) {
		return values.asList().stream().map(v -> v.isJsonNull() ? "null" : v.getAsString()).toList();
	}

	private static String or(List<String> words) {
		return words.size() == 1 ? words.get(0)
				: String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
	}

	private static String types(JsonElement type) {
		List<String> names = type.isJsonArray() ? texts(type.getAsJsonArray()) : List.of(type.getAsString());
		return or(names.stream().map(name -> switch (name) {
			case "object" -> "an object";
			case "array" -> "an array";
			case "string" -> "a string";
			case "integer" -> "an integer";
			case "number" -> "a number";
			case "boolean" -> "true or false";
			default -> name;
		}).toList());
	}

	private static String range(JsonElement minimum, JsonElement maximum) {
		if (minimum != null && maximum != null) {
			return "from " + minimum + " to " + maximum;
		}
		return minimum != null ? "at least " + minimum : "at most " + maximum;
	}

	private static String count(JsonElement min, JsonElement max, String one, String many) {
		if (min != null && min.equals(max)) {
			return "exactly " + min + " " + (min.getAsInt() == 1 ? one : many);
		}
		return range(min, max) + " " + many;
	}

	/** The schema's description of a value, as a parenthesis after the message. */
	private static String note(JsonObject rule) {
		return rule.has("description") ? " (" + phrase(rule) + ")" : "";
	}

	/** A description's sentence as a phrase: lower-case start, no final full stop. */
	private static String phrase(JsonObject rule) {
		String text = rule.get("description").getAsString();
		text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	/** A value in words: its type, and for a string or number the value itself, shortened. */
	private static String describe(JsonElement value) {
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
			return "a number (" + shorten(primitive.getAsNumber().toString()) + ")";
		}
		return "a string (" + shorten(primitive.toString()) + ")";
	}

	private static String shorten(String text) {
		return text.length() > 42 ? text.substring(0, 40) + "..." : text;
	}
}
