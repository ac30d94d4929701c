package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.NVQ_UNITS;
import static io.qualspec.ui.tests.Workbench.document;
import static io.qualspec.ui.tests.Workbench.open;
import static io.qualspec.ui.tests.Workbench.page;
import static io.qualspec.ui.tests.Workbench.viewer;
import static io.qualspec.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.builder.ProblemMarkers;
import io.qualspec.ui.editor.ProblemAnnotationHover;
import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.editor.SpecificationCompletion;
import io.qualspec.ui.editor.SpecificationHover;
import io.qualspec.ui.editor.SpecificationOutline.Node;
import io.qualspec.ui.editor.SpecificationQuickFixes;

/** The Qualspec editor on the OCR NVQ examples: one test per editor feature. */
class QualspecEditorTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = Workbench.examplesProject("editor-examples");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private static IFile certificate() {
		return project.getFile(NVQ_CERTIFICATE);
	}

	private static QualspecEditor scratch(String name, String text) throws Exception {
		IFile file = project.getFile(name);
		Workbench.write(file, text);
		return open(file);
	}

	@Test
	void opensAnExampleInTheQualspecEditor() throws Exception {
		QualspecEditor editor = open(certificate());
		assertEquals(QualspecEditor.ID, editor.getSite().getId());
		assertEquals(Workbench.read(certificate()), document(editor).get());
		assertTrue(editor.specification().issues().stream().noneMatch(i -> i.getSeverity().name().equals("ERROR")),
				() -> "the example has errors: " + editor.specification().issues());
	}

	@Test
	void coloursKeywordsStringsNumbersAndComments() throws Exception {
		QualspecEditor editor = open(certificate());
		String text = document(editor).get();
		StyledText widget = editor.getAdapter(ITextOperationTarget.class) instanceof ISourceViewer viewer ? viewer.getTextWidget() : null;
		assertNotNull(widget);
		StyleRange keyword = widget.getStyleRangeAtOffset(text.indexOf("qualification 500/8625/X"));
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB());
		StyleRange string = widget.getStyleRangeAtOffset(text.indexOf("\"03455\""));
		assertEquals(new RGB(42, 0, 255), string.foreground.getRGB());
		StyleRange number = widget.getStyleRangeAtOffset(text.indexOf("glh at least 192") + "glh at least ".length());
		assertEquals(new RGB(125, 70, 0), number.foreground.getRGB());
		StyleRange comment = widget.getStyleRangeAtOffset(text.indexOf("// OCR Level 2"));
		assertEquals(SWT.ITALIC, comment.fontStyle & SWT.ITALIC);
	}

	@Test
	void colouringShowsReferencesAndDefinedNumbersApartFromKeywordsAndNumbers() throws Exception {
		QualspecEditor editor = open(certificate());
		StyledText widget = viewer(editor).getTextWidget();
		String text = document(editor).get();
		int reference = text.indexOf("unit F1 = F/601/1609") + "unit F1 = ".length();
		// the whole reference, its digits too, which the lexer alone colours as numbers
		for (int offset = reference; offset < reference + "F/601/1609".length(); offset++) {
			StyleRange style = widget.getStyleRangeAtOffset(offset);
			assertEquals(new RGB(0, 80, 160), style.foreground.getRGB(), "unit reference at " + offset);
			assertEquals(SWT.NORMAL, style.fontStyle);
		}
		assertEquals(new RGB(127, 0, 85), widget.getStyleRangeAtOffset(text.indexOf("unit F1 = F/601/1609")).foreground.getRGB());
		StyleRange group = widget.getStyleRangeAtOffset(text.indexOf("require all units from A") + "require all units from ".length());
		assertEquals(new RGB(110, 60, 160), group.foreground.getRGB());
		StyleRange number = widget.getStyleRangeAtOffset(text.indexOf("qualification 500/8625/X") + "qualification 500/".length());
		assertEquals(new RGB(0, 80, 160), number.foreground.getRGB());
		assertEquals(SWT.BOLD, number.fontStyle & SWT.BOLD);
	}

	@Test
	void validationAsYouTypeMarksTheFileWithTheIssueCode() throws Exception {
		QualspecEditor editor = scratch("scratch-validation.qspec",
				"unit library scratch.validation {\n\tunit F/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t}\n}\n");
		IFile file = project.getFile("scratch-validation.qspec");
		assertEquals(0, Workbench.errorCount(file));
		IDocument document = document(editor);
		document.replace(document.get().indexOf("F/601/1609"), 1, "G");
		waitUntil("a check-letter marker appears", () -> codes(file).contains("io.qualspec.identifier.urnCheckLetter"));
		IMarker marker = Arrays.stream(Workbench.markers(file))
				.filter(m -> "io.qualspec.identifier.urnCheckLetter".equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))).findFirst()
				.orElseThrow();
		assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(new SpecificationHover(editor::specification).text(document.get().indexOf("G/601/1609") + 2)
				.contains("[io.qualspec.identifier.urnCheckLetter]"));
		page().showView("org.eclipse.ui.views.ProblemView");
		Tree problems = Widgets.all(page().getWorkbenchWindow().getShell(), Tree.class).stream()
				.filter(tree -> tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())).findFirst()
				.orElseThrow();
		waitUntil("the Problems view lists the error",
				() -> Arrays.stream(problems.getItems()).anyMatch(item -> item.getText().startsWith("Errors")));
		// Open the groups as a click would: the view's tree viewer fills a group when it hears it expand.
		for (TreeItem group : problems.getItems()) {
			Event expand = new Event();
			expand.item = group;
			problems.notifyListeners(SWT.Expand, expand);
			group.setExpanded(true);
		}
		Workbench.screenshot("problems-view");
	}

	@Test
	void quickFixRepairsAWrongCheckLetter() throws Exception {
		QualspecEditor editor = scratch("scratch-quickfix.qspec",
				"unit library scratch.quickfix {\n\tunit G/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t}\n}\n");
		IFile file = project.getFile("scratch-quickfix.qspec");
		waitUntil("a check-letter marker appears", () -> codes(file).contains("io.qualspec.identifier.urnCheckLetter"));
		IDocument document = document(editor);
		List<ICompletionProposal> fixes = new SpecificationQuickFixes(editor::specification)
				.proposalsAt(document.get().indexOf("G/601/1609"));
		assertFalse(fixes.isEmpty(), "no quick fix offered");
		fixes.get(0).apply(document);
		assertTrue(document.get().contains("unit F/601/1609"), document.get());
		waitUntil("the marker disappears", () -> !codes(file).contains("io.qualspec.identifier.urnCheckLetter"));
	}

	@Test
	void rulerHoverShowsAProblemsMessageAndIssueCode() throws Exception {
		QualspecEditor editor = scratch("scratch-ruler-hover.qspec",
				"unit library scratch.hover {\n\tunit G/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t}\n}\n");
		ISourceViewer viewer = viewer(editor);
		String[] hover = { null };
		waitUntil("the problem is annotated on line 2",
				() -> (hover[0] = new ProblemAnnotationHover().getHoverInfo(viewer, 1)) != null && hover[0].contains("G/601/1609"));
		assertTrue(hover[0].contains("The check letter of G/601/1609 should be F"), hover[0]);
		assertTrue(hover[0].contains("[io.qualspec.identifier.urnCheckLetter]"), hover[0]);
		assertNull(new ProblemAnnotationHover().getHoverInfo(viewer, 2), "nothing is marked on line 3");
	}

	@Test
	void contentAssistProposesUnitsWithTitleLevelAndCredits() throws Exception {
		QualspecEditor editor = open(certificate());
		int caret = newReferenceInGroupA(document(editor));
		List<String> proposals = Arrays.stream(new SpecificationCompletion(editor::specification)
				.computeCompletionProposals(null, caret)).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.contains("F/601/1609 — Communicate using customer service language, level 1, 4 credits"),
				() -> "proposals: " + proposals);
		editor.selectAndReveal(caret, 0);
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.screenshot("editor-completion");
	}

	/**
	 * At a unit reference each of the library's 66 units (counted in customer-service-nvq/units.qspec) is
	 * proposed once, by its number alone, not again as ocr.customerservice.nvq.F/601/1609; and typing on after
	 * a "/" keeps narrowing the list.
	 */
	@Test
	void contentAssistProposesEachUnitOnceAndNarrowsAfterASlash() throws Exception {
		QualspecEditor editor = open(certificate());
		IDocument document = document(editor);
		int caret = newReferenceInGroupA(document);
		SpecificationCompletion completion = new SpecificationCompletion(editor::specification);

		List<String> units = unitProposals(completion, caret);
		assertEquals(66, units.size(), () -> "proposals: " + units);
		assertEquals(66, Set.copyOf(units).size(), () -> "a unit proposed twice: " + units);
		assertTrue(units.stream().allMatch(unit -> unit.matches("[A-Z]/\\d{3}/\\d{4}")), () -> "proposals: " + units);

		document.replace(caret, 0, "F/601/");
		List<String> afterSlash = unitProposals(completion, caret + "F/601/".length());
		assertTrue(afterSlash.contains("F/601/1609"), () -> "proposals: " + afterSlash);
		assertTrue(afterSlash.stream().allMatch(unit -> unit.startsWith("F/601/")), () -> "proposals: " + afterSlash);
		document.replace(caret + "F/601/".length(), 0, "16");
		assertEquals(List.of("F/601/1609"), unitProposals(completion, caret + "F/601/16".length()));
	}

	/** Adds an empty unit reference "unit F9 = " at the top of the certificate's group A; returns the offset after it. */
	private static int newReferenceInGroupA(IDocument document) throws Exception {
		String group = "group A \"Mandatory Units\" mandatory {\n";
		int offset = document.get().indexOf(group) + group.length();
		String reference = "\t\tunit F9 = ";
		document.replace(offset, 0, reference + "\n");
		return offset + reference.length();
	}

	/** The unit numbers proposed at the caret (the display string up to its " — title"). */
	private static List<String> unitProposals(SpecificationCompletion completion, int caret) {
		return Arrays.stream(completion.computeCompletionProposals(null, caret)).map(ICompletionProposal::getDisplayString)
				.filter(display -> display.contains(" — ")).map(display -> display.substring(0, display.indexOf(" — "))).toList();
	}

	@Test
	void contentAssistProposesKeywords() throws Exception {
		QualspecEditor editor = open(certificate());
		IDocument document = document(editor);
		int offset = document.get().indexOf("\tentry code");
		document.replace(offset, 0, "\tcre\n");
		List<String> proposals = Arrays.stream(new SpecificationCompletion(editor::specification)
				.computeCompletionProposals(null, offset + "\tcre".length())).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.contains("credits"), () -> "proposals: " + proposals);
	}

	@Test
	void hoverOnAUnitReferenceShowsItsFacts() throws Exception {
		QualspecEditor editor = open(certificate());
		String text = document(editor).get();
		String hover = new SpecificationHover(editor::specification).text(text.indexOf("unit F1 = F/601/1609") + 12);
		assertNotNull(hover);
		assertTrue(hover.startsWith("F/601/1609 Communicate using customer service language"), hover);
		assertTrue(hover.contains("Level 1, 4 credits, 30 GLH"), hover);
		assertTrue(hover.contains("Defined in ocr.customerservice.nvq, units.qspec line"), hover);
	}

	@Test
	void outlineShowsQualificationGroupsAndUnits() throws Exception {
		QualspecEditor editor = open(certificate());
		page().showView("org.eclipse.ui.views.ContentOutline");
		Tree tree = (Tree) editor.getAdapter(IContentOutlinePage.class).getControl();
		waitUntil("the outline is filled", () -> tree.getItemCount() > 0);
		TreeItem qualification = tree.getItem(0);
		assertEquals("500/8625/X OCR Level 2 NVQ Certificate in Customer Service", qualification.getText());
		TreeItem groupA = qualification.getItem(0);
		assertEquals("Group A Mandatory Units (mandatory)", groupA.getText());
		assertEquals("F1 = F/601/1609 Communicate using customer service language", groupA.getItem(0).getText());
		Workbench.screenshot("outline");
	}

	@Test
	void outlineShowsUnitOutcomesAndCriteria() throws Exception {
		QualspecEditor editor = scratch("scratch-outline.qspec", """
				unit library scratch.outline {
					unit F/601/1609 "Communicate" {
						level 1
						outcome 1 "Understand customers" {
							criterion 1.1 "Describe customers"
						}
					}
				}
				""");
		page().showView("org.eclipse.ui.views.ContentOutline");
		Tree tree = (Tree) editor.getAdapter(IContentOutlinePage.class).getControl();
		waitUntil("the outline is filled", () -> tree.getItemCount() > 0);
		TreeItem unit = tree.getItem(0).getItem(0);
		assertEquals("F/601/1609 Communicate", unit.getText());
		assertEquals("Outcome 1 Understand customers", unit.getItem(0).getText());
		assertEquals("1.1 Describe customers", unit.getItem(0).getItem(0).getText());
	}

	@Test
	void movingTheCaretSelectsItsElementInTheOutline() throws Exception {
		QualspecEditor editor = open(certificate());
		page().showView("org.eclipse.ui.views.ContentOutline");
		Tree tree = (Tree) editor.getAdapter(IContentOutlinePage.class).getControl();
		waitUntil("the outline is filled", () -> tree.getItemCount() > 0);
		// Group B folded: the widget's offsets below it are smaller than the document's.
		String text = document(editor).get();
		ProjectionAnnotationModel folds = editor.getAdapter(ProjectionAnnotationModel.class);
		int groupB = text.indexOf("\tgroup B \"Impression and Image\"");
		folds.getAnnotationIterator().forEachRemaining(fold -> {
			if (folds.getPosition(fold).getOffset() == groupB) {
				folds.collapse(fold);
			}
		});
		assertTrue(viewer(editor).getTextWidget().getCharCount() < text.length(), "group B is not folded");
		editor.selectAndReveal(text.indexOf("unit B1 = A/601/1205") + 2, 0);
		waitUntil("the outline selects B1", () -> tree.getSelection().length == 1
				&& tree.getSelection()[0].getText().startsWith("B1 = A/601/1205 "));
	}

	@Test
	void choosingAnOutlineEntrySelectsItsNameInTheEditor() throws Exception {
		QualspecEditor editor = open(certificate());
		page().showView("org.eclipse.ui.views.ContentOutline");
		IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
		waitUntil("the outline is filled", () -> ((Tree) outline.getControl()).getItemCount() > 0);
		Node groupB = editor.structure().get(0).children().get(1);
		assertEquals("Group B Impression and Image (optional)", groupB.label());
		outline.setSelection(new StructuredSelection(groupB));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("B", selection.getText());
		assertEquals(document(editor).get().indexOf("group B \"Impression and Image\"") + "group ".length(), selection.getOffset());
	}

	@Test
	void goToDefinitionOpensTheUnitLibraryAtTheUnit() throws Exception {
		QualspecEditor editor = open(certificate());
		int reference = document(editor).get().indexOf("unit F2 = L/601/1614") + "unit F2 = ".length();
		editor.selectAndReveal(reference + 1, 0);
		IEditorPart opened = editor.openDefinition().orElseThrow();
		QualspecEditor library = assertInstanceOf(QualspecEditor.class, opened);
		assertEquals(project.getFile(NVQ_UNITS), library.getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) library.getSelectionProvider().getSelection();
		assertEquals("L/601/1614", selection.getText());
	}

	@Test
	void formatRewritesTheTextInTheCanonicalLayout() throws Exception {
		QualspecEditor editor = scratch("scratch-format.qspec",
				"unit library scratch.layout {   unit F/601/1609 \"Communicate\" { level 1 credits 4 } }");
		assertTrue(editor.format());
		assertEquals("unit library scratch.layout {\n\tunit F/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t\tcredits 4\n\t}\n}",
				document(editor).get().strip());
	}

	@Test
	void formattingAFormattedTextLeavesTheEditorClean() throws Exception {
		QualspecEditor editor = scratch("scratch-formatted.qspec",
				"unit library scratch.formatted {\n\tunit F/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t}\n}\n");
		assertTrue(editor.format());
		assertFalse(editor.isDirty(), "formatting changed nothing, yet the editor is dirty");
		assertEquals("unit library scratch.formatted {\n\tunit F/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t}\n}\n", document(editor).get());
	}

	@Test
	void foldingOffersEveryMultiLineBlock() throws Exception {
		QualspecEditor editor = open(certificate());
		ProjectionAnnotationModel folds = editor.getAdapter(ProjectionAnnotationModel.class);
		assertNotNull(folds);
		int[] count = { 0 };
		waitUntil("blocks are folded", () -> {
			count[0] = 0;
			folds.getAnnotationIterator().forEachRemaining(a -> count[0]++);
			return count[0] > 0;
		});
		// the qualification and its groups
		assertEquals(1 + editor.structure().get(0).children().size(), count[0]);
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
		QualspecEditor editor = open(certificate());
		IDocument document = document(editor);
		int line = document.getLineOfOffset(document.get().indexOf("\tlevel 2"));
		editor.selectAndReveal(document.getLineOffset(line), document.getLineLength(line) - 1);
		editor.toggleComment();
		assertTrue(document.get(document.getLineOffset(line), document.getLineLength(line)).startsWith("//\tlevel 2"));
		editor.toggleComment();
		assertEquals(Workbench.read(certificate()), document.get());
	}

	private static List<String> codes(IFile file) {
		try {
			return Arrays.stream(Workbench.markers(file)).map(m -> m.getAttribute(ProblemMarkers.ISSUE_CODE, "")).toList();
		} catch (Exception e) {
			return List.of();
		}
	}
}
