package io.qualspec.ui.views;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Qualspec perspective: projects and outline beside the editor, problems and the Qualspec views below. */
public class QualspecPerspective implements IPerspectiveFactory {

	public static final String ID = "io.qualspec.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.72f, editors);
		IFolderLayout bottom = layout.createFolder("io.qualspec.ui.bottom", IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(RuleAnalysisView.ID);
		bottom.addView(LearnerCheckView.ID);
		bottom.addView(HandbookPreviewView.ID);
		bottom.addPlaceholder(ReferencesView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(RuleAnalysisView.ID);
		layout.addShowViewShortcut(LearnerCheckView.ID);
		layout.addShowViewShortcut(HandbookPreviewView.ID);
		layout.addShowViewShortcut(ReferencesView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
