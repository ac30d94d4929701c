package io.qualspec.generators.document;

import java.util.ArrayList;
import java.util.List;

import io.qualspec.catalogue.EvidencePermission;
import io.qualspec.catalogue.QualificationProfile;
import io.qualspec.catalogue.ResolvedOrganisation;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.document.Prose.Block;
import io.qualspec.generators.document.Rows.AgeCell;
import io.qualspec.generators.document.Rows.Row;
import io.qualspec.rules.model.Assessment;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.RuleSet;

/**
 * A qualification at a glance: the cover's identifiers ("Qualification number (QN) 500/8625/X · OCR entry
 * code 03455"), other names and version, and the profile rows, each only where the specification states it.
 */
public record Profile(String identifiers, List<String> displayNames, String version, List<Row> rows) {

	public Profile {
		displayNames = List.copyOf(displayNames);
		rows = List.copyOf(rows);
	}

	public static Profile of(ResolvedQualification qualification) {
		QualificationProfile profile = qualification.profile();
		List<String> printed = new java.util.ArrayList<>();
		if (qualification.printedNumber() != null) {
			printed.add(numberLabel(qualification) + " " + qualification.printedNumber());
		}
		if (profile.entryCode() != null) {
			printed.add(entryCodeLabel(qualification.organisation()) + " " + profile.entryCode());
		}
		String identifiers = printed.isEmpty() ? null : String.join(" · ", printed);
		String version = profile.lifecycle().version() == null ? null : "Version " + version(profile.lifecycle());
		return new Profile(identifiers, profile.displayNames(), version, rows(qualification));
	}

	private static List<Row> rows(ResolvedQualification qualification) {
		QualificationProfile q = qualification.profile();
		ResolvedOrganisation organisation = qualification.organisation();
		RuleSet.DeclaredSize declared = q.declared();
		Rows rows = new Rows().add("Title", qualification.title())
				.add(numberLabel(qualification), qualification.printedNumber())
				.add(entryCodeLabel(organisation), q.entryCode())
				.add("Awarding organisation", organisation == null ? null : organisation.title())
				.add("Brand", q.brand())
				.add("Also known as", q.displayNames())
				.add("Level", Printed.qualificationLevel(q.level()))
				.add("Framework", q.framework() == null ? null : switch (q.framework()) {
					case QCF -> "Qualifications and Credit Framework (QCF)";
					case RQF -> "Regulated Qualifications Framework (RQF)";
				})
				.add("Size", q.size() == null ? null : Printed.titleCase(Printed.words(q.size())))
				.add("Suite", q.suite())
				.add("Sector", q.sector())
				.add("Sector body", q.sectorBody())
				.add("Based on", q.nosBasis());
		if (declared.credits() != null) {
			rows.add("Credit value", declared.creditsAtLeast() ? "A minimum of " + declared.credits() + " credits"
					: declared.credits() + " credits");
		}
		rows.add("Guided learning hours (GLH)", declared.glhText() == null ? null : Printed.capitalise(declared.glhText()));
		rows.add("Total qualification time (TQT)", Printed.number(declared.tqt()));
		if (!q.ageBands().isEmpty()) {
			List<AgeCell> ages = new ArrayList<>();
			for (QualificationProfile.AgeBand band : QualificationProfile.AgeBand.values()) {
				ages.add(new AgeCell(band.label(), Printed.yesNo(q.ageBands().contains(band))));
			}
			rows.addAges("Age group approved", ages);
		}
		rows.add("Minimum age", q.minimumAge() == null ? null : q.minimumAge() + " years and over");
		if (q.entryRequirements() != null) {
			rows.addParagraphs("Entry requirements", entryRequirements(q.entryRequirements()));
		}
		rows.add("Assessment model", q.assessmentModel())
				.add("Quality assurance",
						q.qualityAssurance() == null ? null : Printed.capitalise(Printed.words(q.qualityAssurance())))
				.add("Grading", grading(qualification.ruleSet().grading()))
				.add("Exam sessions each year", q.examSeries().isEmpty() ? null : Printed.months(q.examSeries()))
				.add("Resits", q.resits().stream().map(Profile::resits).toList());
		if (q.employerInvolvement() != null) {
			String text = q.employerInvolvement().text();
			rows.add("Employer involvement",
					(q.employerInvolvement().required() ? "Required." : "Optional.") + (text == null ? "" : " " + text));
		}
		QualificationProfile.Lifecycle lifecycle = q.lifecycle();
		rows.add("Evidence", q.evidence().stream().map(Profile::evidence).toList())
				.add("Apprenticeships", q.apprenticeships().stream().map(a -> a.name()
						+ (a.component() ? " (this qualification is a component)" : " (a progression route)")).toList())
				// each funding statement as a paragraph of its own
				.addParagraphs("Funding", q.funding().stream().map(Block::paragraph).toList())
				.add("Performance tables", q.performanceTable())
				.add("UCAS points", q.ucasPoints())
				.add("Version", lifecycle.version() == null ? null : version(lifecycle))
				.add("First teaching", Printed.date(lifecycle.firstTeaching()))
				.add("First registration date", Printed.date(lifecycle.firstRegistration()))
				.add("Last entry date", lifecycle.lastEntry() == null ? null
						: Printed.date(lifecycle.lastEntry()) + (lifecycle.lastEntrySubjectToChange() ? " (subject to change)" : ""))
				.add("Last certification date", Printed.date(lifecycle.lastCertification()))
				.add("Status", lifecycle.status() == null ? null : Printed.capitalise(Printed.words(lifecycle.status())));
		return rows.rows();
	}

	/**
	 * "Qualification number (QN)", or "Qualification code" for a qualification identified by its awarding
	 * organisation's own code (an Access to HE Diploma's "QAA140083").
	 */
	static String numberLabel(ResolvedQualification qualification) {
		return qualification.ownCode() ? "Qualification code" : "Qualification number (QN)";
	}

	/** "OCR entry code", or "Entry code" for a qualification without an organisation. */
	private static String entryCodeLabel(ResolvedOrganisation organisation) {
		return organisation == null ? "Entry code" : organisation.name() + " entry code";
	}

	/** "V1, issued 1 July 2019". */
	private static String version(QualificationProfile.Lifecycle lifecycle) {
		return lifecycle.version() + (lifecycle.issued() == null ? "" : ", issued " + Printed.date(lifecycle.issued()));
	}

	private static List<Block> entryRequirements(QualificationProfile.EntryRequirements entry) {
		List<Block> blocks = new ArrayList<>();
		if (entry.text() != null) {
			blocks.add(Block.paragraph(entry.text()));
		} else if (entry.none()) {
			blocks.add(Block.paragraph("There are no formal entry requirements."));
		}
		entry.recommended().forEach(r -> blocks.add(Block.paragraph(r)));
		return blocks;
	}

	/** "Pass/fail", "Pass, Merit, Distinction" or both, "Pass/fail; Pass, Merit"; null without grading. */
	private static String grading(Grading grading) {
		if (grading == null) {
			return null;
		}
		String grades = QualificationGrading.grades(grading);
		return !grading.passOrFail() ? grades : grades.isEmpty() ? "Pass/fail" : "Pass/fail; " + grades;
	}

	/** "Externally assessed units: one resit". */
	private static String resits(QualificationProfile.Resits resits) {
		String units = resits.assessment() == Assessment.EXTERNAL ? "Externally assessed units" : "Internally assessed units";
		String allowed = resits.unlimited() ? "no limit on resits" : resits.none() ? "no resits"
				: resits.limit() == 1 ? "one resit" : "up to " + resits.limit() + " resits";
		return units + ": " + allowed;
	}

	/** "Realistic working environment (RWE): allowed". */
	static String evidence(EvidencePermission permission) {
		String context = permission.context() == EvidencePermission.Context.REALISTIC_WORKING_ENVIRONMENT
				? "Realistic working environment (RWE)" : Printed.capitalise(Printed.words(permission.context()));
		return context + ": " + (permission.allowed() ? "allowed" : "not allowed")
				+ (permission.unitKind() == null ? "" : " for " + Printed.words(permission.unitKind()) + " units")
				+ (permission.qualification() == null ? "" : " in " + permission.qualification());
	}
}
