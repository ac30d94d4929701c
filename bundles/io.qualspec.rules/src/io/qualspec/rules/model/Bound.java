package io.qualspec.rules.model;

/** "at least N", "at most N", "exactly N". */
public record Bound(Kind kind, int value) {

	public enum Kind {
		AT_LEAST, AT_MOST, EXACTLY
	}

	public boolean holds(int amount) {
		return switch (kind) {
			case AT_LEAST -> amount >= value;
			case AT_MOST -> amount <= value;
			case EXACTLY -> amount == value;
		};
	}

	/** How far the amount is from meeting the bound (0 when it holds). */
	public int shortfall(int amount) {
		return switch (kind) {
			case AT_LEAST -> Math.max(0, value - amount);
			case AT_MOST -> Math.max(0, amount - value);
			case EXACTLY -> Math.abs(value - amount);
		};
	}

	public String text() {
		return switch (kind) {
			case AT_LEAST -> "at least " + value;
			case AT_MOST -> "at most " + value;
			case EXACTLY -> "exactly " + value;
		};
	}
}
