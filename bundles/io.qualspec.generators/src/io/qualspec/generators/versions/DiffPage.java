package io.qualspec.generators.versions;

import java.util.List;
import java.util.function.Function;

import io.qualspec.catalogue.SourceLocation;

/**
 * The HTML page of a diff (template {@code diff.ftlh}): a section per qualification or library, a row per change
 * with the value or text before and after, and the findings of the key-updates check where it ran.
 */
public record DiffPage(String title, String summary, List<Place> places, List<String> findings) {

	public DiffPage {
		places = List.copyOf(places);
		findings = List.copyOf(findings);
	}

	/** The changes of one qualification or library. */
	public record Place(String name, List<Row> rows) {
		public Place {
			rows = List.copyOf(rows);
		}
	}

	/** A change: its summary line, and the values or texts before and after (null where there is none). */
	public record Row(String summary, String before, String after) {
	}

	/**
	 * The page of a diff; {@code findings} null when the key-updates check did not run, each shown at the
	 * {@code file:line:column} that {@code where} gives.
	 */
	public static DiffPage of(SpecificationDiff diff, List<KeyUpdates.Finding> findings, Function<SourceLocation, String> where) {
		List<Place> places = DiffReport.byPlace(diff).entrySet().stream().map(entry -> new Place(entry.getKey(),
				entry.getValue().stream().map(change -> new Row(change.summary(), change.before(), change.after())).toList()))
				.toList();
		int count = diff.changes().size();
		String summary = count == 0 ? "No changes." : count == 1 ? "1 change." : count + " changes.";
		if (findings != null) {
			summary += findings.isEmpty() ? " The key updates mention every change."
					: " " + findings.size() + " not mentioned in the key updates.";
		}
		return new DiffPage("Changes from " + diff.before() + " to " + diff.after(), summary, places,
				findings == null ? List.of() : findings.stream().map(f -> where.apply(f.location()) + ": " + f.message()).toList());
	}
}
