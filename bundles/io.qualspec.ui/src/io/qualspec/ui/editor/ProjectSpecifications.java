package io.qualspec.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.LazyStringInputStream;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.builder.WorkspaceIndex;

/**
 * The specifications of a project as the author sees them: a file open in an editor as its text is now (its
 * file buffer), any other file as saved. They are loaded on demand into one resource set linked through a
 * copy of the project's index in which the open files' entries describe their current text. Find references
 * and rename work on it, so that positions found are positions in the texts they change.
 */
public final class ProjectSpecifications {

	private final ResourceDescriptionsData index;
	private final XtextResourceSet resourceSet;

	private ProjectSpecifications(IProject project) {
		index = WorkspaceIndex.get().snapshot(project);
		resourceSet = WorkspaceIndex.newResourceSet(index);
		IResourceDescription.Manager descriptions = QualspecUi.injector().getInstance(IResourceDescription.Manager.class);
		List<Resource> open = new ArrayList<>();
		for (IFile file : WorkspaceIndex.specificationFiles(project)) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			if (buffer != null) {
				open.add(load(SpecificationFiles.uri(file), buffer.getDocument().get()));
			}
		}
		open.forEach(resource -> index.addDescription(resource.getURI(), descriptions.getResourceDescription(resource)));
	}

	/** The project's specifications as they are now (call on the UI thread, which owns the file buffers). */
	public static ProjectSpecifications of(IProject project) {
		return new ProjectSpecifications(project);
	}

	/** The project's index, with the entries of open files describing their current text. */
	public ResourceDescriptionsData index() {
		return index;
	}

	/** The resource set the files are loaded in. */
	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** A file of the project, loaded if it is not yet. */
	public XtextResource resource(URI uri) {
		return (XtextResource) resourceSet.getResource(uri, true);
	}

	private XtextResource load(URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
