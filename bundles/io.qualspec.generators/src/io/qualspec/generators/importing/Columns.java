package io.qualspec.generators.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a table holds which field. A header matches a field when, lower-cased and reduced to letters and
 * digits, it is one of the field's names ("Unit reference number", "URN" and "Ofqual unit ref" all name the URN);
 * the user's mapping ({@code --column title="Unit name"}) names a header outright and wins.
 */
final class Columns {

	private final Map<String, Integer> byField = new LinkedHashMap<>();
	private final List<Integer> unused = new ArrayList<>();

	/**
	 * @param header  the table's header row
	 * @param aliases each field's names, normalised ({@link Values#headerKey})
	 * @param mapping the user's field → header mapping
	 * @throws IllegalArgumentException naming a mapped field or header that does not exist
	 */
	Columns(List<String> header, Map<String, Set<String>> aliases, Map<String, String> mapping) {
		for (Map.Entry<String, String> mapped : mapping.entrySet()) {
			if (!aliases.containsKey(mapped.getKey())) {
				throw new IllegalArgumentException("--column " + mapped.getKey() + "=...: no such field; the fields are "
						+ String.join(", ", aliases.keySet()));
			}
			int column = indexOf(header, mapped.getValue());
			if (column < 0) {
				throw new IllegalArgumentException("--column " + mapped.getKey() + "=" + mapped.getValue()
						+ ": the table has no such column; its columns are " + String.join(", ", header));
			}
			byField.put(mapped.getKey(), column);
		}
		for (int c = 0; c < header.size(); c++) {
			if (byField.containsValue(c)) {
				continue;
			}
			String key = Values.headerKey(header.get(c));
			String field = aliases.entrySet().stream().filter(e -> !byField.containsKey(e.getKey()))
					.filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).findFirst().orElse(null);
			if (field != null) {
				byField.put(field, c);
			} else if (!header.get(c).isBlank()) {
				unused.add(c);
			}
		}
	}

	private static int indexOf(List<String> header, String name) {
		for (int c = 0; c < header.size(); c++) {
			if (header.get(c).equalsIgnoreCase(name.strip()) || Values.headerKey(header.get(c)).equals(Values.headerKey(name))) {
				return c;
			}
		}
		return -1;
	}

	/** The column of a field, or -1 where the table has none. */
	int of(String field) {
		return byField.getOrDefault(field, -1);
	}

	boolean has(String field) {
		return byField.containsKey(field);
	}

	/** The columns no field reads, in order. */
	List<Integer> unused() {
		return List.copyOf(unused);
	}

	/** Field names from their spellings: each is normalised. */
	static Set<String> names(String... spellings) {
		Set<String> names = new java.util.LinkedHashSet<>();
		for (String spelling : spellings) {
			names.add(Values.headerKey(spelling));
		}
		return names;
	}
}
