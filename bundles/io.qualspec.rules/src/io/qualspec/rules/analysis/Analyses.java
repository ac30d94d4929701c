package io.qualspec.rules.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/**
 * The analysis of each rule set, computed once and shared by everything in the JVM that shows or checks it
 * (the validators, the generators' handbooks, {@code qualspec analyse}, the workbench's views). Keyed by the
 * rule set's value ({@link RuleSet} is a record), so an unchanged qualification re-read from its file finds
 * its analysis, and any change to units or rules makes a new key (a change of titles does not: the analysis never
 * reads them). Bounded: the least recently used analyses are forgotten past {@value #REMEMBERED}. Thread-safe; an analysis runs outside the lock, so two
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

	/**
	 * The analysis of this rule set, from the cache when a rule set equal to it but for titles was analysed before.
	 */
	public static Analysis of(RuleSet ruleSet) {
		RuleSet key = withoutTitles(ruleSet);
		synchronized (ANALYSES) {
			Analysis known = ANALYSES.get(key);
			if (known != null) {
				return known;
			}
		}
		Analysis analysis = new Analyser(ruleSet).analyse();
		synchronized (ANALYSES) {
			Analysis known = ANALYSES.putIfAbsent(key, analysis);
			return known != null ? known : analysis;
		}
	}

	/**
	 * The rule set without the qualification's and the units' titles, which the analysis never reads (units are
	 * selected and named by id): renaming a unit or the qualification, as an author does while writing, finds the
	 * analysis made before (generate --watch re-validates and re-renders on every save).
	 */
	private static RuleSet withoutTitles(RuleSet ruleSet) {
		List<RuleUnit> units = ruleSet.units().stream().map(unit -> new RuleUnit(unit.id(), unit.urn(), null, unit.group(),
				unit.credits(), unit.level(), unit.glh(), unit.assessment(), unit.scale(), unit.pointsWhenAchieved(),
				unit.gradingCriteria())).toList();
		return new RuleSet(ruleSet.qualification(), null, ruleSet.level(), ruleSet.declared(), units, ruleSet.groups(),
				ruleSet.rules(), ruleSet.resits(), ruleSet.grading(), ruleSet.noExemptions(), ruleSet.noEquivalences(),
				ruleSet.examples());
	}
}
