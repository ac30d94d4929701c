package io.qualspec.rules.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * Counts valid selections exactly by dynamic programming over the units. Every rule is a bound on a sum,
 * and a sum only matters up to one past its bound, so each sum is kept saturated there: the state of a
 * partial selection is the vector of saturated sums, and the number of states stays small for real rule
 * sets (03455: 49 units, a few thousand states) where enumerating 2^47 selections could never finish.
 * Returns null when the number of states would exceed the budget; the caller then reports a bound.
 */
final class SelectionCounter {

	/** One linear sum with its bound; values are saturated at {@code cap}. */
	private record Sum(int[] coefficients, Bound bound, int cap) {
	}

	private final List<Sum> sums = new ArrayList<>();
	private final boolean[] required;

	SelectionCounter(RuleSet ruleSet, List<Rule> rules) {
		this.required = new boolean[ruleSet.units().size()];
		for (Rule rule : rules) {
			if (rule instanceof AllUnitsRule all) {
				// required units are taken in every selection: no branching on them
				for (int i = 0; i < required.length; i++) {
					required[i] |= all.requires(ruleSet.units().get(i));
				}
			} else {
				for (LinearRows.Row row : LinearRows.of(ruleSet, rule)) {
					sums.add(new Sum(row.coefficients(), row.bound(), Math.max(row.bound().value(), 0) + 1));
				}
			}
		}
	}

	/** The exact number of valid selections, or null if more than {@code maxStates} states were needed. */
	BigInteger count(int maxStates) {
		// A state is the vector of saturated sums packed into one long (mixed radix); counts exceed a long
		// for real qualifications (500/8626/1 has about 1.4 x 10^17 selections), so they are BigIntegers.
		long[] radix = new long[sums.size()];
		long size = 1;
		for (int s = 0; s < sums.size(); s++) {
			radix[s] = size;
			try {
				size = Math.multiplyExact(size, sums.get(s).cap() + 1L);
			} catch (ArithmeticException tooManySums) {
				return null;
			}
		}
		Map<Long, BigInteger> states = new HashMap<>();
		states.put(0L, BigInteger.ONE);
		for (int unit = 0; unit < required.length; unit++) {
			long step = 0;
			for (int s = 0; s < sums.size(); s++) {
				step += (long) sums.get(s).coefficients()[unit] * radix[s];
			}
			Map<Long, BigInteger> next = new HashMap<>(states.size() * 2);
			for (Map.Entry<Long, BigInteger> entry : states.entrySet()) {
				long state = entry.getKey();
				if (!required[unit]) {
					next.merge(state, entry.getValue(), BigInteger::add);
				}
				next.merge(step == 0 ? state : add(state, unit, radix), entry.getValue(), BigInteger::add);
			}
			if (next.size() > maxStates) {
				return null;
			}
			states = next;
		}
		BigInteger total = BigInteger.ZERO;
		for (Map.Entry<Long, BigInteger> entry : states.entrySet()) {
			if (satisfies(entry.getKey(), radix)) {
				total = total.add(entry.getValue());
			}
		}
		return total;
	}

	/** The state after taking the unit: each sum grows by the unit's coefficient, saturated at its cap. */
	private long add(long state, int unit, long[] radix) {
		long result = 0;
		for (int s = 0; s < radix.length; s++) {
			Sum sum = sums.get(s);
			long value = (state / radix[s]) % (sum.cap() + 1L);
			result += Math.min(sum.cap(), value + sum.coefficients()[unit]) * radix[s];
		}
		return result;
	}

	private boolean satisfies(long state, long[] radix) {
		for (int s = 0; s < radix.length; s++) {
			Sum sum = sums.get(s);
			if (!sum.bound().holds((int) ((state / radix[s]) % (sum.cap() + 1L)))) {
				return false;
			}
		}
		return true;
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
