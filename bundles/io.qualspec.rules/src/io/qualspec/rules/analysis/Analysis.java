package io.qualspec.rules.analysis;

import java.math.BigInteger;
import java.util.List;

import io.qualspec.rules.model.Rule;

/**
 * A qualification's rules over all valid selections of units: whether any exists (and, when none does, a
 * minimal set of conflicting rules), the least and greatest GLH, credits and TQT with a selection attaining
 * each, the number of valid selections, and the rules that can never bind or never be met.
 *
 * <p>A selection is a set of units achieved and counted; units a counting cap leaves out add nothing, so
 * they are not part of any selection here.
 *
 * <p>{@code rules} are the hard rules analysed, in the order of {@link io.qualspec.rules.model.RuleSet#hardRules()};
 * the rules in {@code conflict}, {@code redundant} and {@code neverMet} are among them (the same objects), so
 * their positions there say which rules of an equal rule set they are. {@code restating} are the redundant
 * rules that state a figure the other rules already fix: a total that is the sum of its parts, as handbooks
 * print their own arithmetic ("a total of 28 credits: 8 mandatory and 20 optional").
 */
public record Analysis(List<Rule> rules, boolean feasible, List<Rule> conflict, Extreme minGlh, Extreme maxGlh,
		Extreme minCredits, Extreme maxCredits, Extreme minTqt, Extreme maxTqt, SelectionCount selections,
		List<Rule> redundant, List<Rule> neverMet, List<Rule> restating) {

	public Analysis {
		rules = List.copyOf(rules);
		conflict = List.copyOf(conflict);
		redundant = List.copyOf(redundant);
		neverMet = List.copyOf(neverMet);
		restating = List.copyOf(restating);
	}

	/**
	 * An optimum and one selection (unit ids) that attains it; null when there is no valid selection. The
	 * value is exact; where several selections attain it, which one is shown may differ between runs.
	 */
	public record Extreme(int value, List<String> selection) {
		public Extreme {
			selection = List.copyOf(selection);
		}
	}

	/**
	 * The number of valid selections: exact, or, where counting exactly would take too long, between
	 * {@code lower} and {@code upper}.
	 */
	public record SelectionCount(BigInteger lower, BigInteger upper) {

		public boolean exact() {
			return lower.equals(upper);
		}

		public String text() {
			return exact() ? lower.toString() : "between " + lower + " and " + upper;
		}
	}
}
