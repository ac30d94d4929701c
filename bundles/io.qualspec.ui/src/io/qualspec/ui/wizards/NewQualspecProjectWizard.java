package io.qualspec.ui.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.qualspec.ui.builder.QualspecNature;
import io.qualspec.ui.preferences.SettingsFile;

/**
 * File > New > Qualspec Project: a project with the Qualspec nature (so the builder indexes and validates
 * its specifications), a qualspec.properties listing every issue code with its default severity, and
 * optionally starter specifications.
 */
public class NewQualspecProjectWizard extends BasicNewResourceWizard {

	private WizardNewProjectCreationPage project;
	private StarterSpecificationsPage starter;

	public NewQualspecProjectWizard() {
		setWindowTitle("New Qualspec Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		project = new WizardNewProjectCreationPage("project");
		project.setTitle("Qualspec Project");
		project.setDescription("A project for specifications of qualifications and their unit libraries.");
		addPage(project);
		starter = new StarterSpecificationsPage();
		addPage(starter);
	}

	@Override
	public boolean performFinish() {
		IProject created = project.getProjectHandle();
		URI location = project.useDefaults() ? null : project.getLocationURI();
		Map<String, String> files = starter.files();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					create(created, location, files, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(NewQualspecProjectWizard.class).error("Cannot create the project " + created.getName(), e.getCause());
			MessageDialog.openError(getShell(), getWindowTitle(),
					"Cannot create the project " + created.getName() + ": " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		selectAndReveal(created);
		if (!files.isEmpty()) {
			NewSpecificationWizard.openInEditor(this, created.getFile(starter.qualificationFile()));
		}
		return true;
	}

	private static void create(IProject project, URI location, Map<String, String> files, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4 + files.size());
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		QualspecNature.addTo(project, progress.split(1));
		SettingsFile.withDefaults().write(project, progress.split(1));
		for (Map.Entry<String, String> file : files.entrySet()) {
			project.getFile(file.getKey()).create(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
					IResource.NONE, progress.split(1));
		}
	}
}
