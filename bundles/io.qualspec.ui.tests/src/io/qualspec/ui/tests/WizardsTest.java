package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Widgets.after;
import static io.qualspec.ui.tests.Widgets.check;
import static io.qualspec.ui.tests.Widgets.choose;
import static io.qualspec.ui.tests.Widgets.type;
import static io.qualspec.ui.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.builder.QualspecBuilder;
import io.qualspec.ui.builder.QualspecNature;
import io.qualspec.ui.builder.SpecificationValidation;
import io.qualspec.ui.builder.WorkspaceIndex;
import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.wizards.NewQualificationWizard;
import io.qualspec.ui.wizards.NewQualspecProjectWizard;
import io.qualspec.ui.wizards.NewUnitLibraryWizard;
import io.qualspec.validation.ProjectSettings;

/** The New Qualspec Project, Qualification and Unit Library wizards, filled in and finished as a user does. */
class WizardsTest {

	private WizardDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		page().closeAllEditors(false);
	}

	private IWizardPage open(BasicNewResourceWizard wizard, Object selected) {
		wizard.init(PlatformUI.getWorkbench(), selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
		dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		return wizard.getPages()[0];
	}

	@Test
	void aNewProjectHasTheNatureEveryIssueCodeCommentedOutAndStarterSpecificationsWithoutErrors() throws Exception {
		NewQualspecProjectWizard wizard = new NewQualspecProjectWizard();
		Control projectPage = open(wizard, null).getControl();
		type(projectPage, "Project name:", "starter-specifications");
		IWizardPage starterPage = wizard.getPages()[1];
		Control starter = starterPage.getControl();
		assertTrue(wizard.canFinish(), "without starter specifications the project page is enough");

		check(starter, "Create an awarding organisation, a unit library and a qualification");
		assertFalse(wizard.canFinish(), "the starter fields are empty");
		type(starter, "Organisation code:", "ACME");
		type(starter, "Organisation name:", "Acme Awards");
		type(starter, "Library name:", "acme.units");
		type(starter, "Library title:", "Acme customer service units");
		type(starter, "Qualification title:", "Acme Level 2 Diploma in Customer Service");
		type(starter, "Qualification number:", "603/2730/4");
		assertTrue(starterPage.getErrorMessage().contains("603/2730/3"), starterPage.getErrorMessage());
		assertFalse(wizard.canFinish());
		type(starter, "Qualification number:", "603/2730/3");
		assertTrue(wizard.canFinish(), starterPage::getErrorMessage);

		assertTrue(wizard.performFinish());
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("starter-specifications");
		assertTrue(project.hasNature(QualspecNature.ID));
		assertTrue(Arrays.stream(project.getDescription().getBuildSpec()).anyMatch(c -> c.getBuilderName().equals(QualspecBuilder.ID)));

		List<String> settings = Workbench.read(project.getFile(ProjectSettings.FILE_NAME)).lines().toList();
		for (PreferenceKey code : QualspecUi.injector().getInstance(ConfigurableIssueCodesProvider.class)
				.getConfigurableIssueCodes().values()) {
			if (code.getId().startsWith("io.qualspec.")) {
				assertTrue(settings.contains("# " + code.getId() + " = " + code.getDefaultValue()), code.getId() + " is not listed");
			}
		}
		assertTrue(settings.stream().allMatch(line -> line.isBlank() || line.startsWith("#")), "a setting is not commented out");

		IFile qualification = project.getFile("603-2730-3.qspec");
		assertEditing(qualification);
		assertTrue(Workbench.read(project.getFile("units.qspec")).contains("unit library acme.^units \"Acme customer service units\" {"));
		Workbench.build();
		for (String file : List.of("acme.qspec", "units.qspec", "603-2730-3.qspec")) {
			assertBuiltWithoutErrors(project.getFile(file));
		}
	}

	@Test
	void aNewQualificationIsCheckedAsTypedAndUsesTheProjectsOrganisationAndLibrary() throws Exception {
		IProject project = Workbench.examplesProject("wizard-examples");
		NewQualificationWizard wizard = new NewQualificationWizard();
		IWizardPage page = open(wizard, project);
		Control fields = page.getControl();

		type(fields, "Qualification number:", "603/2730");
		assertTrue(page.getErrorMessage().contains("such as 500/8625/X"), page.getErrorMessage());
		type(fields, "Qualification number:", "500/8625/X");
		type(fields, "Qualification title:", "OCR Level 2 Cambridge Technical Diploma in Customer Service");
		assertTrue(page.getErrorMessage().contains("already specifies 500/8625/X"), page.getErrorMessage());
		type(fields, "Qualification number:", "603/2730/4");
		assertTrue(page.getErrorMessage().contains("the number is 603/2730/3"), page.getErrorMessage());
		assertFalse(page.isPageComplete());
		type(fields, "Qualification number:", "603/2730/3");
		choose(after(fields, "Awarded by:", Combo.class), "OCR");
		choose(after(fields, "Uses units of:", Combo.class), "ocr.customerservice.nvq");
		assertTrue(page.isPageComplete(), page::getErrorMessage);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.screenshot("new-qualification-wizard");

		assertTrue(wizard.performFinish());
		IFile file = project.getFile("603-2730-3.qspec");
		String text = Workbench.read(file);
		assertTrue(text.contains("use ocr.customerservice.nvq\n"), text);
		assertTrue(text.contains("qualification 603/2730/3 \"OCR Level 2 Cambridge Technical Diploma in Customer Service\" {"), text);
		assertTrue(text.contains("\tawarded by OCR\n\tlevel 2\n"), text);
		assertEditing(file);
		Workbench.build();
		assertBuiltWithoutErrors(file);
	}

	@Test
	void aNewUnitLibraryEscapesAKeywordInItsName() throws Exception {
		IProject project = Workbench.examplesProject("wizard-examples");
		NewUnitLibraryWizard wizard = new NewUnitLibraryWizard();
		IWizardPage page = open(wizard, project);
		Control fields = page.getControl();

		type(fields, "Library title:", "OCR units in development");
		type(fields, "Library name:", "ocr.in development");
		assertTrue(page.getErrorMessage().contains("is not a name"), page.getErrorMessage());
		type(fields, "Library name:", "ocr.units");
		choose(after(fields, "Awarding organisation:", Combo.class), "OCR");
		assertTrue(page.isPageComplete(), page::getErrorMessage);

		assertTrue(wizard.performFinish());
		IFile file = project.getFile("units.qspec");
		String text = Workbench.read(file);
		assertTrue(text.contains("unit library ocr.^units \"OCR units in development\" {\n\tawarding organisation OCR\n}"), text);
		assertEditing(file);
		Workbench.build();
		assertBuiltWithoutErrors(file);
	}

	private static void assertEditing(IFile file) {
		IEditorPart editor = page().getActiveEditor();
		assertTrue(editor instanceof QualspecEditor, "the Qualspec editor is not active: " + editor);
		assertEquals(file, ((IFileEditorInput) editor.getEditorInput()).getFile());
	}

	/** The file validates without errors, and the build has marked none. */
	private static void assertBuiltWithoutErrors(IFile file) throws Exception {
		Resource resource = WorkspaceIndex.get().newResourceSet(file.getProject()).getResource(SpecificationFiles.uri(file), true);
		List<String> errors = SpecificationValidation.issues(resource, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).map(Issue::getMessage).toList();
		assertEquals(List.of(), errors, file.getName());
		assertEquals(List.of(), Arrays.stream(Workbench.markers(file))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList(), file.getName());
	}
}

