package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;

/**
 * The five seed handbooks written in Qualspec (examples/): they load without errors, hold all 11
 * qualifications with every unit of their tables as the handbooks print them, and SFJ's units carry every
 * learning outcome and assessment criterion verbatim.
 */
class ExamplesTest {

	private static LoadedCatalogue loaded;

	@BeforeAll
	static void load() {
		loaded = CatalogueLoader.create().load(List.of(TestFiles.examples()));
	}

	@Test
	void everyExampleLoadsWithoutErrors() {
		assertEquals(List.of(), loaded.errors());
	}

	@Test
	void allElevenQualificationsOfTheSeedsAreThere() {
		assertEquals(Set.of("500/9843/3", "500/8625/X", "500/8626/1", "601/3432/X", "600/2336/3", "600/2456/2",
				"600/2451/3", "600/2338/7", "600/2356/9", "603/2730/3", "603/4767/3"),
				loaded.catalogue().qualifications().stream().map(ResolvedQualification::number).collect(Collectors.toSet()));
	}

	static Stream<Path> transcriptions() throws IOException {
		return Files.list(TestFiles.seedData()).filter(p -> p.getFileName().toString().matches("qn-.*\\.csv")).sorted();
	}

	/**
	 * The structure of each qualification equals its handbook's table (the clean transcription): the same
	 * units in the same groups and order, with the same local number, URN, credits, level and GLH.
	 */
	@ParameterizedTest
	@MethodSource("transcriptions")
	void structureEqualsTheHandbookTable(Path transcription) {
		List<List<String>> rows = csv(transcription);
		List<String> header = rows.get(0);
		String number = rows.get(1).get(header.indexOf("qualification_number"));
		ResolvedQualification qualification = loaded.catalogue().qualification(number).orElseThrow();
		List<String> expected = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			String localNumber = number.equals("603/4767/3") ? "" : row.get(header.indexOf("unit_no"));
			expected.add(String.join(" | ", row.get(header.indexOf("group")), localNumber, row.get(header.indexOf("urn")),
					row.get(header.indexOf("credits")), row.get(header.indexOf("level")), row.get(header.indexOf("glh"))));
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
	void sfjUnitsCarryEveryOutcomeAndCriterionVerbatim() throws IOException {
		JsonObject sfj = JsonParser.parseString(Files.readString(TestFiles.seedData().resolve("sfj-units.json")))
				.getAsJsonObject();
		Catalogue catalogue = loaded.catalogue();
		ResolvedQualification certificate = catalogue.qualification("603/4767/3").orElseThrow();
		int outcomes = 0;
		int criteria = 0;
		for (JsonElement element : sfj.getAsJsonArray("units")) {
			JsonObject expected = element.getAsJsonObject();
			String urn = expected.get("urn").getAsString();
			ResolvedUnit unit = certificate.memberships().stream().map(ResolvedMembership::unit)
					.filter(u -> u.urn().equals(urn)).findFirst().orElseThrow(() -> new AssertionError(urn));
			assertEquals(expected.get("title").getAsString(), unit.title(), urn);
			List<String> expectedText = new ArrayList<>();
			for (JsonElement o : expected.getAsJsonArray("outcomes")) {
				JsonObject outcome = o.getAsJsonObject();
				expectedText.add(outcome.get("number").getAsInt() + ". " + outcome.get("text").getAsString() + " ["
						+ outcome.get("kind").getAsString() + "]");
				for (JsonElement c : outcome.getAsJsonArray("criteria")) {
					expectedText.add(c.getAsJsonObject().get("number").getAsString() + " "
							+ c.getAsJsonObject().get("text").getAsString());
				}
			}
			List<String> actualText = new ArrayList<>();
			for (ResolvedOutcome outcome : unit.outcomes()) {
				outcomes++;
				actualText.add(outcome.number() + ". " + outcome.text() + " [" + outcome.kind().getLiteral() + "]");
				for (ResolvedCriterion criterion : outcome.criteria()) {
					criteria++;
					actualText.add(criterion.number() + " " + criterion.text());
				}
			}
			assertEquals(expectedText, actualText, urn);
		}
		assertEquals(63, outcomes);
		assertEquals(321, criteria);
	}

	@Test
	void unitsSharedByHandbooksAreDefinedOnceUnlessTheHandbooksDisagree() {
		Catalogue catalogue = loaded.catalogue();
		// K/503/0421 is printed identically by three handbooks (001, 002, 004): one definition serves all.
		assertEquals(1, catalogue.descriptionsOf("K/503/0421").size());
		assertTrue(catalogue.qualifications().stream().filter(q -> q.memberships().stream()
				.anyMatch(m -> m.unit().urn().equals("K/503/0421"))).count() >= 3);
		// R/601/1601: 73 GLH in 500/8626/1 (seed 000) but 47 in 600/2356/9 (seed 002): both are kept.
		assertEquals(Set.of(73, 47), catalogue.descriptionsOf("R/601/1601").stream().map(ResolvedUnit::glh)
				.collect(Collectors.toSet()));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/** RFC 4180 CSV (quoted fields may hold commas and doubled quotes). */
	static List<List<String>> csv(Path file) {
		List<List<String>> rows = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.isEmpty()) {
					continue;
				}
				List<String> fields = new ArrayList<>();
				StringBuilder field = new StringBuilder();
				boolean quoted = false;
				for (int i = 0; i < line.length(); i++) {
					char c = line.charAt(i);
					if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else if (c == '"') {
						quoted = !quoted;
					} else if (c == ',' && !quoted) {
						fields.add(field.toString());
						field.setLength(0);
					} else {
						field.append(c);
					}
				}
				fields.add(field.toString());
				rows.add(fields);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}
}
