package io.qualspec.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locations of the repository's examples, test fixtures and the shared seed transcriptions. */
final class TestFiles {

	/** A small unit library of two customer service units (000_63d894f1f3ffcf4f.txt:793-794) for snippets. */
	static final String CUSTOMER_SERVICE_LIBRARY = """
			unit library ocr.customerservice "Units" {
				unit F/601/1609 "Communicate using customer service language" {
					short name CommunicateLanguage
					level 1
					credits 4
					glh 30
				}
				unit L/601/1614 "Follow the rules to deliver customer service" {
					level 2
					credits 4
					glh 30
				}
			}
			""";

	private TestFiles() {
	}

	/** The repository root, which the build passes to the tests. */
	static Path repository() {
		String repository = System.getProperty("qualspec.repository");
		if (repository == null) {
			throw new IllegalStateException("Run the tests through Maven (./mvnw verify), which sets -Dqualspec.repository");
		}
		return Path.of(repository).toAbsolutePath().normalize();
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
