package io.qualspec.ui.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;

import io.qualspec.ui.preferences.IssueCodeTable.IssueCode;
import io.qualspec.validation.ProjectSettings;

/**
 * Project > Properties > Qualspec Issue Severities: every issue code with its description and a severity,
 * read from and written to the project's qualspec.properties, the file the command line and the language
 * server read too. Only the codes whose severity was changed are written; comments and every other line of
 * the file stay as they were.
 */
public class IssueSeveritiesPropertyPage extends PropertyPage {

	public static final String ID = "io.qualspec.ui.properties.issueSeverities";

	private static final int DESCRIPTION_WIDTH = 520;

	private final List<IssueCode> codes = IssueCodeTable.codes();
	private final Map<IssueCode, Combo> severities = new LinkedHashMap<>();
	private final Map<IssueCode, String> loaded = new LinkedHashMap<>();

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label explanation = new Label(page, SWT.WRAP);
		IFile file = SettingsFile.of(project());
		explanation.setText("The severity of each issue in this project's specifications. The choices are kept in "
				+ (file.getLocation() == null ? file.getFullPath() : file.getLocation()).toOSString()
				+ ", beside the specifications, which the qualspec command and the language server read too; a "
				+ ProjectSettings.FILE_NAME + " in a folder below applies instead to the specifications in that folder.");
		GridData explanationLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
		explanationLayout.widthHint = DESCRIPTION_WIDTH;
		explanation.setLayoutData(explanationLayout);

		ScrolledComposite scrolled = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
		scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite rows = new Composite(scrolled, SWT.NONE);
		rows.setLayout(new GridLayout(2, false));
		SettingsFile settings = settings();
		for (IssueCode code : codes) {
			createRow(rows, code);
			String value = settings == null ? null : settings.value(code.code()).orElse(null);
			loaded.put(code, value != null && IssueCodeTable.SEVERITIES.contains(value) ? value : code.defaultSeverity());
			show(code, loaded.get(code));
		}
		scrolled.setContent(rows);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		((GridData) scrolled.getLayoutData()).heightHint = 360;
		return page;
	}

	private void createRow(Composite rows, IssueCode code) {
		Label name = new Label(rows, SWT.NONE);
		name.setText(code.code());
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Combo severity = new Combo(rows, SWT.READ_ONLY | SWT.DROP_DOWN);
		severity.setItems(IssueCodeTable.SEVERITIES.stream()
				.map(s -> s.equals(code.defaultSeverity()) ? s + " (default)" : s).toArray(String[]::new));
		severities.put(code, severity);
		Label description = new Label(rows, SWT.WRAP);
		description.setText(code.description());
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		layout.widthHint = DESCRIPTION_WIDTH;
		layout.horizontalIndent = 12;
		description.setLayoutData(layout);
	}

	private void show(IssueCode code, String severity) {
		severities.get(code).select(IssueCodeTable.SEVERITIES.indexOf(severity));
	}

	private String chosen(IssueCode code) {
		return IssueCodeTable.SEVERITIES.get(severities.get(code).getSelectionIndex());
	}

	@Override
	protected void performDefaults() {
		codes.forEach(code -> show(code, code.defaultSeverity()));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		List<IssueCode> changed = codes.stream().filter(code -> !chosen(code).equals(loaded.get(code))).toList();
		if (changed.isEmpty()) {
			return true;
		}
		try {
			// Read again: the file may have been edited by hand since the page opened.
			SettingsFile settings = SettingsFile.read(project());
			for (IssueCode code : changed) {
				if (chosen(code).equals(code.defaultSeverity())) {
					settings.remove(code.code());
				} else {
					settings.set(code.code(), chosen(code));
				}
				loaded.put(code, chosen(code));
			}
			settings.write(project(), null);
			return true;
		} catch (CoreException e) {
			ILog.of(IssueSeveritiesPropertyPage.class).error("Cannot write the issue severities of " + project().getName(), e);
			ErrorDialog.openError(getShell(), "Qualspec Issue Severities",
					"The severities cannot be written to " + SettingsFile.of(project()).getFullPath() + ".", e.getStatus());
			return false;
		}
	}

	/** The project's settings as the page opens, or null (and a message) when they cannot be read. */
	private SettingsFile settings() {
		try {
			return SettingsFile.read(project());
		} catch (CoreException e) {
			ILog.of(IssueSeveritiesPropertyPage.class).error("Cannot read the issue severities of " + project().getName(), e);
			setErrorMessage(e.getStatus().getMessage());
			return null;
		}
	}

	private IProject project() {
		return getElement().getAdapter(IProject.class);
	}
}
