package io.qualspec.loading;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.qualspec.catalogue.Catalogue;

/**
 * The result of loading specifications: the resource set, all diagnostics, and the resolved catalogue, resolved when
 * first asked for ({@code validate} never asks, and a large catalogue's view would otherwise sit beside its models).
 */
public final class LoadedCatalogue {

	private final XtextResourceSet resourceSet;
	private final List<Resource> resources;
	private final List<SpecDiagnostic> diagnostics;
	private Catalogue catalogue;

	/** The loaded files' resources, in load order, and every diagnostic of loading and checking them. */
	public LoadedCatalogue(XtextResourceSet resourceSet, List<Resource> resources, List<SpecDiagnostic> diagnostics) {
		this.resourceSet = resourceSet;
		this.resources = List.copyOf(resources);
		this.diagnostics = List.copyOf(diagnostics);
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public synchronized Catalogue catalogue() {
		if (catalogue == null) {
			catalogue = Catalogue.of(resources);
		}
		return catalogue;
	}

	public List<SpecDiagnostic> diagnostics() {
		return diagnostics;
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

	/** The closing line of a validation: {@code 3 files checked: 1 error, 0 warnings, 2 info}. */
	public String summary() {
		int files = files().size();
		long errors = count(SpecDiagnostic.Severity.ERROR);
		long warnings = count(SpecDiagnostic.Severity.WARNING);
		return files + " file" + (files == 1 ? "" : "s") + " checked: " + errors + " error" + (errors == 1 ? "" : "s")
				+ ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + count(SpecDiagnostic.Severity.INFO)
				+ " info";
	}

	private long count(SpecDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}
}
