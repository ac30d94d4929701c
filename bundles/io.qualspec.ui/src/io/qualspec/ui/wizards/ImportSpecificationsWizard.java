package io.qualspec.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.qualspec.generators.importing.ImportedFiles;

/**
 * File > Import > Qualspec > Qualification specifications: a structure table, CASE package or rows of the Ofqual
 * register read by the importer {@code qualspec import} runs, reviewed (the files, the problems), then written into
 * a folder of the workspace and the qualification opened.
 */
public class ImportSpecificationsWizard extends BasicNewResourceWizard implements IImportWizard {

	private ImportSourcePage sourcePage;
	private ImportReviewPage reviewPage;

	public ImportSpecificationsWizard() {
		setWindowTitle("Import Qualification Specifications");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		sourcePage = new ImportSourcePage(getSelection());
		reviewPage = new ImportReviewPage(sourcePage);
		addPage(sourcePage);
		addPage(reviewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == reviewPage && reviewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		IContainer folder = sourcePage.folder();
		Map<String, String> files = reviewPage.files();
		Path location = folder.getLocation().toFile().toPath();
		List<String> existing = ImportedFiles.existing(location, files.keySet());
		if (!existing.isEmpty() && !sourcePage.replaceExisting()) {
			reviewPage.setErrorMessage(ImportReviewPage.existingMessage(folder, existing));
			return false;
		}
		try {
			ImportedFiles.writeAll(location, folder.getFullPath().toString(), files, sourcePage.replaceExisting());
			nearestExisting(folder).refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (IOException | CoreException e) {
			ILog.of(getClass()).error("Cannot import into " + folder.getFullPath(), e);
			reviewPage.setErrorMessage("Nothing imported: " + e.getMessage());
			return false;
		}
		List<IFile> written = files.keySet().stream().map(name -> folder.getFile(IPath.fromOSString(name)))
				.toList();
		IFile last = written.get(written.size() - 1);
		selectAndReveal(last);
		NewSpecificationWizard.openInEditor(this, last);
		return true;
	}

	/** The folder, or the nearest folder above it that exists (a new folder is refreshed from there). */
	private static IContainer nearestExisting(IContainer folder) {
		IContainer container = folder;
		while (!container.exists()) {
			container = container.getParent();
		}
		return container;
	}
}
