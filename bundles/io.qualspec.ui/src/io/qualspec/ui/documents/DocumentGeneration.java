package io.qualspec.ui.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ILock;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.OutputFormat;
import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.builder.SpecificationValidation;
import io.qualspec.ui.builder.WorkspaceIndex;
import io.qualspec.ui.preferences.SettingsFile;

/**
 * Generates a project's documents into its output folder ("generated" unless qualspec.properties says
 * {@value SettingsFile#OUTPUT_FOLDER} = another folder of the project) with the generators "qualspec generate"
 * runs, in every format it offers: handbooks and unit documents, structure tables, rule sets, grading and
 * CASE packages, with an index.html. As on the command line, nothing is written when a specification has
 * errors, and the {@link DocumentGenerator} stages every file and moves it into place only when the whole
 * run has succeeded, so a failed or cancelled run leaves the earlier documents as they were.
 */
public final class DocumentGeneration {

	/** The family of generation jobs. */
	public static final Object FAMILY = DocumentGeneration.class;

	/** The lock of each project's output folder, taken by the run writing it. */
	private static final Map<IProject, ILock> RUNS = new ConcurrentHashMap<>();

	private static final long LOCK_POLL_MILLIS = 200;

	/** How many errors the message of a refused run lists; the Problems view has them all. */
	private static final int ERRORS_LISTED = 10;

	private DocumentGeneration() {
	}

	/**
	 * Schedules a generation of the project's documents as a job with progress. It is a plain job without a
	 * scheduling rule, not a workspace operation: a workspace job would hold back every resource notification
	 * and the builder until it ended, so the Problems view, the index and validation would wait for the
	 * generators. It reads the specifications as files and touches the workspace only to refresh the output
	 * folder at the end. Cancel is honoured between documents, and a cancelled run leaves the output folder as
	 * it was and no staging folder.
	 */
	public static Job schedule(IProject project) {
		Job job = new Job("Generating the documents of " + project.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return generate(project, monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		// The Progress view keeps the finished job, saying how many files went where.
		job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		job.schedule();
		return job;
	}

	/**
	 * Generates the project's documents and refreshes the output folder. The result says what went wrong in
	 * words (an error status the job shows in a dialog and logs), never with a stack trace; an unexpected
	 * exception is logged with its trace on its own.
	 */
	public static IStatus generate(IProject project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating the documents of " + project.getName(), 100);
		// One run at a time writes a project's output folder (a second run would tidy the first one's staging
		// folder away). A lock of the job manager, not a job rule: the run begins a workspace rule to refresh.
		ILock run = RUNS.computeIfAbsent(project, p -> Job.getJobManager().newLock());
		try {
			while (!run.acquire(LOCK_POLL_MILLIS)) {
				progress.checkCanceled();
				progress.subTask("Waiting for the documents being generated to be written");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		try {
			return generateAlone(project, progress);
		} finally {
			run.release();
		}
	}

	private static IStatus generateAlone(IProject project, SubMonitor progress) {
		try {
			IFolder output = outputFolder(project);
			XtextResourceSet resourceSet = WorkspaceIndex.get().newResourceSet(project);
			List<Resource> specifications = new ArrayList<>();
			List<String> errors = new ArrayList<>();
			List<IFile> files = WorkspaceIndex.specificationFiles(project);
			SubMonitor validation = progress.split(30).setWorkRemaining(files.size());
			for (IFile file : files) {
				validation.subTask("Validating " + file.getProjectRelativePath());
				Resource resource = resourceSet.getResource(SpecificationFiles.uri(file), true);
				specifications.add(resource);
				for (Issue issue : SpecificationValidation.issues(resource, validation::isCanceled)) {
					if (issue.getSeverity() == Severity.ERROR) {
						errors.add(file.getProjectRelativePath() + ":" + issue.getLineNumber() + ": " + issue.getMessage());
					}
				}
				validation.split(1);
			}
			if (!errors.isEmpty()) {
				return refused(project, errors);
			}
			Catalogue catalogue = Catalogue.of(specifications);
			int documents = DocumentGenerator.steps(catalogue);
			SubMonitor writing = progress.split(65).setWorkRemaining(documents + 1);
			List<String> written = new DocumentGenerator(EnumSet.allOf(OutputFormat.class), null)
					.generate(catalogue, output.getLocation().toPath(), (done, what) -> {
						if (done < documents) {
							// Cancel is honoured before each document; the generator then removes its staging folder.
							writing.subTask("Writing the documents of " + what);
							writing.split(1);
						} else {
							writing.worked(1); // the folder has been swapped in: too late to cancel
						}
					});
			refresh(output, progress.newChild(5)); // not split: written is written, Cancel comes too late
			return new Status(IStatus.OK, QualspecUi.PLUGIN_ID, "Wrote " + written.size() + " files to " + output.getFullPath());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return failed(project, e.getStatus().getMessage(), e);
		} catch (IOException | UncheckedIOException e) {
			return failed(project, e.getMessage(), e);
		} catch (RuntimeException e) {
			return failed(project, "the generators failed: " + e, e);
		}
	}

	/**
	 * The project's output folder: {@value SettingsFile#OUTPUT_FOLDER} of its qualspec.properties, a path inside
	 * the project, else {@value SettingsFile#DEFAULT_OUTPUT_FOLDER}.
	 */
	public static IFolder outputFolder(IProject project) throws CoreException {
		String name = SettingsFile.read(project).value(SettingsFile.OUTPUT_FOLDER).orElse(SettingsFile.DEFAULT_OUTPUT_FOLDER);
		IPath path = IPath.fromPortableString(name);
		if (name.isBlank() || path.isAbsolute() || path.getDevice() != null || path.segmentCount() == 0
				|| Arrays.asList(path.segments()).contains("..")) {
			throw new CoreException(Status.error(SettingsFile.OUTPUT_FOLDER + " in " + SettingsFile.of(project).getFullPath()
					+ " must name a folder inside the project, such as " + SettingsFile.DEFAULT_OUTPUT_FOLDER + ", not '" + name + "'."));
		}
		IFolder folder = project.getFolder(path);
		if (folder.getLocation() == null) {
			throw new CoreException(Status.error("The project " + project.getName() + " is not on the local file system."));
		}
		return folder;
	}

	/** Shows the new output folder in the workspace: one short workspace operation on the folder's parent. */
	private static void refresh(IFolder output, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = output.getWorkspace();
		ISchedulingRule rule = workspace.getRuleFactory().refreshRule(output.getParent());
		workspace.run(refreshing -> {
			SubMonitor progress = SubMonitor.convert(refreshing, 2);
			// the parent, one level: the output folder was replaced as a whole, and may be new
			output.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
			output.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			// Generated documents are not sources: they stay out of searches and version control.
			output.setDerived(true, null);
		}, rule, IWorkspace.AVOID_UPDATE, monitor);
	}

	private static IStatus refused(IProject project, List<String> errors) {
		MultiStatus status = new MultiStatus(QualspecUi.PLUGIN_ID, IStatus.ERROR,
				"Nothing was generated: the specifications of " + project.getName() + " have " + errors.size()
						+ (errors.size() == 1 ? " error" : " errors") + " (the Problems view lists them). Correct them and generate again.");
		errors.stream().limit(ERRORS_LISTED).forEach(error -> status.add(Status.error(error)));
		return status;
	}

	private static IStatus failed(IProject project, String reason, Exception e) {
		String message = "The documents of " + project.getName() + " were not generated: " + reason.replaceAll("\\.$", "")
				+ ". The documents generated before are unchanged.";
		ILog.of(DocumentGeneration.class).error(message, e);
		return Status.error(message);
	}
}
