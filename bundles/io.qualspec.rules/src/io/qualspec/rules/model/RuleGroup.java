package io.qualspec.rules.model;

import java.util.List;

/** A group of units; all units of a mandatory group are required. */
public record RuleGroup(String id, String label, boolean mandatory, List<String> unitIds) {

	public RuleGroup {
		unitIds = List.copyOf(unitIds);
	}
}
