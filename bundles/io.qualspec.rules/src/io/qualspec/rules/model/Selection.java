package io.qualspec.rules.model;

import java.util.List;

/**
 * The units a rule looks at: the whole qualification, or the units of some groups. A pool of several
 * groups is read as {@link PoolReading#OVERLAPPING} or {@link PoolReading#REMAINING}.
 */
public record Selection(boolean wholeQualification, List<String> groups, PoolReading reading) {

	public enum PoolReading {
		/** Every credit of the pool counts, also towards the other rules on its groups. */
		OVERLAPPING,
		/** Only credits beyond the minimums other rules set on groups of the pool count. */
		REMAINING
	}

	public Selection {
		groups = List.copyOf(groups);
		reading = reading == null ? PoolReading.OVERLAPPING : reading;
	}

	public static Selection whole() {
		return new Selection(true, List.of(), PoolReading.OVERLAPPING);
	}

	public static Selection of(List<String> groups, PoolReading reading) {
		return new Selection(false, groups, reading);
	}

	public boolean contains(RuleUnit unit) {
		return wholeQualification || groups.contains(unit.group());
	}

	public String text() {
		if (wholeQualification) {
			return "all units";
		}
		String list = groups.size() == 1 ? "group " + groups.get(0) : "groups " + String.join(", ", groups);
		return groups.size() > 1 ? list + " (" + reading.name().toLowerCase(java.util.Locale.ROOT) + ")" : list;
	}
}
