package io.qualspec.ui.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Manager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;

/**
 * The Xtext index of the .qspec files of each project in the workspace: what each file exports (libraries,
 * units, organisations, qualifications), what it refers to and which names it looked up. References are
 * linked within a project (as the command line links the files it is given), so two projects may hold
 * their own copies of a library. A project's index is filled on first use and kept up to date by the
 * {@link QualspecBuilder}.
 */
public final class WorkspaceIndex {

	private static final WorkspaceIndex INSTANCE = new WorkspaceIndex();

	private final Map<String, ResourceDescriptionsData> projects = new HashMap<>();

	private WorkspaceIndex() {
	}

	public static WorkspaceIndex get() {
		return INSTANCE;
	}

	/** A copy of a project's index as it is now (empty for files outside the workspace: project null). */
	public synchronized ResourceDescriptionsData snapshot(IProject project) {
		return data(project).copy();
	}

	/** A fresh resource set linked through a copy of the project's index. */
	public XtextResourceSet newResourceSet(IProject project) {
		return newResourceSet(snapshot(project));
	}

	/** A fresh resource set linked through the given index data. */
	public static XtextResourceSet newResourceSet(ResourceDescriptionsData index) {
		XtextResourceSet resourceSet = QualspecUi.injector().getInstance(XtextResourceSet.class);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return resourceSet;
	}

	/**
	 * Re-reads the given files of a project into its index (removing those that no longer exist) and returns
	 * the descriptions they had before and have now, for working out which other files are affected.
	 */
	public synchronized List<IResourceDescription.Delta> update(IProject project, Collection<IFile> files) {
		return indexFiles(data(project), files);
	}

	/** Replaces the description of a file that was just validated (its references are now resolved). */
	synchronized void put(IProject project, IResourceDescription description) {
		data(project).addDescription(description.getURI(), description);
	}

	/** Forgets a project (closed or deleted); it is read again when next used. */
	synchronized void forget(IProject project) {
		projects.remove(project.getName());
	}

	/** A detached copy of a resource's description: exported names, references and imported names. */
	static IResourceDescription describe(Resource resource) {
		Manager manager = QualspecUi.injector().getInstance(IResourceDescription.Manager.class);
		return SerializableResourceDescription.createCopy(manager.getResourceDescription(resource));
	}

	private ResourceDescriptionsData data(IProject project) {
		if (project == null) {
			return new ResourceDescriptionsData(List.of());
		}
		ResourceDescriptionsData data = projects.get(project.getName());
		if (data == null) {
			data = new ResourceDescriptionsData(List.of());
			projects.put(project.getName(), data);
			indexFiles(data, specificationFiles(project));
		}
		return data;
	}

	private static List<IResourceDescription.Delta> indexFiles(ResourceDescriptionsData data, Collection<IFile> files) {
		Manager manager = QualspecUi.injector().getInstance(IResourceDescription.Manager.class);
		// Linked through the index itself, so that the second pass sees the exports of the first.
		XtextResourceSet resourceSet = newResourceSet(data);
		List<IResourceDescription.Delta> deltas = new ArrayList<>();
		Map<URI, IResourceDescription> before = new LinkedHashMap<>();
		List<Resource> loaded = new ArrayList<>();
		for (IFile file : files) {
			URI uri = SpecificationFiles.uri(file);
			IResourceDescription old = data.getResourceDescription(uri);
			if (!file.exists()) {
				data.removeDescription(uri);
				if (old != null) {
					deltas.add(manager.createDelta(old, null));
				}
				continue;
			}
			try {
				loaded.add(resourceSet.getResource(uri, true));
				before.put(uri, old);
			} catch (RuntimeException e) {
				ILog.of(WorkspaceIndex.class).warn("Cannot read " + file.getFullPath(), e);
			}
		}
		// Exports first, so that references between the files being read resolve against each other.
		for (Resource resource : loaded) {
			data.addDescription(resource.getURI(), manager.getResourceDescription(resource));
		}
		for (Resource resource : loaded) {
			IResourceDescription now = describe(resource);
			data.addDescription(resource.getURI(), now);
			deltas.add(manager.createDelta(before.get(resource.getURI()), now));
		}
		return deltas;
	}

	/** The .qspec files of a project, or of a folder and its subfolders. */
	public static List<IFile> specificationFiles(IContainer container) {
		List<IFile> files = new ArrayList<>();
		if (container.isAccessible()) {
			try {
				container.accept(resource -> {
					if (SpecificationFiles.isSpecification(resource)) {
						files.add((IFile) resource);
					}
					return resource.getType() != IResource.FILE;
				});
			} catch (CoreException e) {
				ILog.of(WorkspaceIndex.class).warn("Cannot list the files of " + container.getFullPath(), e);
			}
		}
		return files;
	}
}
