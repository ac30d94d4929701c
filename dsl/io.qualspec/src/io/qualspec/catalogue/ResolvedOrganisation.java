package io.qualspec.catalogue;

import java.util.List;

/**
 * An awarding organisation: its short name (as in "awarded by OCR"), title, website, what its tables call
 * its own unit reference, its assessment methods and its text sections.
 */
public record ResolvedOrganisation(String name, String title, String website, String unitReferenceLabel,
		List<AssessmentMethod> methods, List<TextSection> sections, SourceLocation location) {

	public ResolvedOrganisation {
		methods = List.copyOf(methods);
		sections = List.copyOf(sections);
	}
}
