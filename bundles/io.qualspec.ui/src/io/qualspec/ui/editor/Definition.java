package io.qualspec.ui.editor;

import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;

/**
 * Where a reference in the text leads: the file of the referenced element and the position of its name.
 * Go to definition (Ctrl+click, F3) opens it.
 */
public record Definition(IRegion reference, URI file, int offset, int length) {

	/** The definition of the cross-reference at a text position, if there is one that resolves. */
	public static Optional<Definition> at(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = QualspecUi.injector().getInstance(EObjectAtOffsetHelper.class);
		INode node = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (node == null) {
			return Optional.empty();
		}
		EObject target = helper.getCrossReferencedElement(node);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return Optional.empty();
		}
		ITextRegion name = QualspecUi.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(target);
		return Optional.of(new Definition(new Region(node.getOffset(), node.getLength()), target.eResource().getURI(),
				name.getOffset(), name.getLength()));
	}

	/** Opens the defining file in an editor with the element's name selected. */
	public IEditorPart open(IWorkbenchPage page) throws PartInitException {
		Optional<IFile> workspaceFile = SpecificationFiles.file(file);
		IEditorPart editor = workspaceFile.isPresent() ? IDE.openEditor(page, workspaceFile.get())
				: IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(IPath.fromOSString(file.toFileString())));
		if (editor instanceof ITextEditor text) {
			text.selectAndReveal(offset, length);
		}
		return editor;
	}
}
