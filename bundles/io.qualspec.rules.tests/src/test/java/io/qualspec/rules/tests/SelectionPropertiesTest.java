package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The solver-based analysis and the direct evaluation agree on random learner records of every example
 * qualification: a record is eligible exactly when the units it achieves and counts form a valid
 * selection for the solver and no barred pair is among the units it achieves. (A barred pair forbids taking
 * both units, counted or not: with "only 2 units from D count" a learner who achieves 32 and 34 of
 * 600/2451/3 breaks "barred 32 and 34" even when one of them is left out of the count, whereas the solver's
 * selections hold counted units only.) Records start from a valid route found by the solver (the least-GLH
 * one) and have random units added and removed, so that both verdicts occur often.
 */
class SelectionPropertiesTest {

	private static final Map<String, List<String>> ROUTES = new ConcurrentHashMap<>();

	record Case(RuleSet ruleSet, List<String> achieved) {
		@Override
		public String toString() {
			return ruleSet.qualification() + " " + achieved;
		}
	}

	@Provide
	Arbitrary<Case> records() {
		// the examples that list units (a qualification whose structure was not transcribed has none to choose)
		return Arbitraries.of(Examples.all().stream().filter(r -> !r.units().isEmpty()).toList()).flatMap(ruleSet -> {
			List<String> ids = ruleSet.units().stream().map(RuleUnit::id).toList();
			Arbitrary<List<String>> added = Arbitraries.of(ids).list().ofMaxSize(4);
			Arbitrary<List<String>> removed = Arbitraries.of(ids).list().ofMaxSize(3);
			return Combinators.combine(added, removed).as((add, remove) -> {
				Set<String> units = new LinkedHashSet<>(route(ruleSet));
				units.addAll(add);
				units.removeAll(remove);
				return new Case(ruleSet, new ArrayList<>(units));
			});
		});
	}

	@Property(tries = 300)
	void evaluationAndSolverAgree(@ForAll("records") Case record) {
		Evaluation evaluation = new Evaluator(record.ruleSet()).evaluate(CustomerServiceNvqTest.achieved(record.achieved()));
		List<String> counted = evaluation.units().stream().filter(Evaluation.UnitOutcome::counted)
				.map(u -> u.unit().id()).toList();
		List<String> achieved = evaluation.units().stream().filter(Evaluation.UnitOutcome::achieved)
				.map(u -> u.unit().id()).toList();
		boolean barredPairTaken = record.ruleSet().hardRules().stream()
				.anyMatch(rule -> rule instanceof BarredPair pair && achieved.contains(pair.first()) && achieved.contains(pair.second()));
		boolean valid = new Analyser(record.ruleSet()).isValidSelection(counted) && !barredPairTaken;
		assertEquals(valid, evaluation.eligible(), "failing: " + evaluation.failing());
		if (evaluation.eligible()) {
			assertTrue(evaluation.verdicts().stream().allMatch(v -> v.holds() || v.rule().advisory()));
		}
	}

	private static List<String> route(RuleSet ruleSet) {
		return ROUTES.computeIfAbsent(ruleSet.qualification(),
				q -> new Analyser(ruleSet).optimum(Measure.GLH, false).selection());
	}
}
