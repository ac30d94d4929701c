package io.qualspec.rules.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import io.qualspec.rules.model.RuleSet;

/**
 * The analysis of each rule set, computed once and shared by everything in the JVM that shows or checks it
 * (the validators, the generators' handbooks, {@code qualspec analyse}, the workbench's views). Keyed by the
 * rule set's value ({@link RuleSet} is a record), so an unchanged qualification re-read from its file finds
 * its analysis, and any change to units or rules makes a new key. Bounded: the least recently used
 * analyses are forgotten past {@value #REMEMBERED}. Thread-safe; an analysis runs outside the lock, so two
 * threads asking for the same new rule set at once may both compute it, and one result is kept.
 */
public final class Analyses {

	static final int REMEMBERED = 64;

	private static final Map<RuleSet, Analysis> ANALYSES = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<RuleSet, Analysis> eldest) {
			return size() > REMEMBERED;
		}
	};

	private Analyses() {
	}

	/** The analysis of this rule set, from the cache when an equal rule set was analysed before. */
	public static Analysis of(RuleSet ruleSet) {
		synchronized (ANALYSES) {
			Analysis known = ANALYSES.get(ruleSet);
			if (known != null) {
				return known;
			}
		}
		Analysis analysis = new Analyser(ruleSet).analyse();
		synchronized (ANALYSES) {
			Analysis known = ANALYSES.putIfAbsent(ruleSet, analysis);
			return known != null ? known : analysis;
		}
	}
}
