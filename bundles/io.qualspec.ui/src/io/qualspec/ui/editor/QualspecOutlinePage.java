package io.qualspec.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.qualspec.ui.editor.SpecificationOutline.Node;

/**
 * The Outline view of a specification: qualifications → groups → units, unit libraries → units → outcomes
 * → criteria. Choosing an entry selects its name in the editor; moving the caret selects the entry.
 */
public final class QualspecOutlinePage extends ContentOutlinePage {

	private final QualspecEditor editor;
	private boolean revealing;

	QualspecOutlinePage(QualspecEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Node) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Node) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Node) element).label();
			}

			@Override
			public Image getImage(Object element) {
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return switch (((Node) element).kind()) {
					case QUALIFICATION, LIBRARY, ORGANISATION -> images.getImage(ISharedImages.IMG_OBJ_FILE);
					case GROUP, UNIT -> images.getImage(ISharedImages.IMG_OBJ_FOLDER);
					case MEMBERSHIP, OUTCOME, CRITERION -> images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
				};
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (!revealing && event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Node node) {
				editor.selectAndReveal(node.nameOffset(), node.nameLength());
			}
		});
		update(editor.structure());
	}

	/** Shows a new structure of the text, with the entry at the caret selected. */
	void update(List<Node> structure) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		viewer.setInput(structure);
		viewer.expandAll();
		viewer.getControl().setRedraw(true);
		reveal(editor.caretOffset());
	}

	/** Selects the innermost entry at a text position, without moving the editor's selection. */
	void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		Node node = SpecificationOutline.at(editor.structure(), offset);
		if (viewer == null || viewer.getControl().isDisposed() || node == null) {
			return;
		}
		revealing = true;
		try {
			viewer.setSelection(new StructuredSelection(node), true);
		} finally {
			revealing = false;
		}
	}
}
