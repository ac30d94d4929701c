package io.qualspec.ui;

import java.io.File;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;

import io.qualspec.loading.CatalogueLoader;

/**
 * Workspace files and the EMF URIs the language works with. Resources are addressed by file URI (as the
 * command line addresses them), so hovers and diagnostics name the same files everywhere.
 */
public final class SpecificationFiles {

	private SpecificationFiles() {
	}

	public static boolean isSpecification(IResource resource) {
		return resource.getType() == IResource.FILE && CatalogueLoader.FILE_EXTENSION.equals(resource.getFileExtension());
	}

	public static URI uri(IFile file) {
		IPath location = file.getLocation();
		return location == null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
				: URI.createFileURI(location.toOSString());
	}

	public static Optional<IFile> file(URI uri) {
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		// Unlike getFileForLocation, this finds files in linked folders too (./qualspec workbench FOLDER links one).
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(new File(uri.toFileString()).toURI());
		return Arrays.stream(files).filter(file -> file.getProject().isOpen()).findFirst();
	}
}
