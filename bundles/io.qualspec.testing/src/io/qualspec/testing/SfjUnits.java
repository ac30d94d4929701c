package io.qualspec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The 23 units of the SFJ Awards Level 2 Certificate in Customer Service (603/4767/3) as its handbook prints
 * them, with every learning outcome and assessment criterion verbatim (fixtures/handbook-tables/sfj-units.json).
 */
public final class SfjUnits {

	/** A unit page: the header table and the outcomes with their criteria. */
	public record Unit(String urn, String title, int level, int credits, int glh, List<Outcome> outcomes) {

		/** The URN, so that a parameterised test names the unit by it. */
		@Override
		public String toString() {
			return urn;
		}
	}

	/** A learning outcome ("The learner will:"), knowledge or competence, with its criteria. */
	public record Outcome(int number, String text, String kind, List<Criterion> criteria) {
	}

	/** An assessment criterion ("The learner can:"). */
	public record Criterion(String number, String text) {
	}

	private SfjUnits() {
	}

	/** The units in the order the handbook prints them. */
	public static List<Unit> all() {
		JsonObject transcription;
		try {
			transcription = JsonParser.parseString(Files.readString(Repository.fixture("handbook-tables/sfj-units.json")))
					.getAsJsonObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Unit> units = new ArrayList<>();
		for (JsonElement element : transcription.getAsJsonArray("units")) {
			JsonObject unit = element.getAsJsonObject();
			List<Outcome> outcomes = new ArrayList<>();
			for (JsonElement o : unit.getAsJsonArray("outcomes")) {
				JsonObject outcome = o.getAsJsonObject();
				List<Criterion> criteria = new ArrayList<>();
				for (JsonElement c : outcome.getAsJsonArray("criteria")) {
					criteria.add(new Criterion(text(c, "number"), text(c, "text")));
				}
				outcomes.add(new Outcome(outcome.get("number").getAsInt(), text(outcome, "text"), text(outcome, "kind"), criteria));
			}
			units.add(new Unit(text(unit, "urn"), text(unit, "title"), unit.get("level").getAsInt(), unit.get("credits").getAsInt(),
					unit.get("glh").getAsInt(), outcomes));
		}
		return units;
	}

	private static String text(JsonElement object, String member) {
		return object.getAsJsonObject().get(member).getAsString();
	}
}
