package io.qualspec.catalogue;

import java.util.List;

/** Free text of a qualification, unit or awarding organisation: an optional kind and title, then blocks. */
public record TextSection(Kind kind, String title, List<Block> blocks) {

	public TextSection {
		blocks = List.copyOf(blocks);
	}

	/** What a section is about; null where the author wrote no kind. */
	public enum Kind {
		PURPOSE, AIMS, SUITABILITY, PROGRESSION, KNOWLEDGE, ASSESSMENT, EVIDENCE, GUIDANCE, NOS, FUNCTIONAL_SKILLS,
		RESOURCES, EXEMPTIONS, EQUIVALENCES, CONTACT
	}

	/** A paragraph, or one bullet of a list. */
	public record Block(boolean bullet, String text) {
	}
}
