package io.qualspec.rules.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.RuleSet;

/**
 * The valid selections as a dynamic program over the units, which counts them exactly and finds the least
 * and greatest total of a measure with a selection attaining it. Every rule is a bound on a sum of
 * non-negative coefficients, and a sum only matters up to one past its bound, so each sum is kept saturated
 * there: the state of a partial selection is the vector of saturated sums. Three things keep the number of
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
	/** Per sum, the bits its saturated value needs, in the lowest places (none for a sum of no unit). */
	private final long[] mask;

	/** The selections of one linear case: the units it requires and the rows that must hold. */
	SelectionStates(RuleSet ruleSet, boolean[] required, List<LinearRows.Row> rows) {
		this.ruleSet = ruleSet;
		int units = ruleSet.units().size();
		// required units are taken in every selection: no branching on them
		this.required = required.clone();
		for (LinearRows.Row row : rows) {
			sums.add(new Sum(row.coefficients(), row.bound(), Math.max(row.bound().value(), 0) + 1));
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
		}, maxStates);
		return valid == null ? null : valid.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
	}

	/**
	 * The least (or greatest) total of per-unit weights (a measure, or a rule's coefficients) over valid
	 * selections with a selection attaining it, or null if more than {@code maxStates} states were needed.
	 */
	Optimum optimum(int[] weights, boolean maximise, int maxStates) {
		BinaryOperator<Partial> better = (a, b) -> (maximise ? b.total() > a.total() : b.total() < a.total()) ? b : a;
		Map<Long, Partial> valid = run(new Partial(0, null), new Values<>() {
			@Override
			public Partial take(Partial partial, int unit) {
				return new Partial(partial.total() + weights[unit], new Taken(unit, partial.taken()));
			}

			@Override
			public Partial merge(Partial a, Partial b) {
				return better.apply(a, b);
			}
		}, maxStates);
		if (valid == null) {
			return null;
		}
		return new Optimum(valid.values().stream().reduce(better).map(this::extreme).orElse(null));
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
	private <V> Map<Long, V> run(V start, Values<V> values, int maxStates) {
		if (shift == null) {
			return null;
		}
		Map<Long, V> states = new HashMap<>();
		if (alive(0L, 0)) {
			states.put(0L, start);
		}
		for (int unit = 0; unit < required.length; unit++) {
			Map<Long, V> next = new HashMap<>(states.size() * 2);
			for (Map.Entry<Long, V> entry : states.entrySet()) {
				long state = entry.getKey();
				if (!required[unit]) {
					keep(next, settle(state, unit), entry.getValue(), values, unit);
				}
				keep(next, settle(add(state, unit), unit), values.take(entry.getValue(), unit), values, unit);
			}
			if (next.size() > maxStates) {
				return null;
			}
			states = next;
		}
		return states;
	}

	private <V> void keep(Map<Long, V> next, long state, V value, Values<V> values, int unit) {
		if (state >= 0 && alive(state, unit + 1)) {
			next.merge(state, value, values::merge);
		}
	}

	/** The state after taking the unit: each sum grows by the unit's coefficient, saturated at its cap. */
	private long add(long state, int unit) {
		long result = state;
		for (int s = 0; s < sums.size(); s++) {
			int coefficient = sums.get(s).coefficients()[unit];
			if (coefficient != 0) {
				long value = digit(state, s);
				result += (Math.min(sums.get(s).cap(), value + coefficient) - value) << shift[s];
			}
		}
		return result;
	}

	/** Checks and clears the sums this unit was the last to count; -1 when one of them fails. */
	private long settle(long state, int unit) {
		long result = state;
		for (int s = 0; s < sums.size(); s++) {
			if (lastUnit[s] == unit) {
				long value = digit(state, s);
				if (!sums.get(s).bound().holds((int) value)) {
					return -1;
				}
				result -= value << shift[s];
			}
		}
		return result;
	}

	/**
	 * Whether a state with the units from {@code nextUnit} on still to decide can still meet every sum not yet
	 * settled (a sum with no unit at all is settled before the first).
	 */
	private boolean alive(long state, int nextUnit) {
		for (int s = 0; s < sums.size(); s++) {
			if (lastUnit[s] >= nextUnit || (nextUnit == 0 && lastUnit[s] < 0)) {
				long value = firstUnit[s] < nextUnit ? digit(state, s) : 0;
				Bound bound = sums.get(s).bound();
				boolean tooMuch = bound.kind() != Bound.Kind.AT_LEAST && value > bound.value();
				boolean tooLittle = bound.kind() != Bound.Kind.AT_MOST && value + stillToCome[s][nextUnit] < bound.value();
				if (tooMuch || tooLittle) {
					return false;
				}
			}
		}
		return true;
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
