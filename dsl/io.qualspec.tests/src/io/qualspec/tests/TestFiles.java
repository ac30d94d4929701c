package io.qualspec.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.qualspec.testing.Fixtures;
import io.qualspec.testing.Repository;

/** Locations of the repository's examples and the test fixtures. */
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

	static Path examples() {
		return Repository.examples();
	}

	static Path fixtures() {
		return Fixtures.allConstructsSpecifications();
	}

	static List<Path> exampleFiles() {
		return Repository.exampleFiles();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
