package io.qualspec.ui.wizards;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.qualspec.generators.importing.ImportProblem;
import io.qualspec.generators.importing.ImportedFiles;
import io.qualspec.generators.importing.Importer;
import io.qualspec.ui.QualspecUi;

/**
 * The import read when the page is shown: the files it will write (in the canonical layout) and everything the
 * importer could not read, by source row and column. Complete when the source was read and nothing would be
 * replaced without "Replace existing files".
 */
final class ImportReviewPage extends WizardPage {

	private final ImportSourcePage sourcePage;
	private Map<String, String> files = Map.of();
	private org.eclipse.swt.widgets.List fileList;
	private org.eclipse.swt.widgets.List problemList;
	private Label problemsLabel;

	ImportReviewPage(ImportSourcePage sourcePage) {
		super("importReview");
		this.sourcePage = sourcePage;
		setTitle("Files to write and problems of the source");
		setDescription("The files are written when you press Finish; nothing is written if one cannot be.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		new Label(composite, SWT.NONE).setText("Files to write:");
		fileList = new org.eclipse.swt.widgets.List(composite, SWT.BORDER | SWT.V_SCROLL);
		GridData files = new GridData(SWT.FILL, SWT.FILL, true, false);
		files.heightHint = 60;
		fileList.setLayoutData(files);
		problemsLabel = new Label(composite, SWT.NONE);
		problemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problemList = new org.eclipse.swt.widgets.List(composite, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		problemList.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setControl(composite);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			BusyIndicator.showWhile(getShell().getDisplay(), this::read);
		}
		super.setVisible(visible);
	}

	/** Reads the source as the first page says, and lists the files and problems. */
	private void read() {
		files = Map.of();
		fileList.removeAll();
		problemList.removeAll();
		problemsLabel.setText("");
		String error = null;
		try {
			Importer.Result result = Importer.read(sourcePage.sourcePath(),
					// the file's name, so that a problem's row and column fit the list
					sourcePage.sourcePath().getFileName().toString(), sourcePage.options());
			files = ImportedFiles.canonical(result.specification(), QualspecUi.injector());
			files.keySet().forEach(fileList::add);
			List<ImportProblem> problems = result.problems();
			problemsLabel.setText(problems.isEmpty() ? "The importer read every value of the "
					+ kindName(result) + "." : "Values the importer could not read (left out), by file:row and column:");
			problems.forEach(problem -> problemList.add(problem.toString()));
			IContainer folder = sourcePage.folder();
			List<String> existing = folder.getLocation() == null ? List.of()
					: ImportedFiles.existing(folder.getLocation().toFile().toPath(), files.keySet());
			if (!existing.isEmpty() && !sourcePage.replaceExisting()) {
				error = existingMessage(folder, existing);
			}
		} catch (Importer.ImportException | IOException e) {
			files = Map.of();
			error = "Nothing can be imported: " + e.getMessage();
		}
		problemsLabel.getParent().layout();
		setErrorMessage(error);
		setPageComplete(error == null && !files.isEmpty());
	}

	private static String kindName(Importer.Result result) {
		return switch (result.kind()) {
			case STRUCTURE -> "structure table";
			case CASE -> "CASE package";
			case REGISTER -> "register rows";
		};
	}

	/** The refusal to replace files without "Replace existing files". */
	static String existingMessage(IContainer folder, List<String> existing) {
		return folder.getFullPath() + " already has " + String.join(", ", existing)
				+ ": go back and tick \"Replace existing files\" to replace " + (existing.size() == 1 ? "it" : "them") + ".";
	}

	/** The files read, name → text in the canonical layout. */
	Map<String, String> files() {
		return files;
	}
}
