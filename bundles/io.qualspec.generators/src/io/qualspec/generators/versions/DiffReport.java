package io.qualspec.generators.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.GsonBuilder;

import io.qualspec.catalogue.SourceLocation;

/**
 * A diff as text (what {@code qualspec diff} prints) and as JSON ({@code schema/qualspec-diff.schema.json}), with
 * the findings of the key-updates check where it ran. The HTML page is
 * {@link io.qualspec.generators.html.HtmlDocuments#diff}.
 */
public final class DiffReport {

	private DiffReport() {
	}

	/**
	 * One block per place (qualification or library), a line per change, and the texts of rewordings, rules and
	 * grading under it, before and after:
	 *
	 * <pre>
	 * 603/4767/3
	 *   unit H/506/2199 "Handle customer feedback" added to group B
	 *   rules of combination changed
	 *     before:
	 *       To achieve this qualification, ...
	 *     after:
	 *       To achieve this qualification, ...
	 * library cfa.customerservice
	 *   unit D/506/2119 credits changed from 3 to 4
	 *   unit D/506/2119 criterion 1.1 reworded
	 *     before: Explain the importance of effective communication in customer service
	 *     after: Explain why effective communication matters in customer service
	 * </pre>
	 */
	public static String text(SpecificationDiff diff) {
		StringBuilder out = new StringBuilder("Changes from " + diff.before() + " to " + diff.after() + ": ");
		out.append(diff.isEmpty() ? "none" : diff.changes().size() + (diff.changes().size() == 1 ? " change" : " changes"))
				.append('\n');
		for (Map.Entry<String, List<Change>> place : byPlace(diff).entrySet()) {
			out.append(place.getKey()).append('\n');
			for (Change change : place.getValue()) {
				out.append("  ").append(change.summary()).append('\n');
				if (change.hasTexts()) {
					text(out, "before", change.before());
					text(out, "after", change.after());
				}
			}
		}
		return out.toString();
	}

	/** The changes grouped by {@link Change#place()}, in the diff's order. */
	public static Map<String, List<Change>> byPlace(SpecificationDiff diff) {
		Map<String, List<Change>> places = new LinkedHashMap<>();
		diff.changes().forEach(change -> places.computeIfAbsent(change.place(), p -> new ArrayList<>()).add(change));
		return places;
	}

	/** "before: text" on one line, or "before:" and the text's lines indented under it. */
	private static void text(StringBuilder out, String label, String text) {
		if (text == null) {
			out.append("    ").append(label).append(": (none)\n");
		} else if (text.lines().count() == 1) {
			out.append("    ").append(label).append(": ").append(text).append('\n');
		} else {
			out.append("    ").append(label).append(":\n");
			text.lines().forEach(line -> out.append("      ").append(line).append('\n'));
		}
	}

	/**
	 * The JSON document: format, both sides, the changes and (null when the check did not run) the findings, whose
	 * files {@code file} names (the command line names a file of a git revision REV:path).
	 */
	public static String json(SpecificationDiff diff, List<KeyUpdates.Finding> findings, Function<SourceLocation, String> file) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", "qualspec-diff");
		root.put("formatVersion", 1);
		root.put("before", diff.before());
		root.put("after", diff.after());
		List<Map<String, Object>> changes = new ArrayList<>();
		for (Change change : diff.changes()) {
			changes.add(change(change));
		}
		root.put("changes", changes);
		if (findings != null) {
			List<Map<String, Object>> missing = new ArrayList<>();
			for (KeyUpdates.Finding finding : findings) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("code", KeyUpdates.MISSING);
				entry.put("file", file.apply(finding.location()));
				entry.put("line", finding.location().line());
				entry.put("column", finding.location().column());
				entry.put("qualification", finding.qualification());
				entry.put("version", finding.version());
				entry.put("message", finding.message());
				entry.put("change", change(finding.change()));
				missing.add(entry);
			}
			root.put("keyUpdatesMissing", missing);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}

	private static Map<String, Object> change(Change change) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("kind", change.kind().word());
		entry.put("summary", change.summary());
		entry.put("qualification", change.qualification());
		entry.put("library", change.library());
		entry.put("group", change.group());
		entry.put("unit", change.unit());
		entry.put("item", change.item());
		entry.put("field", change.field());
		entry.put("before", change.before());
		entry.put("after", change.after());
		return entry;
	}
}
