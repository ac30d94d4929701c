package io.qualspec.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of one qualification, self-contained: its units, groups, rules of combination, resit policy,
 * grading and worked examples. This is what the JSON rule set holds and what the engine evaluates.
 */
public record RuleSet(String qualification, String title, Integer level, DeclaredSize declared, List<RuleUnit> units,
		List<RuleGroup> groups, List<Rule> rules, List<ResitPolicy> resits, Grading grading,
		boolean noExemptions, boolean noEquivalences, List<WorkedExample> examples) {

	/**
	 * The size figures a specification states (the engine computes its own over valid selections). The GLH is
	 * exact, a minimum ({@code glhAtLeast}), a maximum ({@code glhAtMost}) or a range from {@code glh} to
	 * {@code glhUpTo}.
	 */
	public record DeclaredSize(Integer credits, boolean creditsAtLeast, Integer glh, boolean glhAtLeast,
			boolean glhAtMost, Integer glhUpTo, Integer tqt) {

		public DeclaredSize(Integer credits, boolean creditsAtLeast, Integer glh, boolean glhAtLeast, Integer tqt) {
			this(credits, creditsAtLeast, glh, glhAtLeast, false, null, tqt);
		}

		/** The GLH as a handbook states it: "360", "a minimum of 192", "a maximum of 178", "143 to 178"; null if none. */
		public String glhText() {
			if (glh == null) {
				return null;
			}
			return glhUpTo != null ? glh + " to " + glhUpTo
					: glhAtLeast ? "a minimum of " + glh : glhAtMost ? "a maximum of " + glh : glh.toString();
		}

		/** Whether a computed GLH total agrees with the stated size. */
		public boolean glhAllows(int total) {
			if (glh == null) {
				return true;
			}
			return glhUpTo != null ? total >= glh && total <= glhUpTo
					: glhAtLeast ? total >= glh : glhAtMost ? total <= glh : total == glh;
		}
	}

	public RuleSet {
		units = List.copyOf(units);
		groups = List.copyOf(groups);
		rules = List.copyOf(rules);
		resits = List.copyOf(resits);
		examples = List.copyOf(examples);
		declared = declared == null ? new DeclaredSize(null, false, null, false, null) : declared;
	}

	public Optional<RuleUnit> unit(String id) {
		return units.stream().filter(u -> u.id().equals(id)).findFirst();
	}

	public Optional<RuleGroup> group(String id) {
		return groups.stream().filter(g -> g.id().equals(id)).findFirst();
	}

	public Optional<Grading> gradingScheme() {
		return Optional.ofNullable(grading);
	}

	/**
	 * The rules that decide eligibility: the written hard rules, plus "all units" for every mandatory group
	 * that no written rule already requires.
	 */
	public List<Rule> hardRules() {
		List<Rule> hard = new ArrayList<>(rules.stream().filter(r -> !r.advisory()).toList());
		for (RuleGroup group : groups) {
			boolean covered = rules.stream().anyMatch(r -> r instanceof AllUnitsRule all && !all.advisory()
					&& (all.groups().isEmpty() || all.groups().contains(group.id())));
			if (group.mandatory() && !covered) {
				hard.add(new AllUnitsRule(List.of(group.id()), null, null, false));
			}
		}
		return hard;
	}

	/**
	 * The amount an aggregate rule needs. For a "remaining" pool it is the rule's bound plus the minimums
	 * that other hard rules of the same measure and level set on groups inside the pool (R7 in docs/language.md:
	 * "a minimum of 3 credits from Group B, and the remaining 3 or more credits from Groups B or C").
	 */
	public int threshold(AggregateRule rule) {
		int bound = rule.bound().value();
		if (rule.selection().wholeQualification() || rule.selection().reading() != Selection.PoolReading.REMAINING) {
			return bound;
		}
		int others = 0;
		for (Rule other : rules) {
			if (other != rule && !other.advisory() && other instanceof AggregateRule aggregate
					&& aggregate.measure() == rule.measure() && aggregate.bound().kind() != Bound.Kind.AT_MOST
					&& java.util.Objects.equals(aggregate.level(), rule.level()) && !aggregate.selection().wholeQualification()
					&& rule.selection().groups().containsAll(aggregate.selection().groups())
					&& !aggregate.selection().groups().containsAll(rule.selection().groups())) {
				others += aggregate.bound().value();
			}
		}
		return bound + others;
	}

	/** The units of the given groups, in order. */
	public Stream<RuleUnit> unitsOf(List<String> groupIds) {
		return units.stream().filter(u -> groupIds.contains(u.group()));
	}
}
