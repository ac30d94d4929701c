package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.GradeScale;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;

/**
 * A harness that prints figures, not a test with a time limit: run it with
 * {@code ./mvnw -B verify -Dqualspec.benchmark=true} (the figures are in the surefire output, lines starting
 * with BENCHMARK). For every example qualification and a synthetic qualification of 200 optional units in 10
 * groups (level rules, pools, per-group bounds, barred pairs) it times each extreme the analysis computes
 * (least and greatest GLH and credits; TQT is 10 x credits, no solve of its own): the first call in the
 * JVM and the median of warm calls. It also checks a 25-unit qualification against naive enumeration of
 * all 2^25 selections.
 */
@EnabledIfSystemProperty(named = "qualspec.benchmark", matches = "true")
class AnalysisBenchmark {

	private static final int WARM_RUNS = 5;
	/**
	 * A figure whose first call and warm runs take longer is reported as not finished, and the rule set's other
	 * figures are not timed.
	 */
	private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

	@Test
	void extremesOfEveryExampleAndOf200OptionalUnitsIn10Groups() {
		List<RuleSet> ruleSets = new ArrayList<>(Examples.all());
		ruleSets.add(synthetic(200, 10, 120, new Random(20261122)));
		System.out.printf("BENCHMARK %-12s %-16s %6s %10s %12s %12s%n", "qualification", "figure", "value", "first ms",
				"warm median", "warm CPU ms");
		ExecutorService worker = daemonWorker();
		for (RuleSet ruleSet : ruleSets) {
			boolean stillBusy = false;
			for (Measure measure : List.of(Measure.GLH, Measure.CREDITS)) {
				for (boolean maximise : List.of(false, true)) {
					String figure = ruleSet.qualification() + " " + (maximise ? "greatest " : "least ") + measure.word();
					if (stillBusy) {
						// the solve past the limit still takes a core: figures timed beside it would not be comparable
						System.out.printf("BENCHMARK %-29s not timed%n", figure);
						continue;
					}
					try {
						System.out.println(worker.submit(() -> time(ruleSet, measure, maximise)).get(TIME_LIMIT.toSeconds(),
								TimeUnit.SECONDS));
					} catch (TimeoutException e) {
						System.out.printf("BENCHMARK %-29s not finished after %d s (first call and %d warm runs)%n", figure,
								TIME_LIMIT.toSeconds(), WARM_RUNS);
						stillBusy = true;
						worker = daemonWorker();
					} catch (InterruptedException | ExecutionException e) {
						throw new IllegalStateException(figure, e);
					}
				}
			}
		}
	}

	/** A daemon thread, so that a solve past the time limit does not keep the JVM alive. */
	private static ExecutorService daemonWorker() {
		return Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "benchmark");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The first call's wall time, the median of the warm calls' wall times, and the median of their CPU time
	 * on the calling thread: on a loaded machine wall times vary with the load, CPU time much less (the
	 * solver's own worker threads are not counted in it, the dynamic program has none).
	 */
	private static String time(RuleSet ruleSet, Measure measure, boolean maximise) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		Analysis.Extreme extreme = new Analyser(ruleSet).optimum(measure, maximise);
		long first = System.nanoTime() - start;
		long[] wall = new long[WARM_RUNS];
		long[] cpu = new long[WARM_RUNS];
		for (int i = 0; i < WARM_RUNS; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			new Analyser(ruleSet).optimum(measure, maximise);
			wall[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return String.format("BENCHMARK %-12s %-16s %6d %10.1f %12.1f %12.1f", ruleSet.qualification(),
				(maximise ? "greatest " : "least ") + measure.word(), extreme == null ? -1 : extreme.value(), first / 1e6,
				wall[WARM_RUNS / 2] / 1e6, cpu[WARM_RUNS / 2] / 1e6);
	}

	@Test
	void minimumGlhOn25UnitsAgainstNaiveEnumeration() {
		RuleSet ruleSet = synthetic(25, 5, 40, new Random(8));
		Analyser analyser = new Analyser(ruleSet);
		analyser.optimum(Measure.GLH, false);
		long start = System.nanoTime();
		int solver = analyser.optimum(Measure.GLH, false).value();
		long solverTime = System.nanoTime() - start;
		start = System.nanoTime();
		int naive = naiveMinimumGlh(ruleSet);
		long naiveTime = System.nanoTime() - start;
		assertEquals(naive, solver, "the solver and the enumeration disagree");
		System.out.printf("BENCHMARK 25 units: minimum GLH %d; solver %.1f ms, naive enumeration of 2^25 selections %.1f ms%n",
				solver, solverTime / 1e6, naiveTime / 1e6);
	}

	/**
	 * Optional units spread over groups, with: a credit total; at least one unit from each group; at most
	 * 30 credits from any one group; a "remaining" pool over the first half of the groups; a level-3 minimum
	 * over the second half; a cap on low-level credits overall; and barred pairs.
	 */
	static RuleSet synthetic(int unitCount, int groupCount, int totalCredits, Random random) {
		List<RuleUnit> units = new ArrayList<>();
		List<RuleGroup> groups = new ArrayList<>();
		List<String> groupIds = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			String id = String.valueOf((char) ('A' + g));
			groupIds.add(id);
			List<String> members = new ArrayList<>();
			for (int u = g; u < unitCount; u += groupCount) {
				int credits = 3 + random.nextInt(6);
				int level = 1 + random.nextInt(3);
				String unitId = String.valueOf(u + 1);
				units.add(new RuleUnit(unitId, null, "Unit " + unitId, id, credits, level, credits * 6 + random.nextInt(10),
						Assessment.INTERNAL, GradeScale.ACHIEVED_OR_NOT, null, null));
				members.add(unitId);
			}
			groups.add(new RuleGroup(id, "Group " + id, false, members));
		}
		List<String> firstHalf = groupIds.subList(0, groupCount / 2);
		List<String> secondHalf = groupIds.subList(groupCount / 2, groupCount);
		List<Rule> rules = new ArrayList<>();
		rules.add(new AggregateRule(Measure.CREDITS, Selection.whole(), null, new Bound(Bound.Kind.AT_LEAST, totalCredits), false));
		rules.add(new EachGroupRule(Measure.UNITS, groupIds, new Bound(Bound.Kind.AT_LEAST, 1), false));
		rules.add(new EachGroupRule(Measure.CREDITS, groupIds, new Bound(Bound.Kind.AT_MOST, 30), false));
		rules.add(new AggregateRule(Measure.CREDITS, Selection.of(List.of(firstHalf.get(0)), null), null,
				new Bound(Bound.Kind.AT_LEAST, 6), false));
		rules.add(new AggregateRule(Measure.CREDITS, Selection.of(firstHalf, Selection.PoolReading.REMAINING), null,
				new Bound(Bound.Kind.AT_LEAST, totalCredits / 6), false));
		rules.add(new AggregateRule(Measure.CREDITS, Selection.of(secondHalf, Selection.PoolReading.OVERLAPPING),
				new LevelFilter(3, LevelFilter.Comparison.AT), new Bound(Bound.Kind.AT_LEAST, totalCredits / 4), false));
		rules.add(new AggregateRule(Measure.CREDITS, Selection.whole(), new LevelFilter(1, LevelFilter.Comparison.AT_OR_BELOW),
				new Bound(Bound.Kind.AT_MOST, totalCredits / 3), false));
		for (int pair = 0; pair < Math.min(5, unitCount / 4); pair++) {
			rules.add(new BarredPair(String.valueOf(2 * pair + 1), String.valueOf(2 * pair + 2), false));
		}
		return new RuleSet("BENCH/" + unitCount, "Synthetic qualification", 3, null, units, groups, rules, List.of(),
				null, false, false, List.of());
	}

	/**
	 * Every subset of the units, visited in Gray-code order so that each step toggles one unit and updates
	 * each rule's sum by one coefficient: exhaustive enumeration, which is what the solver replaces.
	 */
	private static int naiveMinimumGlh(RuleSet ruleSet) {
		List<RuleUnit> units = ruleSet.units();
		List<int[]> coefficients = new ArrayList<>();
		List<Bound> bounds = new ArrayList<>();
		for (Rule rule : ruleSet.hardRules()) {
			switch (rule) {
				case AggregateRule aggregate -> {
					coefficients.add(units.stream().mapToInt(u -> aggregate.counts(u) ? aggregate.measure().of(u) : 0).toArray());
					bounds.add(new Bound(aggregate.bound().kind(), ruleSet.threshold(aggregate)));
				}
				case EachGroupRule each -> each.groups().forEach(g -> {
					coefficients.add(units.stream().mapToInt(u -> g.equals(u.group()) ? each.measure().of(u) : 0).toArray());
					bounds.add(each.bound());
				});
				case BarredPair barred -> {
					coefficients.add(units.stream()
							.mapToInt(u -> u.id().equals(barred.first()) || u.id().equals(barred.second()) ? 1 : 0).toArray());
					bounds.add(new Bound(Bound.Kind.AT_MOST, 1));
				}
				default -> throw new IllegalStateException("not generated: " + rule);
			}
		}
		int[] sums = new int[bounds.size()];
		boolean[] selected = new boolean[units.size()];
		int glh = 0;
		int best = Integer.MAX_VALUE;
		for (long step = 1; step < (1L << units.size()); step++) {
			int unit = Long.numberOfTrailingZeros(step);
			int sign = selected[unit] ? -1 : 1;
			selected[unit] = !selected[unit];
			glh += sign * units.get(unit).glh();
			for (int s = 0; s < sums.length; s++) {
				sums[s] += sign * coefficients.get(s)[unit];
			}
			if (glh < best && allHold(sums, bounds)) {
				best = glh;
			}
		}
		return best;
	}

	private static boolean allHold(int[] sums, List<Bound> bounds) {
		for (int s = 0; s < sums.length; s++) {
			if (!bounds.get(s).holds(sums[s])) {
				return false;
			}
		}
		return true;
	}
}
