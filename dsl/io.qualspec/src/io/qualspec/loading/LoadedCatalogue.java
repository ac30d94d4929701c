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
