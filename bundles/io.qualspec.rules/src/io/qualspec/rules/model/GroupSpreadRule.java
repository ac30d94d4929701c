package io.qualspec.rules.model;

import java.util.List;

/** "units from at least two of the three optional groups": the number of groups a unit is taken from, bounded. */
public record GroupSpreadRule(List<String> groups, Bound bound, boolean advisory) implements Rule {

	public GroupSpreadRule {
		groups = List.copyOf(groups);
	}

	@Override
	public String text() {
		return "units from " + bound.text() + " of groups " + String.join(", ", groups);
	}
}
