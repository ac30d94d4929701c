package io.qualspec.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locations of the repository's examples, test fixtures and the shared seed transcriptions. */
final class TestFiles {

	private TestFiles() {
	}

	/** The repository root: set by the build, otherwise found above the working directory. */
	static Path repository() {
		String configured = System.getProperty("qualspec.repository");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("dsl"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Cannot find the repository root; set -Dqualspec.repository");
	}

	static Path examples() {
		return repository().resolve("examples");
	}

	static Path fixtures() {
		return repository().resolve("dsl/io.qualspec.tests/fixtures");
	}

	/** ../shared/domain/data beside the repository: clean transcriptions of the seed handbooks' tables. */
	static Path seedData() {
		return repository().resolve("../shared/domain/data").normalize();
	}

	static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.walk(examples())) {
			return files.filter(p -> p.toString().endsWith(".qspec")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
