package io.qualspec.rules.model;

import java.util.List;

/**
 * "all units from A (2 units, 6 credits)": every unit of the groups (of the qualification when no group is
 * named) is required. The declared counts are checksums a validator compares with the groups.
 */
public record AllUnitsRule(List<String> groups, Integer declaredUnits, Integer declaredCredits, boolean advisory)
		implements Rule {

	public AllUnitsRule {
		groups = List.copyOf(groups);
	}

	public boolean requires(RuleUnit unit) {
		return groups.isEmpty() || groups.contains(unit.group());
	}

	@Override
	public String text() {
		return "all units" + (groups.isEmpty() ? "" : " from " + (groups.size() == 1 ? "group " : "groups ")
				+ String.join(", ", groups));
	}
}
