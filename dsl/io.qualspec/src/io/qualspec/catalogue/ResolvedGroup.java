package io.qualspec.catalogue;

import java.util.List;

/** A group of a qualification with its memberships in table order; ordinal as printed ("Optional group 2"). */
public record ResolvedGroup(String id, String label, boolean mandatory, Integer ordinal,
		List<ResolvedMembership> memberships, SourceLocation location) {

	public ResolvedGroup {
		memberships = List.copyOf(memberships);
	}
}
