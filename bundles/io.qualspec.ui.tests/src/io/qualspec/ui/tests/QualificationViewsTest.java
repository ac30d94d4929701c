package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.page;
import static io.qualspec.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.LearnerRecord;
import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.views.HandbookPreviewView;
import io.qualspec.ui.views.LearnerCheckView;
import io.qualspec.ui.views.QualspecPerspective;
import io.qualspec.ui.views.RuleAnalysisView;

/** The views about the qualification under the cursor, in the Qualspec perspective. */
class QualificationViewsTest {

	private static IProject project;

	@BeforeAll
	static void openPerspective() throws Exception {
		project = Workbench.examplesProject("views-examples");
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(QualspecPerspective.ID));
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private static QualspecEditor openCertificate() throws Exception {
		QualspecEditor editor = Workbench.open(project.getFile(NVQ_CERTIFICATE));
		editor.selectAndReveal(Workbench.document(editor).get().indexOf("entry code"), 0);
		return editor;
	}

	@Test
	void ruleAnalysisShowsTheLeastGlhOfTheCertificate03455() throws Exception {
		openCertificate();
		RuleAnalysisView view = (RuleAnalysisView) page().showView(RuleAnalysisView.ID);
		view.refresh(true);
		waitUntil("the analysis is shown", () -> view.lines().stream().anyMatch(l -> l.startsWith("Guided learning hours (GLH)")));
		assertTrue(view.lines().contains("Qualification: 500/8625/X OCR Level 2 NVQ Certificate in Customer Service"), view.lines()::toString);
		assertTrue(view.lines().contains("Feasible: yes"), view.lines()::toString);
		assertTrue(view.lines().contains("Guided learning hours (GLH): 192 to 1,930 (stated: at least 192; the least equals the stated minimum)"),
				view.lines()::toString);
		assertTrue(view.lines().stream().anyMatch(l -> l.startsWith("Valid selections: ")), view.lines()::toString);
		Workbench.screenshot("rule-analysis-view");
	}

	@Test
	void learnerCheckExplainsWhyARecordWithOneUnitIsNotEligible() throws Exception {
		openCertificate();
		LearnerCheckView view = (LearnerCheckView) page().showView(LearnerCheckView.ID);
		view.refresh(true);
		view.setRecord(RuleSetJson.write(new LearnerRecord("Learner A",
				List.of(new LearnerRecord.UnitResult("F1", List.of(Grade.ACHIEVED), List.of())))));
		view.check();
		assertTrue(view.lines().contains("Eligible: no"), view.lines()::toString);
		assertTrue(view.lines().stream().anyMatch(l -> l.startsWith("Not met: ") && l.contains("short by")), view.lines()::toString);
		assertTrue(view.lines().stream().anyMatch(l -> l.startsWith("Unit F1: Achieved")), view.lines()::toString);
		Workbench.screenshot("learner-check-view");
	}

	@Test
	void handbookPreviewWritesTheHandbookAndShowsItOrSaysWhyNot() throws Exception {
		openCertificate();
		HandbookPreviewView view = (HandbookPreviewView) page().showView(HandbookPreviewView.ID);
		view.refresh(true);
		waitUntil("the handbook is written", () -> view.handbookFile() != null);
		assertTrue(Files.readString(view.handbookFile()).contains("OCR Level 2 NVQ Certificate in Customer Service"));
		if (!view.showsBrowser()) {
			assertTrue(view.message().contains("WebKitGTK"), view.message());
		}
		Workbench.screenshot("handbook-preview-view");
	}

}
