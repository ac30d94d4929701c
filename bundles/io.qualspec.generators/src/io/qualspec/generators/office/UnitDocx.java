package io.qualspec.generators.office;

import static io.qualspec.WrittenFeatures.isWritten;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedOutcome;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.ContentQualifier;
import io.qualspec.qualspec.CriterionGrade;
import io.qualspec.qualspec.EvidencePermission;
import io.qualspec.qualspec.ExternalAssessment;
import io.qualspec.qualspec.GradeScale;
import io.qualspec.qualspec.GradingCriterion;
import io.qualspec.qualspec.Month;
import io.qualspec.qualspec.Paragraph;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.SectionKind;
import io.qualspec.qualspec.TeachingContent;
import io.qualspec.qualspec.TextBlock;
import io.qualspec.qualspec.TextSection;
import io.qualspec.qualspec.Unit;

/**
 * A unit document as a Word (DOCX) file, laid out like the unit pages of the handbooks (DOMAIN.md §6):
 * the unit's title as a heading, a header table ({@code Title}, {@code Level}, {@code Unit Number} (the
 * URN), {@code Credit Value}, {@code GLH}, then assessment, grading, sector code and expiry date where the
 * unit states them), the unit's purpose and aims, the grid "Learning Outcomes — The learner will:" |
 * "Assessment Criteria — The learner can:" (one row per criterion, the outcome cell spanning its
 * criteria), teaching content, the Pass/Merit/Distinction grading criteria of a graded unit, the external
 * assessment, the unit's other text sections and its links to other units.
 *
 * <p>
 * Layout: A4 portrait, 2 cm margins, Arial 10 pt (Liberation Sans where Arial is missing), real Heading 1/2
 * styles (so Word's navigation pane and a table of contents see them), tables with thin grey borders,
 * shaded label cells and header rows; the grid's header row repeats on every page and its rows do not
 * split across pages. Values the unit does not state are left out rather than printed empty.
 */
public final class UnitDocx {

	static final String FONT = "Arial";
	/** Body text, in half-points. */
	private static final int BODY_SIZE = 20;
	private static final String HEADING_COLOUR = "1F3864";
	private static final String HEADER_SHADING = "D9E2F3";
	private static final String LABEL_SHADING = "F2F2F2";
	private static final String BORDER_COLOUR = "808080";
	/** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
	private static final int TEXT_WIDTH = 11906 - 2 * 1134;

	/** The headings of the outcomes grid, as the handbooks print them (004_e17669c1e56775bf.txt:201). */
	public static final String OUTCOMES_HEADING = "Learning Outcomes";
	public static final String OUTCOMES_STEM = "The learner will:";
	public static final String CRITERIA_HEADING = "Assessment Criteria";
	public static final String CRITERIA_STEM = "The learner can:";

	private UnitDocx() {
	}

	/** Writes the unit document of a unit as described in its library (no qualification context). */
	public static void write(ResolvedUnit unit, OutputStream out) throws IOException {
		write(unit, null, out);
	}

	/**
	 * Writes the unit document as a qualification prints it: with the membership's sector code, local unit
	 * number and awarding-organisation reference (labelled as the organisation names it, e.g. "Odyssey
	 * Reference") in the header table. The membership may be null.
	 */
	public static void write(ResolvedUnit unit, ResolvedMembership membership, OutputStream out) throws IOException {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(out, "out");
		try (XWPFDocument document = new XWPFDocument()) {
			new Writer(document, unit, membership).write();
			document.write(out);
		}
	}

	// ------------------------------------------------------------------------------------------ writer

	private static final class Writer {

		private final XWPFDocument document;
		private final ResolvedUnit unit;
		private final Unit source;
		private final ResolvedMembership membership;
		private BigInteger bulletNumbering;

		Writer(XWPFDocument document, ResolvedUnit unit, ResolvedMembership membership) {
			this.document = document;
			this.unit = unit;
			this.source = unit.source();
			this.membership = membership;
		}

		void write() {
			styles();
			page();
			heading(text(unit.title()), 1);
			headerTable();
			boolean introduced = false;
			for (TextSection section : source.getSections()) {
				if (isWritten(section, Literals.TEXT_SECTION__KIND)
						&& (section.getKind() == SectionKind.PURPOSE || section.getKind() == SectionKind.AIMS)) {
					section(section);
					introduced = true;
				}
			}
			if (introduced && !unit.outcomes().isEmpty()) {
				spacer();
			}
			outcomesGrid();
			teachingContent();
			gradingCriteria();
			exam();
			for (TextSection section : source.getSections()) {
				boolean before = isWritten(section, Literals.TEXT_SECTION__KIND)
						&& (section.getKind() == SectionKind.PURPOSE || section.getKind() == SectionKind.AIMS);
				if (!before) {
					section(section);
				}
			}
			additionalInformation();
			List<IBodyElement> body = document.getBodyElements();
			if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFTable) {
				spacer(); // Word keeps a paragraph after a table that ends the document
			}
		}

		// ------------------------------------------------------------------ parts

		private void headerTable() {
			Map<String, String> rows = new LinkedHashMap<>();
			rows.put("Title", text(unit.title()));
			if (unit.level() != null) {
				rows.put("Level", unit.level() == 0 ? "Entry" : String.valueOf(unit.level()));
			}
			rows.put("Unit Number", unit.urn());
			if (unit.credits() != null) {
				rows.put("Credit Value", String.valueOf(unit.credits()));
			}
			if (unit.glh() != null) {
				rows.put("GLH", String.valueOf(unit.glh()));
			}
			String sectorCode = membership != null && membership.sectorCode() != null ? membership.sectorCode()
					: source.getSectorCode();
			if (sectorCode != null) {
				rows.put("Sector Unit Number", sectorCode);
			}
			if (membership != null && membership.number() != null) {
				rows.put("Unit No", membership.number());
			}
			if (membership != null && membership.aoReference() != null) {
				rows.put(referenceLabel(), membership.aoReference());
			}
			if (unit.assessment() != null) {
				rows.put("Assessment", switch (unit.assessment()) {
				case EXTERNAL -> "External (set and marked by the awarding organisation)";
				case INTERNAL -> "Internal (assessed by the centre)";
				});
			}
			if (unit.gradeScale() != null) {
				rows.put("Grading", unit.gradeScale() == GradeScale.PASS_MERIT_DISTINCTION ? "Pass, Merit, Distinction"
						: "Achieved / Not achieved");
			}
			if (source.getExpiry() != null) {
				rows.put("Unit expiry date", source.getExpiry());
			}

			keyValueTable(rows, "Title");
			spacer();
		}

		private void outcomesGrid() {
			if (unit.outcomes().isEmpty()) {
				return;
			}
			int rows = 1 + unit.outcomes().stream().mapToInt(o -> Math.max(1, o.criteria().size())).sum();
			XWPFTable table = table(rows, new int[] { 40, 60 });
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			headerCell(header.getCell(0), OUTCOMES_HEADING, OUTCOMES_STEM);
			headerCell(header.getCell(1), CRITERIA_HEADING, CRITERIA_STEM);

			int r = 1;
			for (ResolvedOutcome outcome : unit.outcomes()) {
				List<ResolvedCriterion> criteria = outcome.criteria();
				int span = Math.max(1, criteria.size());
				for (int i = 0; i < span; i++) {
					XWPFTableRow row = table.getRow(r++);
					row.setCantSplitRow(true);
					XWPFTableCell outcomeCell = row.getCell(0);
					CTTcPr properties = cellProperties(outcomeCell);
					if (span > 1) {
						properties.addNewVMerge().setVal(i == 0 ? STMerge.RESTART : STMerge.CONTINUE);
					}
					if (i == 0) {
						XWPFParagraph paragraph = firstParagraph(outcomeCell);
						hanging(paragraph, 454);
						run(paragraph, outcome.number() + ".\t" + text(outcome.text()), false, false, BODY_SIZE);
						if (outcome.weighting() != null) {
							XWPFParagraph weighting = addParagraph(outcomeCell);
							indent(weighting, 454);
							run(weighting, "Weighting: " + outcome.weighting() + "%", false, true, BODY_SIZE - 2);
						}
					}
					XWPFTableCell criterionCell = row.getCell(1);
					if (i < criteria.size()) {
						ResolvedCriterion criterion = criteria.get(i);
						XWPFParagraph paragraph = firstParagraph(criterionCell);
						hanging(paragraph, 567);
						run(paragraph, criterion.number() + "\t" + text(criterion.text()), false, false, BODY_SIZE);
						if (criterion.guidance() != null) {
							XWPFParagraph guidance = addParagraph(criterionCell);
							indent(guidance, 567);
							run(guidance, "Guidance: ", true, true, BODY_SIZE - 2);
							run(guidance, criterion.guidance(), false, true, BODY_SIZE - 2);
						}
					}
				}
			}
			spacer();
		}

		private void teachingContent() {
			List<ResolvedOutcome> withContent = unit.outcomes().stream().filter(o -> !o.content().isEmpty()).toList();
			if (withContent.isEmpty()) {
				return;
			}
			heading("Teaching content", 2);
			XWPFTable table = table(withContent.size() + 1, new int[] { 40, 60 });
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			headerCell(header.getCell(0), "Learning outcome", null);
			headerCell(header.getCell(1), "Teaching content", null);
			int r = 1;
			for (ResolvedOutcome outcome : withContent) {
				XWPFTableRow row = table.getRow(r++);
				XWPFParagraph paragraph = firstParagraph(row.getCell(0));
				hanging(paragraph, 454);
				run(paragraph, outcome.number() + ".\t" + text(outcome.text()), false, false, BODY_SIZE);
				XWPFTableCell cell = row.getCell(1);
				boolean first = true;
				for (TeachingContent content : outcome.content()) {
					XWPFParagraph item = first ? firstParagraph(cell) : addParagraph(cell);
					first = false;
					bullet(item);
					if (isWritten(content, Literals.TEACHING_CONTENT__QUALIFIER)) {
						run(item, content.getQualifier() == ContentQualifier.MUST_TEACH ? "i.e. " : "e.g. ", false,
								true, BODY_SIZE);
					}
					run(item, text(content.getText()), false, false, BODY_SIZE);
				}
			}
			XWPFParagraph note = document.createParagraph();
			run(note, "i.e.", false, true, BODY_SIZE - 2);
			run(note, " content must be taught and may be assessed; ", false, false, BODY_SIZE - 2);
			run(note, "e.g.", false, true, BODY_SIZE - 2);
			run(note, " content is illustrative.", false, false, BODY_SIZE - 2);
		}

		private void gradingCriteria() {
			List<GradingCriterion> criteria = source.getGradingCriteria();
			if (criteria.isEmpty()) {
				return;
			}
			heading("Grading criteria", 2);
			// rows: each outcome with grading criteria, in outcome order, then the criteria for the whole unit
			Map<Integer, List<GradingCriterion>> byOutcome = new LinkedHashMap<>();
			for (ResolvedOutcome outcome : unit.outcomes()) {
				byOutcome.put(outcome.number(), new ArrayList<>());
			}
			List<GradingCriterion> wholeUnit = new ArrayList<>();
			for (GradingCriterion criterion : criteria) {
				if (isWritten(criterion, Literals.GRADING_CRITERION__OUTCOME)) {
					byOutcome.computeIfAbsent(criterion.getOutcome(), n -> new ArrayList<>()).add(criterion);
				} else {
					wholeUnit.add(criterion);
				}
			}
			byOutcome.values().removeIf(List::isEmpty);
			int rows = 1 + byOutcome.size() + (wholeUnit.isEmpty() ? 0 : 1);
			XWPFTable table = table(rows, new int[] { 22, 26, 26, 26 });
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			headerCell(header.getCell(0), "Learning outcome", null);
			headerCell(header.getCell(1), "Pass", "To achieve a pass the learner must be able to:");
			headerCell(header.getCell(2), "Merit", "To achieve a merit the learner must also be able to:");
			headerCell(header.getCell(3), "Distinction", "To achieve a distinction the learner must also be able to:");
			int r = 1;
			for (Map.Entry<Integer, List<GradingCriterion>> entry : byOutcome.entrySet()) {
				XWPFTableRow row = table.getRow(r++);
				row.setCantSplitRow(true);
				String outcomeText = unit.outcomes().stream().filter(o -> o.number() == entry.getKey()).findFirst()
						.map(o -> text(o.text())).orElse("");
				XWPFParagraph paragraph = firstParagraph(row.getCell(0));
				hanging(paragraph, 454);
				run(paragraph, entry.getKey() + ".\t" + outcomeText, false, false, BODY_SIZE);
				gradeCells(row, entry.getValue());
			}
			if (!wholeUnit.isEmpty()) {
				XWPFTableRow row = table.getRow(r);
				row.setCantSplitRow(true);
				run(firstParagraph(row.getCell(0)), byOutcome.isEmpty() ? "All learning outcomes" : "The unit as a whole",
						false, true, BODY_SIZE);
				gradeCells(row, wholeUnit);
			}
			spacer();
		}

		private void gradeCells(XWPFTableRow row, List<GradingCriterion> criteria) {
			for (CriterionGrade grade : CriterionGrade.VALUES) {
				XWPFTableCell cell = row.getCell(1 + grade.getValue());
				boolean first = true;
				for (GradingCriterion criterion : criteria) {
					if (criterion.getGrade() != grade) {
						continue;
					}
					XWPFParagraph paragraph = first ? firstParagraph(cell) : addParagraph(cell);
					first = false;
					hanging(paragraph, 454);
					run(paragraph, text(criterion.getCode()), true, false, BODY_SIZE);
					run(paragraph, "\t" + text(criterion.getText()), false, false, BODY_SIZE);
				}
			}
		}

		private void exam() {
			ExternalAssessment exam = source.getExam();
			if (exam == null) {
				return;
			}
			Map<String, String> rows = new LinkedHashMap<>();
			if (isWritten(exam, Literals.EXTERNAL_ASSESSMENT__DURATION)) {
				rows.put("Duration", exam.getDuration() + " minutes");
			}
			if (exam.getFormat() != null) {
				rows.put("Format", exam.getFormat());
			}
			if (isWritten(exam, Literals.EXTERNAL_ASSESSMENT__MARKS)) {
				rows.put("Marks", String.valueOf(exam.getMarks()));
			}
			if (exam.getSetBy() != null) {
				rows.put("Set and marked by", exam.getSetBy());
			}
			if (!exam.getQuestionTypes().isEmpty()) {
				rows.put("Question types", String.join("; ", exam.getQuestionTypes()));
			}
			rows.put("Calculator", exam.isCalculator() ? "Allowed" : "Not allowed");
			if (!exam.getSeries().isEmpty()) {
				rows.put("Exam series", exam.getSeries().stream().map(UnitDocx::month).collect(Collectors.joining(", ")));
			}
			heading("External assessment", 2);
			keyValueTable(rows, null);
			spacer();
		}

		private void section(TextSection section) {
			String title = section.getTitle() != null ? section.getTitle()
					: isWritten(section, Literals.TEXT_SECTION__KIND) ? sectionTitle(section.getKind()) : "Notes";
			heading(title, 2);
			for (TextBlock block : section.getBlocks()) {
				XWPFParagraph paragraph = document.createParagraph();
				if (!(block instanceof Paragraph)) {
					bullet(paragraph);
				}
				run(paragraph, text(block.getText()), false, false, BODY_SIZE);
			}
		}

		private void additionalInformation() {
			Map<String, String> rows = new LinkedHashMap<>();
			if (source.isSynoptic()) {
				rows.put("Synoptic unit", "Yes: the unit draws on the learning of the other units");
			}
			if (!source.getLinks().isEmpty()) {
				rows.put("Links to other units", units(source.getLinks()));
			}
			if (!source.getAfter().isEmpty()) {
				rows.put("Recommended to be taken after", units(source.getAfter()));
			}
			for (EvidencePermission permission : source.getEvidence()) {
				String context = switch (permission.getContext()) {
				case SIMULATION -> "Simulation";
				case REALISTIC_WORKING_ENVIRONMENT -> "Realistic working environment";
				case WORKPLACE -> "Workplace evidence";
				};
				rows.put(context, permission.isAllowed() ? "Allowed" : "Not allowed");
			}
			if (rows.isEmpty()) {
				return;
			}
			heading("Additional information", 2);
			keyValueTable(rows, null);
		}

		/**
		 * A two-column table of labels (shaded, bold) and values, kept on one page; "\n" in a value starts a new
		 * line. The value of the row labelled {@code boldValue} is bold.
		 */
		private void keyValueTable(Map<String, String> rows, String boldValue) {
			XWPFTable table = table(rows.size(), new int[] { 30, 70 });
			int r = 0;
			for (Map.Entry<String, String> row : rows.entrySet()) {
				XWPFTableRow tableRow = table.getRow(r++);
				tableRow.setCantSplitRow(true);
				XWPFTableCell label = tableRow.getCell(0);
				label.setColor(LABEL_SHADING);
				XWPFParagraph labelParagraph = firstParagraph(label);
				XWPFParagraph valueParagraph = firstParagraph(tableRow.getCell(1));
				run(labelParagraph, row.getKey(), true, false, BODY_SIZE);
				run(valueParagraph, row.getValue(), row.getKey().equals(boldValue), false, BODY_SIZE);
				if (r < rows.size()) {
					// keep the table together: every row but the last keeps with the next
					labelParagraph.setKeepNext(true);
					valueParagraph.setKeepNext(true);
				}
			}
		}

		private String referenceLabel() {
			Qualification qualification = qualificationOf(membership);
			AwardingOrganisation organisation = qualification == null ? null : qualification.getOrganisation();
			if (organisation != null && !organisation.eIsProxy() && organisation.getUnitReferenceLabel() != null) {
				return organisation.getUnitReferenceLabel();
			}
			return "Awarding organisation reference";
		}

		// ------------------------------------------------------------------ building blocks

		private void heading(String text, int level) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setStyle("Heading" + level);
			paragraph.setKeepNext(true);
			XWPFRun run = paragraph.createRun();
			run.setText(text);
		}

		private XWPFTable table(int rows, int[] percentages) {
			XWPFTable table = document.createTable(rows, percentages.length);
			table.setWidthType(TableWidthType.PCT);
			table.setWidth("100%");
			table.setTableAlignment(TableRowAlign.LEFT);
			table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
			table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
			table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
			table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
			table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
			table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
			table.setCellMargins(57, 85, 57, 85);
			CTTblPr properties = table.getCTTbl().getTblPr();
			CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
			layout.setType(STTblLayoutType.FIXED);
			// the grid: LibreOffice sizes columns from it, Word from the cell widths
			CTTblGrid grid = table.getCTTbl().getTblGrid();
			if (grid == null) {
				grid = table.getCTTbl().addNewTblGrid();
			}
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (int percentage : percentages) {
				grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * percentage / 100));
			}
			for (XWPFTableRow row : table.getRows()) {
				for (int c = 0; c < percentages.length; c++) {
					XWPFTableCell cell = row.getCell(c);
					cell.setWidthType(TableWidthType.DXA);
					cell.setWidth(String.valueOf(TEXT_WIDTH * percentages[c] / 100));
					cell.setVerticalAlignment(XWPFVertAlign.TOP);
					XWPFParagraph paragraph = firstParagraph(cell);
					paragraph.setSpacingAfter(0);
					paragraph.setSpacingBefore(0);
				}
			}
			return table;
		}

		private void headerCell(XWPFTableCell cell, String heading, String stem) {
			cell.setColor(HEADER_SHADING);
			XWPFParagraph paragraph = firstParagraph(cell);
			run(paragraph, heading, true, false, BODY_SIZE);
			if (stem != null) {
				XWPFParagraph second = addParagraph(cell);
				second.setSpacingAfter(0);
				run(second, stem, false, true, BODY_SIZE);
			}
		}

		private void spacer() {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setSpacingAfter(0);
		}

		private void bullet(XWPFParagraph paragraph) {
			if (bulletNumbering == null) {
				bulletNumbering = bulletNumbering();
			}
			paragraph.setNumID(bulletNumbering);
			paragraph.setNumILvl(BigInteger.ZERO);
			paragraph.setSpacingAfter(40);
		}

		private BigInteger bulletNumbering() {
			CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
			abstractNum.setAbstractNumId(BigInteger.ONE);
			CTLvl level = abstractNum.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewStart().setVal(BigInteger.ONE);
			level.addNewNumFmt().setVal(STNumberFormat.BULLET);
			level.addNewLvlText().setVal("\u2022");
			var indentation = level.addNewPPr().addNewInd();
			indentation.setLeft(BigInteger.valueOf(360));
			indentation.setHanging(BigInteger.valueOf(270));
			CTFonts fonts = level.addNewRPr().addNewRFonts();
			fonts.setAscii(FONT);
			fonts.setHAnsi(FONT);
			XWPFNumbering numbering = document.createNumbering();
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
			return numbering.addNum(abstractId);
		}

		private void styles() {
			CTStyles styles = CTStyles.Factory.newInstance();
			CTDocDefaults defaults = styles.addNewDocDefaults();
			CTRPr run = defaults.addNewRPrDefault().addNewRPr();
			CTFonts fonts = run.addNewRFonts();
			fonts.setAscii(FONT);
			fonts.setHAnsi(FONT);
			fonts.setCs(FONT);
			fonts.setEastAsia(FONT);
			run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
			run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
			run.addNewLang().setVal("en-GB");
			CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
			spacing.setAfter(BigInteger.valueOf(120));
			spacing.setLine(BigInteger.valueOf(264));

			CTStyle normal = styles.addNewStyle();
			normal.setType(STStyleType.PARAGRAPH);
			normal.setStyleId("Normal");
			normal.addNewName().setVal("Normal");
			normal.addNewQFormat();
			normal.setDefault(true);

			headingStyle(styles, 1, 32, 240);
			headingStyle(styles, 2, 24, 240);

			XWPFStyles documentStyles = document.createStyles();
			documentStyles.setStyles(styles);
			for (CTStyle style : styles.getStyleArray()) {
				if (documentStyles.getStyle(style.getStyleId()) == null) {
					documentStyles.addStyle(new XWPFStyle(style, documentStyles));
				}
			}
		}

		private void headingStyle(CTStyles styles, int level, int size, int before) {
			CTStyle style = styles.addNewStyle();
			style.setType(STStyleType.PARAGRAPH);
			style.setStyleId("Heading" + level);
			style.addNewName().setVal("heading " + level);
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			style.addNewQFormat();
			CTPPrGeneral paragraph = style.addNewPPr();
			paragraph.addNewKeepNext();
			CTSpacing spacing = paragraph.addNewSpacing();
			spacing.setBefore(BigInteger.valueOf(before));
			spacing.setAfter(BigInteger.valueOf(120));
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			CTRPr run = style.addNewRPr();
			run.addNewB();
			run.addNewBCs();
			run.addNewColor().setVal(HEADING_COLOUR);
			run.addNewSz().setVal(BigInteger.valueOf(size));
			run.addNewSzCs().setVal(BigInteger.valueOf(size));
		}

		private void page() {
			CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
					: document.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
			BigInteger margin = BigInteger.valueOf(1134);
			margins.setTop(margin);
			margins.setBottom(margin);
			margins.setLeft(margin);
			margins.setRight(margin);
			margins.setHeader(BigInteger.valueOf(567));
			margins.setFooter(BigInteger.valueOf(567));
			margins.setGutter(BigInteger.ZERO);
		}
	}

	// ------------------------------------------------------------------------------------------ helpers

	private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
		return cell.getParagraphs().isEmpty() ? addParagraph(cell) : cell.getParagraphs().get(0);
	}

	/** A further paragraph in a cell, without the space after that body paragraphs have. */
	private static XWPFParagraph addParagraph(XWPFTableCell cell) {
		XWPFParagraph paragraph = cell.addParagraph();
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static CTTcPr cellProperties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	/** A paragraph whose first line starts at the margin and whose other lines (and the text after a tab) align. */
	private static void hanging(XWPFParagraph paragraph, int twips) {
		paragraph.setIndentationLeft(twips);
		paragraph.setIndentationHanging(twips);
	}

	private static void indent(XWPFParagraph paragraph, int twips) {
		paragraph.setIndentationLeft(twips);
	}

	/** Appends text; "\n" in the text becomes a line break. */
	private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int halfPoints) {
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setItalic(italic);
		if (halfPoints != BODY_SIZE) {
			run.setFontSize(halfPoints / 2.0);
		}
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			String[] tabs = lines[i].split("\t", -1);
			for (int t = 0; t < tabs.length; t++) {
				if (t > 0) {
					run.addTab();
				}
				if (!tabs[t].isEmpty()) {
					run.setText(tabs[t], run.getCTR().sizeOfTArray());
				}
			}
		}
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	private static String month(Month month) {
		String name = month.getLiteral();
		return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

	private static String units(List<Unit> units) {
		return units.stream().filter(u -> !u.eIsProxy()).map(u -> u.getName() + " " + text(u.getTitle()))
				.collect(Collectors.joining("\n"));
	}

	private static String sectionTitle(SectionKind kind) {
		return switch (kind) {
		case PURPOSE -> "Unit purpose and aim";
		case AIMS -> "Unit aims";
		case SUITABILITY -> "This unit is suitable for";
		case PROGRESSION -> "Progression";
		case KNOWLEDGE -> "Knowledge, understanding and skills";
		case ASSESSMENT -> "Assessment";
		case EVIDENCE -> "Evidence requirements";
		case GUIDANCE -> "Guidance on assessment and evidence requirements";
		case NOS -> "National Occupational Standards (NOS) mapping";
		case FUNCTIONAL_SKILLS -> "Functional skills signposting";
		case RESOURCES -> "Resources";
		case EXEMPTIONS -> "Exemptions";
		case EQUIVALENCES -> "Equivalencies";
		case CONTACT -> "Contact";
		};
	}

	private static Qualification qualificationOf(ResolvedMembership membership) {
		if (membership == null || membership.source() == null) {
			return null;
		}
		for (var container = membership.source().eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Qualification qualification) {
				return qualification;
			}
		}
		return null;
	}
}
