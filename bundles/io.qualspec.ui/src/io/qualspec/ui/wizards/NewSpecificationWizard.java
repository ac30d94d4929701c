package io.qualspec.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.qualspec.ui.editor.QualspecEditor;

/** A wizard that writes one specification file from a template and opens it in the Qualspec editor. */
abstract class NewSpecificationWizard extends BasicNewResourceWizard {

	private NewSpecificationPage page;

	NewSpecificationWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	abstract NewSpecificationPage createPage();

	@Override
	public void addPages() {
		page = createPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		openInEditor(this, file);
		return true;
	}

	/** Opens a new file in the Qualspec editor; a failure is shown and logged, the file stays. */
	static void openInEditor(BasicNewResourceWizard wizard, IFile file) {
		try {
			IDE.openEditor(wizard.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, QualspecEditor.ID);
		} catch (PartInitException e) {
			ILog.of(NewSpecificationWizard.class).error("Cannot open " + file.getFullPath() + " in the Qualspec editor", e);
			MessageDialog.openError(wizard.getShell(), wizard.getWindowTitle(),
					file.getFullPath() + " was created but cannot be opened: " + e.getMessage());
		}
	}
}
