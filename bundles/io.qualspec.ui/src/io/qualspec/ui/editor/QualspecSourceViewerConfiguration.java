package io.qualspec.ui.editor;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the Qualspec editor's features into the Eclipse text editor framework. */
final class QualspecSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final QualspecEditor editor;

	QualspecSourceViewerConfiguration(QualspecEditor editor) {
		super(EditorsUI.getPreferenceStore());
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer colouring = new WholeTextColouring(new LexicalHighlighting());
		reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		MonoReconciler reconciler = new MonoReconciler(new Revalidation(editor), false);
		reconciler.setDelay(300);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new SpecificationCompletion(editor::specification), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		assistant.setShowEmptyList(true);
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new SpecificationQuickFixes(editor::specification));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new SpecificationHover(editor::specification);
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
		return new ProblemAnnotationHover();
	}

	@Override
	public IAnnotationHover getOverviewRulerAnnotationHover(ISourceViewer viewer) {
		return new ProblemAnnotationHover();
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(viewer);
		return Stream.concat(inherited == null ? Stream.empty() : Arrays.stream(inherited),
				Stream.of(new DefinitionHyperlinks(editor::specification))).toArray(IHyperlinkDetector[]::new);
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { "//", "" };
	}

	/** Colours the whole text again after a change (comments and strings may span lines). */
	private static final class WholeTextColouring extends DefaultDamagerRepairer {

		WholeTextColouring(LexicalHighlighting scanner) {
			super(scanner);
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, event.getDocument().getLength());
		}
	}

	/** After typing pauses: parse, link and validate the text, then update markers, outline and folding. */
	private record Revalidation(QualspecEditor editor) implements IReconcilingStrategy, IReconcilingStrategyExtension {

		@Override
		public void setDocument(IDocument document) {
		}

		@Override
		public void reconcile(org.eclipse.jface.text.reconciler.DirtyRegion dirtyRegion, IRegion subRegion) {
			editor.revalidate();
		}

		@Override
		public void reconcile(IRegion partition) {
			editor.revalidate();
		}

		@Override
		public void initialReconcile() {
			editor.revalidate();
		}

		@Override
		public void setProgressMonitor(org.eclipse.core.runtime.IProgressMonitor monitor) {
		}
	}
}
