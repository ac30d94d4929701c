package io.qualspec.generators.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.QualificationProfile;
import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedGroup;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.document.QualificationGrading;
import io.qualspec.generators.versions.Change.Kind;
import io.qualspec.generators.wording.RuleWording;

/**
 * The meaningful changes between two versions of a catalogue, found by comparing their resolved views:
 * qualifications (matched by number or code) and their profile, dates, groups, rules of combination and grading;
 * units of each library (matched by library and URN) with their facts, learning outcomes (by number), assessment
 * criteria (by number) and grading criteria (by code). Layout, comments and the order of statements are not
 * changes. Rules and grading are compared as the handbooks word them ({@link RuleWording},
 * {@link QualificationGrading}), so a rewrite that states the same rules is no change.
 *
 * @param before  how the old side is named ("v4", "examples-old")
 * @param after   how the new side is named
 * @param changes qualifications first (in the new catalogue's order, removed ones last), then libraries
 */
public record SpecificationDiff(String before, String after, List<Change> changes) {

	public SpecificationDiff {
		changes = List.copyOf(changes);
	}

	/** The changes from {@code old} to {@code current}. */
	public static SpecificationDiff compare(Catalogue old, Catalogue current, String before, String after) {
		List<Change> changes = new ArrayList<>();
		Map<String, ResolvedQualification> oldQualifications = index(old.qualifications(), ResolvedQualification::number);
		Map<String, ResolvedQualification> newQualifications = index(current.qualifications(), ResolvedQualification::number);
		for (ResolvedQualification q : newQualifications.values()) {
			ResolvedQualification was = oldQualifications.get(q.number());
			if (was == null) {
				changes.add(new Change(Kind.QUALIFICATION_ADDED, q.number(), null, null, null, null, null, null, q.title()));
			} else {
				new QualificationComparison(was, q, changes).compare();
			}
		}
		for (ResolvedQualification was : oldQualifications.values()) {
			if (!newQualifications.containsKey(was.number())) {
				changes.add(new Change(Kind.QUALIFICATION_REMOVED, was.number(), null, null, null, null, null, was.title(), null));
			}
		}
		Map<String, ResolvedUnit> oldUnits = index(old.units(), SpecificationDiff::unitKey);
		Map<String, ResolvedUnit> newUnits = index(current.units(), SpecificationDiff::unitKey);
		for (ResolvedUnit unit : newUnits.values()) {
			ResolvedUnit was = oldUnits.get(unitKey(unit));
			if (was == null) {
				changes.add(new Change(Kind.UNIT_ADDED, null, unit.library(), null, unit.urn(), null, null, null, unit.title()));
			} else {
				compareUnits(was, unit, changes);
			}
		}
		for (ResolvedUnit was : oldUnits.values()) {
			if (!newUnits.containsKey(unitKey(was))) {
				changes.add(new Change(Kind.UNIT_REMOVED, null, was.library(), null, was.urn(), null, null, was.title(), null));
			}
		}
		return new SpecificationDiff(before, after, changes);
	}

	/** Whether the two versions differ in anything the comparison sees. */
	public boolean isEmpty() {
		return changes.isEmpty();
	}

	private static String unitKey(ResolvedUnit unit) {
		return unit.library() + "\u0000" + unit.urn();
	}

	/** By key, first one wins (a duplicate is an error the validator reports). */
	private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		values.forEach(value -> map.putIfAbsent(key.apply(value), value));
		return map;
	}

	/** The comparison of one qualification present in both versions. */
	private record QualificationComparison(ResolvedQualification was, ResolvedQualification now, List<Change> changes) {

		void compare() {
			QualificationProfile before = was.profile();
			QualificationProfile after = now.profile();
			field(Kind.QUALIFICATION_CHANGED, "title", was.title(), now.title());
			field(Kind.QUALIFICATION_CHANGED, "level", level(before.level()), level(after.level()));
			field(Kind.QUALIFICATION_CHANGED, "size", word(before.size()), word(after.size()));
			field(Kind.QUALIFICATION_CHANGED, "framework", word(before.framework()), word(after.framework()));
			field(Kind.QUALIFICATION_CHANGED, "credits", credits(before), credits(after));
			field(Kind.QUALIFICATION_CHANGED, "GLH", before.declared().glhText(), after.declared().glhText());
			field(Kind.QUALIFICATION_CHANGED, "TQT", text(before.declared().tqt()), text(after.declared().tqt()));
			field(Kind.QUALIFICATION_CHANGED, "sector", before.sector(), after.sector());
			field(Kind.QUALIFICATION_CHANGED, "entry code", before.entryCode(), after.entryCode());
			QualificationProfile.Lifecycle b = before.lifecycle();
			QualificationProfile.Lifecycle a = after.lifecycle();
			field(Kind.VERSION_CHANGED, "version", b.version(), a.version());
			field(Kind.VERSION_CHANGED, "issue date", b.issued(), a.issued());
			field(Kind.DATE_CHANGED, "first teaching", b.firstTeaching(), a.firstTeaching());
			field(Kind.DATE_CHANGED, "first registration", b.firstRegistration(), a.firstRegistration());
			field(Kind.DATE_CHANGED, "last entry", lastEntry(b), lastEntry(a));
			field(Kind.DATE_CHANGED, "last certification", b.lastCertification(), a.lastCertification());
			field(Kind.DATE_CHANGED, "status", word(b.status()), word(a.status()));
			groups();
			String rulesBefore = RuleWording.of(was.ruleSet()).text();
			String rulesAfter = RuleWording.of(now.ruleSet()).text();
			if (!rulesBefore.equals(rulesAfter)) {
				changes.add(new Change(Kind.RULES_CHANGED, now.number(), null, null, null, null, null, rulesBefore, rulesAfter));
			}
			String gradingBefore = grading(was);
			String gradingAfter = grading(now);
			if (!Objects.equals(gradingBefore, gradingAfter)) {
				changes.add(new Change(Kind.GRADING_CHANGED, now.number(), null, null, null, null, null, gradingBefore,
						gradingAfter));
			}
		}

		private void field(Kind kind, String field, String before, String after) {
			if (!Objects.equals(before, after)) {
				changes.add(new Change(kind, now.number(), null, null, null, null, field, before, after));
			}
		}

		/** Units added to and removed from each group (null: the units outside any group), by URN. */
		private void groups() {
			Map<String, List<String>> before = membership(was);
			Map<String, List<String>> after = membership(now);
			after.forEach((group, units) -> units.stream().filter(urn -> !before.getOrDefault(group, List.of()).contains(urn))
					.forEach(urn -> changes.add(new Change(Kind.UNIT_ADDED_TO_GROUP, now.number(), null, group, urn, null,
							null, null, title(now, urn)))));
			before.forEach((group, units) -> units.stream().filter(urn -> !after.getOrDefault(group, List.of()).contains(urn))
					.forEach(urn -> changes.add(new Change(Kind.UNIT_REMOVED_FROM_GROUP, now.number(), null, group, urn, null,
							null, title(was, urn), null))));
		}

		private static Map<String, List<String>> membership(ResolvedQualification q) {
			Map<String, List<String>> groups = new LinkedHashMap<>();
			for (ResolvedGroup group : q.groups()) {
				groups.put(group.id(), urns(group.memberships()));
			}
			if (!q.ungrouped().isEmpty()) {
				groups.put(null, urns(q.ungrouped()));
			}
			return groups;
		}

		private static List<String> urns(List<ResolvedMembership> memberships) {
			return memberships.stream().filter(m -> m.unit() != null).map(m -> m.unit().urn()).toList();
		}

		private static String title(ResolvedQualification q, String urn) {
			return q.memberships().stream().filter(m -> m.unit() != null && m.unit().urn().equals(urn))
					.map(m -> m.unit().title()).findFirst().orElse(null);
		}

		private static String credits(QualificationProfile profile) {
			Integer credits = profile.declared().credits();
			return credits == null ? null : (profile.declared().creditsAtLeast() ? "at least " : "") + credits;
		}

		private static String lastEntry(QualificationProfile.Lifecycle lifecycle) {
			return lifecycle.lastEntry() == null ? null
					: lifecycle.lastEntry() + (lifecycle.lastEntrySubjectToChange() ? " (subject to change)" : "");
		}
	}

	/** The grading as the handbook prints it, line by line; null where the qualification states none. */
	static String grading(ResolvedQualification qualification) {
		QualificationGrading grading = QualificationGrading.of(qualification);
		if (grading == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		if (grading.summary() != null) {
			lines.add(grading.summary());
		}
		for (QualificationGrading.PointsRow row : grading.points()) {
			List<String> points = new ArrayList<>();
			for (int i = 0; i < row.points().size(); i++) {
				points.add(grading.pointsGrades().get(i) + " " + row.points().get(i));
			}
			lines.add("Points " + (row.perCredit() ? "per credit" : "for " + row.glh() + " GLH") + ": " + String.join(", ", points));
		}
		lines.addAll(grading.pointsNotes());
		for (QualificationGrading.GradeBand band : grading.bands()) {
			lines.add(band.grade() + (band.abbreviation() == null ? "" : " (" + band.abbreviation() + ")") + ": " + band.range());
		}
		for (String sentence : new String[] { grading.hurdles(), grading.compensation(), grading.bestResult() }) {
			if (sentence != null) {
				lines.add(sentence);
			}
		}
		grading.descriptors().forEach(d -> lines.add("Grade descriptor " + d.number() + (d.title() == null ? "" : ": " + d.title())));
		return String.join("\n", lines);
	}

	private static void compareUnits(ResolvedUnit was, ResolvedUnit now, List<Change> changes) {
		UnitComparison unit = new UnitComparison(now, changes);
		unit.field("title", was.title(), now.title());
		unit.field("level", level(was.level()), level(now.level()));
		unit.field("credits", text(was.credits()), text(now.credits()));
		unit.field("GLH", text(was.glh()), text(now.glh()));
		unit.field("TQT", text(was.tqt()), text(now.tqt()));
		unit.field("sector code", was.sectorCode(), now.sectorCode());
		unit.field("assessment", word(was.assessment()), word(now.assessment()));
		unit.field("grade scale", word(was.gradeScale()), word(now.gradeScale()));
		unit.field("expiry", was.expiry(), now.expiry());
		Map<String, ResolvedOutcome> oldOutcomes = index(was.outcomes(), o -> String.valueOf(o.number()));
		Map<String, ResolvedOutcome> newOutcomes = index(now.outcomes(), o -> String.valueOf(o.number()));
		unit.items(Kind.OUTCOME_ADDED, Kind.OUTCOME_REMOVED, Kind.OUTCOME_REWORDED, "outcome ", texts(oldOutcomes, ResolvedOutcome::text),
				texts(newOutcomes, ResolvedOutcome::text));
		unit.items(Kind.CRITERION_ADDED, Kind.CRITERION_REMOVED, Kind.CRITERION_REWORDED, "criterion ", criteria(was),
				criteria(now));
		unit.items(Kind.OUTCOME_ADDED, Kind.OUTCOME_REMOVED, Kind.OUTCOME_REWORDED, "learning aim ",
				texts(index(was.aims(), ResolvedUnit.LearningAim::letter), ResolvedUnit.LearningAim::text),
				texts(index(now.aims(), ResolvedUnit.LearningAim::letter), ResolvedUnit.LearningAim::text));
		unit.items(Kind.CRITERION_ADDED, Kind.CRITERION_REMOVED, Kind.CRITERION_REWORDED, "grading criterion ",
				texts(index(was.gradingCriteria(), ResolvedUnit.GradingCriterion::code), ResolvedUnit.GradingCriterion::text),
				texts(index(now.gradingCriteria(), ResolvedUnit.GradingCriterion::code), ResolvedUnit.GradingCriterion::text));
	}

	/** The assessment criteria of every outcome, by number (shared texts filled in). */
	private static Map<String, String> criteria(ResolvedUnit unit) {
		Map<String, String> criteria = new LinkedHashMap<>();
		for (ResolvedOutcome outcome : unit.outcomes()) {
			for (ResolvedCriterion criterion : outcome.criteria()) {
				criteria.putIfAbsent(criterion.number(), criterion.text());
			}
		}
		return criteria;
	}

	private static <T> Map<String, String> texts(Map<String, T> items, Function<T, String> text) {
		Map<String, String> texts = new LinkedHashMap<>();
		items.forEach((key, item) -> texts.put(key, text.apply(item)));
		return texts;
	}

	/** The changes of one unit present in both versions. */
	private record UnitComparison(ResolvedUnit unit, List<Change> changes) {

		void field(String field, String before, String after) {
			if (!Objects.equals(before, after)) {
				changes.add(new Change(Kind.UNIT_CHANGED, null, unit.library(), null, unit.urn(), null, field, before, after));
			}
		}

		void items(Kind added, Kind removed, Kind reworded, String prefix, Map<String, String> before, Map<String, String> after) {
			after.forEach((key, text) -> {
				if (!before.containsKey(key)) {
					changes.add(new Change(added, null, unit.library(), null, unit.urn(), prefix + key, null, null, text));
				} else if (!Objects.equals(before.get(key), text)) {
					changes.add(new Change(reworded, null, unit.library(), null, unit.urn(), prefix + key, null,
							before.get(key), text));
				}
			});
			before.forEach((key, text) -> {
				if (!after.containsKey(key)) {
					changes.add(new Change(removed, null, unit.library(), null, unit.urn(), prefix + key, null, text, null));
				}
			});
		}
	}

	private static String level(Integer level) {
		return level == null ? null : level == 0 ? "entry" : level.toString();
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	/** An enum value as the language writes it: PASS_MERIT_DISTINCTION as "pass-merit-distinction". */
	private static String word(Enum<?> value) {
		return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
