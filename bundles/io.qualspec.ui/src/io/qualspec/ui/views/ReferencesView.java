package io.qualspec.ui.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import io.qualspec.ui.editor.ElementReferences.Reference;

/**
 * The Qualspec References view: the references Find References found, one row per reference with its file,
 * line and the text of the line. Double-clicking a row opens the file with the reference selected.
 */
public class ReferencesView extends ViewPart {

	public static final String ID = "io.qualspec.ui.views.references";

	private TableViewer table;

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table control = table.getTable();
		control.setHeaderVisible(true);
		control.setLinesVisible(true);
		// File names of a catalogue are long: the name first, its folder last.
		column("File", 300, reference -> reference.file().getName());
		column("Line", 50, reference -> String.valueOf(reference.line()));
		column("Text", 320, Reference::text);
		column("Folder", 300, reference -> reference.file().getParent().getFullPath().makeRelative().toString());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Reference reference) {
				open(reference);
			}
		});
		setContentDescription("Put the cursor on a unit, group or organisation in a Qualspec editor and press Ctrl+Shift+G.");
	}

	private void column(String heading, int width, Function<Reference, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(heading);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Reference) element);
			}
		});
	}

	/** Lists the references to an element. */
	public void show(String element, List<Reference> references) {
		setContentDescription(switch (references.size()) {
			case 0 -> "No references to " + element + " in the project";
			case 1 -> "1 reference to " + element;
			default -> references.size() + " references to " + element;
		});
		table.setInput(references);
	}

	/** The references listed. */
	@SuppressWarnings("unchecked")
	public List<Reference> references() {
		Object input = table.getInput();
		return input == null ? List.of() : (List<Reference>) input;
	}

	/** Opens a reference's file in its editor with the reference selected. */
	public IEditorPart open(Reference reference) {
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), reference.file());
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(reference.offset(), reference.length());
			}
			return editor;
		} catch (PartInitException e) {
			ILog.of(ReferencesView.class).error("Cannot open " + reference.file().getFullPath() + " at the reference", e);
			return null;
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
