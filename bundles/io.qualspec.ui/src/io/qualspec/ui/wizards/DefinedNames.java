package io.qualspec.ui.wizards;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.resource.IEObjectDescription;

import io.qualspec.ui.builder.WorkspaceIndex;

/** What a project's specifications define, from its index: organisations, libraries, qualifications. */
final class DefinedNames {

	private DefinedNames() {
	}

	/** The names of one kind of element defined in a project, in order, with the file defining each. */
	static Map<String, URI> of(IProject project, EClass type) {
		Map<String, URI> names = new TreeMap<>();
		if (project != null && project.isAccessible()) {
			for (IEObjectDescription description : WorkspaceIndex.get().snapshot(project).getExportedObjectsByType(type)) {
				names.putIfAbsent(description.getName().toString(), description.getEObjectURI().trimFragment());
			}
		}
		return names;
	}
}
