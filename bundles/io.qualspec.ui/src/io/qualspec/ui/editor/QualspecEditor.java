package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.formatting2.SpecificationFormatting;
import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.builder.ProblemMarkers;
import io.qualspec.ui.builder.SpecificationValidation;
import io.qualspec.ui.editor.SpecificationOutline.Node;

/**
 * The Qualspec editor: the Eclipse text editor with the language's own lexical and semantic colouring,
 * validation as you type, content assist with templates, hovers, go to definition, find references, rename
 * unit, mark occurrences, quick fixes, outline, folding, formatting and toggle comment.
 * Xtext's Eclipse UI layer is not used: every feature calls Xtext's runtime or headless IDE services (see
 * docs/workbench.md).
 */
public class QualspecEditor extends TextEditor {

	public static final String ID = "io.qualspec.ui.editor";

	/** Commands of the editor (plugin.xml binds their keys in this context). */
	public static final String CONTEXT = "io.qualspec.ui.editorContext";

	private LiveSpecification specification;
	private List<Node> structure = List.of();
	private ProjectionSupport projectionSupport;
	private SemanticColouring semanticColouring;
	private OccurrenceMarking occurrences;
	private QualspecOutlinePage outline;
	private final ListenerList<Runnable> revalidationListeners = new ListenerList<>();
	private final MarkerUpdate markerUpdate = new MarkerUpdate();

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new QualspecSourceViewerConfiguration(this));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		specification = input == null ? null : new LiveSpecification(uri(input), getDocumentProvider().getDocument(input));
	}

	private static URI uri(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return SpecificationFiles.uri(fileInput.getFile());
		}
		if (input instanceof IURIEditorInput uriInput) {
			return URI.createURI(uriInput.getURI().toString());
		}
		return URI.createURI("untitled/" + input.getName());
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		semanticColouring = new SemanticColouring(viewer);
		// The widget's offsets skip folded text; the outline and the model count in the document.
		viewer.getTextWidget().addCaretListener(event -> {
			if (outline != null) {
				outline.reveal(viewer.widgetOffset2ModelOffset(event.caretOffset));
			}
		});
		occurrences = new OccurrenceMarking(this, parent.getDisplay());
		((IPostSelectionProvider) getSelectionProvider()).addPostSelectionChangedListener(
				event -> occurrences.markAt(((ITextSelection) event.getSelection()).getOffset()));
		addRevalidationListener(() -> occurrences.markAt(caretOffset()));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new QualspecOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (projectionSupport != null) {
			T projectionAdapter = projectionSupport.getAdapter(getSourceViewer(), adapter);
			if (projectionAdapter != null) {
				return projectionAdapter;
			}
		}
		return super.getAdapter(adapter);
	}

	/** The parsed and validated state of the text. */
	public LiveSpecification specification() {
		return specification;
	}

	/** The structure of the text at the last revalidation (outline entries, folded blocks). */
	public List<Node> structure() {
		return structure;
	}

	/** Shows a message in the status line (what a command did, or why it could not). */
	public void showStatus(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** The caret's offset in the document. */
	public int caretOffset() {
		return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
	}

	/** Hears that the text was revalidated (on the UI thread): the views follow the editor with it. */
	public void addRevalidationListener(Runnable listener) {
		revalidationListeners.add(listener);
	}

	public void removeRevalidationListener(Runnable listener) {
		revalidationListeners.remove(listener);
	}

	/**
	 * Parses, links and validates the current text (called by the reconciler, off the UI thread), puts the
	 * issues in the file's markers, then updates semantic colouring, outline and folding.
	 */
	void revalidate() {
		LiveSpecification current = specification;
		if (current == null) {
			return;
		}
		long stamp = ((IDocumentExtension4) current.document()).getModificationStamp();
		List<Issue> issues = current.issues();
		List<Node> newStructure = current.read(SpecificationOutline::of);
		List<SemanticColouring.Styled> colouring = current.read(SemanticColouring::of);
		IFile file = getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		if (file != null) {
			markerUpdate.schedule(file, issues);
		}
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null) {
			return;
		}
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			if (getSourceViewer() == null || getSourceViewer().getTextWidget().isDisposed()) {
				return;
			}
			// Ranges found in an older text would colour the wrong characters; the newer text is revalidated too.
			if (stamp == ((IDocumentExtension4) current.document()).getModificationStamp()) {
				semanticColouring.show(colouring);
			}
			structure = newStructure;
			updateFolding(newStructure);
			if (outline != null) {
				outline.update(newStructure);
			}
			revalidationListeners.forEach(Runnable::run);
		});
	}

	/** Rewrites the text in the canonical layout (as "qualspec format" does); only text without syntax errors. */
	public boolean format() {
		String formatted = specification.read(resource -> resource.getParseResult().hasSyntaxErrors() ? null
				: QualspecUi.injector().getInstance(SpecificationFormatting.class).format(resource));
		if (formatted == null) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("Correct the syntax errors before formatting.");
			return false;
		}
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		String text = document.get();
		if (text.equals(formatted)) {
			return true; // even an empty replacement would mark the editor dirty
		}
		int start = 0;
		while (start < text.length() && start < formatted.length() && text.charAt(start) == formatted.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < text.length() - start && end < formatted.length() - start
				&& text.charAt(text.length() - 1 - end) == formatted.charAt(formatted.length() - 1 - end)) {
			end++;
		}
		try {
			document.replace(start, text.length() - end - start, formatted.substring(start, formatted.length() - end));
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
		return true;
	}

	/** Comments the selected lines out with "//", or back in when they all are. */
	public void toggleComment() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
		boolean allCommented = true;
		try {
			for (int line = selection.getStartLine(); line <= selection.getEndLine(); line++) {
				String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
				allCommented &= text.isEmpty() || text.startsWith("//");
			}
		} catch (BadLocationException e) {
			return;
		}
		ITextOperationTarget target = getAdapter(ITextOperationTarget.class);
		target.doOperation(allCommented ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX);
	}

	/** Opens the definition of the reference at the caret, if there is one. */
	public Optional<IEditorPart> openDefinition() throws PartInitException {
		Optional<Definition> definition = specification.read(resource -> Definition.at(resource, caretOffset()));
		return definition.isEmpty() ? Optional.empty() : Optional.ofNullable(definition.get().open(getSite().getPage()));
	}

	/** Folds every multi-line block; blocks that are still there keep their folded state. */
	private void updateFolding(List<Node> nodes) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		List<Position> wanted = new ArrayList<>();
		collectBlocks(nodes, getDocumentProvider().getDocument(getEditorInput()), wanted);
		List<Annotation> removed = new ArrayList<>();
		for (java.util.Iterator<Annotation> existing = model.getAnnotationIterator(); existing.hasNext();) {
			Annotation annotation = existing.next();
			if (!wanted.remove(model.getPosition(annotation))) {
				removed.add(annotation);
			}
		}
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		wanted.forEach(position -> added.put(new ProjectionAnnotation(), position));
		model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
	}

	private static void collectBlocks(List<Node> nodes, IDocument document, List<Position> blocks) {
		for (Node node : nodes) {
			if (SpecificationOutline.isBlock(node)) {
				try {
					int start = document.getLineOffset(node.startLine() - 1);
					int end = document.getLineOffset(node.endLine() - 1) + document.getLineLength(node.endLine() - 1);
					blocks.add(new Position(start, end - start));
				} catch (BadLocationException e) {
					// the text changed since it was parsed: the next revalidation folds it
				}
			}
			collectBlocks(node.children(), document, blocks);
		}
	}

	@Override
	public void dispose() {
		if (occurrences != null) {
			occurrences.cancel();
		}
		if (semanticColouring != null) {
			semanticColouring.dispose();
		}
		// Markers follow the text while it is edited; unsaved changes thrown away leave the saved file to check.
		if (isDirty() && getEditorInput() instanceof IFileEditorInput input) {
			URI uri = SpecificationFiles.uri(input.getFile());
			Job.create("Validating " + input.getFile().getName(), monitor -> {
				SpecificationValidation.validateFiles(input.getFile().getProject(), List.of(uri), monitor);
			}).schedule();
		}
		super.dispose();
	}

	/** Writes the latest issues into the file's markers, outside the reconciler and the UI thread. */
	private static final class MarkerUpdate extends Job {

		private IFile file;
		private List<Issue> issues;

		MarkerUpdate() {
			super("Updating Qualspec problem markers");
			setSystem(true);
		}

		synchronized void schedule(IFile target, List<Issue> latest) {
			file = target;
			issues = latest;
			schedule();
		}

		@Override
		protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
			IFile target;
			List<Issue> latest;
			synchronized (this) {
				target = file;
				latest = issues;
			}
			try {
				ResourcesPlugin.getWorkspace().run(m -> ProblemMarkers.replace(target, latest), null, IWorkspace.AVOID_UPDATE,
						monitor);
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			}
		}
	}
}
