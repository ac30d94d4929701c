package io.qualspec.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Go to definition on a {@code use} line: the library's definition. */
public class UsedLibraryDefinitions extends DocumentSymbolService {

	@Inject
	private UsedLibraries usedLibraries;

	@Inject
	private DocumentExtensions locations;

	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		return usedLibraries.at(resource, offset).<List<? extends Location>>map(used -> {
			List<Location> found = new ArrayList<>();
			doRead(resourceAccess, used.library(),
					library -> found.add(this.locations.newLocation(library)));
			return found;
		}).orElseGet(() -> super.getDefinitions(resource, offset, resourceAccess, cancelIndicator));
	}
}
