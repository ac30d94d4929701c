package io.qualspec.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

import io.qualspec.generators.importing.ImportOptions;
import io.qualspec.generators.importing.ImportOptions.SourceKind;
import io.qualspec.generators.importing.ImportedFiles;

/** The source to import, what it is, the folder to write into and the options of {@code qualspec import}. */
final class ImportSourcePage extends WizardPage {

	/** The kinds offered, in the combo's order after "told from the file". */
	private static final SourceKind[] KINDS = { SourceKind.STRUCTURE, SourceKind.CASE, SourceKind.REGISTER };
	private static final String[] KIND_NAMES = { "Told from the file (.json: CASE package; .csv: by its header)",
			"Structure table (CSV, XLSX): a row per unit", "CASE 1.0/1.1 package (JSON)", "Rows of the Ofqual register (CSV)" };

	private final IStructuredSelection selection;
	private Text source;
	private Combo kind;
	private Text folder;
	private Text library;
	private Text title;
	private Button replace;

	ImportSourcePage(IStructuredSelection selection) {
		super("importSource");
		this.selection = selection;
		setTitle("Qualification specifications from a table, CASE package or register export");
		setDescription("Values the source does not have are left out; what cannot be read is listed on the next page.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		source = field(composite, "&Source file:");
		browse(composite, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx;*.json", "*.*" });
			return dialog.open();
		}, source);
		new Label(composite, SWT.NONE).setText("Source &kind:");
		kind = new Combo(composite, SWT.READ_ONLY);
		kind.setItems(KIND_NAMES);
		kind.select(0);
		kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		kind.addListener(SWT.Selection, event -> validate());
		folder = field(composite, "Into &folder:");
		browse(composite, () -> {
			ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder(), true,
					"The folder to write the .qspec files into:");
			return dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1
					? dialog.getResult()[0].toString() : null;
		}, folder);
		library = field(composite, "&Library name:");
		library.setMessage("from the package's title or the file's name");
		new Label(composite, SWT.NONE);
		title = field(composite, "Qualification &title:");
		title.setMessage("for a qualification the table names without one");
		new Label(composite, SWT.NONE);
		replace = new Button(composite, SWT.CHECK);
		replace.setText("&Replace existing files");
		replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		folder.setText(selectedFolder());
		setControl(composite);
		validate();
	}

	private Text field(Composite composite, String label) {
		new Label(composite, SWT.NONE).setText(label);
		Text text = new Text(composite, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addListener(SWT.Modify, event -> validate());
		return text;
	}

	private void browse(Composite composite, java.util.function.Supplier<String> chooser, Text into) {
		Button button = new Button(composite, SWT.PUSH);
		button.setText("Browse...");
		button.addListener(SWT.Selection, event -> {
			String chosen = chooser.get();
			if (chosen != null) {
				into.setText(chosen);
			}
		});
	}

	/** The selected folder or project (or the folder of a selected file), as a workspace path. */
	private String selectedFolder() {
		if (selection != null && selection.getFirstElement() instanceof IAdaptable adaptable) {
			IResource resource = adaptable.getAdapter(IResource.class);
			if (resource != null) {
				return (resource instanceof IContainer ? resource : resource.getParent()).getFullPath().toString();
			}
		}
		return "";
	}

	private void validate() {
		String problem = source.getText().isBlank() ? null : problem();
		setErrorMessage(problem);
		setMessage(source.getText().isBlank() ? "Choose the file to import." : null);
		setPageComplete(problem == null && !source.getText().isBlank());
	}

	/** What is wrong with the fields, or null. */
	private String problem() {
		if (!Files.isRegularFile(sourcePath())) {
			return source.getText() + " is not a file.";
		}
		IPath path = IPath.fromOSString(folder.getText().trim());
		if (path.segmentCount() == 0) {
			return "Choose the folder of a project to write into.";
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
		if (!project.isOpen()) {
			return "There is no open project " + path.segment(0) + ".";
		}
		String libraryName = library.getText().trim();
		if (!libraryName.isEmpty() && !ImportedFiles.isLibraryName(libraryName)) {
			return "'" + libraryName + "' is not a library name: names of letters, digits and _ joined by dots (ocr.customerservice).";
		}
		return null;
	}

	Path sourcePath() {
		return Path.of(source.getText().trim());
	}

	/** The folder to write into (it may not exist yet), or null while none is named. */
	IContainer folder() {
		IPath path = IPath.fromOSString(folder.getText().trim()).makeAbsolute();
		return path.segmentCount() == 0 ? null : path.segmentCount() == 1 ? ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0))
				: ResourcesPlugin.getWorkspace().getRoot().getFolder(path);
	}

	boolean replaceExisting() {
		return replace.getSelection();
	}

	/** The options, as the command line's --from, --library and --title give them. */
	ImportOptions options() {
		SourceKind chosen = kind.getSelectionIndex() > 0 ? KINDS[kind.getSelectionIndex() - 1] : null;
		return new ImportOptions(ImportOptions.sourceName(sourcePath()), chosen, blankToNull(library), blankToNull(title), Map.of(), Map.of());
	}

	private static String blankToNull(Text text) {
		return text.getText().isBlank() ? null : text.getText().trim();
	}
}
