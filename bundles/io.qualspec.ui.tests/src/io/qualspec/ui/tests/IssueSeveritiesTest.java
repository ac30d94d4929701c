package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Widgets.after;
import static io.qualspec.ui.tests.Widgets.choose;
import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.builder.ProblemMarkers;
import io.qualspec.ui.preferences.IssueSeveritiesPropertyPage;
import io.qualspec.ui.preferences.QualspecPreferencePage;
import io.qualspec.validation.ProjectSettings;

/**
 * Issue severities come from the project's qualspec.properties, the file the command line and the language
 * server read: the property page edits it in place, and the builder revalidates when it changes.
 */
class IssueSeveritiesTest {

	/** The code 500/8625/X reports on its optional-groups rule, which restates the total (information by default). */
	private static final String RESTATES = "io.qualspec.rules.restates";

	/** What a reviewer wrote by hand; the page must leave it alone. */
	private static final String HAND_WRITTEN = """
			# Agreed with the review panel, March 2025.
			io.qualspec.text.finalFullStop = ignore
			reviewer = J. Smith
			""";

	private IProject project;
	private IFile settings;
	private PreferenceDialog dialog;

	@BeforeEach
	void handWrittenSettings() throws Exception {
		project = Workbench.examplesProject("severities-examples");
		settings = project.getFile(ProjectSettings.FILE_NAME);
		Workbench.write(settings, HAND_WRITTEN);
		Workbench.build();
	}

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
	}

	private IssueSeveritiesPropertyPage openPropertyPage() {
		dialog = PreferencesUtil.createPropertyDialogOn(page().getWorkbenchWindow().getShell(), project,
				IssueSeveritiesPropertyPage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (IssueSeveritiesPropertyPage) dialog.getSelectedPage();
	}

	@Test
	void raisingACodeThroughThePageWritesTheFileKeepsItsLinesAndRaisesTheMarkers() throws Exception {
		IFile certificate = project.getFile(NVQ_CERTIFICATE);
		assertEquals(Set.of(IMarker.SEVERITY_INFO), severitiesOf(certificate, RESTATES));

		IssueSeveritiesPropertyPage page = openPropertyPage();
		choose(after(page.getControl(), RESTATES, Combo.class), "error");
		assertTrue(page.performOk());
		String text = Workbench.read(settings);
		assertEquals(HAND_WRITTEN + RESTATES + " = error\n", text);
		Workbench.build();
		assertEquals(Set.of(IMarker.SEVERITY_ERROR), severitiesOf(certificate, RESTATES));

		dialog.close();
		page = openPropertyPage();
		Combo severity = after(page.getControl(), RESTATES, Combo.class);
		assertEquals("error", severity.getText());
		choose(severity, "info (default)");
		assertTrue(page.performOk());
		assertEquals(HAND_WRITTEN, Workbench.read(settings));
		Workbench.build();
		assertEquals(Set.of(IMarker.SEVERITY_INFO), severitiesOf(certificate, RESTATES));
	}

	/**
	 * A folder opened as "./qualspec workbench examples" opens it: the page writes the qualspec.properties beside
	 * the specifications (the file the command line reads for them), not one in the workspace, and the builder
	 * applies it to the files of the linked folder.
	 */
	@Test
	void theSeveritiesOfAFolderOpenedFromTheCommandLineAreKeptBesideItsSpecifications() throws Exception {
		project = Workbench.linkedExamples();
		IFolder examples = project.getFolder("examples");
		IFile certificate = examples.getFile("ocr/" + NVQ_CERTIFICATE);
		Path besideTheSpecifications = examples.getLocation().toFile().toPath().resolve(ProjectSettings.FILE_NAME);
		assertEquals(Set.of(IMarker.SEVERITY_INFO), severitiesOf(certificate, RESTATES));
		try {
			IssueSeveritiesPropertyPage page = openPropertyPage();
			assertTrue(Widgets.all(page.getControl(), Label.class).stream()
					.anyMatch(label -> label.getText().contains(besideTheSpecifications.toString())), "the page does not say where");
			choose(after(page.getControl(), RESTATES, Combo.class), "error");
			assertTrue(page.performOk());
			// a new file: every code commented out with its default, and the one changed set below its own comment
			List<String> lines = Files.readAllLines(besideTheSpecifications);
			assertEquals("# " + RESTATES + " = info", lines.get(lines.indexOf(RESTATES + " = error") - 1));
			assertFalse(project.getFile(ProjectSettings.FILE_NAME).exists(), "written into the workspace");
			Workbench.build();
			assertEquals(Set.of(IMarker.SEVERITY_ERROR), severitiesOf(certificate, RESTATES));

			dialog.close();
			assertEquals("error", after(openPropertyPage().getControl(), RESTATES, Combo.class).getText());
		} finally {
			examples.getFile(ProjectSettings.FILE_NAME).delete(true, null);
			Workbench.build();
		}
		assertEquals(Set.of(IMarker.SEVERITY_INFO), severitiesOf(certificate, RESTATES));
	}

	@Test
	void editingTheFileByHandRevalidatesTheProject() throws Exception {
		IFile certificate = project.getFile(NVQ_CERTIFICATE);
		Workbench.write(settings, HAND_WRITTEN + RESTATES + " = ignore\n");
		Workbench.build();
		assertEquals(Set.of(), severitiesOf(certificate, RESTATES));
		settings.delete(true, null);
		Workbench.build();
		assertEquals(Set.of(IMarker.SEVERITY_INFO), severitiesOf(certificate, RESTATES));
	}

	@Test
	void thePageListsEveryCodeWithItsDefaultAndItsDescription() throws Exception {
		IssueSeveritiesPropertyPage page = openPropertyPage();
		List<String> codes = QualspecUi.injector().getInstance(ConfigurableIssueCodesProvider.class).getConfigurableIssueCodes()
				.values().stream().filter(key -> key.getId().startsWith("io.qualspec.")).map(key -> key.getId() + " " + key.getDefaultValue())
				.sorted().toList();
		List<String> listed = Widgets.all(page.getControl(), Label.class).stream().filter(label -> label.getText().startsWith("io.qualspec."))
				.map(label -> label.getText() + " " + defaultOf(after(page.getControl(), label.getText(), Combo.class))).sorted().toList();
		assertEquals(codes, listed);
		// The row of text.finalFullStop shows the hand-written value and the description from docs/issue-codes.md.
		assertEquals("ignore", after(page.getControl(), "io.qualspec.text.finalFullStop", Combo.class).getText());
		assertTrue(Widgets.all(page.getControl(), Label.class).stream().anyMatch(label -> label.getText()
				.startsWith("Some texts of one list (outcomes, or the criteria of one outcome) end in a full stop")));
		Workbench.screenshot("issue-severities-page");
	}

	@Test
	void thePreferencePageOpensTheSeveritiesOfEachQualspecProject() {
		dialog = PreferencesUtil.createPreferenceDialogOn(page().getWorkbenchWindow().getShell(), QualspecPreferencePage.ID,
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Control page = ((IDialogPage) dialog.getSelectedPage()).getControl();
		List<String> links = Widgets.all(page, Link.class).stream().map(Link::getText).toList();
		assertTrue(links.contains("<a>severities-examples</a>"), links::toString);
		assertTrue(Widgets.all(page, Label.class).stream()
				.anyMatch(label -> label.getText().contains(ProjectSettings.FILE_NAME)));
	}

	private static String defaultOf(Combo combo) {
		return Arrays.stream(combo.getItems()).filter(item -> item.endsWith(" (default)")).map(item -> item.replace(" (default)", ""))
				.collect(Collectors.joining());
	}

	private static Set<Integer> severitiesOf(IFile file, String code) throws Exception {
		return Arrays.stream(Workbench.markers(file)).filter(marker -> code.equals(marker.getAttribute(ProblemMarkers.ISSUE_CODE, "")))
				.map(marker -> marker.getAttribute(IMarker.SEVERITY, -1)).collect(Collectors.toSet());
	}
}
