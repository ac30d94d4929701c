package io.qualspec.ui.views;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;

import io.qualspec.qualspec.Unit;
import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.editor.ElementReferences;
import io.qualspec.ui.editor.ProjectSpecifications;
import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.views.ReferencesView.Reference;

/**
 * Find References (Ctrl+Shift+G, or the editor's context menu): the references to the unit, group,
 * organisation or shared criterion text under the caret, in every file of the editor's project, listed in the
 * Qualspec References view.
 */
public class FindReferences extends AbstractHandler {

	public static final String COMMAND = "io.qualspec.ui.findReferences";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof QualspecEditor editor) {
			BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> {
				try {
					if (in(editor).isEmpty()) {
						editor.showStatus("Put the cursor on a unit, group or organisation of a file in a project to find its references.");
					}
				} catch (PartInitException | RuntimeException e) {
					ILog.of(FindReferences.class).error("Cannot find the references at the cursor in " + editor.getTitle(), e);
					editor.showStatus("Cannot find the references: the error log says why.");
				}
			});
		}
		return null;
	}

	/**
	 * Lists the references to the element under the editor's caret in the Qualspec References view; empty when
	 * there is no element there, or the file is not in a project.
	 */
	public static Optional<ReferencesView> in(QualspecEditor editor) throws PartInitException {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null) {
			return Optional.empty();
		}
		ProjectSpecifications specifications = ProjectSpecifications.of(file.getProject());
		Optional<EObject> element = ElementReferences.elementAt(specifications.resource(SpecificationFiles.uri(file)),
				editor.caretOffset());
		if (element.isEmpty()) {
			return Optional.empty();
		}
		List<Reference> references = ElementReferences.to(List.of(element.get()), specifications, new NullProgressMonitor())
				.stream().map(FindReferences::reference).flatMap(Optional::stream)
				.sorted(Comparator.comparing((Reference r) -> r.file().getFullPath().toString()).thenComparing(Reference::offset))
				.toList();
		ReferencesView view = (ReferencesView) editor.getSite().getPage().showView(ReferencesView.ID);
		view.show(name(element.get()), references);
		return Optional.of(view);
	}

	private static Optional<Reference> reference(ElementReferences.Found found) {
		INode node = found.node();
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int lineEnd = text.indexOf('\n', node.getOffset());
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		return SpecificationFiles.file(found.source().eResource().getURI())
				.map(file -> new Reference(file, node.getStartLine(), line, node.getOffset(), node.getLength()));
	}

	/** "F/601/1609 Communicate using customer service language", or the name as written. */
	private static String name(EObject element) {
		ITextRegion region = QualspecUi.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(element);
		String name = NodeModelUtils.findActualNodeFor(element).getRootNode().getText().substring(region.getOffset(),
				region.getOffset() + region.getLength());
		return element instanceof Unit unit && unit.getTitle() != null ? name + " " + unit.getTitle() : name;
	}
}
