package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;

import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Unit;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.validation.NewUnitNumber;

/**
 * Rename Unit (Alt+Shift+R): a unit's reference number changes where the unit is defined and wherever it is
 * written by number in the project's files: memberships, unit links, and barred pairs, hurdles and worked
 * examples that name the unit's membership by its number. A reference by short name or local number stays.
 * Files open in an editor change in their buffer, as one undoable change each; the other files are saved.
 */
public final class UnitRename {

	private final ProjectSpecifications specifications;
	private final Unit unit;

	private UnitRename(ProjectSpecifications specifications, Unit unit) {
		this.specifications = specifications;
		this.unit = unit;
	}

	/** The rename of the unit referred to or defined at a text position of a file, if there is one. */
	public static Optional<UnitRename> at(ProjectSpecifications specifications, URI file, int offset) {
		return ElementReferences.elementAt(specifications.resource(file), offset).filter(Unit.class::isInstance)
				.map(unit -> new UnitRename(specifications, (Unit) unit));
	}

	/** Asks for the new number of the unit at the editor's caret and renames it; a failure goes to the error log. */
	public static void atCaret(QualspecEditor editor) {
		try {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			Optional<UnitRename> rename = file == null ? Optional.empty()
					: at(ProjectSpecifications.of(file.getProject()), SpecificationFiles.uri(file), editor.caretOffset());
			if (rename.isEmpty()) {
				editor.showStatus("Put the cursor on a unit's reference number, in a file of a project, to rename the unit.");
				return;
			}
			UnitRename unitRename = rename.get();
			InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename Unit", "New reference number of "
					+ unitRename.urn() + " \"" + unitRename.unit.getTitle() + "\":", unitRename.urn(), unitRename::problem);
			if (dialog.open() == Window.OK) {
				String urn = dialog.getValue();
				BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> unitRename.applyFor(editor, urn));
			}
		} catch (RuntimeException e) {
			ILog.of(UnitRename.class).error("Cannot rename the unit at the cursor in " + editor.getTitle(), e);
			editor.showStatus("Cannot rename the unit: the error log says why.");
		}
	}

	private void applyFor(QualspecEditor editor, String newUrn) {
		try {
			List<IFile> changed = apply(newUrn, new NullProgressMonitor());
			editor.showStatus(
					"Renamed " + urn() + " to " + newUrn + " in " + changed.size() + (changed.size() == 1 ? " file." : " files."));
		} catch (CoreException | BadLocationException | RuntimeException e) {
			ILog.of(UnitRename.class).error("Cannot rename unit " + urn() + " to " + newUrn, e);
			editor.showStatus("Cannot rename the unit: the error log says why.");
		}
	}

	/** The unit's reference number now. */
	public String urn() {
		return unit.getName();
	}

	/** Why a reference number cannot be the unit's new one, or null when it can ({@link NewUnitNumber}). */
	public String problem(String urn) {
		return NewUnitNumber.problem(unit, urn);
	}

	/** Renames the unit to a number {@link #problem} accepts; returns the files changed (on the UI thread). */
	public List<IFile> apply(String newUrn, IProgressMonitor monitor) throws CoreException, BadLocationException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		List<IFile> changed = new ArrayList<>();
		for (Map.Entry<URI, Set<ITextRegion>> edits : writtenNumbers(monitor).entrySet()) {
			Optional<IFile> file = SpecificationFiles.file(edits.getKey());
			if (file.isEmpty()) {
				continue;
			}
			IPath path = file.get().getFullPath();
			buffers.connect(path, LocationKind.IFILE, monitor);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
				replace(buffer.getDocument(), edits.getValue(), newUrn);
				// A buffer shared with an editor stays unsaved there, for its author to save or undo.
				if (!buffer.isShared()) {
					buffer.commit(monitor, false);
				}
			} finally {
				buffers.disconnect(path, LocationKind.IFILE, monitor);
			}
			changed.add(file.get());
		}
		return changed;
	}

	/** Where the unit's number is written, by file: its definition and the references that write it. */
	private Map<URI, Set<ITextRegion>> writtenNumbers(IProgressMonitor monitor) {
		Map<URI, Set<ITextRegion>> written = new LinkedHashMap<>();
		add(written, unit, NodeModelUtils.findNodesForFeature(unit, Literals.UNIT__NAME).get(0));
		List<ElementReferences.Found> toUnit = ElementReferences.to(List.of(unit), specifications, monitor);
		List<EObject> memberships = toUnit.stream().map(ElementReferences.Found::source).filter(Membership.class::isInstance)
				.toList();
		List<ElementReferences.Found> toMemberships = ElementReferences.to(memberships, specifications, monitor);
		Stream.concat(toUnit.stream(), toMemberships.stream()).forEach(found -> add(written, found.source(), found.node()));
		return written;
	}

	private void add(Map<URI, Set<ITextRegion>> written, EObject source, INode node) {
		NewUnitNumber.writtenAtEnd(node, urn()).ifPresent(
				region -> written.computeIfAbsent(source.eResource().getURI(), uri -> new LinkedHashSet<>()).add(region));
	}


	/** Replaces the regions of a document as one change its editor undoes in one step. */
	private static void replace(IDocument document, Set<ITextRegion> regions, String text) throws BadLocationException {
		MultiTextEdit edit = new MultiTextEdit();
		regions.forEach(region -> edit.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), text)));
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			edit.apply(document);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
