package io.qualspec.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.qualspec.ui.builder.QualspecNature;
import io.qualspec.ui.editor.QualspecEditor;

/**
 * Folders and .qspec files named on the workbench's command line, each after {@code -open} ({@code
 * ./qualspec workbench examples/sfj examples/sfj/units.qspec} passes them so): each folder, and the folder of each file outside the workspace's projects,
 * becomes a Qualspec project linking to it (so references between its files resolve), is built, and each
 * file is opened in the Qualspec editor.
 */
public final class CommandLineSpecifications implements IStartup {

	public static final String OPEN = "-open";

	@Override
	public void earlyStartup() {
		List<Path> arguments = new ArrayList<>();
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < args.length; i++) {
			if (OPEN.equals(args[i])) {
				arguments.add(Path.of(args[++i]).toAbsolutePath().normalize());
			}
		}
		if (arguments.isEmpty()) {
			return;
		}
		List<IFile> files = new ArrayList<>();
		try {
			for (Path path : arguments) {
				if (Files.isDirectory(path)) {
					folderAt(path);
				} else if (Files.isRegularFile(path)) {
					files.add(fileInProject(path));
				} else {
					ILog.of(getClass()).warn("Not opened: there is no file or folder " + path);
				}
			}
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not open " + arguments + " as Qualspec projects: " + e.getMessage(), e);
			return;
		}
		// The editors first: they need the project's index, which the first of them or the build reads, not its
		// validation, which the build does meanwhile (it was most of the time to the first editor).
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(files));
		try {
			ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not build " + arguments + ": " + e.getMessage(), e);
		}
	}

	private static void open(List<IFile> files) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		for (IFile file : files) {
			try {
				IDE.openEditor(window.getActivePage(), file, QualspecEditor.ID);
			} catch (PartInitException e) {
				ILog.of(CommandLineSpecifications.class).error("Could not open " + file.getLocation() + ": " + e.getMessage(), e);
			}
		}
	}

	/** The workspace file of a path: in the project that holds it, else in the folder linked for it. */
	private static IFile fileInProject(Path path) throws CoreException {
		Optional<IFile> file = SpecificationFiles.file(URI.createFileURI(path.toString()));
		return file.isPresent() ? file.get() : folderAt(path.getParent()).getFile(path.getFileName().toString());
	}

	/**
	 * The folder of a Qualspec project linked to a folder on disk: the one already there, else a new project
	 * (in the workspace, so that nothing is written into the user's folder) holding one linked folder.
	 */
	public static IFolder folderAt(Path path) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IPath location = IPath.fromPath(path);
		for (IContainer container : root.findContainersForLocationURI(path.toUri())) {
			if (container instanceof IFolder folder && folder.isLinked() && location.equals(folder.getLocation())) {
				folder.getProject().open(null);
				QualspecNature.addTo(folder.getProject(), null);
				return folder;
			}
		}
		String name = path.getFileName() == null ? "specifications" : path.getFileName().toString();
		IProject project = root.getProject(freeName(name));
		project.create(null);
		project.open(null);
		QualspecNature.addTo(project, null);
		IFolder folder = project.getFolder(name);
		folder.createLink(location, IResource.NONE, null);
		return folder;
	}

	private static String freeName(String wanted) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		String name = wanted;
		for (int n = 2; root.getProject(name).exists(); n++) {
			name = wanted + " (" + n + ")";
		}
		return name;
	}
}
