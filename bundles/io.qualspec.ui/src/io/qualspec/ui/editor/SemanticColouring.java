package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.qualspec.ui.QualspecUi;

/**
 * Semantic colouring on top of the lexical one: the ranges the language's {@link ISemanticHighlightingCalculator}
 * finds ({@link SpecificationHighlighting}) are merged into every presentation the lexical colouring makes.
 * They are kept as positions in the document, so they move with the text typed until the next
 * revalidation computes them again.
 */
final class SemanticColouring implements ITextPresentationListener {

	/** A range of the text and the style the calculator gave it. */
	record Styled(int offset, int length, String style) {
	}

	private static final Map<String, TextAttribute> STYLES = Map.of(
			SpecificationHighlighting.DEFINITION, style(new RGB(0, 80, 160), SWT.BOLD),
			SpecificationHighlighting.UNIT_REFERENCE, style(new RGB(0, 80, 160), SWT.NORMAL),
			SpecificationHighlighting.REFERENCE, style(new RGB(110, 60, 160), SWT.NORMAL),
			HighlightingStyles.TASK_ID, style(new RGB(127, 159, 191), SWT.BOLD));

	private static final String CATEGORY = "io.qualspec.ui.semanticColouring";

	private record Shown(Position position, TextAttribute style) {
	}

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;
	private List<Shown> shown = List.of();

	SemanticColouring(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	/** The styled ranges of a parsed text (called off the UI thread, inside {@link LiveSpecification#read}). */
	static List<Styled> of(XtextResource resource) {
		List<Styled> ranges = new ArrayList<>();
		QualspecUi.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> {
					for (String style : styles) {
						if (STYLES.containsKey(style)) {
							ranges.add(new Styled(offset, length, style));
						}
					}
				}, CancelIndicator.NullImpl);
		return ranges;
	}

	/** Shows the ranges found in the document's current text (on the UI thread). */
	void show(List<Styled> ranges) {
		clear();
		document = viewer.getDocument();
		if (document == null) {
			return;
		}
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		List<Shown> added = new ArrayList<>();
		for (Styled range : ranges) {
			Position position = new Position(range.offset(), range.length());
			try {
				document.addPosition(CATEGORY, position);
				added.add(new Shown(position, STYLES.get(range.style())));
			} catch (BadLocationException | BadPositionCategoryException e) {
				// a range beyond the end of a text that shrank: the next revalidation colours it
			}
		}
		shown = added;
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int extentEnd = extent.getOffset() + extent.getLength();
		for (Shown range : shown) {
			Position position = range.position();
			int start = Math.max(position.getOffset(), extent.getOffset());
			int end = Math.min(position.getOffset() + position.getLength(), extentEnd);
			if (!position.isDeleted() && start < end) {
				TextAttribute style = range.style();
				presentation.mergeStyleRange(new StyleRange(start, end - start, style.getForeground(), null, style.getStyle()));
			}
		}
	}

	/** Takes the ranges out of the document (on the UI thread). */
	void clear() {
		if (document != null) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// show() adds the category before it sets the document: it is there
			}
			document.removePositionUpdater(updater);
			document = null;
		}
		shown = List.of();
	}

	void dispose() {
		clear();
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
	}

	private static TextAttribute style(RGB colour, int fontStyle) {
		return new TextAttribute(new Color(colour), null, fontStyle);
	}
}
