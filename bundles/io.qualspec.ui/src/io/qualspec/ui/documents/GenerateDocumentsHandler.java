package io.qualspec.ui.documents;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import io.qualspec.ui.builder.QualspecNature;

/**
 * Qualspec > Generate Documents (also on a project's or a specification's context menu): saves the project's
 * editors (asking first) and generates its documents in a job (see {@link DocumentGeneration}). The project
 * is the selected resource's, else the active editor's.
 */
public class GenerateDocumentsHandler extends AbstractHandler {

	public static final String COMMAND = "io.qualspec.ui.generateDocuments";

	private static final String TITLE = "Generate Documents";

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<IProject> project = selectedProject(event).or(() -> editedProject(HandlerUtil.getActiveEditor(event)));
		if (project.isEmpty() || !QualspecNature.isOn(project.get())) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), TITLE,
					"Select a Qualspec project or one of its specifications, or open a specification, to generate its documents.");
			return null;
		}
		if (IDE.saveAllEditors(new IResource[] { project.get() }, true)) {
			DocumentGeneration.schedule(project.get());
		}
		return null;
	}

	private static Optional<IProject> selectedProject(ExecutionEvent event) {
		Object first = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
		return Optional.ofNullable(Adapters.adapt(first, IResource.class)).map(IResource::getProject);
	}

	private static Optional<IProject> editedProject(IEditorPart editor) {
		return Optional.ofNullable(editor).map(e -> e.getEditorInput().getAdapter(IFile.class)).map(IFile::getProject);
	}
}
