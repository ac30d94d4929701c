package io.qualspec.testing;

import java.util.List;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;

/** The repository's examples loaded through the {@link CatalogueLoader}, as every tool downstream loads them. */
public final class Examples {

	private static LoadedCatalogue loaded;

	private Examples() {
	}

	/** The examples loaded afresh, with whatever diagnostics they have: a model independent of {@link #loaded()}. */
	public static LoadedCatalogue load() {
		return CatalogueLoader.create().load(List.of(Repository.examples()));
	}

	/** The examples, loaded once per test JVM; they must load without errors. */
	public static synchronized LoadedCatalogue loaded() {
		if (loaded == null) {
			LoadedCatalogue examples = load();
			if (examples.hasErrors()) {
				throw new IllegalStateException("The examples have errors: " + examples.errors());
			}
			loaded = examples;
		}
		return loaded;
	}

	public static Catalogue catalogue() {
		return loaded().catalogue();
	}

	public static List<ResolvedQualification> qualifications() {
		return catalogue().qualifications();
	}

	/**
	 * The qualifications of the five seed handbooks, whose tables {@link HandbookTables} transcribes independently
	 * of the examples (the other examples are checked against their specifications in their own tests).
	 */
	public static List<ResolvedQualification> seedQualifications() {
		List<String> transcribed = HandbookTables.all().stream().map(HandbookTables.Table::qualificationNumber).toList();
		return qualifications().stream().filter(q -> transcribed.contains(q.number())).toList();
	}

	public static ResolvedQualification qualification(String number) {
		return catalogue().qualification(number).orElseThrow(() -> new AssertionError("no example qualification " + number));
	}
}
