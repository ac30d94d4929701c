package io.qualspec.rules.model;

/**
 * E: set and marked by the awarding organisation; I: assessed by the centre, moderated or verified; Int Set:
 * set by the awarding organisation and marked by the centre (BTEC).
 */
public enum Assessment {
	INTERNAL, EXTERNAL, INTERNAL_SET;

	/** The word in rule sets and messages: "internal", "external", "internal-set". */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
