package io.qualspec.rules.model;

/**
 * "credits from B, C remaining at level 2 at least 3": a measure over a selection, bounded. With
 * {@code ifTaken}, the bound applies only when a unit of the selection is taken ("a minimum of 30 credits
 * from this group if it is taken").
 */
public record AggregateRule(Measure measure, Selection selection, LevelFilter level, Bound bound, boolean ifTaken,
		boolean advisory) implements Rule {

	public AggregateRule(Measure measure, Selection selection, LevelFilter level, Bound bound, boolean advisory) {
		this(measure, selection, level, bound, false, advisory);
	}

	/** Whether the rule counts this unit. */
	public boolean counts(RuleUnit unit) {
		return selection.contains(unit) && (level == null || level.accepts(unit));
	}

	@Override
	public String text() {
		return measure.word() + " from " + selection.text() + (level == null ? "" : " " + level.text()) + " "
				+ bound.text() + (ifTaken ? " if taken" : "");
	}
}
