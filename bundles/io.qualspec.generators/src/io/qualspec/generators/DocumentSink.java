package io.qualspec.generators;

import java.nio.charset.StandardCharsets;

/**
 * Where generated files are written, by paths relative to the output folder: a whole run's staging folder
 * ({@link OutputFolder}), or the output folder itself, one file replaced at a time ({@link InPlaceOutput}).
 */
public interface DocumentSink {

	/** Writes one file (a relative path made of slugs). */
	void write(String relative, OutputFolder.Content content);

	default void writeString(String relative, String content) {
		write(relative, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}
}
