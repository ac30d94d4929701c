package io.qualspec.generators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a generation run writes. Everything is first written into a staging folder beside the output
 * folder; only when the whole run has succeeded is each file moved into place (atomically where the file
 * system allows), so a failed run leaves the previous outputs as they were. Names derived from
 * specifications are reduced to safe slugs and every path is checked to stay inside the output folder.
 */
public final class OutputFolder implements AutoCloseable {

	private final Path target;
	private final Path staging;
	private final List<String> written = new ArrayList<>();

	public OutputFolder(Path target) throws IOException {
		this.target = target.toAbsolutePath().normalize();
		Files.createDirectories(this.target);
		this.staging = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + "-staging-");
	}

	/**
	 * A safe file-name part: "500/8625/X" becomes "500-8625-x", "OCR Level 2 ..." becomes "ocr-level-2-...".
	 * Only a-z, 0-9 and single hyphens remain, so no name can climb out of its folder or hide as a dot-file.
	 */
	public static String slug(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "unnamed" : slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

	public void writeString(String relative, String content) {
		write(relative, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	/** Writes one file (a relative path made of slugs) into the staging folder. */
	public void write(String relative, Content content) {
		Path file = resolve(staging, relative);
		try {
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				content.writeTo(out);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + relative + ": " + e.getMessage(), e);
		}
		written.add(relative);
	}

	/** The files written so far, relative to the output folder, in the order written. */
	public List<String> written() {
		return List.copyOf(written);
	}

	/** Moves every staged file into the output folder, replacing older versions. */
	public void commit() throws IOException {
		for (String relative : written) {
			Path destination = resolve(target, relative);
			Files.createDirectories(destination.getParent());
			try {
				Files.move(resolve(staging, relative), destination, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(resolve(staging, relative), destination, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** Removes the staging folder; without a commit, nothing in the output folder has changed. */
	@Override
	public void close() throws IOException {
		if (Files.exists(staging)) {
			Files.walkFileTree(staging, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		}
	}

	private static Path resolve(Path root, String relative) {
		Path resolved = root.resolve(relative).normalize();
		if (!resolved.startsWith(root) || resolved.equals(root)) {
			throw new IllegalArgumentException("Output path leaves the output folder: " + relative);
		}
		return resolved;
	}

	/** Writes a file's bytes. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}
}
