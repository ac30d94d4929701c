package io.qualspec.rules.model;

import java.util.List;

/** "at least one unit from each optional group": the bound holds for every listed group on its own. */
public record EachGroupRule(Measure measure, List<String> groups, Bound bound, boolean advisory) implements Rule {

	public EachGroupRule {
		groups = List.copyOf(groups);
	}

	@Override
	public String text() {
		return measure.word() + " from each of groups " + String.join(", ", groups) + " " + bound.text();
	}
}
