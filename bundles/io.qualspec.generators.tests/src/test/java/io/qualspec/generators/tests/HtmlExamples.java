package io.qualspec.generators.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;

/** The repository's examples, loaded once per test JVM, and the shared transcriptions of the seed tables. */
final class HtmlExamples {

	private static LoadedCatalogue loaded;

	private HtmlExamples() {
	}

	/** The repository root: set by the build ({@code qualspec.repository}), otherwise found above the working directory. */


	/** ../shared/domain/data beside the repository: clean transcriptions of the seed handbooks' tables. */
	static Path seedData() {
		String configured = System.getProperty("qualspec.seedData");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		return ExportFixtures.repository().resolve("../shared/domain/data").normalize();
	}

	static synchronized LoadedCatalogue catalogue() {
		if (loaded == null) {
			loaded = CatalogueLoader.create().load(List.of(ExportFixtures.repository().resolve("examples")));
			if (loaded.hasErrors()) {
				throw new IllegalStateException("The examples have errors: " + loaded.errors());
			}
		}
		return loaded;
	}

	static ResolvedQualification qualification(String number) {
		return catalogue().catalogue().qualification(number).orElseThrow(() -> new AssertionError("no qualification " + number));
	}

	/** Loads one specification text (written to a temporary folder) and returns its catalogue. */
	static LoadedCatalogue load(Path folder, String specification) {
		try {
			Files.writeString(folder.resolve("spec.qspec"), specification);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return CatalogueLoader.create().load(List.of(folder));
	}

	/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
	static List<List<String>> csv(Path file) {
		String text;
		try {
			text = Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				if (!(record.size() == 1 && record.get(0).isEmpty())) {
					records.add(record);
				}
				record = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}
}
