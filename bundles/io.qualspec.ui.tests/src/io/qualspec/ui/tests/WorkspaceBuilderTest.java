package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.NVQ_UNITS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;

/** The project builder keeps the index and revalidates the files a change affects. */
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
}
