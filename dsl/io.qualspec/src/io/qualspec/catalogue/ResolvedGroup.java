package io.qualspec.catalogue;

import java.util.List;

import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.UnitGroup;

/** A group of a qualification with its memberships in table order. */
public record ResolvedGroup(UnitGroup source, String id, String label, GroupKind kind, Integer ordinal,
		List<ResolvedMembership> memberships, SourceLocation location) {

	public ResolvedGroup {
		memberships = List.copyOf(memberships);
	}

	public boolean isMandatory() {
		return kind == GroupKind.MANDATORY;
	}
}
