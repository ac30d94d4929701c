package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
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

	/**
	 * The examples opened as "./qualspec workbench examples" opens them (a project linking the folder): Generate
	 * Documents completes (it hung for ever on the PDF library's first logger, see the target platform) and
	 * the handbook of the Level 2 Cambridge Technical Diploma opens in the workbench.
	 */
	@Test
	void theExamplesOpenedFromTheirFolderAreGeneratedAndTheHandbookOpens() throws Exception {
		IProject project = Workbench.linkedExamples();
		IStatus result = generateThroughTheCommand(project);
		assertTrue(result.isOK(), result::toString);
		assertTrue(result.getMessage().matches("Wrote \\d+ files to /" + Pattern.quote(project.getName()) + "/generated"),
				result.getMessage());

		IFolder generated = project.getFolder("generated");
		IFile handbook = generated.getFile(DIPLOMA + "/handbook.html");
		IFile pdf = generated.getFile(DIPLOMA + "/handbook.pdf");
		assertTrue(handbook.exists() && pdf.exists(), "the workspace does not show the diploma's handbook");
		byte[] pdfBytes = Files.readAllBytes(pdf.getLocation().toFile().toPath());
		assertTrue(pdfBytes.length > 10_000, "handbook.pdf has " + pdfBytes.length + " bytes");
		assertEquals("%PDF-", new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII));
		assertEquals(List.of(), leftBeside(generated), "staging or old folders left beside the output folder");

		IEditorPart editor = IDE.openEditor(Workbench.page(), handbook);
		assertEquals(handbook, editor.getEditorInput().getAdapter(IFile.class));
		String html = Workbench.read(handbook);
		assertTrue(html.contains("OCR Level 2 Cambridge Technical Diploma in Customer Service"), "not the diploma's handbook");
		assertTrue(html.contains("603/2730/3"));
		Workbench.screenshot("generate-documents-examples-handbook");
		Workbench.page().closeEditor(editor, false);
	}

	/**
	 * Cancel stops a run between documents: the job ends cancelled, no staging folder and no half-written file
	 * is left, the output folder is as it was, and while the job ran the builder validated an edit.
	 */
	@Test
	void cancellingStopsBetweenDocumentsAndLeavesNothingBehind() throws Exception {
		IProject project = Workbench.linkedExamples();
		IFolder generated = project.getFolder("generated");
		Path output = generated.getLocation().toFile().toPath();
		String before = outputFolderState(output);
		Job job = DocumentGeneration.schedule(project);
		Workbench.waitUntil("the job writes its first documents", Duration.ofMinutes(5),
				() -> !leftBeside(generated).isEmpty() || job.getState() == Job.NONE);
		assertEquals(Job.RUNNING, job.getState(), "the job ended before it could be cancelled: " + job.getResult());

		// The builder is not held back by the generation: a wrong check character gets its marker meanwhile.
		IFile certificate = project.getFolder("examples").getFile("ocr/" + NVQ_CERTIFICATE);
		String specification = Workbench.read(certificate);
		try {
			Workbench.write(certificate, specification.replace("qualification 500/8625/X ", "qualification 500/8625/1 "));
			Workbench.build();
			assertEquals(1, Workbench.errorCount(certificate));
			assertEquals(Job.RUNNING, job.getState(), "the generation ended before the build: nothing was shown");
		} finally {
			Workbench.write(certificate, specification);
		}

		job.cancel();
		Workbench.waitUntil("the cancelled job ends", Duration.ofMinutes(2), () -> job.getState() == Job.NONE);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult()::toString);
		assertEquals(before, outputFolderState(output), "a cancelled run changed the output folder");
		assertEquals(List.of(), leftBeside(generated), "a cancelled run left its staging folder");
	}

	/** Each file of the output folder with its size and time of change; "none" when there is no folder. */
	private static String outputFolderState(Path output) throws IOException {
		if (!Files.exists(output)) {
			return "none";
		}
		try (Stream<Path> files = Files.walk(output)) {
			StringBuilder state = new StringBuilder();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				state.append(output.relativize(file)).append(' ').append(Files.size(file)).append(' ')
						.append(Files.getLastModifiedTime(file)).append('\n');
			}
			return state.toString();
		}
	}

	private static final String DIPLOMA = "qualifications/603-2730-3";

	/** What a run leaves beside the output folder while it writes or after a failure: .generated.staging-*, .generated.old-*. */
	private static List<String> leftBeside(IFolder output) {
		Path parent = output.getParent().getLocation().toFile().toPath();
		try (Stream<Path> siblings = Files.list(parent)) {
			return siblings.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("." + output.getName() + "."))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
			// Every format of every example takes a while on a busy machine; a hang fails with the threads' stacks.
			Workbench.waitUntil("Generate Documents finishes", Duration.ofMinutes(10), () -> result[0] != null);
			return result[0];
		} finally {
			Job.getJobManager().removeJobChangeListener(finished);
		}
	}
}
