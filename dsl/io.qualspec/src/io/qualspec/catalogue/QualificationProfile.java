package io.qualspec.catalogue;

import java.time.Month;
import java.util.List;

import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.RuleSet.DeclaredSize;

/**
 * The facts of a qualification's profile as the specification states them: identity, size, who it is for,
 * how it is assessed, funding (each statement) and dates. A value not written is null, a list not written is empty. Dates keep
 * the precision the handbook prints ("2018-08-31", "2018-09" or "2018").
 */
public record QualificationProfile(String entryCode, String brand, List<String> displayNames, Integer level, Size size,
		Framework framework, String suite, String sector, String sectorBody, List<String> nosBasis,
		DeclaredSize declared, List<AgeBand> ageBands, Integer minimumAge, EntryRequirements entryRequirements,
		String assessmentModel, QualityAssurance qualityAssurance, List<Month> examSeries, List<Resits> resits,
		EmployerInvolvement employerInvolvement, List<EvidencePermission> evidence, List<Apprenticeship> apprenticeships,
		List<String> funding, String performanceTable, String ucasPoints, Lifecycle lifecycle) {

	public QualificationProfile {
		displayNames = List.copyOf(displayNames);
		nosBasis = List.copyOf(nosBasis);
		ageBands = List.copyOf(ageBands);
		examSeries = List.copyOf(examSeries);
		resits = List.copyOf(resits);
		evidence = List.copyOf(evidence);
		apprenticeships = List.copyOf(apprenticeships);
		funding = List.copyOf(funding);
	}

	public enum Size {
		AWARD, CERTIFICATE, DIPLOMA, EXTENDED_CERTIFICATE, EXTENDED_DIPLOMA
	}

	public enum Framework {
		/** Qualifications and Credit Framework. */
		QCF,
		/** Regulated Qualifications Framework. */
		RQF
	}

	public enum AgeBand {
		PRE_16("Pre-16"), FROM_16_TO_18("16-18"), OVER_18("18+"), OVER_19("19+");

		private final String label;

		AgeBand(String label) {
			this.label = label;
		}

		/** As the handbooks' "Age group approved" rows print it. */
		public String label() {
			return label;
		}
	}

	public enum QualityAssurance {
		VERIFICATION, MODERATION
	}

	public enum Status {
		OPEN, CLOSED_FOR_ENTRY, CLOSED_FOR_CERTIFICATION
	}

	/** "There are no formal entry requirements" ({@code none}), a text, and recommended prior learning. */
	public record EntryRequirements(boolean none, String text, List<String> recommended) {

		public EntryRequirements {
			recommended = List.copyOf(recommended);
		}
	}

	/** How many resits units of one assessment type allow: a number, none, or (limit null, not none) no limit. */
	public record Resits(Assessment assessment, Integer limit, boolean none) {

		public boolean unlimited() {
			return limit == null && !none;
		}
	}

	public record EmployerInvolvement(boolean required, String text) {
	}

	/** An apprenticeship this qualification is a component of, or a progression route to. */
	public record Apprenticeship(String name, boolean component) {
	}

	/** The specification's version and the qualification's dates; each null where not written. */
	public record Lifecycle(String version, String issued, String firstTeaching, String firstRegistration,
			String lastEntry, boolean lastEntrySubjectToChange, String lastCertification, Status status) {
	}
}
