package io.qualspec.rules.model;

/** "credits from B, C remaining at level 2 at least 3": a measure over a selection, bounded. */
public record AggregateRule(Measure measure, Selection selection, LevelFilter level, Bound bound, boolean advisory)
		implements Rule {

	/** Whether the rule counts this unit. */
	public boolean counts(RuleUnit unit) {
		return selection.contains(unit) && (level == null || level.accepts(unit));
	}

	@Override
	public String text() {
		return measure.word() + " from " + selection.text() + (level == null ? "" : " " + level.text()) + " "
				+ bound.text();
	}
}
