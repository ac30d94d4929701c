package io.qualspec.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;

/** A folder of specification files written by a test, loaded together and validated with every check. */
final class SpecFolder {

	private final Path dir;

	SpecFolder(Path dir) {
		this.dir = dir;
	}

	/** Writes a file (in a subfolder when the name has one), replacing an earlier one of that name. */
	SpecFolder file(String name, String text) {
		try {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	LoadedCatalogue load() {
		return CatalogueLoader.create().load(List.of(dir));
	}

	/** Every issue of every file, as an editor or the language server would show them. */
	List<Issue> issues() {
		LoadedCatalogue loaded = load();
		IResourceValidator validator = CatalogueLoader.injector().getInstance(IResourceValidator.class);
		return loaded.resourceSet().getResources().stream().map(Resource.class::cast)
				.flatMap(r -> validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()).toList();
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** The file an issue is in, by name. */
	static String fileOf(Issue issue) {
		return issue.getUriToProblem().trimFragment().lastSegment();
	}
}
