package io.qualspec.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.rules.analysis.Analyser;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.evaluation.Evaluator;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.model.RuleSet;

/**
 * Every example qualification: the analysis figures the handbooks state or that follow by hand from their
 * unit tables and rules of combination, and worked examples that agree with the engine.
 *
 * <p>Handbooks: [CS NVQ] OCR Customer Service NVQ centre handbook (03454/03455/03456), version 4, February
 * 2019, §2.8 "Qualification size" and §6.1 "Qualification structures"; [CC NVQ] OCR Contact Centre Operations
 * NVQ centre handbook (10263-10269), §6.1 "Qualification structures"; [Diploma] OCR Level 2 Diploma in
 * Customer Service (10379) centre handbook, §1.6 "Guided learning hours", §2.1 "Qualification structure and
 * rule of combination", §2.2 unit table; [CT] OCR Cambridge Technicals Level 2 qualification handbook,
 * version 1, §4 "How this qualification is structured"; [SFJ] SFJ Awards Level 2 Certificate in Customer
 * Service qualification handbook, V1, 01.07.19, §2.3 "Qualification structure", §2.4 "Total Qualification
 * Time". A selection is a set of units achieved and counted; "remaining" pools need the pool's bound beyond
 * the minimums on their groups (B 3 + remaining 3 = 6 from B and C). TQT is 10 x credits (1 credit = 10
 * hours of total qualification time).
 *
 * <p>Where no maximum, cap or barred pair limits the choice, the greatest figures are those of every unit of
 * the qualification. The numbers of valid selections of the large qualifications were counted for this test
 * by a separate program over the handbooks' unit tables (subsets of the optional units, grouped by the
 * credits they add to each rule), not by the engine's counter; the SFJ count is derived below by hand.
 */
class ExampleQualificationsTest {

	static Stream<RuleSet> ruleSets() {
		return Examples.all().stream();
	}

	/*
	 * 603/2730/3 [CT §4]: "learners must achieve the 7 mandatory units": one selection; GLH 60+30+30+60+60+60+60
	 * = 360, the handbook's "360 GLH". No unit has credits, so credits are 0 and there is no TQT to compute
	 * (the handbook's 485 TQT includes unsupervised hours the unit table does not give).
	 *
	 * 600/2336/3 [CC NVQ §6.1]: A = units 1, 2 (6 cr, 24 h). At least 12 credits, 7 at level 1, 3 from B, 6 from
	 * B and C. Least: units 5 (3 cr, 6 h) and 6 (3 cr, 5 h) of B: 12 credits (8 at level 1), 24+11 = 35 h; no
	 * two units give 6 credits for less. Greatest: all 19 units, 6+16+44 = 66 credits, 24+43+302 = 369 h.
	 *
	 * 600/2456/2 [CC NVQ §6.1]: A 6 cr, 24 h. At least 21 credits, 11 at level 1, 6 from B, 15 from B, C, D; at
	 * most 6 credits at level 2 in B, C, D; only 2 units of D count. Least credits 21 (e.g. units 3, 4, 5, 7 and
	 * 15). Least GLH: all of B, 16 credits for 43 h, is the cheapest way to 15 optional credits (13 credits of B
	 * plus anything from C or D costs more): 67 h, 22 credits. Greatest: all of B (16 cr, 43 h), the level-1
	 * units of C (18 cr, 123 h), one level-2 unit within the 6 credits (unit 12: 6 cr, 40 h) and the two
	 * largest units of D (15 and 19: 6 cr, 40 h): 6+16+18+6+6 = 52 credits, 24+43+123+40+40 = 270 h.
	 *
	 * 600/2451/3 [CC NVQ §6.1]: A 6 cr, 24 h. At least 28 credits, 15 at level 2, 12 from B, 22 from B, C, D;
	 * only 2 units of D count; barred 10/18, 32/34, 33/35, 36/37, 38/39. Least credits 28 (units 3, 6, 7, 10,
	 * 11). Least GLH: units 4 (5 cr, 12 h), 5 (5, 15), 6 (4, 12), 9 (5, 15) of B and 16 (3, 15) of C: 22
	 * credits, 69 h, 24+69 = 93. Greatest: every unit of B and C but 18 (the smaller of the barred 10/18) and
	 * units 35 and 37 of D (4 cr, 30 h each, not barred with each other): 6+34+97+8 = 145 credits,
	 * 24+136+647+60 = 867 h.
	 *
	 * 600/2338/7 [CC NVQ §6.1]: A 6 cr (4 at level 3), 19 h. At least 42 credits, 23 at level 3, 21 from B, 36
	 * from B and C; barred 20/36. Least credits 42. Least GLH: level-3 units 5, 8, 10, 12, 13 of B (21 cr, 51 h)
	 * for the level rule, then the cheapest credits left, units 6, 9, 14 of B (17 cr, 30 h): 38 optional
	 * credits, 19+81 = 100 h. Greatest: every unit but 20 (4 cr, 30 h; barred with 36, 5 cr, 33 h):
	 * 6+80+160 = 246 credits, 19+256+1031 = 1306 h.
	 *
	 * 600/2356/9 [CC NVQ §6.1]: A 7 cr, 19 h. At least 67 credits, 35 at level 4, 30 from B, 30 from C; no
	 * maximum. Least: B units 8, 10, 12, 16, 22 (30 cr, 54 h) and C units 27, 28, 30, 32 (30 cr, 132 h): 67
	 * credits, 39 of them at level 4, 19+54+132 = 205 h. Greatest: all 36 units, 7+116+102 = 225 credits,
	 * 19+315+594 = 928 h.
	 *
	 * 500/9843/3 [CS NVQ §6.1]: F1, F2 (8 cr, 60 h). At least 22 credits, 14 optional, one unit from each of
	 * B, C, D, 8 optional credits at level 1. Least: A1 (5 cr, 33 h), B1 (5, 33), C2 (4, 27), all level 1: 22
	 * credits, 60+93 = 153 h (three units make 14 credits only as 5+5+4 or more). Greatest: all 26 units,
	 * 8+65+41+21 = 135 credits, 60+431+272+140 = 903 h.
	 *
	 * 500/8625/X [CS NVQ §2.8, §6.1]: "requires a minimum of 192 glh and 280 TQT": F1 30 + F2 30 + A11 33 +
	 * B7 33 + C1 33 + D7 33 = 192 h, 28 credits. Greatest: all 49 units, 8+93+60+43+85 = 289 credits,
	 * 60+618+399+287+566 = 1930 h.
	 *
	 * 500/8626/1 [CS NVQ §6.1]: F3, F4 (12 cr, 80 h). At least 42 credits, 30 optional, one unit from each of B,
	 * C, D, E, 10 optional credits at level 3. Every unit costs 6.6 h a credit or more, and 30 credits of 5-credit
	 * units (198 h) cannot include a unit of D, which has none: C5 (6 cr, level 3, 40 h), D8 (8, level 3, 53),
	 * A3 (5, 33), B2 (5, 33), A5 (6, 40) give 30 credits for 199 h, 80+199 = 279. Greatest: all 59 units,
	 * 12+104+97+44+151 = 408 credits, 80+692+645+294+1006 = 2717 h.
	 *
	 * 601/3432/X [Diploma §1.6, §2.1]: A 19 cr, 136 h. At least 45 credits, 3 from B, 16 from C, at most 7 from
	 * D. Least: B unit 6 (3 cr, 14 h), D units 32 and 37 (7 cr, 25 h), C units 11, 15, 18, 22 (16 cr, 70 h): 45
	 * credits, 136+109 = 245 h, the handbook's "minimum 245 GLH". Greatest: all of A, B and C (83 cr, 467 h)
	 * and the 7 credits of D with the most hours, units 25, 28, 33 (56 h): 90 credits, 523 h.
	 *
	 * 603/4767/3 [SFJ §2.3, §2.4]: A 14 cr, 84 h; exactly 27 credits, exactly 13 from B, all level 2. Least: B
	 * units 884, 907 (5 cr, 22 h each), 902 (3, 12): 84+56 = 140 h. Greatest: 1368 (5, 33), 892 (3, 20), 901 (3,
	 * 18), 895 (2, 14): 84+85 = 169 h. TQT 270, as stated. Selections: the ways to make 13 credits from B's one
	 * 2-credit, thirteen 3-credit, one 4-credit, three 5-credit and one 7-credit units: 7+3+3 (78) or 7+4+2 (1);
	 * 4+3+3+3 (286); 5+3+3+2 (3 x 78 = 234); 5+5+3 (3 x 13 = 39): 638.
	 *
	 * [CIPD] CIPD Rules of combination for Level 3 Foundation Learning and Development qualifications, v1.0,
	 * January 2015, p. 1. Certificate: the six core units, 4+4+3+6+6+3 = 26 credits (as printed), 20+20+15+30+30+15
	 * = 130 h; one selection. Diploma: the core and two of the six optional units, each 6 credits and 30 h: 38
	 * credits (as printed), 190 h, whichever two: 15 selections (6 choose 2).
	 *
	 * [BTEC] Pearson BTEC International Level 3 Qualifications in IT, Issue 3, September 2022, section 9: the
	 * Certificate's 180 GLH is made by the two units of its worked example, unit 1 (120 h) and unit 5 (60 h): one
	 * selection; the units state no credits.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// QN, least and greatest GLH, least and greatest credits (empty: the units state none), valid selections
			"603/2730/3, 360, 360, , , 1",
			"600/2336/3, 35, 369, 12, 66, 126924",
			"600/2456/2, 67, 270, 21, 52, 25820",
			"600/2451/3, 93, 867, 28, 145, 10588507266",
			"600/2338/7, 100, 1306, 42, 246, 102258536994823",
			"600/2356/9, 205, 928, 67, 225, 15516285752",
			"500/9843/3, 153, 903, 22, 135, 13061120",
			"500/8625/X, 192, 1930, 28, 289, 139550330338090",
			"500/8626/1, 279, 2717, 42, 408, 141827359395907600",
			"601/3432/X, 245, 523, 45, 90, 67418986",
			"603/4767/3, 140, 169, 27, 27, 638",
			"CIPD Level 3 Foundation Certificate in Learning and Development (QCF), 130, 130, 26, 26, 1",
			"CIPD Level 3 Foundation Diploma in Learning and Development (QCF), 190, 190, 38, 38, 15",
			"Pearson BTEC International Level 3 Certificate in Information Technology, 180, 180, , , 1" })
	void analysisFiguresAreThoseDerivedFromTheHandbook(String qualification, int leastGlh, int greatestGlh,
			Integer leastCredits, Integer greatestCredits, BigInteger selections) {
		RuleSet ruleSet = Examples.ruleSet(qualification);
		Analysis analysis = new Analyser(ruleSet).analyse();
		assertTrue(analysis.feasible(), qualification + " conflict: " + analysis.conflict());
		assertEquals(leastGlh, analysis.minGlh().value(), "least GLH");
		assertEquals(greatestGlh, analysis.maxGlh().value(), "greatest GLH");
		if (leastCredits == null) {
			assertNull(analysis.minCredits(), "units without credits do not count as 0 credits");
			assertNull(analysis.maxCredits());
		} else {
			assertEquals(leastCredits, analysis.minCredits().value(), "least credits");
			assertEquals(greatestCredits, analysis.maxCredits().value(), "greatest credits");
		}
		if (ruleSet.units().stream().allMatch(unit -> unit.credits() != null)) {
			assertEquals(10 * leastCredits, analysis.minTqt().value(), "least TQT");
			assertEquals(10 * greatestCredits, analysis.maxTqt().value(), "greatest TQT");
		} else {
			assertNull(analysis.minTqt(), "no TQT without unit credits");
		}
		assertTrue(analysis.selections().exact(), analysis.selections().text());
		assertEquals(selections, analysis.selections().lower(), "valid selections");
		// the selections attaining the optima are valid routes for the evaluator too
		Evaluator evaluator = new Evaluator(ruleSet);
		for (Analysis.Extreme extreme : Stream.of(analysis.minGlh(), analysis.maxGlh(), analysis.minCredits(),
				analysis.maxCredits()).filter(Objects::nonNull).toList()) {
			assertTrue(evaluator.evaluate(CustomerServiceNvqTest.achieved(extreme.selection())).eligible(), extreme.toString());
		}
	}

	@Test
	void theFiguresAboveCoverEveryExampleQualificationWithUnits() {
		Set<String> examples = new TreeSet<>(
				Examples.all().stream().filter(r -> !r.units().isEmpty()).map(RuleSet::qualification).toList());
		assertEquals(new TreeSet<>(List.of("603/2730/3", "600/2336/3", "600/2456/2", "600/2451/3", "600/2338/7",
				"600/2356/9", "500/9843/3", "500/8625/X", "500/8626/1", "601/3432/X", "603/4767/3",
				"CIPD Level 3 Foundation Certificate in Learning and Development (QCF)",
				"CIPD Level 3 Foundation Diploma in Learning and Development (QCF)",
				"Pearson BTEC International Level 3 Certificate in Information Technology")), examples);
		// the sizes whose structure tables were not transcribed, and the Access to HE Diploma, list no units
		Set<String> withoutUnits = new TreeSet<>(
				Examples.all().stream().filter(r -> r.units().isEmpty()).map(RuleSet::qualification).toList());
		assertEquals(new TreeSet<>(List.of("QAA140083",
				"Pearson BTEC International Level 3 Subsidiary Diploma in Information Technology",
				"Pearson BTEC International Level 3 Foundation Diploma in Information Technology",
				"Pearson BTEC International Level 3 Diploma in Information Technology",
				"Pearson BTEC International Level 3 Extended Diploma in Information Technology")), withoutUnits);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ruleSets")
	void workedExamplesAgreeWithTheEngine(RuleSet ruleSet) {
		for (WorkedExampleCheck.ExampleResult result : WorkedExampleCheck.check(ruleSet)) {
			assertTrue(result.agrees(), ruleSet.qualification() + " " + result.example().name() + ": " + result.disagreements());
		}
	}
}
