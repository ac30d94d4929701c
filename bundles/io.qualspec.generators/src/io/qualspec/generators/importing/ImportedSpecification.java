package io.qualspec.generators.importing;

import java.util.List;

/**
 * What an importer read, before it is written as Qualspec text: unit libraries, qualifications and the awarding
 * organisations they name. Every value the source did not have is null (or an empty list), and is left out of the
 * text. EMF-free: an importer writes text; the language parses, formats and checks it like any other.
 */
public record ImportedSpecification(List<Organisation> organisations, List<Library> libraries,
		List<Qualification> qualifications) {

	public ImportedSpecification {
		organisations = List.copyOf(organisations);
		libraries = List.copyOf(libraries);
		qualifications = List.copyOf(qualifications);
	}

	/** An awarding organisation: its short name (an identifier, "OCR") and its title. */
	public record Organisation(String name, String title) {
	}

	/** A unit library: its name (a qualified name), its title and its units. */
	public record Library(String name, String title, List<Unit> units) {

		public Library {
			units = List.copyOf(units);
		}
	}

	/**
	 * A unit: its identifier (a URN, or with {@code ownCode} the awarding organisation's code), title, and the facts
	 * a table or package gives. {@code assessment} is the language's word ("internal", "external").
	 */
	public record Unit(String id, boolean ownCode, String title, Integer level, Integer credits, Integer glh,
			String sectorCode, String assessment, List<Outcome> outcomes) {

		public Unit {
			outcomes = List.copyOf(outcomes);
		}
	}

	/** A learning outcome, numbered by its position, with its assessment criteria (numbered outcome.position). */
	public record Outcome(String text, List<String> criteria) {

		public Outcome {
			criteria = List.copyOf(criteria);
		}
	}

	/**
	 * A qualification: identified by its qualification number, or with {@code ownCode} by another code, or where
	 * {@code id} is null by its title alone; with the profile facts a register row gives and the groups a structure
	 * table gives. {@code glh} is written as the language writes it after "glh" ("360", "at least 192", "143 to
	 * 178"); {@code status} and the dates are the language's words and ISO dates.
	 */
	public record Qualification(String id, boolean ownCode, String title, String organisation, Integer level,
			String sector, Integer credits, String glh, Integer tqt, String firstRegistration,
			String lastEntry, String lastCertification, String status, List<String> uses, List<Group> groups,
			List<Membership> ungrouped) {

		public Qualification {
			uses = List.copyOf(uses);
			groups = List.copyOf(groups);
			ungrouped = List.copyOf(ungrouped);
		}
	}

	/** A group of a structure table: its identifier ("A"), label, and kind ("mandatory" or "optional"). */
	public record Group(String id, String label, String kind, List<Membership> memberships) {

		public Group {
			memberships = List.copyOf(memberships);
		}
	}

	/** A unit's row in a qualification: its local number, the unit, and the sector code and reference of the pair. */
	public record Membership(String number, String unit, boolean ownCode, String sectorCode, String reference) {
	}
}
