package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analyses;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/** The shared analyses: a rule set renamed (its title, its units' titles) finds the analysis made before. */
class AnalysesCacheTest {

	@Test
	void aRenamedRuleSetSharesItsAnalysisWhichIsTheRenamedOnesOwn() {
		RuleSet original = Examples.ruleSet("500/8625/X");
		RuleSet renamed = new RuleSet(original.qualification(), original.title() + " (renamed)", original.level(),
				original.declared(), original.units().stream().map(unit -> new RuleUnit(unit.id(), unit.urn(),
						unit.title() + " (renamed)", unit.group(), unit.credits(), unit.level(), unit.glh(), unit.assessment(),
						unit.scale(), unit.pointsWhenAchieved(), unit.gradingCriteria())).toList(),
				original.groups(), original.rules(), original.resits(), original.grading(), original.noExemptions(),
				original.noEquivalences(), original.examples());
		assertNotEquals(original, renamed);
		assertSame(Analyses.of(original), Analyses.of(renamed));
		assertEquals(figures(new Analyser(renamed).analyse()), figures(Analyses.of(renamed)), "the renamed rule set's own figures");
	}

	/** What an analysis finds, without the selections that attain the optima (any one of several may be shown). */
	private static List<Object> figures(Analysis analysis) {
		return List.of(analysis.feasible(), analysis.minGlh().value(), analysis.maxGlh().value(), analysis.minCredits().value(),
				analysis.maxCredits().value(), analysis.selections(), analysis.redundant(), analysis.neverMet());
	}

	@Test
	void aRuleSetWithOtherCreditsGetsItsOwnAnalysis() {
		RuleSet original = Examples.ruleSet("500/8625/X");
		List<RuleUnit> units = original.units().stream().map(unit -> new RuleUnit(unit.id(), unit.urn(), unit.title(),
				unit.group(), unit.credits() == null ? null : unit.credits() + 1, unit.level(), unit.glh(), unit.assessment(),
				unit.scale(), unit.pointsWhenAchieved(), unit.gradingCriteria())).toList();
		RuleSet more = new RuleSet(original.qualification(), original.title(), original.level(), original.declared(), units,
				original.groups(), original.rules(), original.resits(), original.grading(), original.noExemptions(),
				original.noEquivalences(), original.examples());
		assertNotEquals(Analyses.of(original).maxCredits(), Analyses.of(more).maxCredits());
	}
}
