package io.qualspec.ui.views;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.qualspec.ui.editor.ElementReferences;
import io.qualspec.ui.editor.QualspecEditor;

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
		Optional<ElementReferences.Listing> listing = ElementReferences.atCaret(editor);
		if (listing.isEmpty()) {
			return Optional.empty();
		}
		ReferencesView view = (ReferencesView) editor.getSite().getPage().showView(ReferencesView.ID);
		view.show(listing.get().element(), listing.get().references());
		return Optional.of(view);
	}
}
