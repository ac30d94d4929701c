package io.qualspec.rules.json;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * JSON text in and out, on Gson's streaming reader: strict RFC 8259 parsing that also rejects a member
 * given twice (Gson's own tree parser keeps the last one silently), and the one canonical layout the
 * format is written in.
 */
final class JsonText {

	/** Far deeper than the format nests; guards the recursive parser against hostile input. */
	private static final int MAX_DEPTH = 64;

	private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

	private JsonText() {
	}

	/** The document as a tree; numbers are kept exactly as {@link BigDecimal}s. */
	static JsonElement parse(Reader in) throws IOException {
		JsonReader reader = new JsonReader(in);
		reader.setStrictness(Strictness.STRICT);
		try {
			try {
				reader.peek();
			} catch (EOFException e) {
				throw new RuleSetFormatException("$", "not JSON: the document is empty", e);
			}
			JsonElement value = value(reader, 0);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new RuleSetFormatException("$", "not JSON: more than one value in the document");
			}
			return value;
		} catch (MalformedJsonException | EOFException | NumberFormatException e) {
			throw notJson(reader, e);
		} catch (IllegalStateException e) {
			// Gson reports some malformed input (a number out of its range) this way
			throw notJson(reader, e);
		}
	}

	private static JsonElement value(JsonReader reader, int depth) throws IOException {
		if (depth > MAX_DEPTH) {
			throw new RuleSetFormatException(path(reader), "nested more than " + MAX_DEPTH + " levels deep");
		}
		switch (reader.peek()) {
			case BEGIN_OBJECT -> {
				JsonObject object = new JsonObject();
				reader.beginObject();
				while (reader.hasNext()) {
					String name = reader.nextName();
					if (object.has(name)) {
						throw new RuleSetFormatException(path(reader), "member \"" + name + "\" is given twice");
					}
					object.add(name, value(reader, depth + 1));
				}
				reader.endObject();
				return object;
			}
			case BEGIN_ARRAY -> {
				JsonArray array = new JsonArray();
				reader.beginArray();
				while (reader.hasNext()) {
					array.add(value(reader, depth + 1));
				}
				reader.endArray();
				return array;
			}
			case STRING -> {
				return new JsonPrimitive(reader.nextString());
			}
			case NUMBER -> {
				return new JsonPrimitive(new BigDecimal(reader.nextString()));
			}
			case BOOLEAN -> {
				return new JsonPrimitive(reader.nextBoolean());
			}
			case NULL -> {
				reader.nextNull();
				return JsonNull.INSTANCE;
			}
			default -> throw new MalformedJsonException("Unexpected " + reader.peek());
		}
	}

	private static String path(JsonReader reader) {
		String path = reader.getPath();
		return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
	}

	/** Gson's message without its advice on lenient parsing, with the line and column. */
	private static RuleSetFormatException notJson(JsonReader reader, Exception e) {
		String message = String.valueOf(e.getMessage());
		int cut = message.indexOf(" at line ");
		if (cut < 0) {
			cut = message.indexOf('\n');
		}
		String what = cut < 0 ? message : message.substring(0, cut);
		if (what.startsWith("Use JsonReader.setStrictness") || what.isBlank()) {
			what = "malformed JSON";
		} else if (what.startsWith("End of input")) {
			what = "unexpected end of the document";
		} else {
			what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
		}
		Matcher location = LOCATION.matcher(reader.toString());
		String where = location.find() ? " at line " + location.group(1) + ", column " + location.group(2) : "";
		return new RuleSetFormatException(path(reader), "not JSON" + where + ": " + what, e);
	}

	/**
	 * The canonical layout: two-space indentation, one member per line, "\n" line ends and a final newline;
	 * arrays of plain values on one line, and so are the objects at the given paths (array indexes written
	 * as {@code []}: {@code $.rules[].bound}), with everything inside them. Members come in the order they
	 * were added. Equal trees give equal text, and the layout does not depend on the length of any value.
	 */
	static String print(JsonElement element, Set<String> oneLine) {
		StringBuilder out = new StringBuilder();
		print(element, "$", oneLine, out, 0);
		return out.append('\n').toString();
	}

	private static void print(JsonElement element, String path, Set<String> oneLine, StringBuilder out, int indent) {
		if (element == null || element.isJsonNull()) {
			out.append("null");
		} else if (element.isJsonPrimitive()) {
			JsonPrimitive primitive = element.getAsJsonPrimitive();
			if (primitive.isString()) {
				quote(primitive.getAsString(), out);
			} else if (primitive.isNumber()) {
				out.append(primitive.getAsNumber() instanceof BigDecimal decimal ? decimal.toPlainString()
						: primitive.getAsNumber().toString());
			} else {
				out.append(primitive.getAsBoolean());
			}
		} else if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if (object.isEmpty()) {
				out.append("{}");
				return;
			}
			boolean inline = indent < 0 || oneLine.contains(path);
			out.append(inline ? "{" : "{\n");
			boolean first = true;
			for (Map.Entry<String, JsonElement> member : object.entrySet()) {
				if (!first) {
					out.append(inline ? ", " : ",\n");
				}
				first = false;
				if (!inline) {
					indent(out, indent + 1);
				}
				quote(member.getKey(), out);
				out.append(": ");
				print(member.getValue(), path + "." + member.getKey(), oneLine, out, inline ? -1 : indent + 1);
			}
			if (!inline) {
				out.append('\n');
				indent(out, indent);
			}
			out.append('}');
		} else {
			JsonArray array = element.getAsJsonArray();
			if (array.isEmpty()) {
				out.append("[]");
				return;
			}
			boolean inline = indent < 0
					|| array.asList().stream().noneMatch(e -> e.isJsonObject() || e.isJsonArray());
			out.append(inline ? "[" : "[\n");
			for (int i = 0; i < array.size(); i++) {
				if (i > 0) {
					out.append(inline ? ", " : ",\n");
				}
				if (!inline) {
					indent(out, indent + 1);
				}
				print(array.get(i), path + "[]", oneLine, out, inline ? -1 : indent + 1);
			}
			if (!inline) {
				out.append('\n');
				indent(out, indent);
			}
			out.append(']');
		}
	}

	private static void indent(StringBuilder out, int indent) {
		out.append("  ".repeat(indent));
	}

	/** A JSON string: quote, backslash and control characters escaped, U+2028 and U+2029 too; the rest as is. */
	private static void quote(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
