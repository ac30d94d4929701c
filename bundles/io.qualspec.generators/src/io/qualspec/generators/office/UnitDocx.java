package io.qualspec.generators.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

import io.qualspec.generators.document.Prose.Block;
import io.qualspec.generators.document.Prose.Section;
import io.qualspec.generators.document.Rows.Row;
import io.qualspec.generators.document.UnitPage;
import io.qualspec.generators.document.UnitPage.Criterion;
import io.qualspec.generators.document.UnitPage.GradingCriterion;
import io.qualspec.generators.document.UnitPage.GradingGrid;
import io.qualspec.generators.document.UnitPage.GradingRow;
import io.qualspec.generators.document.UnitPage.Outcome;

/**
 * A unit document as a Word (DOCX) file: the same {@link UnitPage} as the HTML and PDF unit document, laid
 * out for Word. The unit's title as a heading, the qualification it is printed for, the header table, the
 * unit's purpose and aims, the grid "Learning Outcomes — The learner will:" | "Assessment Criteria — The
 * learner can:" (one row per criterion, the outcome cell spanning its criteria), teaching content, the
 * grading criteria of a graded unit, the external assessment and the unit's other text sections.
 *
 * <p>
 * Layout: A4 portrait, 2 cm margins, Arial 10 pt (Liberation Sans where Arial is missing), real Heading 1/2
 * styles (so Word's navigation pane and a table of contents see them), tables with thin grey borders,
 * shaded label cells and header rows; the grid's header row repeats on every page and its rows do not
 * split across pages.
 */
public final class UnitDocx {

	private static final String FONT = "Arial";
	/** Body text, in half-points. */
	private static final int BODY_SIZE = 20;
	private static final String HEADING_COLOUR = "1F3864";
	private static final String HEADER_SHADING = "D9E2F3";
	private static final String LABEL_SHADING = "F2F2F2";
	private static final String BORDER_COLOUR = "808080";
	/** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
	private static final int TEXT_WIDTH = 11906 - 2 * 1134;
	/** The indent after an outcome's or criterion's number, in twentieths of a point. */
	private static final int NUMBER_INDENT = 454;
	private static final int CRITERION_INDENT = 567;

	private UnitDocx() {
	}

	public static void write(UnitPage page, OutputStream out) throws IOException {
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(out, "out");
		try (XWPFDocument document = new XWPFDocument()) {
			new Writer(document, page).write();
			document.write(out);
		}
	}

	// ------------------------------------------------------------------------------------------ writer

	private static final class Writer {

		private final XWPFDocument document;
		private final UnitPage page;
		private BigInteger bulletNumbering;

		Writer(XWPFDocument document, UnitPage page) {
			this.document = document;
			this.page = page;
		}

		void write() {
			styles();
			pageSetup();
			heading(page.title(), 1);
			if (page.context() != null) {
				run(document.createParagraph(), page.context(), false, true, BODY_SIZE);
			}
			keyValueTable(page.header(), "Title");
			spacer();
			List<Section> introduction = page.sections().stream().filter(Section::introduction).toList();
			introduction.forEach(this::section);
			if (!introduction.isEmpty() && !page.outcomes().isEmpty()) {
				spacer();
			}
			outcomesGrid();
			teachingContent();
			gradingCriteria();
			exam();
			page.sections().stream().filter(section -> !section.introduction()).forEach(this::section);
			List<IBodyElement> body = document.getBodyElements();
			if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFTable) {
				spacer(); // Word keeps a paragraph after a table that ends the document
			}
		}

		// ------------------------------------------------------------------ parts

		private void outcomesGrid() {
			if (page.outcomes().isEmpty()) {
				return;
			}
			int rows = 1 + page.outcomes().stream().mapToInt(o -> Math.max(1, o.criteria().size())).sum();
			XWPFTable table = table(rows, new int[] { 40, 60 });
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			headerCell(header.getCell(0), "Learning Outcomes", "The learner will:");
			headerCell(header.getCell(1), "Assessment Criteria", "The learner can:");

			int r = 1;
			for (Outcome outcome : page.outcomes()) {
				List<Criterion> criteria = outcome.criteria();
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
						numbered(firstParagraph(outcomeCell), outcome.number(), outcome.text(), NUMBER_INDENT);
						if (outcome.weighting() != null) {
							XWPFParagraph weighting = addParagraph(outcomeCell);
							indent(weighting, NUMBER_INDENT);
							run(weighting, "Weighting: " + outcome.weighting(), false, true, BODY_SIZE - 2);
						}
					}
					XWPFTableCell criterionCell = row.getCell(1);
					if (i < criteria.size()) {
						Criterion criterion = criteria.get(i);
						numbered(firstParagraph(criterionCell), criterion.number(), criterion.text(), CRITERION_INDENT);
						if (criterion.guidance() != null) {
							XWPFParagraph guidance = addParagraph(criterionCell);
							indent(guidance, CRITERION_INDENT);
							run(guidance, "Guidance: ", true, true, BODY_SIZE - 2);
							run(guidance, criterion.guidance(), false, true, BODY_SIZE - 2);
						}
					}
				}
			}
			spacer();
		}

		private void teachingContent() {
			if (!page.hasContent()) {
				return;
			}
			// an outcome's or a learning aim's number, text and content
			record Taught(String number, String text, List<UnitPage.Content> content) {
			}
			List<Taught> withContent = new ArrayList<>();
			page.outcomes().stream().filter(o -> !o.content().isEmpty())
					.forEach(o -> withContent.add(new Taught(o.number(), o.text(), o.content())));
			page.aims().stream().filter(a -> !a.content().isEmpty())
					.forEach(a -> withContent.add(new Taught(a.letter(), a.text(), a.content())));
			heading("Teaching content", 2);
			XWPFTable table = table(withContent.size() + 1, new int[] { 40, 60 });
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			headerCell(header.getCell(0), page.outcomes().isEmpty() ? "Learning aim" : "Learning outcome", null);
			headerCell(header.getCell(1), "Teaching content", null);
			int r = 1;
			for (Taught taught : withContent) {
				XWPFTableRow row = table.getRow(r++);
				numbered(firstParagraph(row.getCell(0)), taught.number(), taught.text(), NUMBER_INDENT);
				XWPFTableCell cell = row.getCell(1);
				for (int i = 0; i < taught.content().size(); i++) {
					UnitPage.Content content = taught.content().get(i);
					XWPFParagraph item = i == 0 ? firstParagraph(cell) : addParagraph(cell);
					bullet(item);
					if (content.qualifier() != null) {
						run(item, content.qualifier() + " ", false, true, BODY_SIZE);
					}
					run(item, text(content.text()), false, false, BODY_SIZE);
				}
			}
			XWPFParagraph note = document.createParagraph();
			run(note, "i.e.", false, true, BODY_SIZE - 2);
			run(note, " content must be taught and may be assessed; ", false, false, BODY_SIZE - 2);
			run(note, "e.g.", false, true, BODY_SIZE - 2);
			run(note, " content is illustrative.", false, false, BODY_SIZE - 2);
		}

		private void gradingCriteria() {
			GradingGrid grid = page.grading();
			if (grid == null) {
				return;
			}
			heading("Grading criteria", 2);
			int[] widths = new int[1 + grid.grades().size()];
			widths[0] = 22;
			for (int c = 1; c < widths.length; c++) {
				widths[c] = 78 / grid.grades().size();
			}
			XWPFTable table = table(1 + grid.rows().size(), widths);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			headerCell(header.getCell(0), grid.rowHeading(), null);
			for (int g = 0; g < grid.grades().size(); g++) {
				headerCell(header.getCell(1 + g), grid.grades().get(g), grid.stems().get(g));
			}
			int r = 1;
			for (GradingRow gradingRow : grid.rows()) {
				XWPFTableRow row = table.getRow(r++);
				row.setCantSplitRow(true);
				if (!gradingRow.aims().isEmpty()) {
					run(firstParagraph(row.getCell(0)), gradingRow.number(), true, false, BODY_SIZE);
					for (UnitPage.Aim aim : gradingRow.aims()) {
						numbered(addParagraph(row.getCell(0)), aim.letter(), aim.text(), NUMBER_INDENT);
					}
				} else if (gradingRow.number() != null) {
					numbered(firstParagraph(row.getCell(0)), gradingRow.number(), gradingRow.text(), NUMBER_INDENT);
				} else {
					run(firstParagraph(row.getCell(0)), gradingRow.text(), false, true, BODY_SIZE);
				}
				for (int g = 0; g < gradingRow.cells().size(); g++) {
					XWPFTableCell cell = row.getCell(1 + g);
					List<GradingCriterion> criteria = gradingRow.cells().get(g);
					for (int i = 0; i < criteria.size(); i++) {
						XWPFParagraph paragraph = i == 0 ? firstParagraph(cell) : addParagraph(cell);
						hanging(paragraph, NUMBER_INDENT);
						run(paragraph, text(criteria.get(i).code()), true, false, BODY_SIZE);
						run(paragraph, "\t" + text(criteria.get(i).text()), false, false, BODY_SIZE);
					}
				}
			}
			spacer();
		}

		private void exam() {
			if (page.exam().isEmpty()) {
				return;
			}
			heading("External assessment", 2);
			keyValueTable(page.exam(), null);
			spacer();
		}

		private void section(Section section) {
			heading(section.title(), 2);
			for (Block block : section.blocks()) {
				if (block.list()) {
					for (List<String> item : block.items()) {
						XWPFParagraph paragraph = document.createParagraph();
						bullet(paragraph);
						run(paragraph, String.join("\n", item), false, false, BODY_SIZE);
					}
				} else {
					run(document.createParagraph(), String.join("\n", block.lines()), false, false, BODY_SIZE);
				}
			}
		}

		/**
		 * A two-column table of labels (shaded, bold) and values, kept on one page; a value's paragraphs are
		 * paragraphs of its cell, its lists bulleted. The value of the row labelled {@code boldValue} is bold.
		 */
		private void keyValueTable(List<Row> rows, String boldValue) {
			XWPFTable table = table(rows.size(), new int[] { 30, 70 });
			for (int r = 0; r < rows.size(); r++) {
				Row row = rows.get(r);
				XWPFTableRow tableRow = table.getRow(r);
				tableRow.setCantSplitRow(true);
				XWPFTableCell label = tableRow.getCell(0);
				label.setColor(LABEL_SHADING);
				XWPFParagraph labelParagraph = firstParagraph(label);
				run(labelParagraph, row.label(), true, false, BODY_SIZE);
				List<XWPFParagraph> value = value(tableRow.getCell(1), row.value(), row.label().equals(boldValue));
				if (r + 1 < rows.size()) {
					// keep the table together: every row but the last keeps with the next
					labelParagraph.setKeepNext(true);
					value.forEach(paragraph -> paragraph.setKeepNext(true));
				}
			}
		}

		/** A value's blocks as the paragraphs of a cell. */
		private List<XWPFParagraph> value(XWPFTableCell cell, List<Block> blocks, boolean bold) {
			List<XWPFParagraph> paragraphs = new ArrayList<>();
			for (Block block : blocks) {
				for (List<String> lines : block.list() ? block.items() : List.of(block.lines())) {
					XWPFParagraph paragraph = paragraphs.isEmpty() ? firstParagraph(cell) : addParagraph(cell);
					if (block.list()) {
						bullet(paragraph);
					}
					run(paragraph, String.join("\n", lines), bold, false, BODY_SIZE);
					paragraphs.add(paragraph);
				}
			}
			return paragraphs;
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

		private void pageSetup() {
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

	/** "1." and its text, the text's lines aligned after the number. */
	private static void numbered(XWPFParagraph paragraph, String number, String text, int indent) {
		hanging(paragraph, indent);
		run(paragraph, number + "\t" + text(text), false, false, BODY_SIZE);
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
