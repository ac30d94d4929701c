package io.qualspec.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** A Qualspec project: its specifications are indexed and validated by the {@link QualspecBuilder}. */
public class QualspecNature implements IProjectNature {

	public static final String ID = "io.qualspec.ui.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to a project, if it does not have it yet. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	/** Whether a project is open and has the nature. */
	public static boolean isOn(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).anyMatch(c -> QualspecBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(QualspecBuilder.ID);
		ICommand[] commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
		commands[commands.length - 1] = command;
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !QualspecBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
