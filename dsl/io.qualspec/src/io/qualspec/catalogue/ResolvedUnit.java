package io.qualspec.catalogue;

import java.time.Month;
import java.util.List;

import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.GradeScale;

/**
 * A unit as described in one library. Every value the description does not state is null (Cambridge
 * Technical tables print no unit credits or level); lists are empty. {@code urn} is the unit's identifier: its
 * unit reference number, or, where {@code ownCode}, the awarding organisation's own code ("5CO01").
 */
public record ResolvedUnit(String library, String urn, boolean ownCode, String title, String shortName, Integer level,
		Integer credits, Integer glh, Integer tqt, String sectorCode, Assessment assessment, GradeScale gradeScale, Kind kind, String expiry,
		boolean synoptic, List<Link> links, List<Link> takenAfter, List<EvidencePermission> evidence, Exam exam,
		List<TextSection> sections, List<ResolvedOutcome> outcomes, List<LearningAim> aims,
		List<GradingCriterion> gradingCriteria, List<Integer> gradeDescriptors, SourceLocation location) {

	public ResolvedUnit {
		links = List.copyOf(links);
		takenAfter = List.copyOf(takenAfter);
		evidence = List.copyOf(evidence);
		sections = List.copyOf(sections);
		outcomes = List.copyOf(outcomes);
		aims = List.copyOf(aims);
		gradingCriteria = List.copyOf(gradingCriteria);
		gradeDescriptors = List.copyOf(gradeDescriptors);
	}

	/** A unit of the model resolved on its own, e.g. by a validator. */
	public static ResolvedUnit of(io.qualspec.qualspec.Unit unit) {
		return new Resolver().unit(unit);
	}

	/**
	 * What the unit's own description states about it (identifier, title, figures, assessment, grading), without
	 * its links, evidence, sections, outcomes, aims and grading criteria, whose lists are empty: the facts the index
	 * keeps for every unit, resolved at each edit of a library without resolving every criterion of it.
	 */
	public static ResolvedUnit factsOf(io.qualspec.qualspec.Unit unit) {
		return Resolver.unitFacts(unit);
	}

	/** A short label for messages and documents: "F/601/1609 Communicate using customer service language". */
	public String label() {
		return urn + " " + title;
	}

	/** Whether the unit has content for a unit page: outcomes or grading criteria. */
	public boolean hasUnitPage() {
		return !outcomes.isEmpty() || !aims.isEmpty() || !gradingCriteria.isEmpty();
	}

	public enum Kind {
		KNOWLEDGE, COMPETENCE, MIXED
	}

	/** Another unit this one names (links to, or is taken after); title null where it does not resolve. */
	public record Link(String urn, String title) {
	}

	/**
	 * A Pass, Merit or Distinction criterion (P1, M2, D1; A.P1, AB.D1), for an outcome or (outcome null) the
	 * whole unit or the learning aims its code names.
	 */
	public record GradingCriterion(Grade grade, String code, String text, Integer outcome) {

		/** The letters of the learning aims the code names: "AB" for AB.D1; empty for a code without aims (P1). */
		public String aimLetters() {
			int dot = code == null ? -1 : code.indexOf('.');
			return dot < 0 ? "" : code.substring(0, dot);
		}
	}

	/** A learning aim of a BTEC-style unit: "A", "Explore the features of different businesses", its content. */
	public record LearningAim(String letter, String text, List<ResolvedOutcome.TeachingContent> content) {

		public LearningAim {
			content = List.copyOf(content);
		}
	}

	/** Whether the unit is written with learning aims (BTEC style) rather than numbered outcomes. */
	public boolean hasAims() {
		return !aims.isEmpty();
	}

	/** An externally set assessment; each value null (or empty) where not written. */
	public record Exam(Integer durationMinutes, String format, Integer marks, String setBy, boolean calculatorAllowed,
			List<String> questionTypes, List<Month> series) {

		public Exam {
			questionTypes = List.copyOf(questionTypes);
			series = List.copyOf(series);
		}
	}
}
