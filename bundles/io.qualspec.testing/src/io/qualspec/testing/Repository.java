package io.qualspec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.qualspec.loading.CatalogueLoader;

/** The Qualspec repository the tests run in, and the places in it they read. */
public final class Repository {

	/** The system property through which the build (every test bundle's pom.xml) names the repository root. */
	public static final String ROOT_PROPERTY = "qualspec.repository";

	/** The fixtures of this bundle, relative to the repository root. */
	static final String FIXTURES = "bundles/io.qualspec.testing/fixtures";

	private Repository() {
	}

	/**
	 * The repository root: {@value #ROOT_PROPERTY} as the build sets it, otherwise the nearest folder above
	 * the working directory that holds this bundle's fixtures (a test started from an IDE).
	 */
	public static Path root() {
		String configured = System.getProperty(ROOT_PROPERTY);
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		Path workingDirectory = Path.of("").toAbsolutePath();
		for (Path folder = workingDirectory; folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder.resolve(FIXTURES))) {
				return folder;
			}
		}
		throw new IllegalStateException("No Qualspec repository above " + workingDirectory + ": run the tests with ./mvnw verify, "
				+ "which sets -D" + ROOT_PROPERTY);
	}

	/** The examples: the example handbooks (docs/handbooks.md) written in Qualspec. */
	public static Path examples() {
		return root().resolve("examples");
	}

	/** Every specification file of the examples, in a stable order. */
	public static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.walk(examples())) {
			return files.filter(file -> file.getFileName().toString().endsWith("." + CatalogueLoader.FILE_EXTENSION)).sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of the examples, as {@code folder/examples}, for a test that changes them. */
	public static Path copyOfExamples(Path folder) throws IOException {
		Path copy = folder.resolve("examples");
		Path source = examples();
		try (Stream<Path> all = Files.walk(source)) {
			for (Path path : all.toList()) {
				Path target = copy.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
		return copy;
	}

	/** A file or folder of this bundle's fixtures (fixtures/ beside its sources). */
	static Path fixture(String path) {
		return root().resolve(FIXTURES).resolve(path);
	}
}
