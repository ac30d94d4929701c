package io.qualspec.ide.server;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/** Hover on a {@code use} line: the library's title, its number of units and where it is defined. */
public class UsedLibraryHover extends HoverService {

	@Inject
	private UsedLibraries usedLibraries;

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		return usedLibraries.at(resource, offset).map(used -> {
			EObject library = resource.getResourceSet().getEObject(used.library(), true);
			return library == null ? null : new HoverContext(document, resource, offset, used.name(), library);
		}).orElseGet(() -> super.createContext(document, resource, offset));
	}
}
