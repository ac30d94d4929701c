package io.qualspec.rules.model;

/**
 * One rule of combination (DOMAIN.md §3). Advisory rules are reported but never decide eligibility.
 */
public sealed interface Rule permits AggregateRule, EachGroupRule, AllUnitsRule, CountingCap, BarredPair {

	boolean advisory();

	/** The rule in words, as messages and reports show it. */
	String text();
}
