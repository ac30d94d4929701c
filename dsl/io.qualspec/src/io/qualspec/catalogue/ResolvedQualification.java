package io.qualspec.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.qualspec.qualspec.Qualification;
import io.qualspec.rules.model.RuleSet;

/**
 * A qualification, identified ({@code number}) by its qualification number, by its awarding organisation's own
 * code, or, where the specification writes neither, by its title ({@link #identifiedBy()} says which), with its
 * groups and memberships resolved to units, its profile, its text, and its rules
 * of combination, grading and worked examples as the rules engine's {@link RuleSet}. Units listed outside
 * any group (a qualification with no groups, such as a Cambridge Technical) are in {@link #ungrouped()}. The
 * assessment methods are the qualification's own, else its awarding organisation's.
 */
public record ResolvedQualification(String number, IdentifiedBy identifiedBy, String title, ResolvedOrganisation organisation,
		QualificationProfile profile, List<TextSection> sections, List<AssessmentMethod> methods,
		List<Version> versions, List<ResolvedGroup> groups, List<ResolvedMembership> ungrouped, RuleSet ruleSet,
		List<GradeDescriptor> gradeDescriptors, SourceLocation location) {

	public ResolvedQualification {
		sections = List.copyOf(sections);
		methods = List.copyOf(methods);
		versions = List.copyOf(versions);
		groups = List.copyOf(groups);
		ungrouped = List.copyOf(ungrouped);
		gradeDescriptors = List.copyOf(gradeDescriptors);
	}

	/** What identifies a qualification. */
	public enum IdentifiedBy {
		/** Its Ofqual qualification number (QN), "500/8625/X". */
		QUALIFICATION_NUMBER,
		/** Its awarding organisation's own code, "QAA140083". */
		OWN_CODE,
		/** Its title: the specification writes no number or code. */
		TITLE
	}

	/** How messages and lists name it: "603/2730/3 OCR Level 2 ...", or the title alone where that identifies it. */
	public String label() {
		return identifiedBy == IdentifiedBy.TITLE ? title : number + " " + title;
	}

	/** The qualification number or own code as documents print it; null where only the title identifies it. */
	public String printedNumber() {
		return identifiedBy == IdentifiedBy.TITLE ? null : number;
	}

	/** Whether the identifier is the awarding organisation's own code. */
	public boolean ownCode() {
		return identifiedBy == IdentifiedBy.OWN_CODE;
	}

	/** An Access to HE style grade descriptor: 1 "Understanding of the subject". */
	public record GradeDescriptor(int number, String title) {
	}

	/** A qualification resolved on its own, e.g. by a validator (a catalogue shares one view of each unit). */
	public static ResolvedQualification of(Qualification qualification) {
		return new Resolver().qualification(qualification);
	}

	/**
	 * A version of the specification, "4" issued 2019-02, with the changes its "Key updates to this handbook"
	 * table lists. {@link #versions()} is newest first: the first is the current version.
	 */
	public record Version(String name, String issued, List<VersionChange> changes, SourceLocation location) {

		public Version {
			changes = List.copyOf(changes);
		}
	}

	/**
	 * A change a version made: its description, the section it touched ({@code allSections}, or null where none
	 * is written), and what it is about: units by URN or own code, and aspects of the qualification.
	 */
	public record VersionChange(String description, String section, boolean allSections, List<String> units,
			List<ChangeAspect> aspects, SourceLocation location) {

		public VersionChange {
			units = List.copyOf(units);
			aspects = List.copyOf(aspects);
		}
	}

	/** What a change may be about besides units. */
	public enum ChangeAspect {
		/** Title, level, credits, GLH, TQT and the other facts of the qualification profile. */
		PROFILE,
		/** Which units are in which group. */
		STRUCTURE,
		/** The rules of combination. */
		RULES,
		/** The grading scheme. */
		GRADING,
		/** Operational and certification dates. */
		DATES
	}

	/** The current version (the first written), if the specification states one. */
	public Optional<Version> currentVersion() {
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
	}

	/** The level ("entry" is 0), or null where not written. */
	public Integer level() {
		return profile.level();
	}

	/** Every membership in table order: groups first, then ungrouped units. */
	public List<ResolvedMembership> memberships() {
		List<ResolvedMembership> all = new ArrayList<>();
		groups.forEach(g -> all.addAll(g.memberships()));
		all.addAll(ungrouped);
		return all;
	}

	/** The group a membership belongs to; empty for an ungrouped unit. */
	public Optional<ResolvedGroup> groupOf(ResolvedMembership membership) {
		return groups.stream().filter(g -> g.memberships().stream().anyMatch(m -> m == membership)).findFirst();
	}
}
