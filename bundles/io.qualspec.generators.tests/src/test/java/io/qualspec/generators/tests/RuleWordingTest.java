package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.qualspec.generators.wording.RuleWording;
import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
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
import io.qualspec.rules.model.Selection.PoolReading;
import io.qualspec.testing.Examples;

/**
 * The rule of combination in words, as the handbooks word it (docs/language.md, "Rules of combination"), with every reading the
 * specification states visible: exact or minimum totals, the level predicate, remaining or overlapping
 * pools, prohibitions against limits on what counts, advisory rules.
 */
class RuleWordingTest {

	private static RuleWording wording(String qualification) {
		return RuleWording.of(Examples.qualification(qualification).ruleSet());
	}

	@Test
	void customerServiceNvqLevel2_03455() {
		// OCR Customer Service NVQ handbook (v4, Feb 2019), §6.1, 500/8625/X rule of combination, with the readings examples/ocr/customer-service-nvq states
		assertEquals("""
				To achieve this qualification, candidates must achieve a total of at least 28 credits made up as follows:
				- both mandatory units from Group A (8 credits)
				- a minimum of 20 credits from the optional groups
				- a minimum of one unit from each optional group
				- a minimum of 11 credits at Level 2 from the optional groups""", wording("500/8625/X").text());
	}

	@Test
	void contactCentreLevel2_600_2451_3() {
		// OCR Contact Centre Operations NVQ handbook, §6.1, 600/2451/3 rules and barred pairs: the pool read as remaining, the Group D cap as a limit on what counts
		assertEquals("""
				To achieve this qualification, candidates must achieve a total of at least 28 credits made up as follows:
				- a minimum of 15 credits at Level 2 from all units
				- both mandatory units from Group A (6 credits)
				- a minimum of 12 credits from Group B
				- a minimum of 10 further credits from Groups B, C or D, in addition to the minimum of 12 credits from Group B (at least 22 credits from Groups B, C or D in all)
				- no more than 2 units from Group D can count towards the full qualification (further Group D units may be achieved but do not count)
				Barred unit combinations (a candidate may take either, but not both):
				- 10 & 18
				- 32 & 34
				- 33 & 35
				- 36 & 37
				- 38 & 39""", wording("600/2451/3").text());
	}

	@Test
	void diplomaInCustomerService_601_3432_X() {
		// OCR Level 2 Diploma in Customer Service handbook, §2.2 rule of combination: the Group D maximum read as a prohibition; the stated absences
		RuleWording wording = wording("601/3432/X");
		assertEquals("""
				To achieve this qualification, candidates must achieve a total of at least 45 credits made up as follows:
				- all 5 mandatory units from Group A (19 credits)
				- a minimum of 3 credits from Group B
				- a minimum of 16 credits from Group C
				- no more than 7 credits from Group D may be achieved
				There are no equivalencies or exemptions for this qualification.""", wording.text());
		assertNull(wording.barredLead());
		assertEquals(List.of("There are no equivalencies or exemptions for this qualification."), wording.notes());
	}

	@Test
	void cambridgeTechnicalDiploma_603_2730_3() {
		// OCR Cambridge Technical handbook (Version 1), §4 "the 7 mandatory units" and the hurdle in §10
		RuleWording wording = wording("603/2730/3");
		assertEquals("To achieve this qualification, candidates must achieve the 7 mandatory units.", wording.lead());
		assertEquals(List.of(), wording.lines());
		assertEquals(Optional.of("To be awarded the qualification, candidates must achieve unit 1 and at least a Pass grade for all other units."),
				RuleWording.hurdles(Examples.qualification("603/2730/3").ruleSet()));
	}

	@Test
	void sfjCertificate_603_4767_3() {
		// SFJ Customer Service handbook (V1, 01.07.19), §2.3, with the total and the optional credits read as exact
		assertEquals("""
				To achieve this qualification, candidates must achieve a total of exactly 27 credits made up as follows:
				- all 4 mandatory units from Group A (14 credits)
				- exactly 13 credits from Group B""", wording("603/4767/3").text());
		assertEquals(Optional.empty(), RuleWording.hurdles(Examples.qualification("603/4767/3").ruleSet()));
	}

	@Test
	void everyExampleQualificationIsWorded() {
		for (var qualification : Examples.qualifications()) {
			RuleWording wording = RuleWording.of(qualification.ruleSet());
			if (qualification.ruleSet().rules().isEmpty() && qualification.ruleSet().groups().isEmpty()) {
				// the BTEC sizes whose structure was not transcribed
				assertEquals("The specification states no rule of combination for this qualification.", wording.lead());
				continue;
			}
			assertTrue(wording.lead().startsWith("To achieve this qualification, candidates must achieve "), wording.lead());
			wording.lines().forEach(line -> assertTrue(!line.isBlank() && !line.endsWith(".") && !line.contains("null"), line));
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Every reading, on a rule set built here: A mandatory (units 1, 2), B (3-5), C (6, 7), D (8, 9)
	// ---------------------------------------------------------------------------------------------

	private static final AggregateRule B_MINIMUM = aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B"), null,
			Bound.Kind.AT_LEAST, 6, false);

	@Test
	void everyReadingIsVisibleInTheWords() {
		List<Rule> rules = List.of(
				aggregate(Measure.CREDITS, Selection.whole(), null, Bound.Kind.AT_LEAST, 30, false),
				B_MINIMUM,
				aggregate(Measure.CREDITS, groups(PoolReading.REMAINING, "B", "C", "D"), null, Bound.Kind.AT_LEAST, 9, false),
				aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B", "C", "D"), level(2, LevelFilter.Comparison.AT),
						Bound.Kind.AT_MOST, 6, false),
				new CountingCap(Measure.UNITS, List.of("D"), null, 2, false),
				aggregate(Measure.UNITS, groups(PoolReading.OVERLAPPING, "D"), null, Bound.Kind.AT_MOST, 2, false),
				aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B", "C"), level(3, LevelFilter.Comparison.AT_OR_ABOVE),
						Bound.Kind.AT_LEAST, 4, false),
				aggregate(Measure.CREDITS, Selection.whole(), level(1, LevelFilter.Comparison.AT_OR_BELOW), Bound.Kind.AT_LEAST, 5, false),
				aggregate(Measure.GLH, Selection.whole(), null, Bound.Kind.AT_LEAST, 100, false),
				new EachGroupRule(Measure.UNITS, List.of("B", "C"), new Bound(Bound.Kind.AT_LEAST, 1), false),
				new EachGroupRule(Measure.CREDITS, List.of("B", "C", "D"), new Bound(Bound.Kind.EXACTLY, 3), false),
				aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "C"), null, Bound.Kind.AT_LEAST, 2, true),
				new BarredPair("3", "6", false),
				new CountingCap(Measure.CREDITS, List.of("B", "C"), level(0, LevelFilter.Comparison.AT), 4, false));
		RuleWording wording = RuleWording.of(ruleSet(rules));
		assertEquals("To achieve this qualification, candidates must achieve a total of at least 30 credits made up as follows:",
				wording.lead());
		assertEquals(List.of(
				// Group A is mandatory and no written rule requires it: the engine does, so the words say so
				"both mandatory units from Group A (8 credits)",
				"a minimum of 6 credits from Group B",
				"a minimum of 9 further credits from Groups B, C or D, in addition to the minimum of 6 credits from Group B (at least 15 credits from Groups B, C or D in all)",
				"no more than 6 credits at Level 2 from Groups B, C or D may be achieved",
				"no more than 2 units from Group D can count towards the full qualification (further Group D units may be achieved but do not count)",
				"no more than 2 units from Group D may be achieved",
				"a minimum of 4 credits at or above Level 3 from Groups B or C",
				"a minimum of 5 credits at or below Level 1 from all units",
				"a minimum of 100 guided learning hours (GLH) in total",
				"a minimum of one unit from each of Groups B and C",
				"exactly 3 credits from each optional group",
				"a minimum of 2 credits from Group C (advisory: recommended, not required)",
				"no more than 4 credits at Entry level from Groups B or C can count towards the full qualification (further credits at Entry level from Groups B or C may be achieved but do not count)"),
				wording.lines());
		assertEquals("Barred unit combination (a candidate may take either, but not both):", wording.barredLead());
		assertEquals(List.of("3 & 6"), wording.barred());
	}

	@Test
	void anOverlappingPoolSaysThatCreditsCountTowardsBoth() {
		AggregateRule pool = aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B", "C"), null, Bound.Kind.AT_LEAST, 8, false);
		assertEquals("a minimum of 8 credits from Groups B or C (credits that count towards the minimum of 6 credits from Group B also count here)",
				RuleWording.describe(ruleSet(List.of(B_MINIMUM, pool)), pool));
		// the same pool read as remaining needs 8 beyond the 6 of Group B
		AggregateRule remaining = aggregate(Measure.CREDITS, groups(PoolReading.REMAINING, "B", "C"), null, Bound.Kind.AT_LEAST, 8, false);
		assertEquals("a minimum of 8 further credits from Groups B or C, in addition to the minimum of 6 credits from Group B (at least 14 credits from Groups B or C in all)",
				RuleWording.describe(ruleSet(List.of(B_MINIMUM, remaining)), remaining));
	}

	@Test
	void poolsOverEveryOptionalGroupAreTheOptionalGroupsWhenNoRuleNamesOneOfThem() {
		AggregateRule pool = aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B", "C", "D"), null, Bound.Kind.AT_LEAST, 20, false);
		AggregateRule level = aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B", "C", "D"), level(2, LevelFilter.Comparison.AT),
				Bound.Kind.AT_LEAST, 11, false);
		RuleSet together = ruleSet(List.of(pool, level));
		assertEquals("a minimum of 20 credits from the optional groups", RuleWording.describe(together, pool));
		assertEquals("a minimum of 11 credits at Level 2 from the optional groups", RuleWording.describe(together, level));
		// once a rule names Group B alone, pools name their groups
		assertEquals("a minimum of 11 credits at Level 2 from Groups B, C or D", RuleWording.describe(ruleSet(List.of(B_MINIMUM, level)), level));
	}

	@Test
	void anExactTotalAndACountedMandatoryGroup() {
		RuleWording wording = RuleWording.of(ruleSet(List.of(
				aggregate(Measure.CREDITS, Selection.whole(), null, Bound.Kind.EXACTLY, 27, false),
				new AllUnitsRule(List.of("A"), null, null, false))));
		assertEquals("To achieve this qualification, candidates must achieve a total of exactly 27 credits made up as follows:",
				wording.lead());
		// no declared figures: the credits are the sum of the group's units
		assertEquals(List.of("both mandatory units from Group A (8 credits)"), wording.lines());
	}

	@Test
	void groupsWithWordsForIdentifiersAreNamedByTheirLabels() {
		List<RuleUnit> units = List.of(unit("1", "Core", 4, 2), unit("2", "Core", 4, 2), unit("3", "Options", 5, 2));
		List<RuleGroup> groups = List.of(new RuleGroup("Core", "Core units", true, List.of("1", "2")),
				new RuleGroup("Options", "Optional units", false, List.of("3")));
		RuleSet ruleSet = new RuleSet("500/8625/X", "Test", 2, null, units, groups,
				List.of(new AllUnitsRule(List.of("Core"), 2, 8, false),
						aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "Options"), null, Bound.Kind.AT_LEAST, 5, false)),
				List.of(), null, false, false, List.of());
		assertEquals(List.of("both mandatory units from group “Core units” (8 credits)",
				"a minimum of 5 credits from group “Optional units”"), RuleWording.of(ruleSet).lines());
	}

	@Test
	void unitsFromAtLeastTwoOfTheThreeGroups() {
		// the groups named by letter: a rule naming some of the optional groups names every pool by letter too
		RuleSet named = ruleSet(List.of(new GroupSpreadRule(List.of("B", "C", "D"), new Bound(Bound.Kind.AT_LEAST, 2), false),
				aggregate(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B", "C"), null, Bound.Kind.AT_LEAST, 9, false)));
		assertEquals(List.of("both mandatory units from Group A (8 credits)", "units from at least two of the three groups B, C and D", "a minimum of 9 credits from Groups B or C"),
				RuleWording.of(named).lines());
		// every optional group, with no rule naming a part of them
		RuleSet optional = ruleSet(List.of(new GroupSpreadRule(List.of("B", "C", "D"), new Bound(Bound.Kind.EXACTLY, 1), false)));
		assertEquals("units from exactly one of the three optional groups",
				RuleWording.describe(optional, optional.rules().get(0)));
	}

	@Test
	void aMinimumIfTheGroupIsTaken() {
		AggregateRule oneGroup = new AggregateRule(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "B"), null,
				new Bound(Bound.Kind.AT_LEAST, 30), true, false);
		AggregateRule twoGroups = new AggregateRule(Measure.CREDITS, groups(PoolReading.OVERLAPPING, "C", "D"), null,
				new Bound(Bound.Kind.AT_LEAST, 12), true, false);
		RuleSet ruleSet = ruleSet(List.of(oneGroup, twoGroups, B_MINIMUM));
		assertEquals(List.of("both mandatory units from Group A (8 credits)", "a minimum of 30 credits from Group B if it is taken",
				"a minimum of 12 credits from Groups C or D if a unit of these groups is taken",
				"a minimum of 6 credits from Group B"), RuleWording.of(ruleSet).lines());
	}

	@Test
	void pairedUnits() {
		RuleSet ruleSet = ruleSet(List.of(new PairedUnits("3", "4", true), new PairedUnits("6", "7", false)));
		assertEquals(List.of("both mandatory units from Group A (8 credits)", "learners are strongly recommended to take unit 3 and unit 4 together",
				"unit 6 and unit 7 are taken together or not at all"), RuleWording.of(ruleSet).lines());
	}

	@Test
	void aRuleSetWithoutRules() {
		RuleSet ruleSet = new RuleSet("500/8625/X", "Test", 2, null, List.of(unit("1", null, 4, 2)), List.of(), List.of(),
				List.of(), null, true, false, List.of());
		RuleWording wording = RuleWording.of(ruleSet);
		assertEquals("The specification states no rule of combination for this qualification.", wording.lead());
		assertEquals(List.of("There are no exemptions for this qualification."), wording.notes());
	}

	// ---------------------------------------------------------------------------------------------

	private static RuleSet ruleSet(List<Rule> rules) {
		List<RuleUnit> units = new ArrayList<>();
		units.add(unit("1", "A", 4, 2));
		units.add(unit("2", "A", 4, 1));
		for (int i = 3; i <= 5; i++) {
			units.add(unit(Integer.toString(i), "B", 3, 2));
		}
		units.add(unit("6", "C", 5, 3));
		units.add(unit("7", "C", 2, 1));
		units.add(unit("8", "D", 2, 1));
		units.add(unit("9", "D", 3, 2));
		List<RuleGroup> groups = List.of(new RuleGroup("A", "Mandatory Group A", true, List.of("1", "2")),
				new RuleGroup("B", "Optional Group B", false, List.of("3", "4", "5")),
				new RuleGroup("C", "Optional Group C", false, List.of("6", "7")),
				new RuleGroup("D", "Optional Group D", false, List.of("8", "9")));
		return new RuleSet("600/2451/3", "Test qualification", 2, null, units, groups, rules, List.of(), null, false, false,
				List.of());
	}

	private static RuleUnit unit(String id, String group, int credits, int level) {
		return new RuleUnit(id, null, "Unit " + id, group, credits, level, credits * 7, Assessment.INTERNAL,
				GradeScale.ACHIEVED_OR_NOT, null, null);
	}

	private static Selection groups(PoolReading reading, String... groups) {
		return Selection.of(List.of(groups), reading);
	}

	private static LevelFilter level(int level, LevelFilter.Comparison comparison) {
		return new LevelFilter(level, comparison);
	}

	private static AggregateRule aggregate(Measure measure, Selection selection, LevelFilter level, Bound.Kind kind, int value,
			boolean advisory) {
		return new AggregateRule(measure, selection, level, new Bound(kind, value), advisory);
	}
}
