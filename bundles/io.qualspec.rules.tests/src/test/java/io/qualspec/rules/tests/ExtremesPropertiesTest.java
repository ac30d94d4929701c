package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.analysis.ProbeWidths;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.PairedUnits;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * The analysis's least and greatest GLH and credits, and its count of valid selections, equal those of brute
 * force on random small qualifications (up to 10 units in three groups, with aggregate rules of every measure,
 * pool reading, level filter and bound, with or without "if taken", rules on each group, "units from at least N
 * of" some groups, barred and paired units and required groups; and 11 to 14 units, where a fifth of the rules
 * drawn are sums bounded on both sides): every subset of the units is judged by the
 * {@link Evaluator}, which reads the rules directly rather than through the analysis's linear rows and cases,
 * and the valid subsets' totals give the expected extremes. The selection the analysis returns must be valid for the
 * evaluator and add up to the figure. Each extreme is also computed with the dynamic program's first probe left
 * out and cut to one state ({@link ProbeWidths}): the probe usually finds the best selection of so few units
 * itself, so only then do the exact pass's dominance and bound decide the figure. Counting caps are left out: with a cap the evaluator counts the largest
 * units it covers, while a selection holds counted units only.
 */
class ExtremesPropertiesTest {

	private static final List<String> GROUPS = List.of("A", "B", "C");

	@Provide
	Arbitrary<RuleSet> qualifications() {
		return qualifications(1, 10, 4);
	}

	/**
	 * Qualifications of 11 to 14 units, more than the analysis's first probe for a valid selection keeps (64
	 * states), so that the optima come from its exact pass, which drops states by a bound on what the units
	 * still to come can add and by dominance between states.
	 */
	@Provide
	Arbitrary<RuleSet> largerQualifications() {
		return qualifications(11, 14, 5);
	}

	private static Arbitrary<RuleSet> qualifications(int minUnits, int maxUnits, int maxRules) {
		Arbitrary<RuleUnit> unit = Combinators.combine(Arbitraries.of(GROUPS), Arbitraries.integers().between(1, 8),
				Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 60))
				.as((group, credits, level, glh) -> new RuleUnit("?", null, "Unit", group, credits, level, glh,
						Assessment.INTERNAL, GradeScale.ACHIEVED_OR_NOT, null, null));
		return unit.list().ofMinSize(minUnits).ofMaxSize(maxUnits).flatMap(drawn -> {
			List<RuleUnit> units = new ArrayList<>();
			for (int i = 0; i < drawn.size(); i++) {
				RuleUnit u = drawn.get(i);
				units.add(new RuleUnit(String.valueOf(i + 1), null, u.title(), u.group(), u.credits(), u.level(), u.glh(),
						u.assessment(), u.scale(), null, null));
			}
			// one draw in five is a sum bounded on both sides: an "at least" and an "at most" rule on the same units
			Arbitrary<List<Rule>> single = rule(units.size()).map(List::of);
			Arbitrary<List<Rule>> bothSides = Combinators.combine(Arbitraries.of(Measure.class), selection(), level(),
					Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 20))
					.as((measure, pool, filter, least, room) -> List.of(
							new AggregateRule(measure, pool, filter, new Bound(Bound.Kind.AT_LEAST, least), false, false),
							new AggregateRule(measure, pool, filter, new Bound(Bound.Kind.AT_MOST, least + room), false, false)));
			return Arbitraries.frequencyOf(Tuple.of(4, single), Tuple.of(1, bothSides)).list().ofMinSize(1).ofMaxSize(maxRules)
					.map(drawnRules -> ruleSet(units, drawnRules.stream().flatMap(List::stream).toList()));
		});
	}

	private static Arbitrary<Selection> selection() {
		Arbitrary<List<String>> groups = groups();
		return Arbitraries.oneOf(Arbitraries.just(Selection.whole()),
				Combinators.combine(groups, Arbitraries.of(Selection.PoolReading.class)).as(Selection::of));
	}

	private static Arbitrary<List<String>> groups() {
		return Arbitraries.of(GROUPS).set().ofMinSize(1).ofMaxSize(3).map(set -> GROUPS.stream().filter(set::contains).toList());
	}

	private static Arbitrary<LevelFilter> level() {
		return Arbitraries.oneOf(Arbitraries.just((LevelFilter) null),
				Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of(LevelFilter.Comparison.class))
						.as(LevelFilter::new));
	}

	private static Arbitrary<Rule> rule(int unitCount) {
		Arbitrary<Bound> bound = Combinators.combine(Arbitraries.of(Bound.Kind.class), Arbitraries.integers().between(0, 40))
				.as(Bound::new);
		Arbitrary<List<String>> groups = groups();
		Arbitrary<Rule> aggregate = Combinators.combine(Arbitraries.of(Measure.class), selection(), level(), bound,
				Arbitraries.integers().between(0, 3))
				// "if taken" on one rule in four whose selection is of groups
				.as((measure, pool, filter, b, ifTaken) -> new AggregateRule(measure, pool, filter, b,
						ifTaken == 0 && !pool.wholeQualification(), false));
		Arbitrary<Rule> spread = Combinators.combine(groups, Arbitraries.of(Bound.Kind.class), Arbitraries.integers().between(0, 3))
				.as((g, kind, value) -> new GroupSpreadRule(g, new Bound(kind, value), false));
		Arbitrary<Rule> paired = Arbitraries.integers().between(1, unitCount)
				.map(first -> new PairedUnits(String.valueOf(first), String.valueOf(first + 2), false));
		Arbitrary<Rule> eachGroup = Combinators.combine(Arbitraries.of(Measure.class), groups, bound)
				.as((measure, g, b) -> new EachGroupRule(measure, g, new Bound(b.kind(), b.value() / 4), false));
		// a unit and the next (which may not exist: such a pair never binds)
		Arbitrary<Rule> barred = Arbitraries.integers().between(1, unitCount)
				.map(first -> new BarredPair(String.valueOf(first), String.valueOf(first + 1), false));
		Arbitrary<Rule> required = groups.map(g -> new AllUnitsRule(g.subList(0, 1), null, null, false));
		return Arbitraries.frequencyOf(Tuple.of(5, aggregate), Tuple.of(2, eachGroup), Tuple.of(2, spread),
				Tuple.of(2, barred), Tuple.of(1, paired), Tuple.of(1, required));
	}

	private static RuleSet ruleSet(List<RuleUnit> units, List<Rule> rules) {
		List<RuleGroup> groups = GROUPS.stream().map(g -> new RuleGroup(g, "Group " + g, false,
				units.stream().filter(u -> u.group().equals(g)).map(RuleUnit::id).toList())).toList();
		return new RuleSet("RANDOM", "Random qualification", 2, null, units, groups, rules, List.of(), null, false, false,
				List.of());
	}

	@Property(tries = 400)
	void extremesAreThoseOfEveryValidSubset(@ForAll("qualifications") RuleSet ruleSet) {
		assertExtremesOfEveryValidSubset(ruleSet);
	}

	@Property(tries = 60)
	void extremesOfLargerQualificationsAreThoseOfEveryValidSubset(@ForAll("largerQualifications") RuleSet ruleSet) {
		assertExtremesOfEveryValidSubset(ruleSet);
	}

	private static void assertExtremesOfEveryValidSubset(RuleSet ruleSet) {
		Evaluator evaluator = new Evaluator(ruleSet);
		List<List<String>> valid = new ArrayList<>();
		List<RuleUnit> units = ruleSet.units();
		for (int subset = 0; subset < (1 << units.size()); subset++) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < units.size(); i++) {
				if ((subset & (1 << i)) != 0) {
					ids.add(units.get(i).id());
				}
			}
			if (evaluator.evaluate(CustomerServiceNvqTest.achieved(ids)).eligible()) {
				valid.add(ids);
			}
		}
		Statistics.collect(valid.isEmpty() ? "no valid subset" : "some valid subset");
		Analyser analyser = new Analyser(ruleSet);
		Analysis.SelectionCount count = analyser.countSelections();
		assertTrue(count.exact(), "small qualifications are counted exactly");
		assertEquals(valid.size(), count.lower().intValue(), "valid selections");
		for (Measure measure : List.of(Measure.GLH, Measure.CREDITS)) {
			for (boolean maximise : List.of(false, true)) {
				String figure = (maximise ? "greatest " : "least ") + measure.word();
				// as the analysis runs, and its exact pass with dominance alone and against a poor first selection
				assertExtreme(ruleSet, valid, measure, maximise, analyser.optimum(measure, maximise), figure);
				assertExtreme(ruleSet, valid, measure, maximise, ProbeWidths.optimum(ruleSet, measure, maximise, 0),
						figure + " (no probe)");
				assertExtreme(ruleSet, valid, measure, maximise, ProbeWidths.optimum(ruleSet, measure, maximise, 1),
						figure + " (a probe of one state)");
			}
		}
	}

	private static void assertExtreme(RuleSet ruleSet, List<List<String>> valid, Measure measure, boolean maximise,
			Analysis.Extreme extreme, String figure) {
		if (valid.isEmpty()) {
			assertNull(extreme, "no subset is valid");
			return;
		}
		int expected = valid.stream().mapToInt(ids -> total(ruleSet, ids, measure))
				.reduce(maximise ? Math::max : Math::min).getAsInt();
		assertEquals(expected, extreme.value(), figure);
		assertEquals(expected, total(ruleSet, extreme.selection(), measure), figure + " of the selection");
		assertTrue(new Evaluator(ruleSet).evaluate(CustomerServiceNvqTest.achieved(extreme.selection())).eligible(),
				figure + " selection " + extreme.selection());
	}

	private static int total(RuleSet ruleSet, List<String> ids, Measure measure) {
		return ruleSet.units().stream().filter(u -> ids.contains(u.id())).mapToInt(measure::of).sum();
	}
}
