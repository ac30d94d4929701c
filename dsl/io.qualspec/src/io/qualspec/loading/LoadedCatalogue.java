package io.qualspec.loading;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;

import io.qualspec.catalogue.Catalogue;

/** The result of loading specifications: the resource set, the resolved catalogue and all diagnostics. */
public record LoadedCatalogue(XtextResourceSet resourceSet, Catalogue catalogue, List<SpecDiagnostic> diagnostics) {

	public LoadedCatalogue {
		diagnostics = List.copyOf(diagnostics);
	}

	/** The specification files loaded, in load order. */
	public List<Path> files() {
		return resourceSet.getResources().stream().map(r -> Path.of(r.getURI().toFileString())).toList();
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(SpecDiagnostic::isError);
	}

	public List<SpecDiagnostic> errors() {
		return diagnostics.stream().filter(SpecDiagnostic::isError).toList();
	}
}
