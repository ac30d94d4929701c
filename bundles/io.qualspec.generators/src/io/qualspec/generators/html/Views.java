package io.qualspec.generators.html;

import static io.qualspec.WrittenFeatures.isWritten;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedGroup;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.catalogue.RuleSets;
import io.qualspec.generators.html.HtmlViews.AgeCell;
import io.qualspec.generators.html.HtmlViews.Band;
import io.qualspec.generators.html.HtmlViews.Block;
import io.qualspec.generators.html.HtmlViews.Change;
import io.qualspec.generators.html.HtmlViews.Column;
import io.qualspec.generators.html.HtmlViews.Comparison;
import io.qualspec.generators.html.HtmlViews.Computed;
import io.qualspec.generators.html.HtmlViews.Content;
import io.qualspec.generators.html.HtmlViews.Criterion;
import io.qualspec.generators.html.HtmlViews.Exam;
import io.qualspec.generators.html.HtmlViews.Example;
import io.qualspec.generators.html.HtmlViews.ExampleRow;
import io.qualspec.generators.html.HtmlViews.Figure;
import io.qualspec.generators.html.HtmlViews.GradingCriterion;
import io.qualspec.generators.html.HtmlViews.GradingGrid;
import io.qualspec.generators.html.HtmlViews.GradingRow;
import io.qualspec.generators.html.HtmlViews.Handbook;
import io.qualspec.generators.html.HtmlViews.Method;
import io.qualspec.generators.html.HtmlViews.MethodGroup;
import io.qualspec.generators.html.HtmlViews.Outcome;
import io.qualspec.generators.html.HtmlViews.PointsRow;
import io.qualspec.generators.html.HtmlViews.Row;
import io.qualspec.generators.html.HtmlViews.Section;
import io.qualspec.generators.html.HtmlViews.Structure;
import io.qualspec.generators.html.HtmlViews.StructureTable;
import io.qualspec.generators.html.HtmlViews.Unit;
import io.qualspec.generators.html.HtmlViews.UnitDocument;
import io.qualspec.generators.html.HtmlViews.UnitRow;
import io.qualspec.generators.wording.RuleWording;
import io.qualspec.qualspec.AgeBand;
import io.qualspec.qualspec.ApprenticeshipLink;
import io.qualspec.qualspec.ApprenticeshipRole;
import io.qualspec.qualspec.AssessmentMethod;
import io.qualspec.qualspec.AssessmentType;
import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.Bullet;
import io.qualspec.qualspec.ChangeLogEntry;
import io.qualspec.qualspec.CriterionGrade;
import io.qualspec.qualspec.EntryRequirements;
import io.qualspec.qualspec.EvidenceContext;
import io.qualspec.qualspec.EvidencePermission;
import io.qualspec.qualspec.ExternalAssessment;
import io.qualspec.qualspec.GradeScale;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.PointsEntry;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.ResitPolicy;
import io.qualspec.qualspec.SectionKind;
import io.qualspec.qualspec.TeachingContent;
import io.qualspec.qualspec.TextBlock;
import io.qualspec.qualspec.TextSection;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.rules.analysis.Analysis;
import io.qualspec.rules.evaluation.Evaluation;
import io.qualspec.rules.evaluation.WorkedExampleCheck;
import io.qualspec.rules.evaluation.WorkedExampleCheck.ExampleResult;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.WorkedExample;

/** Builds the templates' view model ({@link HtmlViews}) from the resolved specification and the engine. */
final class Views {

	static final String GENERATOR = "Qualspec";

	private Views() {
	}

	// ---------------------------------------------------------------------------------------------
	// Handbook
	// ---------------------------------------------------------------------------------------------

	static Handbook handbook(ResolvedQualification qualification, Analysis analysis) {
		Qualification source = qualification.source();
		AwardingOrganisation organisation = qualification.organisation();
		RuleSet ruleSet = RuleSets.of(qualification);
		Map<ResolvedMembership, String> anchors = unitAnchors(qualification);

		List<Unit> units = new ArrayList<>();
		for (ResolvedMembership membership : qualification.memberships()) {
			if (anchors.containsKey(membership)) {
				units.add(unit(membership.unit(), membership, anchors.get(membership), false));
			}
		}
		String identifiers = "Qualification number (QN) " + qualification.number()
				+ (source.getEntryCode() == null ? "" : " · " + entryCodeLabel(organisation) + " " + source.getEntryCode());
		String version = source.getVersion() == null ? null
				: "Version " + source.getVersion() + (source.getIssued() == null ? "" : ", issued " + Texts.date(source.getIssued()));
		return new Handbook(qualification.title(), qualification.number(),
				organisation == null ? null : organisation.getTitle(), identifiers, source.getDisplayNames(), version,
				profile(qualification, ruleSet), sections(source.getSections(), "section"), RuleWording.of(ruleSet),
				computed(ruleSet, analysis), structure(qualification, anchors), exams(qualification),
				source.getExamSeries().isEmpty() ? null : Texts.months(source.getExamSeries()), grading(qualification, ruleSet),
				examples(ruleSet), methods(qualification), units, changes(source),
				organisation == null ? null : organisation.getTitle(), organisation == null ? null : organisation.getWebsite(),
				organisation == null ? List.of() : sections(organisation.getSections(), "organisation"), GENERATOR);
	}

	private static String entryCodeLabel(AwardingOrganisation organisation) {
		return organisation == null ? "Entry code" : organisation.getName() + " entry code";
	}

	private static List<Row> profile(ResolvedQualification qualification, RuleSet ruleSet) {
		Qualification q = qualification.source();
		AwardingOrganisation organisation = qualification.organisation();
		List<Row> rows = new ArrayList<>();
		add(rows, "Title", q.getTitle());
		add(rows, "Qualification number (QN)", qualification.number());
		add(rows, entryCodeLabel(organisation), q.getEntryCode());
		add(rows, "Awarding organisation", organisation == null ? null : organisation.getTitle());
		add(rows, "Brand", q.getBrand());
		if (q.getDisplayNames().size() > 0) {
			rows.add(row("Also known as", q.getDisplayNames()));
		}
		if (qualification.level() != null) {
			add(rows, "Level", qualification.level() == 0 ? "Entry level" : "Level " + qualification.level());
		}
		if (isWritten(q, Literals.QUALIFICATION__FRAMEWORK)) {
			add(rows, "Framework", switch (q.getFramework()) {
				case QCF -> "Qualifications and Credit Framework (QCF)";
				case RQF -> "Regulated Qualifications Framework (RQF)";
			});
		}
		if (isWritten(q, Literals.QUALIFICATION__SIZE)) {
			add(rows, "Size", Texts.titleCase(q.getSize().getLiteral()));
		}
		add(rows, "Suite", q.getSuite());
		add(rows, "Sector", q.getSector());
		add(rows, "Sector body", q.getSectorBody());
		if (!q.getNosBasis().isEmpty()) {
			rows.add(row("Based on", q.getNosBasis()));
		}
		if (q.getCredits() != null) {
			int value = q.getCredits().getValue();
			add(rows, "Credit value", q.getCredits().isAtLeast() ? "A minimum of " + value + " credits" : value + " credits");
		}
		if (q.getGlh() != null) {
			int value = q.getGlh().getValue();
			add(rows, "Guided learning hours (GLH)", q.getGlh().isMinimum() ? "A minimum of " + value : Integer.toString(value));
		}
		if (isWritten(q, Literals.QUALIFICATION__TQT)) {
			add(rows, "Total qualification time (TQT)", Integer.toString(q.getTqt()));
		}
		if (!q.getAgeBands().isEmpty()) {
			List<AgeCell> ages = new ArrayList<>();
			for (AgeBand band : AgeBand.VALUES) {
				ages.add(new AgeCell(Texts.capitalise(band.getLiteral()), q.getAgeBands().contains(band) ? "Yes" : "No"));
			}
			rows.add(new Row("Age group approved", List.of(), ages));
		}
		if (isWritten(q, Literals.QUALIFICATION__MINIMUM_AGE)) {
			add(rows, "Minimum age", q.getMinimumAge() + " years and over");
		}
		EntryRequirements entry = q.getEntryRequirements();
		if (entry != null) {
			List<Block> blocks = new ArrayList<>();
			if (entry.getText() != null) {
				blocks.add(paragraph(entry.getText()));
			} else if (entry.isNone()) {
				blocks.add(paragraph("There are no formal entry requirements."));
			}
			entry.getRecommended().forEach(r -> blocks.add(paragraph(r)));
			if (!blocks.isEmpty()) {
				rows.add(new Row("Entry requirements", blocks, List.of()));
			}
		}
		add(rows, "Assessment model", q.getAssessmentModel());
		if (isWritten(q, Literals.QUALIFICATION__QUALITY_ASSURANCE)) {
			add(rows, "Quality assurance", Texts.capitalise(q.getQualityAssurance().getLiteral()));
		}
		Grading grading = ruleSet.grading();
		if (grading != null) {
			List<String> grading1 = new ArrayList<>();
			if (grading.passOrFail()) {
				grading1.add("Pass/fail");
			}
			if (!grading.grades().isEmpty()) {
				grading1.add(String.join(", ", grading.grades().stream().map(Grade::label).toList()));
			}
			if (!grading1.isEmpty()) {
				add(rows, "Grading", String.join("; ", grading1));
			}
		}
		if (!q.getExamSeries().isEmpty()) {
			add(rows, "Exam sessions each year", Texts.months(q.getExamSeries()));
		}
		if (!q.getResits().isEmpty()) {
			rows.add(row("Resits", q.getResits().stream().map(Views::resit).toList()));
		}
		if (q.getEmployerInvolvement() != null) {
			String text = q.getEmployerInvolvement().getText();
			add(rows, "Employer involvement", (q.getEmployerInvolvement().isRequired() ? "Required." : "Optional.")
					+ (text == null ? "" : " " + text));
		}
		if (!q.getEvidence().isEmpty()) {
			rows.add(row("Evidence", q.getEvidence().stream().map(Views::evidence).toList()));
		}
		if (!q.getApprenticeships().isEmpty()) {
			rows.add(row("Apprenticeships", q.getApprenticeships().stream().map(Views::apprenticeship).toList()));
		}
		add(rows, "Funding", q.getFunding());
		add(rows, "Performance tables", q.getPerformanceTable());
		add(rows, "UCAS points", q.getUcasPoints());
		if (q.getVersion() != null) {
			add(rows, "Version", q.getVersion() + (q.getIssued() == null ? "" : ", issued " + Texts.date(q.getIssued())));
		}
		add(rows, "First teaching", Texts.date(q.getFirstTeaching()));
		add(rows, "First registration date", Texts.date(q.getFirstRegistration()));
		if (q.getLastEntry() != null) {
			add(rows, "Last entry date", Texts.date(q.getLastEntry()) + (q.isLastEntrySubjectToChange() ? " (subject to change)" : ""));
		}
		add(rows, "Last certification date", Texts.date(q.getLastCertification()));
		if (isWritten(q, Literals.QUALIFICATION__STATUS)) {
			add(rows, "Status", Texts.sentenceCase(q.getStatus().getLiteral()));
		}
		return rows;
	}

	private static String resit(ResitPolicy policy) {
		String units = policy.getAssessment() == AssessmentType.EXTERNAL ? "Externally assessed units" : "Internally assessed units";
		String allowed = policy.isUnlimited() ? "no limit on resits" : policy.isNone() ? "no resits"
				: policy.getLimit() == 1 ? "one resit" : "up to " + policy.getLimit() + " resits";
		return units + ": " + allowed;
	}

	private static String evidence(EvidencePermission permission) {
		String context = permission.getContext() == EvidenceContext.REALISTIC_WORKING_ENVIRONMENT
				? "Realistic working environment (RWE)" : Texts.capitalise(permission.getContext().getLiteral());
		return context + ": " + (permission.isAllowed() ? "allowed" : "not allowed");
	}

	private static String apprenticeship(ApprenticeshipLink link) {
		return link.getName() + (link.getRole() == ApprenticeshipRole.COMPONENT ? " (this qualification is a component)"
				: " (a progression route)");
	}

	// ---------------------------------------------------------------------------------------------
	// Structure tables
	// ---------------------------------------------------------------------------------------------

	private static final Pattern WORDS = Pattern.compile("[A-Za-z]+");

	private static Structure structure(ResolvedQualification qualification, Map<ResolvedMembership, String> anchors) {
		Qualification source = qualification.source();
		AwardingOrganisation organisation = qualification.organisation();
		List<ResolvedMembership> all = qualification.memberships().stream().filter(m -> m.unit() != null).toList();
		boolean hasNumber = all.stream().anyMatch(m -> m.number() != null);
		boolean hasSector = all.stream().anyMatch(m -> sector(m) != null);
		boolean hasReference = all.stream().anyMatch(m -> m.aoReference() != null);
		boolean hasExternal = all.stream().anyMatch(m -> m.unit().assessment() == AssessmentType.EXTERNAL);
		boolean rqf = isWritten(source, Literals.QUALIFICATION__FRAMEWORK) && source.getFramework() == io.qualspec.qualspec.Framework.RQF;
		boolean nvq = source.getBrand() != null && source.getBrand().toUpperCase(Locale.ROOT).contains("NVQ");
		String org = organisation == null ? null : organisation.getName();
		String referenceLabel = organisation != null && organisation.getUnitReferenceLabel() != null
				? organisation.getUnitReferenceLabel() : "Reference";

		String layout;
		List<Column> columns = new ArrayList<>();
		if (hasExternal) {
			layout = "cambridge-technical";
			columns.add(new Column("number", "Unit no.", false));
			columns.add(new Column("sector", "Sector unit no.", false));
			columns.add(new Column("reference", referenceLabel, false));
			columns.add(new Column("title", "Unit title", false));
			columns.add(new Column("urn", "Unit ref. no. (URN)", false));
			columns.add(new Column("credits", "Credit value", true));
			columns.add(new Column("level", "Level", true));
			columns.add(new Column("glh", "Guided learning hours (GLH)", true));
			columns.add(new Column("assessment", "How are they assessed?", false));
		} else if (!hasNumber && hasReference) {
			layout = "sfj";
			columns.add(new Column("urn", "Unit Number", false));
			columns.add(new Column("reference", referenceLabel, false));
			columns.add(new Column("sector", "Sector Unit No", false));
			columns.add(new Column("title", "Unit Title", false));
			columns.add(new Column("level", "Level", true));
			columns.add(new Column("glh", "GLH", true));
			columns.add(new Column("credits", "Credit Value", true));
		} else {
			layout = hasSector ? "nvq-qcf" : rqf && nvq ? "nvq-rqf" : "diploma";
			String number = "nvq-rqf".equals(layout) || org == null ? "Unit No" : org + " Unit No";
			columns.add(new Column("number", number, false));
			columns.add(new Column("sector", "Sector Unit No", false));
			columns.add(new Column("reference", referenceLabel, false));
			columns.add(new Column("title", "Unit title", false));
			columns.add(new Column("urn", "nvq-rqf".equals(layout) ? "Unit Accreditation No (UAN)" : "Unit Reference No (URN)", false));
			columns.add(new Column("credits", "Credit value", true));
			columns.add(new Column("level", "Level", true));
			columns.add(new Column("glh", "GLH", true));
		}

		List<StructureTable> tables = new ArrayList<>();
		for (ResolvedGroup group : qualification.groups()) {
			String caption = groupCaption(group);
			String kind = group.isMandatory() ? "mandatory" : "optional";
			String note = null;
			boolean saysKind = caption.toLowerCase(Locale.ROOT).contains(kind);
			if (group.ordinal() != null) {
				note = Texts.capitalise(kind) + " group " + group.ordinal();
			} else if (!saysKind) {
				note = Texts.capitalise(kind) + " group";
			}
			tables.add(new StructureTable(Texts.anchor("group", group.id()), group.id(), kind, caption, note,
					rows(group.memberships(), anchors)));
		}
		if (!qualification.ungrouped().isEmpty()) {
			String caption = source.getDisplayNames().isEmpty() ? "Units" : source.getDisplayNames().get(0);
			tables.add(new StructureTable("units", null, null, caption, null, rows(qualification.ungrouped(), anchors)));
		}
		// leave out the columns no unit has a value for (the title and the URN always stay)
		List<Column> kept = columns.stream().filter(c -> c.key().equals("title") || c.key().equals("urn")
				|| tables.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> r.cells().containsKey(c.key()))).toList();
		return new Structure(layout, kept, hasExternal, tables);
	}

	static String groupCaption(ResolvedGroup group) {
		return groupCaption(group.id(), group.label());
	}

	/** "Mandatory Group A" as printed; a label without its letter gets it: "Group B – Impression and Image". */
	static String groupCaption(String id, String printed) {
		String label = printed == null ? "" : printed.strip();
		if (id.length() > 3) {
			return label.isEmpty() ? id : label;
		}
		if (Pattern.compile("\\bgroup\\s+" + Pattern.quote(id) + "\\b", Pattern.CASE_INSENSITIVE).matcher(label).find()) {
			return label;
		}
		return label.isEmpty() || !WORDS.matcher(label).find() ? "Group " + id : "Group " + id + " – " + label;
	}

	private static List<UnitRow> rows(List<ResolvedMembership> memberships, Map<ResolvedMembership, String> anchors) {
		List<UnitRow> rows = new ArrayList<>();
		for (ResolvedMembership membership : memberships) {
			ResolvedUnit unit = membership.unit();
			if (unit == null) {
				continue;
			}
			String assessment = unit.assessment() == null ? null : unit.assessment() == AssessmentType.EXTERNAL ? "E" : "I";
			Map<String, String> cells = new LinkedHashMap<>();
			put(cells, "number", membership.number());
			put(cells, "sector", sector(membership));
			put(cells, "reference", membership.aoReference());
			put(cells, "title", unit.title());
			put(cells, "urn", unit.urn());
			put(cells, "credits", Texts.number(unit.credits()));
			put(cells, "level", Texts.level(unit.level()));
			put(cells, "glh", Texts.number(unit.glh()));
			put(cells, "assessment", assessment);
			rows.add(new UnitRow(membership.number(), sector(membership), membership.aoReference(), unit.title(), unit.urn(),
					Texts.number(unit.credits()), Texts.level(unit.level()), Texts.number(unit.glh()), assessment,
					anchors.get(membership), cells));
		}
		return rows;
	}

	private static String sector(ResolvedMembership membership) {
		if (membership.sectorCode() != null) {
			return membership.sectorCode();
		}
		return membership.unit() == null ? null : membership.unit().source().getSectorCode();
	}

	private static void put(Map<String, String> cells, String key, String value) {
		if (value != null) {
			cells.put(key, value);
		}
	}

	/** The units of the handbook that get a page (those with outcomes or grading criteria), with their ids. */
	private static Map<ResolvedMembership, String> unitAnchors(ResolvedQualification qualification) {
		Map<ResolvedMembership, String> anchors = new LinkedHashMap<>();
		Set<String> used = new LinkedHashSet<>();
		for (ResolvedMembership membership : qualification.memberships()) {
			ResolvedUnit unit = membership.unit();
			if (unit != null && (!unit.outcomes().isEmpty() || !unit.source().getGradingCriteria().isEmpty())) {
				String anchor = Texts.anchor("unit", unit.urn());
				for (int i = 2; !used.add(anchor); i++) {
					anchor = Texts.anchor("unit", unit.urn()) + "-" + i;
				}
				anchors.put(membership, anchor);
			}
		}
		return anchors;
	}

	// ---------------------------------------------------------------------------------------------
	// Exams, grading, worked examples, methods, change log
	// ---------------------------------------------------------------------------------------------

	private static List<Exam> exams(ResolvedQualification qualification) {
		List<Exam> exams = new ArrayList<>();
		for (ResolvedMembership membership : qualification.memberships()) {
			ResolvedUnit unit = membership.unit();
			if (unit == null || unit.source().getExam() == null) {
				continue;
			}
			ExternalAssessment exam = unit.source().getExam();
			List<String> details = new ArrayList<>(exam.getQuestionTypes());
			if (exam.isCalculator()) {
				details.add("a calculator may be used");
			}
			exams.add(new Exam(membership.displayNumber(), unit.title(), Texts.number(unit.glh()),
					isWritten(exam, Literals.EXTERNAL_ASSESSMENT__DURATION) ? Texts.duration(exam.getDuration()) : null,
					exam.getFormat(), isWritten(exam, Literals.EXTERNAL_ASSESSMENT__MARKS) ? exam.getMarks() + " marks" : null,
					exam.getSetBy(), details, exam.getSeries().isEmpty() ? null : Texts.months(exam.getSeries())));
		}
		return exams;
	}

	private static HtmlViews.Grading grading(ResolvedQualification qualification, RuleSet ruleSet) {
		GradingScheme scheme = qualification.source().getGrading();
		Grading grading = ruleSet.grading();
		if (scheme == null || grading == null) {
			return null;
		}
		List<String> summary = new ArrayList<>();
		if (grading.passOrFail()) {
			summary.add("This qualification is pass/fail.");
		}
		if (!grading.grades().isEmpty()) {
			summary.add("The qualification is graded " + String.join(", ", grading.grades().stream().map(Grade::label).toList()) + ".");
		}
		List<Grade> columns = new ArrayList<>();
		for (io.qualspec.qualspec.PointsRow row : scheme.getPointsRows()) {
			for (PointsEntry entry : row.getEntries()) {
				Grade grade = RuleSets.grade(entry.getGrade().getLiteral());
				if (!columns.contains(grade)) {
					columns.add(grade);
				}
			}
		}
		List<PointsRow> points = new ArrayList<>();
		for (io.qualspec.qualspec.PointsRow row : scheme.getPointsRows()) {
			List<String> cells = new ArrayList<>();
			for (Grade grade : columns) {
				cells.add(row.getEntries().stream().filter(e -> RuleSets.grade(e.getGrade().getLiteral()) == grade).findFirst()
						.map(e -> Integer.toString(e.getPoints())).orElse("–"));
			}
			points.add(new PointsRow(Integer.toString(row.getGlh()), cells));
		}
		List<String> notes = new ArrayList<>();
		if (!points.isEmpty()) {
			for (ResolvedMembership membership : qualification.memberships()) {
				if (membership.pointsWhenAchieved() != null) {
					notes.add("An achievement of unit " + membership.displayNumber() + " will be awarded "
							+ membership.pointsWhenAchieved() + " points.");
				}
			}
		}
		List<Band> bands = grading.bands().stream().map(b -> new Band(bandRange(b), b.grade().label(), b.abbreviation())).toList();
		return new HtmlViews.Grading(summary.isEmpty() ? null : String.join(" ", summary),
				columns.stream().map(Grade::label).toList(), points, notes, bands, RuleWording.hurdles(ruleSet).orElse(null),
				grading.bestResultCounts()
						? "Where a unit is attempted more than once (a resit or a resubmission), the best result counts."
						: null);
	}

	private static String bandRange(Grading.Band band) {
		if (band.to() == null) {
			return band.from() + " and above";
		}
		if (band.from() == 0) {
			return "Below " + (band.to() + 1);
		}
		return band.from() + "–" + band.to();
	}

	private static List<Example> examples(RuleSet ruleSet) {
		List<Example> examples = new ArrayList<>();
		boolean showPoints = ruleSet.grading() != null && !ruleSet.grading().points().isEmpty();
		int index = 0;
		for (ExampleResult result : WorkedExampleCheck.check(ruleSet)) {
			index++;
			WorkedExample example = result.example();
			Evaluation evaluation = result.evaluation();
			Map<String, Evaluation.UnitOutcome> outcomes = new HashMap<>();
			evaluation.units().forEach(o -> outcomes.put(o.unit().id(), o));
			List<ExampleRow> rows = new ArrayList<>();
			boolean showCredits = false;
			Integer glh = 0;
			Integer credits = 0;
			for (LearnerRecord.UnitResult unitResult : example.record().results()) {
				RuleUnit unit = ruleSet.unit(unitResult.unitId()).orElse(null);
				Evaluation.UnitOutcome outcome = outcomes.get(unitResult.unitId());
				String grade = !unitResult.attempts().isEmpty()
						? String.join(" then ", unitResult.attempts().stream().map(Grade::label).toList())
						: "Criteria " + String.join(", ", unitResult.criteriaMet())
								+ (outcome == null ? "" : " (" + outcome.result().label() + ")");
				Integer unitGlh = unit == null ? null : unit.glh();
				Integer unitCredits = unit == null ? null : unit.credits();
				showCredits |= unitCredits != null;
				glh = glh == null || unitGlh == null ? null : glh + unitGlh;
				credits = credits == null || unitCredits == null ? null : credits + unitCredits;
				String points = outcome == null || outcome.points() == null ? null : "= " + outcome.points() + " points";
				rows.add(new ExampleRow(unitResult.unitId(), unit == null ? null : unit.title(), Texts.number(unitGlh),
						Texts.number(unitCredits), grade, points));
			}
			showCredits &= !showPoints;
			WorkedExample.Expectation expected = example.expected();
			List<Comparison> comparison = new ArrayList<>();
			Boolean printedEligible = expected == null ? null : expected.eligible();
			comparison.add(compare("Eligible for the qualification", printedEligible == null ? null : yesNo(printedEligible),
					yesNo(evaluation.eligible())));
			Integer printedPoints = expected == null ? null : expected.points();
			if (printedPoints != null || evaluation.grade().points() != null) {
				comparison.add(compare("Total number of points", Texts.number(printedPoints), Texts.number(evaluation.grade().points())));
			}
			Grade printedGrade = expected == null ? null : expected.grade();
			Grade computedGrade = evaluation.grade().grade();
			if (printedGrade != null || computedGrade != null) {
				comparison.add(compare("Qualification grade", printedGrade == null ? null : printedGrade.label(),
						computedGrade == null ? "none" : computedGrade.label()));
			}
			examples.add(new Example("example-" + index, example.name(), showCredits, showPoints, rows,
					Texts.number(glh), showCredits ? Texts.number(credits) : null,
					printedPoints == null ? null : "= " + printedPoints + " points", comparison, result.agrees(),
					result.disagreements(), evaluation.grade().reason()));
		}
		return examples;
	}

	private static Comparison compare(String label, String printed, String computed) {
		return new Comparison(label, printed, computed, printed == null || printed.equals(computed));
	}

	private static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}

	private static List<MethodGroup> methods(ResolvedQualification qualification) {
		List<AssessmentMethod> methods = qualification.source().getMethods();
		if (methods.isEmpty() && qualification.organisation() != null) {
			methods = qualification.organisation().getMethods();
		}
		List<MethodGroup> groups = new ArrayList<>();
		String category = null;
		List<Method> current = null;
		for (AssessmentMethod method : methods) {
			if (current == null || !Objects.equals(category, method.getCategory())) {
				if (current != null) {
					groups.add(new MethodGroup(category, current));
				}
				category = method.getCategory();
				current = new ArrayList<>();
			}
			current.add(new Method(method.getCode(), method.getName()));
		}
		if (current != null) {
			groups.add(new MethodGroup(category, current));
		}
		return groups;
	}

	private static List<Change> changes(Qualification source) {
		List<Change> changes = new ArrayList<>();
		for (ChangeLogEntry entry : source.getChanges()) {
			String issued = (entry.getVersion() == null ? "" : "Version " + entry.getVersion())
					+ (entry.getVersion() != null && entry.getDate() != null ? ", " : "")
					+ (entry.getDate() == null ? "" : Texts.date(entry.getDate()));
			changes.add(new Change(entry.getSection(), entry.getDescription(), issued.isEmpty() ? null : issued));
		}
		return changes;
	}

	// ---------------------------------------------------------------------------------------------
	// Computed figures
	// ---------------------------------------------------------------------------------------------

	private static Computed computed(RuleSet ruleSet, Analysis analysis) {
		if (analysis == null) {
			return new Computed(false, false, List.of(), null, null, List.of(), List.of(), List.of());
		}
		Function<Rule, String> words = rule -> Texts.capitalise(RuleWording.describe(ruleSet, rule));
		if (!analysis.feasible()) {
			return new Computed(true, false, List.of(), "0", null, analysis.conflict().stream().map(words).toList(),
					List.of(), analysis.neverMet().stream().map(words).toList());
		}
		RuleSet.DeclaredSize declared = ruleSet.declared();
		List<Figure> figures = new ArrayList<>();
		figures.add(figure("Guided learning hours (GLH)", analysis.minGlh(), analysis.maxGlh(), declared.glh(),
				declared.glhAtLeast()));
		boolean credits = !ruleSet.units().isEmpty() && ruleSet.units().stream().anyMatch(u -> u.credits() != null);
		if (credits) {
			figures.add(figure("Credits", analysis.minCredits(), analysis.maxCredits(), declared.credits(),
					declared.creditsAtLeast()));
		}
		if (analysis.minTqt() != null) {
			figures.add(figure("Total qualification time (TQT), 10 hours per credit", analysis.minTqt(), analysis.maxTqt(),
					declared.tqt(), false));
		}
		Analysis.SelectionCount count = analysis.selections();
		String selections = count.exact() ? Texts.count(count.lower())
				: "between " + Texts.count(count.lower()) + " and " + Texts.count(count.upper()) + " (too many to count exactly)";
		String leastGlh = analysis.minGlh() == null ? null : String.join(", ", analysis.minGlh().selection());
		return new Computed(true, true, figures, selections, leastGlh, List.of(),
				analysis.redundant().stream().map(words).toList(), analysis.neverMet().stream().map(words).toList());
	}

	private static Figure figure(String label, Analysis.Extreme least, Analysis.Extreme greatest, Integer stated,
			boolean statedMinimum) {
		String leastText = least == null ? null : Texts.count(least.value());
		String greatestText = greatest == null ? null : Texts.count(greatest.value());
		String statedText = stated == null ? null : (statedMinimum ? "at least " : "") + Texts.count(stated);
		String remark = null;
		if (stated != null && least != null && greatest != null) {
			if (statedMinimum) {
				remark = least.value() == stated ? "the least equals the stated minimum"
						: least.value() > stated ? "the least is above the stated minimum" : "the least is below the stated minimum";
			} else if (least.value() == stated && greatest.value() == stated) {
				remark = "every valid selection has the stated figure";
			} else if (least.value() <= stated && stated <= greatest.value()) {
				remark = "the stated figure is within the computed range";
			} else {
				remark = "the stated figure is outside the computed range";
			}
		}
		return new Figure(label, leastText, greatestText, statedText, remark);
	}

	// ---------------------------------------------------------------------------------------------
	// Units
	// ---------------------------------------------------------------------------------------------

	static UnitDocument unitDocument(ResolvedUnit unit, ResolvedMembership membership) {
		Unit view = unit(unit, membership, Texts.anchor("unit", unit.urn()), true);
		return new UnitDocument(unit.urn() + " " + unit.title(), view, GENERATOR);
	}

	/**
	 * A unit view, in the context of its membership (null: the unit alone); {@code standalone} (a unit
	 * document rather than a page of a handbook) adds the line naming the qualification.
	 */
	private static Unit unit(ResolvedUnit unit, ResolvedMembership membership, String anchor, boolean standalone) {
		io.qualspec.qualspec.Unit source = unit.source();
		Qualification owner = membership == null ? null : owner(membership.source());
		AwardingOrganisation organisation = owner == null || owner.getOrganisation() == null || owner.getOrganisation().eIsProxy()
				? null : owner.getOrganisation();
		UnitGroup group = membership != null && membership.source().eContainer() instanceof UnitGroup g ? g : null;
		Map<String, String> numbers = owner == null ? Map.of() : localNumbers(owner);

		List<Row> header = new ArrayList<>();
		add(header, "Title", unit.title());
		add(header, "Level", Texts.level(unit.level()));
		add(header, "Unit Number (URN)", unit.urn());
		add(header, "Credit Value", Texts.number(unit.credits()));
		add(header, "GLH", Texts.number(unit.glh()));
		if (membership != null) {
			add(header, organisation == null ? "Unit No" : organisation.getName() + " Unit No", membership.number());
			add(header, "Sector Unit No", sector(membership));
			add(header, organisation != null && organisation.getUnitReferenceLabel() != null ? organisation.getUnitReferenceLabel()
					: "Reference", membership.aoReference());
		} else {
			add(header, "Sector Unit No", source.getSectorCode());
		}
		if (group != null) {
			add(header, "Group", groupCaption(group.getName(), group.getLabel()));
		}
		if (unit.assessment() != null) {
			add(header, "Assessment", unit.assessment() == AssessmentType.EXTERNAL ? "External assessment (E)"
					: "Internal assessment (I)");
		}
		if (unit.gradeScale() != null) {
			add(header, "Grading", unit.gradeScale() == GradeScale.ACHIEVED_OR_NOT ? "Achieved / not achieved"
					: "Pass, Merit or Distinction");
		}
		if (isWritten(source, Literals.UNIT__KIND)) {
			add(header, "Unit type", switch (source.getKind()) {
				case KNOWLEDGE -> "Knowledge";
				case COMPETENCE -> "Competence";
				case MIXED -> "Knowledge and competence";
			});
		}
		add(header, "Unit expiry date", Texts.date(source.getExpiry()));
		if (source.isSynoptic()) {
			add(header, "Synoptic unit", "Yes: it draws on the learning of the other units");
		}
		if (!source.getLinks().isEmpty()) {
			header.add(row("Links to other units", source.getLinks().stream().map(u -> unitName(u, numbers)).toList()));
		}
		if (!source.getAfter().isEmpty()) {
			header.add(row("Recommended to be taken after", source.getAfter().stream().map(u -> unitName(u, numbers)).toList()));
		}
		List<String> evidence = new ArrayList<>(source.getEvidence().stream().map(Views::evidence).toList());
		if (membership != null) {
			membership.source().getEvidence().stream().map(e -> evidence(e) + " in this qualification").forEach(evidence::add);
		}
		if (!evidence.isEmpty()) {
			header.add(row("Evidence", evidence));
		}

		List<Outcome> outcomes = new ArrayList<>();
		boolean hasContent = false;
		boolean hasWeighting = false;
		for (ResolvedOutcome outcome : unit.outcomes()) {
			List<Criterion> criteria = outcome.criteria().stream()
					.sorted(Comparator.comparing(ResolvedCriterion::number, Views::compareCriterionNumbers))
					.map(c -> new Criterion(c.number(), c.text() == null ? "" : c.text(), c.guidance())).toList();
			List<Content> content = new ArrayList<>();
			for (TeachingContent item : outcome.content()) {
				content.add(new Content(isWritten(item, Literals.TEACHING_CONTENT__QUALIFIER) ? item.getQualifier().getLiteral() : null,
						item.getText()));
			}
			hasContent |= !content.isEmpty();
			hasWeighting |= outcome.weighting() != null;
			outcomes.add(new Outcome(outcome.number() + ".", outcome.text(), outcome.kind() == null ? null
					: outcome.kind().getLiteral(), outcome.weighting() == null ? null : outcome.weighting() + "%", criteria, content));
		}

		List<Row> exam = new ArrayList<>();
		ExternalAssessment details = source.getExam();
		if (details != null) {
			if (isWritten(details, Literals.EXTERNAL_ASSESSMENT__DURATION)) {
				add(exam, "Duration", Texts.duration(details.getDuration()));
			}
			add(exam, "Format", details.getFormat());
			if (isWritten(details, Literals.EXTERNAL_ASSESSMENT__MARKS)) {
				add(exam, "Marks", details.getMarks() + " marks");
			}
			add(exam, "Set and marked", details.getSetBy());
			if (!details.getQuestionTypes().isEmpty()) {
				exam.add(row("Question types", details.getQuestionTypes()));
			}
			if (details.isCalculator()) {
				add(exam, "Calculator", "A calculator may be used.");
			}
			if (!details.getSeries().isEmpty()) {
				add(exam, "Exam series", Texts.months(details.getSeries()));
			}
		}

		String context = null;
		if (standalone && owner != null) {
			context = owner.getTitle() + " (" + owner.getName() + ")";
		}
		return new Unit(anchor, unit.title(), unit.urn(), context, header, outcomes, hasContent, hasWeighting,
				gradingGrid(unit), exam, sections(source.getSections(), anchor + "-section"));
	}

	private static GradingGrid gradingGrid(ResolvedUnit unit) {
		List<io.qualspec.qualspec.GradingCriterion> criteria = unit.source().getGradingCriteria();
		if (criteria.isEmpty()) {
			return null;
		}
		List<CriterionGrade> grades = new ArrayList<>();
		for (CriterionGrade grade : CriterionGrade.VALUES) {
			if (criteria.stream().anyMatch(c -> c.getGrade() == grade)) {
				grades.add(grade);
			}
		}
		// rows: each outcome the criteria name, in outcome order, then the criteria for no outcome
		List<Integer> outcomeNumbers = criteria.stream()
				.filter(c -> isWritten(c, Literals.GRADING_CRITERION__OUTCOME)).map(io.qualspec.qualspec.GradingCriterion::getOutcome)
				.distinct().sorted().toList();
		List<GradingRow> rows = new ArrayList<>();
		for (Integer number : outcomeNumbers) {
			String label = unit.outcomes().stream().filter(o -> o.number() == number).findFirst()
					.map(o -> o.number() + ". " + o.text()).orElse("Outcome " + number);
			rows.add(gradingRow(label, grades, criteria.stream()
					.filter(c -> isWritten(c, Literals.GRADING_CRITERION__OUTCOME) && c.getOutcome() == number).toList()));
		}
		List<io.qualspec.qualspec.GradingCriterion> unassigned = criteria.stream()
				.filter(c -> !isWritten(c, Literals.GRADING_CRITERION__OUTCOME)).toList();
		if (!unassigned.isEmpty()) {
			rows.add(gradingRow(outcomeNumbers.isEmpty() ? "The unit" : "The unit as a whole", grades, unassigned));
		}
		List<String> labels = grades.stream().map(g -> Texts.capitalise(g.getLiteral())).toList();
		List<String> stems = grades.stream().map(g -> switch (g) {
			case PASS -> "To achieve a Pass, the learner must be able to:";
			case MERIT -> "To achieve a Merit, the learner must also be able to:";
			case DISTINCTION -> "To achieve a Distinction, the learner must also be able to:";
		}).toList();
		return new GradingGrid(labels, stems, rows);
	}

	private static GradingRow gradingRow(String label, List<CriterionGrade> grades,
			List<io.qualspec.qualspec.GradingCriterion> criteria) {
		List<List<GradingCriterion>> cells = new ArrayList<>();
		for (CriterionGrade grade : grades) {
			cells.add(criteria.stream().filter(c -> c.getGrade() == grade).map(c -> new GradingCriterion(c.getCode(), c.getText()))
					.toList());
		}
		return new GradingRow(label, cells);
	}

	/** "2.10" after "2.9": criterion numbers compare part by part as numbers. */
	static int compareCriterionNumbers(String a, String b) {
		String[] x = a == null ? new String[0] : a.split("\\.");
		String[] y = b == null ? new String[0] : b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c;
			try {
				c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
			} catch (NumberFormatException e) {
				c = x[i].compareTo(y[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	private static Qualification owner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Qualification q) {
				return q;
			}
		}
		return null;
	}

	/** URN to the number the qualification's table prints for it. */
	private static Map<String, String> localNumbers(Qualification qualification) {
		Map<String, String> numbers = new HashMap<>();
		List<io.qualspec.qualspec.Membership> memberships = new ArrayList<>(qualification.getMemberships());
		qualification.getGroups().forEach(g -> memberships.addAll(g.getMemberships()));
		for (io.qualspec.qualspec.Membership membership : memberships) {
			if (membership.getUnit() != null && !membership.getUnit().eIsProxy() && membership.getNumber() != null) {
				numbers.putIfAbsent(membership.getUnit().getName(), membership.getNumber());
			}
		}
		return numbers;
	}

	private static String unitName(io.qualspec.qualspec.Unit unit, Map<String, String> numbers) {
		if (unit == null || unit.eIsProxy()) {
			return "(unresolved unit)";
		}
		String number = numbers.get(unit.getName());
		return (number != null ? "Unit " + number : unit.getName()) + " " + unit.getTitle();
	}

	// ---------------------------------------------------------------------------------------------
	// Text
	// ---------------------------------------------------------------------------------------------

	static List<Section> sections(List<TextSection> sections, String idPrefix) {
		List<Section> views = new ArrayList<>();
		int index = 0;
		for (TextSection section : sections) {
			index++;
			views.add(new Section(idPrefix + "-" + index, sectionTitle(section), blocks(section.getBlocks())));
		}
		return views;
	}

	private static String sectionTitle(TextSection section) {
		if (section.getTitle() != null && !section.getTitle().isBlank()) {
			return section.getTitle();
		}
		if (!isWritten(section, Literals.TEXT_SECTION__KIND)) {
			return "Further information";
		}
		SectionKind kind = section.getKind();
		return switch (kind) {
			case PURPOSE -> "Purpose and aim";
			case AIMS -> "Aims";
			case SUITABILITY -> "Who this qualification is suitable for";
			case PROGRESSION -> "Progression opportunities";
			case KNOWLEDGE -> "Knowledge, understanding and skills";
			case ASSESSMENT -> "Assessment";
			case EVIDENCE -> "Evidence requirements";
			case GUIDANCE -> "Guidance on assessment and evidence requirements";
			case NOS -> "National Occupational Standards (NOS) mapping";
			case FUNCTIONAL_SKILLS -> "Functional Skills signposting";
			case RESOURCES -> "Resources";
			case EXEMPTIONS -> "Exemptions";
			case EQUIVALENCES -> "Equivalencies";
			case CONTACT -> "Contact";
		};
	}

	/** Paragraphs, and consecutive bullets gathered into one list. */
	static List<Block> blocks(List<TextBlock> blocks) {
		List<Block> views = new ArrayList<>();
		List<List<String>> items = null;
		for (TextBlock block : blocks) {
			if (block instanceof Bullet) {
				if (items == null) {
					items = new ArrayList<>();
				}
				items.add(Texts.lines(block.getText()));
			} else {
				if (items != null) {
					views.add(new Block(true, List.of(), items));
					items = null;
				}
				views.add(new Block(false, Texts.lines(block.getText()), List.of()));
			}
		}
		if (items != null) {
			views.add(new Block(true, List.of(), items));
		}
		return views;
	}

	private static Block paragraph(String text) {
		return new Block(false, Texts.lines(text), List.of());
	}

	private static void add(List<Row> rows, String label, String value) {
		if (value != null && !value.isBlank()) {
			rows.add(new Row(label, List.of(paragraph(value)), List.of()));
		}
	}

	/** A row of one value, or of a bullet list when there are several. */
	private static Row row(String label, List<String> values) {
		if (values.size() == 1) {
			return new Row(label, List.of(paragraph(values.get(0))), List.of());
		}
		return new Row(label, List.of(new Block(true, List.of(), values.stream().map(Texts::lines).toList())), List.of());
	}
}
