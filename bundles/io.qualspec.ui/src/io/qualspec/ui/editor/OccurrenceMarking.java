package io.qualspec.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;

import io.qualspec.ui.QualspecUi;

/**
 * Mark Occurrences: with the caret on a unit (its number where it is defined, or a reference to it), a group,
 * a membership or an organisation, every occurrence of that element in the text is marked with an annotation
 * of type {@value #ANNOTATION_TYPE} (declared in plugin.xml). Xtext's {@link IDocumentHighlightService} finds
 * them, as it does for the language server's document highlights. Runs off the UI thread after the caret
 * stops and after each revalidation.
 */
final class OccurrenceMarking extends Job {

	static final String ANNOTATION_TYPE = "io.qualspec.ui.occurrence";

	private final QualspecEditor editor;
	private final Display display;
	private volatile int caret;
	private Annotation[] marked = new Annotation[0];

	OccurrenceMarking(QualspecEditor editor, Display display) {
		super("Marking occurrences");
		this.editor = editor;
		this.display = display;
		setSystem(true);
	}

	/** Marks the occurrences of the element at a text position, once the job gets to it. */
	void markAt(int offset) {
		caret = offset;
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		LiveSpecification specification = editor.specification();
		if (specification == null) {
			return Status.OK_STATUS;
		}
		int offset = caret;
		long stamp = stamp(specification.document());
		try {
			List<ITextRegion> occurrences = specification.read(resource -> occurrences(resource, offset));
			if (!display.isDisposed()) {
				display.asyncExec(() -> show(occurrences, stamp));
			}
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			return Status.error("Cannot mark the occurrences of the element at the cursor in " + editor.getTitle(), e);
		}
	}

	private static List<ITextRegion> occurrences(XtextResource resource, int offset) {
		Document text = new Document(1, resource.getParseResult().getRootNode().getText());
		if (offset > text.getContents().length()) {
			return List.of();
		}
		DocumentHighlightParams at = new DocumentHighlightParams(new TextDocumentIdentifier(resource.getURI().toString()),
				text.getPosition(offset));
		return QualspecUi.injector().getInstance(IDocumentHighlightService.class)
				.getDocumentHighlights(text, resource, at, CancelIndicator.NullImpl).stream()
				.map(highlight -> text.getTextRegion(highlight.getRange())).toList();
	}

	/** Replaces the marked occurrences (on the UI thread), unless the text changed since they were found. */
	private void show(List<ITextRegion> occurrences, long stamp) {
		IAnnotationModel model = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		LiveSpecification specification = editor.specification();
		if (!(model instanceof IAnnotationModelExtension annotations) || specification == null
				|| stamp != stamp(specification.document())) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (ITextRegion occurrence : occurrences) {
			added.put(new Annotation(ANNOTATION_TYPE, false, "Occurrence"), new Position(occurrence.getOffset(), occurrence.getLength()));
		}
		annotations.replaceAnnotations(marked, added);
		marked = added.keySet().toArray(Annotation[]::new);
	}

	private static long stamp(IDocument document) {
		return ((IDocumentExtension4) document).getModificationStamp();
	}
}
