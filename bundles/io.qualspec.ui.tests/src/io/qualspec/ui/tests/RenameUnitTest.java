package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.NVQ_UNITS;
import static io.qualspec.ui.tests.Workbench.document;
import static io.qualspec.ui.tests.Workbench.open;
import static io.qualspec.ui.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.builder.WorkspaceIndex;
import io.qualspec.ui.editor.ProjectSpecifications;
import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.editor.UnitRename;

/** Rename Unit: a shared unit's reference number changes in its library and in every qualification using it. */
class RenameUnitTest {

	private static final String LEVEL_1 = "customer-service-nvq/level-1-nvq-certificate-500-9843-3.qspec";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theNewNumberIsAWellFormedUrnWithItsCheckLetterAndNewToTheLibrary() throws Exception {
		UnitRename rename = renameAtF1(Workbench.examplesProject("editor-examples"));
		assertEquals("F/601/1609", rename.urn());
		assertNull(rename.problem("A/601/1690"));
		assertEquals("The check letter of 601/1690 is A: A/601/1690.", rename.problem("F/601/1690"));
		assertEquals("A unit reference number is a check letter, three digits and four digits: L/ddd/dddd.",
				rename.problem("601/1690"));
		assertEquals("F/601/1609 is the unit's reference number now.", rename.problem("F/601/1609"));
		assertEquals("ocr.customerservice.nvq already describes a unit L/601/1614.", rename.problem("L/601/1614"));
	}

	@Test
	void renamingASharedUnitChangesItInEveryFileAndTheProjectStaysLinked() throws Exception {
		IProject project = Workbench.examplesProject("rename-examples");
		QualspecEditor certificate = open(project.getFile(NVQ_CERTIFICATE));
		IDocument document = document(certificate);
		// unsaved: the worked example names unit F1 by its number
		String example = "\t\tunit F1 achieved\n";
		document.replace(document.get().indexOf(example), example.length(), "\t\tunit F/601/1609 achieved\n");
		String before = document.get();
		String renamed = before.replace("unit F1 = F/601/1609", "unit F1 = A/601/1690").replace("unit F/601/1609 achieved",
				"unit A/601/1690 achieved");
		String libraryBefore = Workbench.read(project.getFile(NVQ_UNITS));

		List<IFile> changed = renameAtF1(project).apply("A/601/1690", new NullProgressMonitor());

		assertEquals(Set.of(project.getFile(NVQ_UNITS), project.getFile(LEVEL_1), project.getFile(NVQ_CERTIFICATE)), Set.copyOf(changed));
		// files not open are saved
		assertEquals(libraryBefore.replace("unit F/601/1609 ", "unit A/601/1690 "), Workbench.read(project.getFile(NVQ_UNITS)));
		assertTrue(Workbench.read(project.getFile(LEVEL_1)).contains("\t\tunit F1 = A/601/1690\n"));
		// the open editor changes, unsaved, and undoes the rename in one step
		assertEquals(renamed, document.get());
		assertTrue(certificate.isDirty());
		ITextOperationTarget edits = certificate.getAdapter(ITextOperationTarget.class);
		edits.doOperation(ITextOperationTarget.UNDO);
		assertEquals(before, document.get());
		edits.doOperation(ITextOperationTarget.REDO);
		assertEquals(renamed, document.get());

		certificate.doSave(new NullProgressMonitor());
		Workbench.build();
		for (IFile file : WorkspaceIndex.specificationFiles(project)) {
			for (IMarker marker : Workbench.markers(file)) {
				assertFalse(marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR,
						() -> file.getName() + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
	}

	/** The rename of unit F1 of the Level 2 certificate, F/601/1609, from its reference there. */
	private static UnitRename renameAtF1(IProject project) {
		IFile certificate = project.getFile(NVQ_CERTIFICATE);
		ProjectSpecifications specifications = ProjectSpecifications.of(project);
		String text = specifications.resource(SpecificationFiles.uri(certificate)).getParseResult().getRootNode().getText();
		return UnitRename.at(specifications, SpecificationFiles.uri(certificate), text.indexOf("unit F1 = F/601/1609") + 12)
				.orElseThrow();
	}
}
