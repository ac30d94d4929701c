package io.qualspec.rules.tests;

import java.nio.file.Path;
import java.util.List;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.rules.model.RuleSet;

/** The repository's examples, loaded once per test JVM, as the engine sees them. */
final class Examples {

	private static LoadedCatalogue loaded;

	private Examples() {
	}

	static Path repository() {
		String repository = System.getProperty("qualspec.repository");
		if (repository == null) {
			throw new IllegalStateException("Run the tests through Maven (./mvnw verify), which sets -Dqualspec.repository");
		}
		return Path.of(repository).toAbsolutePath().normalize();
	}

	static synchronized LoadedCatalogue catalogue() {
		if (loaded == null) {
			loaded = CatalogueLoader.create().load(List.of(repository().resolve("examples")));
			if (loaded.hasErrors()) {
				throw new IllegalStateException("The examples have errors: " + loaded.errors());
			}
		}
		return loaded;
	}

	static RuleSet ruleSet(String qualificationNumber) {
		return catalogue().catalogue().qualification(qualificationNumber).orElseThrow().ruleSet();
	}

	static List<RuleSet> all() {
		return catalogue().catalogue().qualifications().stream().map(ResolvedQualification::ruleSet).toList();
	}
}
