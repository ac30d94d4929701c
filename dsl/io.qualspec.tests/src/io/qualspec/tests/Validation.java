package io.qualspec.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.catalogue.CatalogueLoader;
import io.qualspec.catalogue.LoadedCatalogue;

/** The issues of every specification in a folder, as the validators report them, for tests of the checks. */
final class Validation {

	private Validation() {
	}

	static List<Issue> issues(Path folder) {
		LoadedCatalogue loaded = CatalogueLoader.create().load(List.of(folder));
		IResourceValidator validator = CatalogueLoader.injector().getInstance(IResourceValidator.class);
		return loaded.resourceSet().getResources().stream().map(Resource.class::cast)
				.flatMap(r -> validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()).toList();
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}
}
