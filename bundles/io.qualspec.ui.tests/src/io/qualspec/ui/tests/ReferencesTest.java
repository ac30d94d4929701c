package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_UNITS;
import static io.qualspec.ui.tests.Workbench.document;
import static io.qualspec.ui.tests.Workbench.open;
import static io.qualspec.ui.tests.Workbench.page;
import static io.qualspec.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.views.FindReferences;
import io.qualspec.ui.views.ReferencesView;
import io.qualspec.ui.editor.ElementReferences.Reference;

/** Find references across the files of a project, and mark occurrences in the editor. */
class ReferencesTest {

	private static final String LEVEL_1 = "customer-service-nvq/level-1-nvq-certificate-500-9843-3.qspec";
	private static final String LEVEL_2 = "customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec";
	private static final String CAMBRIDGE_UNITS = "cambridge-technical/units.qspec";

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = Workbench.examplesProject("reference-examples", "ocr/cambridge-technical");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void findReferencesListsTheQualificationsThatUseASharedUnit() throws Exception {
		QualspecEditor library = open(project.getFile(NVQ_UNITS));
		library.selectAndReveal(document(library).get().indexOf("unit F/601/1609") + "unit F/6".length(), 0);
		ReferencesView view = FindReferences.in(library).orElseThrow();

		List<Reference> references = view.references();
		assertEquals(List.of(project.getFile(LEVEL_1), project.getFile(LEVEL_2)), references.stream().map(Reference::file).toList());
		for (Reference reference : references) {
			String text = Workbench.read(reference.file());
			assertEquals("F/601/1609", text.substring(reference.offset(), reference.offset() + reference.length()));
			assertEquals(text.substring(0, reference.offset()).split("\n", -1).length, reference.line());
			assertEquals("unit F1 = F/601/1609", reference.text());
		}
		assertEquals("2 references to F/601/1609 Communicate using customer service language", view.getContentDescription());
		Workbench.screenshot("references-view");

		QualspecEditor opened = assertInstanceOf(QualspecEditor.class, view.open(references.get(1)));
		assertEquals(project.getFile(LEVEL_2), opened.getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals("F/601/1609", selection.getText());
		assertEquals(references.get(1).offset(), selection.getOffset());
	}

	@Test
	void markOccurrencesAnnotatesEveryOccurrenceOfTheUnitUnderTheCaret() throws Exception {
		QualspecEditor editor = open(project.getFile(CAMBRIDGE_UNITS));
		String text = document(editor).get();
		// defined once, and linked to and taken after by the other units of the library
		List<Position> written = new ArrayList<>();
		for (int at = text.indexOf("R/615/5441"); at >= 0; at = text.indexOf("R/615/5441", at + 1)) {
			written.add(new Position(at, "R/615/5441".length()));
		}
		assertEquals(12, written.size());
		editor.selectAndReveal(text.indexOf("unit R/615/5441") + "unit R/6".length(), 0);
		waitUntil("every occurrence is marked", () -> occurrences(editor).equals(written));
		Workbench.screenshot("mark-occurrences");

		editor.selectAndReveal(text.indexOf("glh 60") + 1, 0);
		waitUntil("the marks are taken away on a keyword", () -> occurrences(editor).isEmpty());
	}

	private static List<Position> occurrences(QualspecEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Position> marked = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if ("io.qualspec.ui.occurrence".equals(annotation.getType())) {
				marked.add(model.getPosition(annotation));
			}
		});
		marked.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return marked;
	}
}
