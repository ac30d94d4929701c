package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.NVQ_UNITS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.editor.QualspecEditor;

/**
 * The project builder keeps the index and revalidates the files a change affects, leaving a file edited and
 * unsaved to its editor.
 */
class WorkspaceBuilderTest {

	@Test
	void aQualificationIsMarkedWhenAUnitOfItsSharedLibraryChanges() throws Exception {
		IProject project = Workbench.examplesProject("builder-examples");
		IFile certificate = project.getFile(NVQ_CERTIFICATE);
		IFile units = project.getFile(NVQ_UNITS);
		assertEquals(0, Workbench.errorCount(certificate));
		String library = Workbench.read(units);

		// L/601/1614 (unit F2 of the certificate) is renumbered in the library, in another file
		Workbench.write(units, library.replace("unit L/601/1614 ", "unit T/601/1614 "));
		Workbench.build();
		assertTrue(Arrays.stream(Workbench.markers(certificate))
				.anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
						&& m.getAttribute(IMarker.MESSAGE, "").contains("L/601/1614")),
				"the certificate does not report the missing unit");

		Workbench.write(units, library);
		Workbench.build();
		assertEquals(0, Workbench.errorCount(certificate));
	}

	@Test
	void aBuildLeavesTheMarkersOfAFileWithUnsavedChangesToItsEditor() throws Exception {
		IProject project = Workbench.examplesProject("builder-examples");
		IFile scratch = project.getFile("scratch-unsaved.qspec");
		Workbench.write(scratch, "unit library scratch.unsaved {\n\tunit G/601/1609 \"Communicate\" {\n\t\tlevel 1\n\t}\n}\n");
		Workbench.build();
		assertTrue(Workbench.errorCount(scratch) > 0, "the saved check letter is wrong");
		QualspecEditor editor = Workbench.open(scratch);
		try {
			IDocument document = Workbench.document(editor);
			document.replace(document.get().indexOf("G/601/1609"), 1, "F");
			Workbench.waitUntil("the editor clears the marker", () -> errors(scratch) == 0);

			scratch.touch(null);
			Workbench.build();
			assertEquals(0, Workbench.errorCount(scratch), "the build marked the saved text, not the one edited");
		} finally {
			Workbench.page().closeAllEditors(false);
		}
	}

	private static int errors(IFile file) {
		try {
			return Workbench.errorCount(file);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
