package io.qualspec.ui.builder;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.ui.SpecificationFiles;

/** Validates saved specifications against the workspace index and puts the result in their markers. */
public final class SpecificationValidation {

	private SpecificationValidation() {
	}

	private static boolean editedUnsaved(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer != null && buffer.isDirty();
	}

	/** All checks of the language on a loaded resource. */
	public static List<Issue> issues(Resource resource, CancelIndicator cancel) {
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, cancel);
	}

	/**
	 * Loads each file of a project from disk, validates it, replaces its markers and refreshes its entry in the
	 * index. A file with unsaved changes in an editor is left to the editor, whose markers describe its text.
	 */
	public static void validateFiles(IProject project, Collection<URI> uris, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Validating specifications", uris.size());
		XtextResourceSet resourceSet = WorkspaceIndex.get().newResourceSet(project);
		for (URI uri : uris) {
			progress.subTask(uri.lastSegment());
			IFile file = SpecificationFiles.file(uri).orElse(null);
			if (file == null || !file.exists() || editedUnsaved(file)) {
				progress.worked(1);
				continue;
			}
			try {
				Resource resource = resourceSet.getResource(uri, true);
				ProblemMarkers.replace(file, issues(resource, () -> progress.isCanceled()));
				WorkspaceIndex.get().put(project, WorkspaceIndex.describe(resource));
			} catch (CoreException | RuntimeException e) {
				ILog.of(SpecificationValidation.class).error("Cannot validate " + file.getFullPath(), e);
			}
			progress.worked(1);
		}
	}
}
