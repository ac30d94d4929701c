package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;

/**
 * Rules that never bind are the rules that can be removed together. SFJ 603/4767/3 states a total and both
 * its parts (SFJ Awards Level 2 Certificate in Customer Service handbook, V1, §2.3: "a total of 27 credits,
 * 14 mandatory and 13 optional"): any two imply the third, so exactly one is redundant, not all three.
 */
class RedundantRulesTest {

	@Test
	void aTotalStatedWithBothItsPartsHasOneRedundantRule() {
		RuleSet sfj = Examples.ruleSet("603/4767/3");
		List<Rule> rules = sfj.hardRules();
		assertEquals(3, rules.size(), rules.toString());
		List<Rule> redundant = new Analyser(sfj).redundant();
		assertEquals(List.of(rules.get(2)), redundant, "the last of the three, 13 credits from B, is implied by the others");
		assertEquals(AggregateRule.class, redundant.get(0).getClass());
	}

	@Test
	void withoutTheImpliedPartNothingIsRedundant() {
		RuleSet sfj = Examples.ruleSet("603/4767/3");
		List<Rule> twoRules = new ArrayList<>(sfj.hardRules().subList(0, 2));
		RuleSet withoutPart = new RuleSet(sfj.qualification(), sfj.title(), sfj.level(), sfj.declared(), sfj.units(),
				sfj.groups(), twoRules, sfj.resits(), sfj.grading(), sfj.noExemptions(), sfj.noEquivalences(), sfj.examples());
		assertEquals(AllUnitsRule.class, twoRules.get(0).getClass());
		assertEquals(List.of(), new Analyser(withoutPart).redundant());
	}
}
