package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Widgets.after;
import static io.qualspec.ui.tests.Widgets.check;
import static io.qualspec.ui.tests.Widgets.type;
import static io.qualspec.ui.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.qualspec.testing.Repository;
import io.qualspec.ui.builder.QualspecNature;
import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.wizards.ImportSpecificationsWizard;

/**
 * File > Import > Qualspec on the structure table of OCR's Level 2 NVQ Certificate in Customer Service (500/8625/X,
 * 49 units in groups A to E), as a user fills it in, into a folder of a Qualspec project.
 */
class ImportWizardTest {

	private static final Path TABLE = Repository.root()
			.resolve("bundles/io.qualspec.testing/fixtures/handbook-tables/qn-500-8625-X.csv");
	private static final Pattern GROUP = Pattern.compile("^\tgroup (\\w+) \"[^\"]*\" (mandatory|optional) \\{$");

	private IProject project;
	private WizardDialog dialog;
	private ImportSpecificationsWizard wizard;

	@BeforeEach
	void project() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("imported-specifications");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		QualspecNature.addTo(project, null);
	}

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		page().closeAllEditors(false);
	}

	/** The wizard opened on the project, its first page filled in, the second (the review) shown. */
	private IWizardPage importInto(String folder, boolean replace) {
		return importInto(TABLE, folder, replace);
	}

	private IWizardPage importInto(Path table, String folder, boolean replace) {
		wizard = new ImportSpecificationsWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		IWizardPage sourcePage = wizard.getPages()[0];
		Control fields = sourcePage.getControl();
		assertEquals("/imported-specifications", after(fields, "Into folder:", org.eclipse.swt.widgets.Text.class).getText(),
				"the selected project is offered");
		assertFalse(sourcePage.isPageComplete(), "no source chosen yet");
		type(fields, "Source file:", TABLE.resolveSibling("no-such-table.csv").toString());
		assertTrue(sourcePage.getErrorMessage().contains("is not a file"), sourcePage.getErrorMessage());
		type(fields, "Source file:", table.toString());
		assertTrue(after(fields, "Source kind:", Combo.class).getText().startsWith("Told from the file"));
		type(fields, "Into folder:", folder);
		type(fields, "Library name:", "ocr.in development");
		assertTrue(sourcePage.getErrorMessage().contains("is not a library name"), sourcePage.getErrorMessage());
		type(fields, "Library name:", "ocr.customerservice.imported");
		type(fields, "Qualification title:", "OCR Level 2 NVQ Certificate in Customer Service");
		if (replace) {
			check(fields, "Replace existing files");
		}
		assertTrue(sourcePage.isPageComplete(), sourcePage::getErrorMessage);
		assertFalse(wizard.canFinish(), "the import is reviewed before it is written");
		IWizardPage review = wizard.getPages()[1];
		dialog.showPage(review);
		return review;
	}

	@Test
	void aStructureTableBecomesALibraryAndAQualificationWithTheTablesGroupsThatValidate() throws Exception {
		IWizardPage review = importInto("/imported-specifications/specs", false);
		assertEquals(null, review.getErrorMessage());
		List<String> listed = Arrays.asList(Widgets.all(review.getControl(), org.eclipse.swt.widgets.List.class).get(0).getItems());
		assertEquals(List.of("ocr-customerservice-imported.qspec", "500-8625-x.qspec"), listed);
		assertTrue(wizard.canFinish(), review::getErrorMessage);
		Workbench.screenshot("import-wizard-review");
		dialog.showPage(wizard.getPages()[0]);
		Workbench.screenshot("import-wizard-source");
		dialog.showPage(review);

		assertTrue(wizard.performFinish());
		IFolder specs = project.getFolder("specs");
		IFile qualification = specs.getFile("500-8625-x.qspec");
		IFile library = specs.getFile("ocr-customerservice-imported.qspec");
		assertTrue(qualification.exists() && library.exists(), "the folder was not refreshed");

		// The table (counted with a CSV reader): 49 rows, a unit each; A mandatory with 2, B to E optional with 16, 11, 7, 13.
		String text = Workbench.read(qualification);
		assertTrue(text.contains("qualification 500/8625/X \"OCR Level 2 NVQ Certificate in Customer Service\" {"), text);
		assertEquals(Map.of("A mandatory", 2, "B optional", 16, "C optional", 11, "D optional", 7, "E optional", 13), groups(text));
		assertTrue(text.contains("\t\tunit F1 = F/601/1609\n"), text);
		String units = Workbench.read(library);
		assertEquals(49, units.lines().filter(line -> line.startsWith("\tunit ")).count(), units);
		assertTrue(units.contains("\tunit F/601/1609 \"Communicate using customer service language\" {\n\t\tlevel 1\n\t\tcredits 4\n\t\tglh 30\n"), units);

		IEditorPart editor = page().getActiveEditor();
		assertTrue(editor instanceof QualspecEditor, "the Qualspec editor is not active: " + editor);
		assertEquals(qualification, ((IFileEditorInput) editor.getEditorInput()).getFile());
		Workbench.build();
		for (IFile file : List.of(qualification, library)) {
			assertEquals(List.of(), Arrays.stream(Workbench.markers(file))
					.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
					.map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList(), file.getName());
		}
	}

	@Test
	void existingFilesAreReplacedOnlyWhenTheUserSaysSo() throws Exception {
		IFile earlier = project.getFile("500-8625-x.qspec");
		Workbench.write(earlier, "// an earlier specification of 500/8625/X\n");

		IWizardPage review = importInto("/imported-specifications", false);
		assertTrue(review.getErrorMessage().contains("already has 500-8625-x.qspec"), review.getErrorMessage());
		assertFalse(wizard.canFinish());
		assertFalse(wizard.performFinish());
		assertEquals("// an earlier specification of 500/8625/X\n", Workbench.read(earlier));
		assertFalse(project.getFile("ocr-customerservice-imported.qspec").exists(), "a file was written after all");
		dialog.close();

		review = importInto("/imported-specifications", true);
		assertEquals(null, review.getErrorMessage());
		assertTrue(wizard.performFinish());
		assertTrue(Workbench.read(earlier).contains("qualification 500/8625/X"));
		assertTrue(project.getFile("ocr-customerservice-imported.qspec").exists());
	}

	@Test
	void whatTheImporterCouldNotReadIsListedByRowAndColumn() throws Exception {
		// The table with the credits of its second unit (line 3, column 8 "credits") spelt out.
		List<String> lines = Files.readAllLines(TABLE);
		assertTrue(lines.get(2).startsWith("500/8625/X,A,mandatory,F2,,Follow the rules to deliver customer service,L/601/1614,4,"));
		lines.set(2, lines.get(2).replace("L/601/1614,4,", "L/601/1614,four,"));
		Path table = Files.createTempDirectory("qualspec-import-wizard").resolve("qn-500-8625-X.csv");
		Files.write(table, lines);

		IWizardPage review = importInto(table, "/imported-specifications", false);
		assertEquals(null, review.getErrorMessage());
		List<org.eclipse.swt.widgets.List> lists = Widgets.all(review.getControl(), org.eclipse.swt.widgets.List.class);
		List<String> problems = Arrays.asList(lists.get(1).getItems());
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("qn-500-8625-X.csv:3: column 8 (credits): \"four\""), problems.get(0));
		Workbench.screenshot("import-wizard-problems");
		assertTrue(wizard.performFinish());
		String units = Workbench.read(project.getFile("ocr-customerservice-imported.qspec"));
		assertTrue(units.contains("\tunit L/601/1614 \"Follow the rules to deliver customer service\" {\n\t\tlevel 2\n\t\tglh 30\n"),
				"the credits are left out: " + units);
	}

	@Test
	void theKindChosenIsReadInsteadOfTheOneToldFromTheFile() throws Exception {
		IWizardPage review = importInto("/imported-specifications", false);
		assertEquals(null, review.getErrorMessage(), "told from the file: a structure table");
		dialog.showPage(wizard.getPages()[0]);
		Widgets.choose(after(wizard.getPages()[0].getControl(), "Source kind:", Combo.class), "CASE 1.0/1.1 package");
		dialog.showPage(review);
		assertTrue(review.getErrorMessage().startsWith("Nothing can be imported: qn-500-8625-X.csv: not valid JSON"),
				review.getErrorMessage());
		assertFalse(wizard.canFinish());
	}

	/** "A mandatory" → the number of units the group lists. */
	private static Map<String, Integer> groups(String qualification) {
		Map<String, Integer> groups = new LinkedHashMap<>();
		String current = null;
		for (String line : qualification.lines().toList()) {
			Matcher group = GROUP.matcher(line);
			if (group.matches()) {
				current = group.group(1) + " " + group.group(2);
				groups.put(current, 0);
			} else if (current != null && line.startsWith("\t\tunit ")) {
				groups.merge(current, 1, Integer::sum);
			} else if (line.equals("\t}")) {
				current = null;
			}
		}
		return groups;
	}
}
