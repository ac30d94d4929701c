package io.qualspec.generators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes into an existing output folder that Qualspec generated, one file at a time (watch mode): each file is
 * written beside its target under a hidden temporary name and renamed over it, so a browser or a reader opening the
 * file at any moment gets the old or the new file whole, never a part, and the folder itself stays in place (a
 * file manager, a local web server or a shell inside it keeps working). A file whose bytes are those already there
 * is left untouched, with its modification time. Unlike {@link OutputFolder}, a run is not all or nothing: a run
 * that fails part-way leaves some files new and the rest as they were, each of them whole.
 */
final class InPlaceOutput implements DocumentSink {

	private static final String TEMPORARY = ".qualspec-";

	private final Path root;
	private final List<String> written = new ArrayList<>();

	/** @param output a folder generated before, as a whole, through {@link OutputFolder} */
	InPlaceOutput(Path output) throws IOException {
		this.root = output.toRealPath();
	}

	@Override
	public void write(String relative, OutputFolder.Content content) {
		Path file = OutputFolder.resolve(root, relative);
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			content.writeTo(bytes);
			byte[] text = bytes.toByteArray();
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), text)) {
				return;
			}
			Files.createDirectories(file.getParent());
			if (!file.getParent().toRealPath().startsWith(root)) {
				throw new IllegalArgumentException("Output path leaves the output folder through a link: " + relative);
			}
			Path temporary = file.resolveSibling("." + file.getFileName() + TEMPORARY + UUID.randomUUID());
			try {
				Files.write(temporary, text);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(OutputFolder.sentence("Cannot write " + file, e), e);
		}
		written.add(relative);
	}

	/** Deletes files no longer generated, and their folders when that leaves them empty. */
	void delete(List<String> stale) throws IOException {
		for (String relative : stale) {
			Path file = OutputFolder.resolve(root, relative);
			try {
				Files.deleteIfExists(file);
				for (Path folder = file.getParent(); !folder.equals(root) && isEmpty(folder); folder = folder.getParent()) {
					Files.delete(folder);
				}
			} catch (NoSuchFileException e) {
				// already gone
			}
		}
	}

	/** The files written so far (changed or new), relative to the output folder, in the order written. */
	List<String> written() {
		return List.copyOf(written);
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		}
	}
}
