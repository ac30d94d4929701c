package io.qualspec.rules.model;

/**
 * One rule of combination (the shapes R1-R15 in docs/language.md). Advisory rules are reported but never decide eligibility.
 */
public sealed interface Rule permits AggregateRule, EachGroupRule, GroupSpreadRule, AllUnitsRule, CountingCap, BarredPair, PairedUnits {

	boolean advisory();

	/** The rule in words, as messages and reports show it. */
	String text();
}
