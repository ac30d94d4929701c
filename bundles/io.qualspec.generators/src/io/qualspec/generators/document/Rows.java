package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.generators.document.Prose.Block;

/**
 * The label | value tables of the documents (a qualification's profile, a unit's header rows, exam
 * details), built row by row; a value the specification does not state leaves its row out.
 */
public final class Rows {

	private final List<Row> rows = new ArrayList<>();

	Rows() {
	}

	/**
	 * A row: a label and its value as blocks; {@code ages} holds the approved age groups on the "Age group
	 * approved" row and is empty elsewhere.
	 */
	public record Row(String label, List<Block> value, List<AgeCell> ages) {
		public Row {
			value = List.copyOf(value);
			ages = List.copyOf(ages);
		}
	}

	/** One age group of "Pre-16 | 16-18 | 18+ | 19+" and whether it is approved ("Yes" or "No"). */
	public record AgeCell(String band, String approved) {
	}

	/** A row of one paragraph; left out when the value is null or blank. */
	Rows add(String label, String value) {
		if (value != null && !value.isBlank()) {
			rows.add(new Row(label, List.of(Block.paragraph(value)), List.of()));
		}
		return this;
	}

	/** A row of one value, or of a bullet list when there are several; left out when there are none. */
	Rows add(String label, List<String> values) {
		if (values.size() == 1) {
			add(label, values.get(0));
		} else if (!values.isEmpty()) {
			rows.add(new Row(label, List.of(Block.list(values)), List.of()));
		}
		return this;
	}

	/** A row of paragraphs; left out when there are none. */
	Rows addParagraphs(String label, List<Block> paragraphs) {
		if (!paragraphs.isEmpty()) {
			rows.add(new Row(label, paragraphs, List.of()));
		}
		return this;
	}

	Rows addAges(String label, List<AgeCell> ages) {
		rows.add(new Row(label, List.of(), ages));
		return this;
	}

	List<Row> rows() {
		return List.copyOf(rows);
	}
}
