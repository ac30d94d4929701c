package io.qualspec.rules.model;

import java.util.List;

/**
 * "no more than 2 units from Group D can count towards the full qualification", read as a limit on what
 * counts: a learner may achieve more, but only up to the limit counts towards the other rules.
 */
public record CountingCap(Measure measure, List<String> groups, LevelFilter level, int limit, boolean advisory)
		implements Rule {

	public CountingCap {
		groups = List.copyOf(groups);
	}

	public boolean covers(RuleUnit unit) {
		return groups.contains(unit.group()) && (level == null || level.accepts(unit));
	}

	@Override
	public String text() {
		return "only " + limit + " " + measure.word() + " from " + (groups.size() == 1 ? "group " : "groups ")
				+ String.join(", ", groups) + (level == null ? "" : " " + level.text()) + " count";
	}
}
