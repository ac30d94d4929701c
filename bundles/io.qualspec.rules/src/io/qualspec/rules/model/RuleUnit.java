package io.qualspec.rules.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of a qualification as the rules see it. {@code id} is how the qualification names the unit (its
 * local number, or its URN where the table prints none); {@code group} is null for an ungrouped unit.
 * Credits, level and GLH are null where the specification states none. {@code gradingCriteria} lists the
 * codes of the Pass, Merit and Distinction criteria of a graded unit.
 */
public record RuleUnit(String id, String urn, String title, String group, Integer credits, Integer level, Integer glh,
		Assessment assessment, GradeScale scale, Integer pointsWhenAchieved, Map<Grade, List<String>> gradingCriteria) {

	public RuleUnit {
		Objects.requireNonNull(id, "id");
		gradingCriteria = gradingCriteria == null ? Map.of() : Map.copyOf(gradingCriteria);
	}

	public String label() {
		return "unit " + id;
	}
}
