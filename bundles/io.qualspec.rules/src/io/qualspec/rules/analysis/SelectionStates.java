package io.qualspec.rules.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.IntStream;

import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.RuleSet;

/**
 * The valid selections as a dynamic program over the units, which counts them exactly and finds the least
 * and greatest total of a measure with a selection attaining it. Every rule is a bound on a sum of
 * non-negative coefficients, and a sum only matters up to its bound ("at least") or one past it (the others),
 * so each sum is kept saturated there: the state of a partial selection is the vector of saturated sums. Three things keep the number of
 * states small for real rule sets (03455: 49 units, a few thousand states, where enumerating 2^47
 * selections could never finish):
 * <ul>
 * <li>a state whose "at most" or "exactly" sum is past its bound is dropped (sums never decrease);</li>
 * <li>a state whose "at least" or "exactly" sum can no longer reach its bound with the units still to come
 * is dropped;</li>
 * <li>once the last unit a sum counts has been decided, the sum is checked and leaves the state, so states
 * that differ only in it merge (a rule on one group matters only while that group's units are decided).</li>
 * </ul>
 * A state is packed into one long, where sums never open at once share bits. Each run gives up, returning
 * null, when the states would exceed the budget or the sums open at once need more than 63 bits; the caller
 * then reports a range (counting) or asks the solver (optima).
 * <p>
 * An optimum also drops the states that cannot improve on a valid selection found first, by a bound on what
 * the units still to come can add, and the states another dominates ({@link #optimum}). Neither is valid for
 * counting, where every selection counts.
 */
final class SelectionStates {

	/** One linear sum with its bound; values are saturated at {@code cap}. */
	private record Sum(int[] coefficients, Bound bound, int cap) {
	}

	/** The optimum the dynamic program found: an extreme, or null when no selection is valid. */
	record Optimum(Analysis.Extreme extreme) {
	}

	/** A partial selection's best total and the units it took (last first, shared between states). */
	private record Partial(int total, Taken taken) {
	}

	private record Taken(int unit, Taken before) {
	}

	/** What a run keeps per state: how a value changes when a unit is taken, and how two values merge. */
	private interface Values<V> {
		V take(V value, int unit);

		V merge(V a, V b);
	}

	/** What a run keeps of the states after each unit is decided (all, for counting). */
	private interface StepFilter<V> {
		Map<Long, V> apply(Map<Long, V> states, int nextUnit);

		static <V> StepFilter<V> none() {
			return (states, nextUnit) -> states;
		}
	}

	private final RuleSet ruleSet;
	private final List<Sum> sums = new ArrayList<>();
	private final boolean[] required;
	/** Per sum, the first unit with a non-zero coefficient (the number of units when none): the sum opens. */
	private final int[] firstUnit;
	/** Per sum, the last unit with a non-zero coefficient (-1 when none): there the sum is settled. */
	private final int[] lastUnit;
	/** Per sum and unit, the most the units from that one on can still add. */
	private final int[][] stillToCome;
	/**
	 * Per sum, where its bits start in the packed state (a long). Sums that are never open at once share
	 * bits, so a rule set of many groups with a rule on each fits; null when the sums open at once need
	 * more than 63 bits.
	 */
	private final int[] shift;
	/** Per unit, the sums that count it. */
	private final int[][] countedBy;
	/** Per unit, the sums it is the last to count. */
	private final int[][] settledBy;
	/** Per unit, the sums open before it is decided: opened by an earlier unit, settled by it or a later one. */
	private final int[][] openBefore;
	/** Per unit, whether a sum not yet open before it can no longer be met: then no state lives on. */
	private final boolean[] unopenedFail;
	/** Per sum, the bits its saturated value needs, in the lowest places (none for a sum of no unit). */
	private final long[] mask;

	/** The selections of one linear case: the units it requires and the rows that must hold. */
	SelectionStates(RuleSet ruleSet, boolean[] required, List<LinearRows.Row> rows) {
		this.ruleSet = ruleSet;
		int units = ruleSet.units().size();
		// required units are taken in every selection: no branching on them
		this.required = required.clone();
		for (LinearRows.Row row : rows) {
			// an "at least" sum matters up to its bound, the others up to one past it (which fails them)
			int bound = Math.max(row.bound().value(), 0);
			sums.add(new Sum(row.coefficients(), row.bound(), row.bound().kind() == Bound.Kind.AT_LEAST ? bound : bound + 1));
		}
		this.firstUnit = new int[sums.size()];
		this.lastUnit = new int[sums.size()];
		this.stillToCome = new int[sums.size()][units + 1];
		for (int s = 0; s < sums.size(); s++) {
			int[] coefficients = sums.get(s).coefficients();
			lastUnit[s] = -1;
			firstUnit[s] = units;
			for (int unit = units - 1; unit >= 0; unit--) {
				stillToCome[s][unit] = stillToCome[s][unit + 1] + coefficients[unit];
				if (coefficients[unit] != 0) {
					lastUnit[s] = lastUnit[s] < 0 ? unit : lastUnit[s];
					firstUnit[s] = unit;
				}
			}
		}
		this.mask = new long[sums.size()];
		for (int s = 0; s < sums.size(); s++) {
			mask[s] = lastUnit[s] < 0 ? 0 : (1L << (64 - Long.numberOfLeadingZeros(sums.get(s).cap()))) - 1;
		}
		this.shift = packing();
		this.countedBy = new int[units][];
		this.settledBy = new int[units][];
		this.openBefore = new int[units + 1][];
		this.unopenedFail = new boolean[units + 1];
		for (int unit = 0; unit <= units; unit++) {
			int decided = unit;
			if (unit < units) {
				countedBy[unit] = IntStream.range(0, sums.size()).filter(s -> sums.get(s).coefficients()[decided] != 0).toArray();
				settledBy[unit] = IntStream.range(0, sums.size()).filter(s -> lastUnit[s] == decided).toArray();
			}
			openBefore[unit] = IntStream.range(0, sums.size()).filter(s -> firstUnit[s] < decided && lastUnit[s] >= decided).toArray();
			unopenedFail[unit] = IntStream.range(0, sums.size()).anyMatch(s -> firstUnit[s] >= decided
					&& (lastUnit[s] >= decided || (decided == 0 && lastUnit[s] < 0)) && !reachable(s, 0, decided));
		}
	}

	/**
	 * Places each sum's bits: a sum is open from its first unit to its last (before it the sum is 0 and its
	 * bits may hold another sum's, after it they hold 0), and takes the lowest bits free when it opens.
	 */
	private int[] packing() {
		int[] offsets = new int[sums.size()];
		List<Integer> byOpening = new ArrayList<>();
		for (int s = 0; s < sums.size(); s++) {
			byOpening.add(s);
		}
		byOpening.sort((a, b) -> Integer.compare(firstUnit[a], firstUnit[b]));
		List<Integer> open = new ArrayList<>();
		for (int s : byOpening) {
			open.removeIf(o -> lastUnit[o] < firstUnit[s]);
			long used = 0;
			for (int o : open) {
				used |= mask[o] << offsets[o];
			}
			int width = Long.bitCount(mask[s]);
			int offset = 0;
			while (offset + width <= 63 && (used & (mask[s] << offset)) != 0) {
				offset++;
			}
			if (offset + width > 63) {
				return null;
			}
			offsets[s] = offset;
			if (lastUnit[s] >= 0) {
				open.add(s);
			}
		}
		return offsets;
	}

	/** The exact number of valid selections, or null if more than {@code maxStates} states were needed. */
	BigInteger count(int maxStates) {
		// counts exceed a long for real qualifications (500/8626/1 has about 1.4 x 10^17 selections)
		Map<Long, BigInteger> valid = run(BigInteger.ONE, new Values<>() {
			@Override
			public BigInteger take(BigInteger count, int unit) {
				return count;
			}

			@Override
			public BigInteger merge(BigInteger a, BigInteger b) {
				return a.add(b);
			}
		}, maxStates, StepFilter.none());
		return valid == null ? null : valid.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
	}

	/**
	 * The least (or greatest) total of per-unit weights (a measure, or a rule's coefficients) over valid
	 * selections with a selection attaining it, or null if more than {@code maxStates} states were needed.
	 * <p>
	 * A probe first keeps only the {@value #PROBE_WIDTH} states with the best hope (the total so far plus a
	 * bound on what the units still to come can add: {@link BestRemaining} and {@link Relaxation}, the tighter)
	 * and so finds a valid selection quickly. The exact pass then drops, after each unit, every state whose hope
	 * does not beat that selection's total, and every state another dominates ({@link #undominated}); the states
	 * left are those that might lead to a better selection, and when none is left the probe's selection is the
	 * best.
	 */
	Optimum optimum(int[] weights, boolean maximise, int maxStates) {
		return optimum(weights, maximise, maxStates, PROBE_WIDTH);
	}

	/**
	 * The optimum with the probe starting at this width (0: no probe, so that only dominance drops states), for
	 * tests of the exact pass.
	 */
	Optimum optimum(int[] weights, boolean maximise, int maxStates, int probeWidth) {
		BinaryOperator<Partial> better = (a, b) -> (maximise ? b.total() > a.total() : b.total() < a.total()) ? b : a;
		Values<Partial> values = new Values<>() {
			@Override
			public Partial take(Partial partial, int unit) {
				return new Partial(partial.total() + weights[unit], new Taken(unit, partial.taken()));
			}

			@Override
			public Partial merge(Partial a, Partial b) {
				return better.apply(a, b);
			}
		};
		Hope filled = new BestRemaining(weights, maximise);
		// the multipliers are first aimed at a total every selection reaches (none taken, for the greatest) or
		// none exceeds (all taken, for the least), then at the probe's selection
		long everything = 0;
		for (int weight : weights) {
			everything += weight;
		}
		Relaxation aimed = new Relaxation(weights, maximise, maximise ? 0 : everything, null);
		Partial found = probe(values, tighter(filled, aimed, maximise), better, maximise, probeWidth);
		Hope hope = found == null ? tighter(filled, aimed, maximise)
				: tighter(filled, new Relaxation(weights, maximise, found.total(), aimed), maximise);
		StepFilter<Partial> promising = (states, nextUnit) -> {
			if (found != null) {
				states.entrySet().removeIf(e -> {
					long best = hope.of(state(e.getKey()), e.getValue().total(), nextUnit);
					return maximise ? best <= found.total() : best >= found.total();
				});
			}
			return undominated(states, nextUnit, maximise);
		};
		Map<Long, Partial> valid = run(new Partial(0, null), values, maxStates, promising);
		if (valid == null) {
			return null;
		}
		return new Optimum(valid.values().stream().reduce(better).or(() -> Optional.ofNullable(found))
				.map(this::extreme).orElse(null));
	}

	/**
	 * The states no other state dominates: one dominates another when its total is as good and, in every sum
	 * still open, it is at least as far on the way to an "at least" bound, at most as far to an "at most" bound,
	 * and equal in an "exactly" sum, so that every completion of the other is a completion of it, as good.
	 */
	private Map<Long, Partial> undominated(Map<Long, Partial> states, int nextUnit, boolean maximise) {
		int n = states.size();
		if (n < 2) {
			return states;
		}
		long[] keys = new long[n];
		Partial[] partials = new Partial[n];
		int i = 0;
		for (Map.Entry<Long, Partial> e : states.entrySet()) {
			keys[i] = e.getKey();
			partials[i++] = e.getValue();
		}
		// the open sums in which the states differ, each oriented so that more is better ("exactly": must match)
		List<Integer> differing = new ArrayList<>();
		for (int s : openBefore[nextUnit]) {
			long first = digit(state(keys[0]), s);
			for (int k = 1; k < n; k++) {
				if (digit(state(keys[k]), s) != first) {
					differing.add(s);
					break;
				}
			}
		}
		// each state's open sums packed into one long, oriented so that more is better, each field with a guard
		// bit above it: one subtraction then compares every field at once; "exactly" sums must be equal
		long[] packed = new long[n];
		long[] exactly = new long[n];
		long guards = 0;
		int offset = 0;
		int exactOffset = 0;
		for (int s : differing) {
			int width = Long.bitCount(mask[s]);
			boolean exact = sums.get(s).bound().kind() == Bound.Kind.EXACTLY;
			if ((exact ? exactOffset + width : offset + width + 1) > 64) {
				return states;
			}
			for (int k = 0; k < n; k++) {
				long v = digit(state(keys[k]), s);
				if (exact) {
					exactly[k] |= v << exactOffset;
				} else {
					packed[k] |= (sums.get(s).bound().kind() == Bound.Kind.AT_MOST ? mask[s] - v : v) << offset;
				}
			}
			if (exact) {
				exactOffset += width;
			} else {
				guards |= 1L << (offset + width);
				offset += width + 1;
			}
		}
		Integer[] order = new Integer[n];
		for (int k = 0; k < n; k++) {
			order[k] = k;
		}
		Arrays.sort(order, (a, b) -> maximise ? Integer.compare(partials[b].total(), partials[a].total())
				: Integer.compare(partials[a].total(), partials[b].total()));
		// the undominated so far, best total first; one that dominates a state moves to the front, as it is
		// likely to dominate the next ones too
		int[] front = new int[n];
		int size = 0;
		Map<Long, Partial> kept = new HashMap<>();
		for (int k : order) {
			int dominator = -1;
			long mine = packed[k];
			for (int f = 0; f < size; f++) {
				int other = front[f];
				if ((((packed[other] | guards) - mine) & guards) == guards && exactly[other] == exactly[k]) {
					dominator = f;
					break;
				}
			}
			if (dominator < 0) {
				front[size++] = k;
				kept.put(keys[k], partials[k]);
			} else if (dominator > 0) {
				int moved = front[dominator];
				System.arraycopy(front, 0, front, 1, dominator);
				front[0] = moved;
			}
		}
		return kept;
	}

	private static Hope tighter(Hope a, Hope b, boolean maximise) {
		return (state, total, nextUnit) -> maximise ? Math.min(a.of(state, total, nextUnit), b.of(state, total, nextUnit))
				: Math.max(a.of(state, total, nextUnit), b.of(state, total, nextUnit));
	}

	/** States a probe for a valid selection keeps per unit decided, at first and at most. */
	static final int PROBE_WIDTH = 64;
	private static final int PROBE_WIDTH_LIMIT = 4096;

	/**
	 * A valid selection found by keeping only the most hopeful states, or null when that finds none: each
	 * sum is checked on its own, so the few states kept may all reach a dead end, and the probe is then
	 * repeated wider.
	 */
	private Partial probe(Values<Partial> values, Hope hope, BinaryOperator<Partial> better, boolean maximise,
			int firstWidth) {
		for (int width = firstWidth; width > 0 && width <= PROBE_WIDTH_LIMIT; width *= 8) {
			int kept = width;
			Map<Long, Partial> probed = run(new Partial(0, null), values, Integer.MAX_VALUE,
					(states, nextUnit) -> mostHopeful(states, nextUnit, hope, maximise, kept));
			if (probed == null) {
				return null;
			}
			Partial found = probed.values().stream().reduce(better).orElse(null);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** A bound on the best total a state with this total so far can reach with the units from nextUnit on. */
	private interface Hope {
		long of(long state, int total, int nextUnit);
	}

	private Map<Long, Partial> mostHopeful(Map<Long, Partial> states, int nextUnit, Hope remaining, boolean maximise,
			int width) {
		if (states.size() <= width) {
			return states;
		}
		List<Map.Entry<Long, Partial>> entries = new ArrayList<>(states.entrySet());
		long[] hopes = new long[entries.size()];
		Integer[] order = new Integer[entries.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
			hopes[i] = remaining.of(state(entries.get(i).getKey()), entries.get(i).getValue().total(), nextUnit);
		}
		Arrays.sort(order, (a, b) -> maximise ? Long.compare(hopes[b], hopes[a]) : Long.compare(hopes[a], hopes[b]));
		Map<Long, Partial> kept = new HashMap<>();
		for (int i = 0; i < width; i++) {
			kept.put(entries.get(order[i]).getKey(), entries.get(order[i]).getValue());
		}
		return kept;
	}

	/**
	 * The best total a state can still reach, relaxed so that it is quick to compute and never worse than the
	 * truth (so that a state is dropped only when no completion of it can beat a known selection):
	 * <ul>
	 * <li>least: the total so far plus the least fractional weight with which the units still to come can close
	 * the gap of an "at least" sum, for the sum that needs most, or for a family of sums with no unit in common
	 * together;</li>
	 * <li>greatest: the total so far plus, for each unit still to come, its weight counted under one "at most"
	 * sum it belongs to (the tightest) and each sum filled fractionally up to its bound, plus the weight of
	 * units under none.</li>
	 * </ul>
	 * Fractional fillings are tabulated per sum, per first unit still to come and per gap, once per optimum.
	 */
	private final class BestRemaining implements Hope {
		/** A gap no units can close. */
		private static final int UNREACHABLE = Integer.MAX_VALUE / 4;
		/** Table cells (units spanned times values of the gap, over the sums) before further sums are left out. */
		private static final long TABLE_CELLS = 1 << 21;

		private final boolean maximise;
		/** Per sum used, the fractional best by [first unit still to come - the sum's first unit][gap], else null. */
		private final int[][][] filling;
		/** Least: sums with no unit in common, whose fillings add up. */
		private final boolean[] disjoint = new boolean[sums.size()];
		/** Greatest: per unit, the weight of the units from it on that no "at most" sum tabulated holds. */
		private final long[] unbounded;
		private final int[][] openTabulated;
		private final long[] unopenedMost;
		private final long[] unopenedTogether;

		BestRemaining(int[] weights, boolean maximise) {
			this.maximise = maximise;
			int units = required.length;
			this.filling = new int[sums.size()][][];
			this.unbounded = new long[units + 1];
			this.openTabulated = new int[units + 1][];
			this.unopenedMost = new long[units + 1];
			this.unopenedTogether = new long[units + 1];
			// the sums that bound this optimum, as far as their tables fit
			boolean[] tabulable = new boolean[sums.size()];
			long cells = 0;
			for (int s = 0; s < sums.size(); s++) {
				long size = (long) (lastUnit[s] - firstUnit[s] + 2) * (Math.max(sums.get(s).bound().value(), 0) + 1);
				if (lastUnit[s] >= 0 && sums.get(s).bound().kind() != (maximise ? Bound.Kind.AT_LEAST : Bound.Kind.AT_MOST)
						&& cells + size <= TABLE_CELLS) {
					tabulable[s] = true;
					cells += size;
				}
			}
			if (maximise) {
				int[] owner = new int[units];
				Arrays.fill(owner, -1);
				for (int unit = 0; unit < units; unit++) {
					double tightest = Double.MAX_VALUE;
					for (int s = 0; s < sums.size(); s++) {
						Sum sum = sums.get(s);
						if (sum.coefficients()[unit] > 0 && tabulable[s]) {
							double tightness = (double) sum.bound().value() / stillToCome[s][0];
							if (tightness < tightest) {
								tightest = tightness;
								owner[unit] = s;
							}
						}
					}
				}
				for (int unit = units - 1; unit >= 0; unit--) {
					unbounded[unit] = unbounded[unit + 1] + (owner[unit] < 0 ? weights[unit] : 0);
				}
				for (int s = 0; s < sums.size(); s++) {
					int sum = s;
					if (Arrays.stream(owner).anyMatch(o -> o == sum)) {
						boolean[] owned = new boolean[units];
						for (int unit = 0; unit < units; unit++) {
							owned[unit] = owner[unit] == s;
						}
						filling[s] = fill(s, owned, weights, true);
					}
				}
			} else {
				List<Integer> bySpan = new ArrayList<>();
				for (int s = 0; s < sums.size(); s++) {
					if (tabulable[s]) {
						boolean[] all = new boolean[units];
						Arrays.fill(all, true);
						filling[s] = fill(s, all, weights, false);
						bySpan.add(s);
					}
				}
				bySpan.sort((a, b) -> Integer.compare(support(a), support(b)));
				boolean[] used = new boolean[units];
				for (int s : bySpan) {
					boolean overlaps = false;
					for (int unit = 0; unit < units; unit++) {
						overlaps |= used[unit] && sums.get(s).coefficients()[unit] != 0;
					}
					if (!overlaps) {
						disjoint[s] = true;
						for (int unit = 0; unit < units; unit++) {
							used[unit] |= sums.get(s).coefficients()[unit] != 0;
						}
					}
				}
			}
			tabulateUnopened(units);
		}

		private int support(int s) {
			int count = 0;
			for (int c : sums.get(s).coefficients()) {
				count += c != 0 ? 1 : 0;
			}
			return count;
		}

		/**
		 * The fractional best weight of the given units of a sum from each unit on, per gap 0..bound: the least
		 * weight reaching the gap (units by weight per coefficient, lightest first), or the greatest weight
		 * within it (heaviest first).
		 */
		private int[][] fill(int s, boolean[] units, int[] weights, boolean greatest) {
			int[] coefficients = sums.get(s).coefficients();
			List<Integer> order = new ArrayList<>();
			for (int unit = firstUnit[s]; unit <= lastUnit[s]; unit++) {
				if (units[unit] && coefficients[unit] > 0) {
					order.add(unit);
				}
			}
			// by weight per coefficient: a/ca < b/cb exactly when a*cb < b*ca
			order.sort((a, b) -> Long.compare((long) weights[a] * coefficients[b], (long) weights[b] * coefficients[a]));
			if (greatest) {
				Collections.reverse(order);
			}
			int gaps = Math.max(sums.get(s).bound().value(), 0) + 1;
			int[][] table = new int[lastUnit[s] - firstUnit[s] + 2][gaps];
			for (int from = firstUnit[s]; from <= lastUnit[s] + 1; from++) {
				int[] row = table[from - firstUnit[s]];
				long weightBefore = 0;
				long coefficientBefore = 0;
				int gap = 1;
				for (int unit : order) {
					if (unit < from) {
						continue;
					}
					long c = coefficients[unit];
					for (; gap < gaps && gap <= coefficientBefore + c; gap++) {
						long numerator = weightBefore * c + (gap - coefficientBefore) * weights[unit];
						row[gap] = (int) (greatest ? numerator / c : (numerator + c - 1) / c);
					}
					weightBefore += weights[unit];
					coefficientBefore += c;
				}
				for (; gap < gaps; gap++) {
					row[gap] = greatest ? (int) weightBefore : UNREACHABLE;
				}
			}
			return table;
		}

		/** The best total a state with this total so far can reach with the units from {@code nextUnit} on. */
		@Override
		public long of(long state, int total, int nextUnit) {
			long most = unopenedMost[nextUnit];
			long together = unopenedTogether[nextUnit];
			for (int s : openTabulated[nextUnit]) {
				long best = filled(s, nextUnit, sums.get(s).bound().value() - digit(state, s));
				most = Math.max(most, best);
				together += maximise || disjoint[s] ? best : 0;
			}
			return maximise ? total + unbounded[nextUnit] + together : total + Math.max(most, together);
		}

		/**
		 * Per first unit still to come: the sums tabulated that are open, and the fillings of those not yet open,
		 * which are the same in every state (greatest: their sum; least: their greatest, and the sum over the
		 * family with no unit in common).
		 */
		private void tabulateUnopened(int units) {
			for (int nextUnit = 0; nextUnit <= units; nextUnit++) {
				int from = nextUnit;
				openTabulated[nextUnit] = Arrays.stream(openBefore[nextUnit]).filter(s -> filling[s] != null).toArray();
				for (int s = 0; s < sums.size(); s++) {
					if (filling[s] != null && firstUnit[s] >= from) {
						long best = filling[s][0][Math.max(0, sums.get(s).bound().value())];
						unopenedMost[nextUnit] = Math.max(unopenedMost[nextUnit], best);
						unopenedTogether[nextUnit] += maximise || disjoint[s] ? best : 0;
					}
				}
			}
		}

		private int filled(int s, int nextUnit, long gap) {
			int[][] table = filling[s];
			int from = Math.max(nextUnit, firstUnit[s]) - firstUnit[s];
			return table[from][(int) Math.max(0, Math.min(gap, table[from].length - 1))];
		}
	}

	/**
	 * The Lagrangian relaxation of the sums that bind an optimum (the "at most" sums for the greatest, the "at
	 * least" sums for the least; "exactly" for both): each such sum leaves the constraints and its gap, weighted
	 * by a multiplier, joins the objective, so that each unit still to come is simply taken when its weight less
	 * its multiplied coefficients is worth it. Any multipliers of 0 or more give a bound that is never worse than
	 * the truth; those that make it tightest for the whole rule set (close to the LP bound) are found once by
	 * subgradient steps towards the known selection's total, and the same multipliers then bound every state.
	 */
	private final class Relaxation implements Hope {
		private static final int STEPS = 200;

		private final boolean maximise;
		/** The sums relaxed, and per unit those that count it. */
		private final int[] relaxed;
		private final int[][] relaxedOf;
		private final double[] multiplier;
		/**
		 * Per first unit still to come, the relaxed total of every state but for the sums open: the reduced
		 * weights worth taking and the multiplied gaps of the sums not yet open (their whole bound).
		 */
		private final double[] worthTaking;
		/** Per first unit still to come, the sums relaxed that are open. */
		private final int[][] openRelaxed;

		Relaxation(int[] weights, boolean maximise, long known, Relaxation start) {
			this.maximise = maximise;
			int units = required.length;
			boolean[] isRelaxed = new boolean[sums.size()];
			for (int s = 0; s < sums.size(); s++) {
				Bound.Kind kind = sums.get(s).bound().kind();
				isRelaxed[s] = lastUnit[s] >= 0 && kind != (maximise ? Bound.Kind.AT_LEAST : Bound.Kind.AT_MOST);
			}
			this.relaxed = IntStream.range(0, sums.size()).filter(s -> isRelaxed[s]).toArray();
			this.relaxedOf = new int[units][];
			for (int unit = 0; unit < units; unit++) {
				relaxedOf[unit] = Arrays.stream(countedBy[unit]).filter(s -> isRelaxed[s]).toArray();
			}
			double[] trial = start == null ? new double[sums.size()] : start.multiplier.clone();
			this.multiplier = trial.clone();
			double best = relaxedTotal(weights, trial, null);
			double step = 1;
			int sinceBetter = 0;
			double[] gradient = new double[sums.size()];
			for (int i = 0; i < STEPS && relaxed.length > 0; i++) {
				double value = relaxedTotal(weights, trial, gradient);
				if (maximise ? value < best - 1e-9 : value > best + 1e-9) {
					best = value;
					System.arraycopy(trial, 0, multiplier, 0, trial.length);
					sinceBetter = 0;
				} else if (++sinceBetter >= 10) {
					step /= 2;
					sinceBetter = 0;
				}
				double norm = 0;
				for (int s : relaxed) {
					norm += gradient[s] * gradient[s];
				}
				double distance = maximise ? value - known : known - value;
				if (norm == 0 || distance <= 1e-9) {
					break;
				}
				for (int s : relaxed) {
					// the greatest falls as a sum with room to spare gets a larger multiplier; the least rises as
					// a sum short of its bound does
					double move = step * distance / norm * gradient[s];
					trial[s] = Math.max(0, maximise ? trial[s] - move : trial[s] + move);
				}
			}
			// per first unit still to come, the reduced weights worth taking and the gaps of the sums not yet open
			this.worthTaking = new double[units + 1];
			this.openRelaxed = new int[units + 1][];
			double reducedFrom = 0;
			for (int unit = units; unit >= 0; unit--) {
				if (unit < units) {
					double reduced = reduced(weights, multiplier, unit);
					reducedFrom += maximise ? Math.max(0, reduced) : Math.min(0, reduced);
				}
				worthTaking[unit] = reducedFrom;
				int from = unit;
				openRelaxed[unit] = Arrays.stream(openBefore[unit]).filter(s -> isRelaxed[s]).toArray();
				for (int s : relaxed) {
					worthTaking[unit] += firstUnit[s] >= from ? multiplier[s] * Math.max(0, sums.get(s).bound().value()) : 0;
				}
			}
		}

		private double reduced(int[] weights, double[] multipliers, int unit) {
			double reduced = weights[unit];
			for (int s : relaxedOf[unit]) {
				reduced -= multipliers[s] * sums.get(s).coefficients()[unit];
			}
			return reduced;
		}

		/** The relaxed optimum over all units with these multipliers; fills the subgradient if asked. */
		private double relaxedTotal(int[] weights, double[] multipliers, double[] gradient) {
			double total = 0;
			for (int s : relaxed) {
				int bound = Math.max(0, sums.get(s).bound().value());
				total += multipliers[s] * bound;
				if (gradient != null) {
					gradient[s] = bound;
				}
			}
			for (int unit = 0; unit < required.length; unit++) {
				double reduced = reduced(weights, multipliers, unit);
				if (maximise ? reduced > 0 : reduced < 0) {
					total += reduced;
					if (gradient != null) {
						for (int s : relaxedOf[unit]) {
							gradient[s] -= sums.get(s).coefficients()[unit];
						}
					}
				}
			}
			return total;
		}

		/** The bound on the best total a state with this total so far can reach from {@code nextUnit} on. */
		@Override
		public long of(long state, int total, int nextUnit) {
			double hope = total + worthTaking[nextUnit];
			for (int s : openRelaxed[nextUnit]) {
				// an "at least" sum's gap is never below 0 (the units still to come cannot lower it)
				hope += multiplier[s] * Math.max(0, sums.get(s).bound().value() - digit(state, s));
			}
			return maximise ? (long) Math.floor(hope + 1e-6) : (long) Math.ceil(hope - 1e-6);
		}
	}

	private Analysis.Extreme extreme(Partial partial) {
		boolean[] taken = new boolean[required.length];
		for (Taken t = partial.taken(); t != null; t = t.before()) {
			taken[t.unit()] = true;
		}
		List<String> ids = new ArrayList<>();
		for (int unit = 0; unit < taken.length; unit++) {
			if (taken[unit]) {
				ids.add(ruleSet.units().get(unit).id());
			}
		}
		return new Analysis.Extreme(partial.total(), ids);
	}

	/**
	 * Decides the units in order, keeping one value per state; returns the values of the valid selections'
	 * states (every sum is settled by then, so there is at most one), or null when it gives up.
	 */
	private <V> Map<Long, V> run(V start, Values<V> values, int maxStates, StepFilter<V> filter) {
		if (shift == null) {
			return null;
		}
		Map<Long, V> states = new HashMap<>();
		if (alive(0L, 0)) {
			states.put(key(0L), start);
		}
		for (int unit = 0; unit < required.length; unit++) {
			Map<Long, V> next = new HashMap<>(states.size() * 2);
			for (Map.Entry<Long, V> entry : states.entrySet()) {
				long state = state(entry.getKey());
				if (!required[unit]) {
					keep(next, settle(state, unit), entry.getValue(), values, unit);
				}
				keep(next, settle(add(state, unit), unit), values.take(entry.getValue(), unit), values, unit);
			}
			next = filter.apply(next, unit + 1);
			if (next.size() > maxStates) {
				return null;
			}
			states = next;
		}
		return states;
	}

	/**
	 * A state's key in the maps of a run: the state times an odd constant, which is undone by its inverse. The
	 * packed sums differ in few, fixed bits, which {@link Long#hashCode()} folds onto a few buckets; the product
	 * spreads them over all bits.
	 */
	private static long key(long state) {
		return state * MIX;
	}

	private static long state(long key) {
		return key * UNMIX;
	}

	private static final long MIX = 0x9E3779B97F4A7C15L;
	private static final long UNMIX = inverse(MIX);

	/** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
	private static long inverse(long odd) {
		long inverse = odd;
		for (int i = 0; i < 5; i++) {
			inverse *= 2 - odd * inverse;
		}
		return inverse;
	}

	private <V> void keep(Map<Long, V> next, long state, V value, Values<V> values, int unit) {
		if (state >= 0 && alive(state, unit + 1)) {
			next.merge(key(state), value, values::merge);
		}
	}

	/** The state after taking the unit: each sum grows by the unit's coefficient, saturated at its cap. */
	private long add(long state, int unit) {
		long result = state;
		for (int s : countedBy[unit]) {
			long value = digit(state, s);
			result += (Math.min(sums.get(s).cap(), value + sums.get(s).coefficients()[unit]) - value) << shift[s];
		}
		return result;
	}

	/** Checks and clears the sums this unit was the last to count; -1 when one of them fails. */
	private long settle(long state, int unit) {
		long result = state;
		for (int s : settledBy[unit]) {
			long value = digit(state, s);
			if (!sums.get(s).bound().holds((int) value)) {
				return -1;
			}
			result -= value << shift[s];
		}
		return result;
	}

	/**
	 * Whether a state with the units from {@code nextUnit} on still to decide can still meet every sum not yet
	 * settled (a sum with no unit at all is settled before the first). Sums not yet open are 0 in every state,
	 * so they are checked once per unit ({@link #unopenedFail}), the open ones per state.
	 */
	private boolean alive(long state, int nextUnit) {
		if (unopenedFail[nextUnit]) {
			return false;
		}
		for (int s : openBefore[nextUnit]) {
			if (!reachable(s, digit(state, s), nextUnit)) {
				return false;
			}
		}
		return true;
	}

	private boolean reachable(int s, long value, int nextUnit) {
		Bound bound = sums.get(s).bound();
		boolean tooMuch = bound.kind() != Bound.Kind.AT_LEAST && value > bound.value();
		boolean tooLittle = bound.kind() != Bound.Kind.AT_MOST && value + stillToCome[s][nextUnit] < bound.value();
		return !tooMuch && !tooLittle;
	}

	private long digit(long state, int s) {
		return (state >>> shift[s]) & mask[s];
	}

	/** The number of units a selection may or may not contain (an upper bound's exponent). */
	int freeUnits() {
		int free = 0;
		for (boolean r : required) {
			free += r ? 0 : 1;
		}
		return free;
	}
}
