package io.qualspec.generators.tests;

import java.io.IOException;
import java.nio.file.Path;

import io.qualspec.generators.OutputFolder;

/**
 * A generation run in a process of its own, for {@link KilledRunTest} to kill: writes {@code FILES} files,
 * each holding its generation number, through an {@link OutputFolder} and commits them.
 * Arguments: output folder, generation number.
 */
public final class GenerationRun {

	static final int FILES = 200;

	private GenerationRun() {
	}

	public static void main(String[] args) throws IOException {
		try (OutputFolder folder = new OutputFolder(Path.of(args[0]))) {
			for (int i = 0; i < FILES; i++) {
				folder.writeString(path(i), args[1]);
			}
			folder.commit();
		}
	}

	/** The i-th file, spread over folders like a real run's qualifications and units. */
	static String path(int i) {
		return "units/library-" + i % 7 + "/file-" + i + ".txt";
	}
}
