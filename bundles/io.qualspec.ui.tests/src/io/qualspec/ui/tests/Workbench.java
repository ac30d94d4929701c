package io.qualspec.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.qualspec.testing.Repository;
import io.qualspec.ui.CommandLineSpecifications;
import io.qualspec.ui.builder.ProblemMarkers;
import io.qualspec.ui.builder.QualspecNature;
import io.qualspec.ui.editor.QualspecEditor;

/** What the workbench tests share: a project of examples, opening editors, waiting and screenshots. */
final class Workbench {

	static final Path SCREENSHOTS = Path.of(System.getProperty("qualspec.screenshots", "target/screenshots"));

	/** The OCR Level 2 NVQ Certificate in Customer Service (entry code 03455). */
	static final String NVQ_CERTIFICATE = "customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec";
	static final String NVQ_UNITS = "customer-service-nvq/units.qspec";

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * A Qualspec project holding OCR's organisation file, the NVQ qualifications with their unit library and
	 * any more folders of examples/ (each under its last name: "ocr/cambridge-technical" as
	 * "cambridge-technical"), built (indexed and validated) once.
	 */
	static IProject examplesProject(String name, String... moreFolders) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			return project;
		}
		project.create(null);
		project.open(null);
		QualspecNature.addTo(project, null);
		write(project.getFile("ocr.qspec"), Files.readString(Repository.examples().resolve("ocr/ocr.qspec")));
		copyFolder(project, "ocr/customer-service-nvq");
		for (String folder : moreFolders) {
			copyFolder(project, folder);
		}
		build();
		return project;
	}

	/**
	 * The whole examples folder, copied, opened as "./qualspec workbench examples" opens a folder: a project
	 * "examples" holding a linked folder "examples", built once.
	 */
	static IProject linkedExamples() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("examples");
		if (!project.exists()) {
			Path copy = Files.createTempDirectory("qualspec-ui-examples").resolve("examples");
			copyTree(Repository.examples(), copy);
			CommandLineSpecifications.folderAt(copy);
			build();
		}
		return project;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()));
			}
		}
	}

	private static void copyFolder(IProject project, String examplesFolder) throws CoreException, IOException {
		Path source = Repository.examples().resolve(examplesFolder);
		IFolder target = project.getFolder(source.getFileName().toString());
		target.create(true, true, null);
		try (var files = Files.list(source)) {
			for (Path file : files.toList()) {
				write(target.getFile(file.getFileName().toString()), Files.readString(file));
			}
		}
	}

	static void write(IFile file, String text) throws CoreException {
		var contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.FORCE, null);
		} else {
			file.create(contents, IResource.FORCE, null);
		}
	}

	static String read(IFile file) throws CoreException, IOException {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static void build() throws CoreException {
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	static QualspecEditor open(IFile file) throws PartInitException {
		QualspecEditor editor = (QualspecEditor) IDE.openEditor(page(), file, QualspecEditor.ID);
		waitForRevalidation(editor);
		return editor;
	}

	static ISourceViewer viewer(QualspecEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static IDocument document(QualspecEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Waits until the editor has revalidated its text once more. */
	static void waitForRevalidation(QualspecEditor editor) {
		boolean[] done = { false };
		Runnable listener = () -> done[0] = true;
		editor.addRevalidationListener(listener);
		try {
			waitUntil("the editor revalidates", () -> done[0]);
		} finally {
			editor.removeRevalidationListener(listener);
		}
	}

	/** Runs the event loop until the condition holds (the tests run on the UI thread). */
	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, Duration.ofSeconds(10), condition);
	}

	/** As {@link #waitUntil(String, BooleanSupplier)}; when time runs out, the failure shows every thread's stack. */
	static void waitUntil(String what, Duration patience, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + patience.toMillis();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Timed out waiting until " + what + "; the threads:\n" + threadStacks());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("Interrupted waiting until " + what);
				}
			}
		}
	}

	private static String threadStacks() {
		StringBuilder stacks = new StringBuilder();
		for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
			stacks.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
			if (thread.getLockName() != null) {
				stacks.append(" on ").append(thread.getLockName()).append(" owned by ").append(thread.getLockOwnerName());
			}
			stacks.append('\n');
			for (StackTraceElement frame : thread.getStackTrace()) {
				stacks.append("\tat ").append(frame).append('\n');
			}
		}
		return stacks.toString();
	}

	/** Lets the UI settle for a moment (layout, painting) before a screenshot. */
	static void settle(int millis) {
		long until = System.currentTimeMillis() + millis;
		waitUntil("the display settles", () -> System.currentTimeMillis() > until);
	}

	static IMarker[] markers(IFile file) throws CoreException {
		return file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
	}

	static int errorCount(IFile file) throws CoreException {
		int errors = 0;
		for (IMarker marker : markers(file)) {
			errors += marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR ? 1 : 0;
		}
		return errors;
	}

	/** A picture of the whole X display, written under target/screenshots (not kept in git). */
	static Path screenshot(String name) throws IOException {
		Display display = Display.getCurrent();
		Rectangle bounds = display.getBounds();
		// No window manager runs under Xvfb to maximise the window: give it the whole display.
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(bounds);
		settle(500);
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}

}
