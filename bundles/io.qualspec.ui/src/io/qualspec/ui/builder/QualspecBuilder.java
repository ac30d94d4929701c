package io.qualspec.ui.builder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.validation.ProjectSettings;

/**
 * Keeps the {@link WorkspaceIndex} up to date with the project's .qspec files and validates, on every
 * save, the changed files and every file of the project they affect: a qualification that uses a unit
 * of a library in another file is revalidated when that library changes, and the specifications a
 * qualspec.properties applies to when it changes (their issue severities may have changed).
 */
public class QualspecBuilder extends IncrementalProjectBuilder {

	public static final String ID = "io.qualspec.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		Set<IFile> changed = delta == null ? allSpecifications() : changedSpecifications(delta);
		Set<IFile> withChangedSettings = delta == null ? Set.of() : underChangedSettings(delta);
		if (changed.isEmpty() && withChangedSettings.isEmpty()) {
			return null;
		}
		List<IResourceDescription.Delta> deltas = WorkspaceIndex.get().update(getProject(), changed);
		Set<URI> toValidate = new LinkedHashSet<>();
		changed.stream().filter(IFile::exists).forEach(file -> toValidate.add(SpecificationFiles.uri(file)));
		withChangedSettings.forEach(file -> toValidate.add(SpecificationFiles.uri(file)));
		toValidate.addAll(affected(getProject(), deltas, toValidate));
		SpecificationValidation.validateFiles(getProject(), toValidate, monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		WorkspaceIndex.get().forget(getProject());
	}

	/**
	 * Indexed files outside {@code changed} that referred to a changed file or looked up a name that a
	 * changed file exports or exported.
	 */
	private static Set<URI> affected(IProject project, List<IResourceDescription.Delta> deltas, Set<URI> changed) {
		IResourceDescription.Manager manager = QualspecUi.injector().getInstance(IResourceDescription.Manager.class);
		ResourceDescriptionsData index = WorkspaceIndex.get().snapshot(project);
		Set<URI> changedFiles = new LinkedHashSet<>();
		deltas.forEach(d -> changedFiles.add(d.getUri()));
		Set<URI> affected = new LinkedHashSet<>();
		for (IResourceDescription candidate : index.getAllResourceDescriptions()) {
			if (changed.contains(candidate.getURI())) {
				continue;
			}
			if (refersTo(candidate, changedFiles) || manager.isAffected(deltas, candidate, index)) {
				affected.add(candidate.getURI());
			}
		}
		return affected;
	}

	private static boolean refersTo(IResourceDescription candidate, Set<URI> files) {
		for (IReferenceDescription reference : candidate.getReferenceDescriptions()) {
			if (reference.getTargetEObjectUri() != null && files.contains(reference.getTargetEObjectUri().trimFragment())) {
				return true;
			}
		}
		return false;
	}

	private Set<IFile> allSpecifications() {
		return new LinkedHashSet<>(WorkspaceIndex.specificationFiles(getProject()));
	}

	/**
	 * The specifications whose issue severities may have changed: those in the folder of a qualspec.properties
	 * that was added, changed or removed, and below it.
	 */
	private static Set<IFile> underChangedSettings(IResourceDelta delta) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (resource.getType() == IResource.FILE && ProjectSettings.FILE_NAME.equals(resource.getName())
					&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
				files.addAll(WorkspaceIndex.specificationFiles(resource.getParent()));
			}
			return true;
		});
		return files;
	}

	private static Set<IFile> changedSpecifications(IResourceDelta delta) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (SpecificationFiles.isSpecification(resource)
					&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
				files.add((IFile) resource);
			}
			return true;
		});
		return files;
	}
}
