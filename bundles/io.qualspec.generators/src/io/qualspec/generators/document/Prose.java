package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.catalogue.TextSection;

/** Free text of the documents: titled sections of paragraphs and bullet lists. */
public final class Prose {

	private Prose() {
	}

	/**
	 * A paragraph (its {@code lines}, split where the text has line breaks) or, when {@code list}, a bullet
	 * list ({@code items}, each its lines).
	 */
	public record Block(boolean list, List<String> lines, List<List<String>> items) {
		public Block {
			lines = List.copyOf(lines);
			items = items.stream().map(List::copyOf).toList();
		}

		public static Block paragraph(String text) {
			return new Block(false, Printed.lines(text), List.of());
		}

		public static Block list(List<String> items) {
			return new Block(true, List.of(), items.stream().map(Printed::lines).toList());
		}
	}

	/**
	 * A titled text section. {@code introduction}: a unit's purpose or aims, which a unit document may print
	 * before the learning outcomes.
	 */
	public record Section(String id, String title, boolean introduction, List<Block> blocks) {
		public Section {
			blocks = List.copyOf(blocks);
		}
	}

	/** The sections of a qualification or an organisation, with ids {@code idPrefix-1}, {@code idPrefix-2}, ... */
	static List<Section> sections(List<TextSection> sections, String idPrefix) {
		return sections(sections, idPrefix, false);
	}

	/** The sections of a unit: titled as a unit page titles them ("Unit purpose and aim"). */
	static List<Section> unitSections(List<TextSection> sections, String idPrefix) {
		return sections(sections, idPrefix, true);
	}

	private static List<Section> sections(List<TextSection> sections, String idPrefix, boolean unit) {
		List<Section> views = new ArrayList<>();
		for (TextSection section : sections) {
			boolean introduction = unit && (section.kind() == TextSection.Kind.PURPOSE || section.kind() == TextSection.Kind.AIMS);
			views.add(new Section(idPrefix + "-" + (views.size() + 1), title(section, unit), introduction,
					blocks(section.blocks())));
		}
		return views;
	}

	/**
	 * The section's own title, else the heading the handbooks print for its kind (the OCR unit format,
	 * the OCR Contact Centre Operations NVQ handbook's unit pages, for a unit's sections).
	 */
	private static String title(TextSection section, boolean unit) {
		if (section.title() != null && !section.title().isBlank()) {
			return section.title();
		}
		if (section.kind() == null) {
			return "Further information";
		}
		return switch (section.kind()) {
			case PURPOSE -> unit ? "Unit purpose and aim" : "Purpose and aim";
			case AIMS -> unit ? "Unit aims" : "Aims";
			case SUITABILITY -> unit ? "This unit is suitable for" : "Who this qualification is suitable for";
			case PROGRESSION -> "Progression opportunities";
			case KNOWLEDGE -> "Knowledge, understanding and skills";
			case ASSESSMENT -> "Assessment";
			case EVIDENCE -> "Evidence requirements";
			case GUIDANCE -> "Guidance on assessment and evidence requirements";
			case NOS -> "National Occupational Standards (NOS) mapping";
			case FUNCTIONAL_SKILLS -> "Functional skills signposting";
			case RESOURCES -> "Resources";
			case EXEMPTIONS -> "Exemptions";
			case EQUIVALENCES -> "Equivalencies";
			case CONTACT -> "Contact";
		};
	}

	/** Paragraphs, and consecutive bullets gathered into one list. */
	private static List<Block> blocks(List<TextSection.Block> blocks) {
		List<Block> views = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (TextSection.Block block : blocks) {
			if (block.bullet()) {
				items.add(block.text());
				continue;
			}
			if (!items.isEmpty()) {
				views.add(Block.list(items));
				items.clear();
			}
			views.add(Block.paragraph(block.text()));
		}
		if (!items.isEmpty()) {
			views.add(Block.list(items));
		}
		return views;
	}
}
