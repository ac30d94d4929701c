package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.testing.Examples;
import io.qualspec.testing.HandbookTables;
import io.qualspec.testing.HandbookTables.Row;
import io.qualspec.testing.HandbookTables.Table;
import io.qualspec.testing.SfjUnits;

/**
 * The five example handbooks (docs/handbooks.md) written in Qualspec (examples/), loaded from the file system by the
 * CatalogueLoader as every tool loads them: they load without errors, hold all 11 qualifications with every
 * unit of their handbooks' tables as printed, and SFJ's units carry every learning outcome and assessment
 * criterion verbatim.
 */
class ExamplesTest {

	private static LoadedCatalogue loaded;

	@BeforeAll
	static void load() {
		loaded = Examples.load();
	}

	@Test
	void everyExampleLoadsWithoutErrors() {
		assertEquals(List.of(), loaded.errors());
	}

	@Test
	void theExamplesHaveNoIdentifierProblems() {
		assertEquals(List.of(), loaded.diagnostics().stream()
				.filter(d -> d.code() != null && (d.code().contains(".identifier.") || d.code().contains(".duplicate."))).toList());
	}

	@Test
	void allElevenQualificationsOfTheSeedsAreThereWithTheirPrintedTitles() {
		// the seeds' qualifications are those with a qualification number; the other examples are known by their
		// own code or their title (docs/handbooks.md)
		List<ResolvedQualification> numbered = loaded.catalogue().qualifications().stream()
				.filter(q -> q.identifiedBy() == ResolvedQualification.IdentifiedBy.QUALIFICATION_NUMBER).toList();
		assertEquals(Set.of("500/9843/3", "500/8625/X", "500/8626/1", "601/3432/X", "600/2336/3", "600/2456/2",
				"600/2451/3", "600/2338/7", "600/2356/9", "603/2730/3", "603/4767/3"),
				numbered.stream().map(ResolvedQualification::number).collect(Collectors.toSet()));
		assertEquals(HandbookTables.all().stream().collect(Collectors.toMap(Table::qualificationNumber, Table::title)),
				numbered.stream().collect(Collectors.toMap(ResolvedQualification::number, ResolvedQualification::title)));
	}

	static Stream<Table> handbookTables() {
		return HandbookTables.all().stream();
	}

	/**
	 * The structure of each qualification equals its handbook's table: the same units in the same groups and
	 * order, with the same local number, URN, credits, level and GLH (SFJ prints no local number: its table's
	 * number column is the Odyssey Reference).
	 */
	@ParameterizedTest
	@MethodSource("handbookTables")
	void structureEqualsTheHandbookTable(Table table) {
		ResolvedQualification qualification = loaded.catalogue().qualification(table.qualificationNumber()).orElseThrow();
		boolean sfj = table.qualificationNumber().equals("603/4767/3");
		List<String> expected = new ArrayList<>();
		for (Row row : table.rows()) {
			expected.add(String.join(" | ", row.group(), sfj ? "" : row.unitNo(), row.urn(), row.credits(), row.level(), row.glh()));
		}
		List<String> actual = new ArrayList<>();
		for (ResolvedMembership membership : qualification.memberships()) {
			ResolvedUnit unit = membership.unit();
			actual.add(String.join(" | ", qualification.groupOf(membership).map(g -> g.id()).orElse(""),
					text(membership.number()), unit.urn(), text(unit.credits()), text(unit.level()), text(unit.glh())));
		}
		assertEquals(expected, actual);
	}

	@Test
	void sfjUnitsCarryEveryOutcomeAndCriterionVerbatim() {
		ResolvedQualification certificate = loaded.catalogue().qualification("603/4767/3").orElseThrow();
		int outcomes = 0;
		int criteria = 0;
		for (SfjUnits.Unit expected : SfjUnits.all()) {
			ResolvedUnit unit = certificate.memberships().stream().map(ResolvedMembership::unit)
					.filter(u -> u.urn().equals(expected.urn())).findFirst().orElseThrow(() -> new AssertionError(expected.urn()));
			assertEquals(expected.title(), unit.title(), expected.urn());
			List<String> expectedText = new ArrayList<>();
			for (SfjUnits.Outcome outcome : expected.outcomes()) {
				expectedText.add(outcome.number() + ". " + outcome.text() + " [" + outcome.kind() + "]");
				outcome.criteria().forEach(criterion -> expectedText.add(criterion.number() + " " + criterion.text()));
			}
			List<String> actualText = new ArrayList<>();
			for (ResolvedOutcome outcome : unit.outcomes()) {
				outcomes++;
				actualText.add(outcome.number() + ". " + outcome.text() + " [" + outcome.kind().name().toLowerCase(Locale.ROOT) + "]");
				for (ResolvedCriterion criterion : outcome.criteria()) {
					criteria++;
					actualText.add(criterion.number() + " " + criterion.text());
				}
			}
			assertEquals(expectedText, actualText, expected.urn());
		}
		// the handbook's counts (SFJ Awards Level 2 Certificate in Customer Service handbook, §3)
		assertEquals(63, outcomes);
		assertEquals(321, criteria);
	}

	@Test
	void unitsSharedByHandbooksAreDefinedOnceUnlessTheHandbooksDisagree() {
		Catalogue catalogue = loaded.catalogue();
		// K/503/0421 is printed identically by the Diploma, Contact Centre and SFJ handbooks: one definition serves all
		assertEquals(1, catalogue.descriptionsOf("K/503/0421").size());
		assertTrue(catalogue.qualifications().stream().filter(q -> q.memberships().stream()
				.anyMatch(m -> m.unit().urn().equals("K/503/0421"))).count() >= 3);
		// R/601/1601: 73 GLH in 500/8626/1 (Customer Service NVQ handbook) but 47 in 600/2356/9 (Contact Centre
		// handbook): both are kept
		assertEquals(Set.of(73, 47), catalogue.descriptionsOf("R/601/1601").stream().map(ResolvedUnit::glh)
				.collect(Collectors.toSet()));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
