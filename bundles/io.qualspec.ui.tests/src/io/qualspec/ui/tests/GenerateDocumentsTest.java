package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.documents.DocumentGeneration;
import io.qualspec.ui.documents.GenerateDocumentsHandler;
import io.qualspec.ui.preferences.SettingsFile;
import io.qualspec.validation.ProjectSettings;

/** Generate Documents writes what "qualspec generate" writes into the project's output folder. */
class GenerateDocumentsTest {

	private static final String CERTIFICATE_HANDBOOK = "qualifications/500-8625-x/handbook.html";

	@Test
	void theCommandWritesTheHandbookOfTheCertificateIntoGeneratedAndAFailedRunChangesNothing() throws Exception {
		IProject project = Workbench.examplesProject("generate-examples");
		IStatus result = generateThroughTheCommand(project);
		assertTrue(result.isOK(), result::toString);

		IFolder generated = project.getFolder("generated");
		IFile handbook = generated.getFile(CERTIFICATE_HANDBOOK);
		assertTrue(handbook.exists(), "the workspace does not show " + handbook);
		assertTrue(generated.isDerived());
		String html = Workbench.read(handbook);
		assertTrue(html.contains("OCR Level 2 NVQ Certificate in Customer Service"), "not the certificate's handbook");
		assertTrue(html.contains("500/8625/X"));
		for (String other : new String[] { "index.html", "qualifications/500-8625-x/handbook.pdf",
				"qualifications/500-8625-x/ruleset.json", "qualifications/500-8625-x/structure.xlsx" }) {
			assertTrue(generated.getFile(other).exists(), other);
		}

		// A wrong check character is an error: nothing is generated and the handbook stays as it was.
		IFile certificate = project.getFile(NVQ_CERTIFICATE);
		String specification = Workbench.read(certificate);
		Path handbookFile = handbook.getLocation().toFile().toPath();
		long written = Files.getLastModifiedTime(handbookFile).toMillis();
		Workbench.write(certificate, specification.replace("qualification 500/8625/X ", "qualification 500/8625/1 "));
		try {
			IStatus refused = DocumentGeneration.generate(project, new NullProgressMonitor());
			assertEquals(IStatus.ERROR, refused.getSeverity());
			assertTrue(refused.getMessage().startsWith("Nothing was generated: the specifications of generate-examples have 1 error"),
					refused.getMessage());
			assertTrue(refused.getChildren()[0].getMessage().contains("check character"), refused.getChildren()[0].getMessage());
			assertEquals(html, Files.readString(handbookFile));
			assertEquals(written, Files.getLastModifiedTime(handbookFile).toMillis());
		} finally {
			Workbench.write(certificate, specification);
		}
	}

	@Test
	void theOutputFolderIsTheProjectFolderQualspecPropertiesNames() throws Exception {
		IProject project = Workbench.examplesProject("generate-examples");
		IFile settings = project.getFile(ProjectSettings.FILE_NAME);
		try {
			assertEquals(project.getFolder("generated"), DocumentGeneration.outputFolder(project));
			Workbench.write(settings, "# Documents for the awarding body\n" + SettingsFile.OUTPUT_FOLDER + " = docs/handbooks\n");
			assertEquals(project.getFolder("docs/handbooks"), DocumentGeneration.outputFolder(project));
			Workbench.write(settings, SettingsFile.OUTPUT_FOLDER + " = ../elsewhere\n");
			CoreException outside = assertThrows(CoreException.class, () -> DocumentGeneration.outputFolder(project));
			assertTrue(outside.getMessage().contains("must name a folder inside the project"), outside.getMessage());
		} finally {
			settings.delete(true, null);
		}
	}

	/** Runs Generate Documents on a selected project as the menu does and waits for its job to finish. */
	private static IStatus generateThroughTheCommand(IProject project) throws Exception {
		IStatus[] result = { null };
		IJobChangeListener finished = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(DocumentGeneration.FAMILY)) {
					result[0] = event.getResult();
				}
			}
		};
		Job.getJobManager().addJobChangeListener(finished);
		try {
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IEvaluationContext context = handlers.createContextSnapshot(false);
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
			handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(GenerateDocumentsHandler.COMMAND), null),
					null, context);
			// Generating every format of three qualifications takes a while: no deadline but the build's own.
			Display display = Display.getCurrent();
			while (result[0] == null) {
				if (!display.readAndDispatch()) {
					Thread.sleep(20);
				}
			}
			return result[0];
		} finally {
			Job.getJobManager().removeJobChangeListener(finished);
		}
	}
}
