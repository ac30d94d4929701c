package io.qualspec.ui.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.resource.XtextResource;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.ui.editor.QualspecEditor;

/**
 * A view about the qualification under the cursor of the active Qualspec editor (the first qualification
 * of the file when the cursor is outside one). It follows editor activation, caret moves and revalidation.
 */
public abstract class QualificationView extends ViewPart {

	private QualspecEditor editor;
	private String shownNumber;
	private final Runnable revalidated = () -> refresh(true);
	private final ISelectionChangedListener caretMoved = event -> refresh(false);

	private final IPartListener2 editorActivation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof QualspecEditor activated && activated != editor) {
				follow(activated);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	/** Starts following the page's active editor; call at the end of createPartControl. */
	protected void followActiveEditor() {
		getSite().getPage().addPartListener(editorActivation);
		follow(getSite().getPage().getActiveEditor() instanceof QualspecEditor active ? active : null);
	}

	private void follow(QualspecEditor next) {
		unfollow();
		editor = next;
		if (editor != null) {
			editor.addRevalidationListener(revalidated);
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.addPostSelectionChangedListener(caretMoved);
			}
		}
		refresh(true);
	}

	/**
	 * Shows the qualification under the cursor again: always when {@code changed} (the text changed), else
	 * only when the cursor moved into another qualification.
	 */
	public void refresh(boolean changed) {
		if (editor == null) {
			shownNumber = null;
			showNothing("Open a Qualspec specification and put the cursor in a qualification.");
			return;
		}
		int caret = editor.caretOffset();
		String number = editor.specification().read(resource -> qualificationAt(resource, caret))
				.map(ResolvedQualification::number).orElse(null);
		if (number == null) {
			shownNumber = null;
			showNothing("There is no qualification in " + editor.getEditorInput().getName() + ".");
		} else if (changed || !number.equals(shownNumber)) {
			shownNumber = number;
			show(editor, number);
		}
	}

	/** Shows a qualification of the editor's text (on the UI thread). */
	protected abstract void show(QualspecEditor source, String qualificationNumber);

	/** Says why there is nothing to show. */
	protected abstract void showNothing(String reason);

	/**
	 * Runs a query on a qualification of an editor's current text, while the text's model is stable; empty
	 * when the text no longer has that qualification.
	 */
	protected static <T> Optional<T> withQualification(QualspecEditor source, String number,
			Function<ResolvedQualification, T> query) {
		return source.specification().read(resource -> Catalogue.of(List.of(resource)).qualification(number).map(query));
	}

	/** The qualification written around the offset, else the file's first. */
	private static Optional<ResolvedQualification> qualificationAt(XtextResource resource, int offset) {
		List<ResolvedQualification> qualifications = Catalogue.of(List.of(resource)).qualifications();
		return qualifications.stream().filter(q -> q.location().offset() <= offset
				&& offset <= q.location().offset() + q.location().length()).findFirst()
				.or(() -> qualifications.stream().findFirst());
	}

	/** Stops listening to the followed editor, showing nothing new. */
	private void unfollow() {
		if (editor != null) {
			editor.removeRevalidationListener(revalidated);
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.removePostSelectionChangedListener(caretMoved);
			}
			editor = null;
		}
	}

	/**
	 * Only lets go of the editor: showing "nothing" here, as closing the editor does, would write into widgets
	 * already disposed ("Widget is disposed" at every shutdown).
	 */
	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorActivation);
		unfollow();
		super.dispose();
	}
}
