package io.qualspec.ui.preferences;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PreferencesUtil;

import io.qualspec.ui.builder.QualspecNature;
import io.qualspec.validation.ProjectSettings;

/**
 * Window > Preferences > Qualspec. The workbench keeps no Qualspec preferences of its own: issue severities
 * belong to each project's qualspec.properties, which the command line and the language server read too, so
 * a project validates alike everywhere. The page says so and opens each project's severities.
 */
public class QualspecPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.qualspec.ui.preferences";

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label explanation = new Label(page, SWT.WRAP);
		explanation.setText("Issue severities are set per project, in the file " + ProjectSettings.FILE_NAME
				+ " at the root of the project (or of a folder, for the specifications below it). The qualspec command "
				+ "and the language server read the same file, so a project validates alike everywhere; "
				+ "docs/issue-codes.md lists the codes.\n\nOpen a project's severities:");
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
		layout.widthHint = 480;
		explanation.setLayoutData(layout);
		List<IProject> projects = qualspecProjects();
		if (projects.isEmpty()) {
			new Label(page, SWT.NONE).setText("There is no open Qualspec project (File > New > Qualspec Project).");
		}
		for (IProject project : projects) {
			Link link = new Link(page, SWT.NONE);
			link.setText("<a>" + project.getName() + "</a>");
			link.addListener(SWT.Selection, event -> PreferencesUtil
					.createPropertyDialogOn(getShell(), project, IssueSeveritiesPropertyPage.ID, null, null).open());
		}
		return page;
	}

	/** The open projects with the Qualspec nature, by name. */
	private static List<IProject> qualspecProjects() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(QualspecNature::isOn)
				.toList();
	}
}
