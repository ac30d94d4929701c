package io.qualspec.generators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where a generation run writes, all or nothing. Every file is written into a fresh staging folder beside the
 * output folder ({@code .NAME.staging-*}); when the whole run has succeeded, {@link #commit} swaps the staging
 * folder in with two renames in the same parent folder: the old output folder is renamed aside
 * ({@code .NAME.old-*}), the staging folder is renamed to NAME, then the old folder is deleted. Each rename is
 * atomic, so a kill leaves at any moment one of:
 * <ul>
 * <li>before the first rename: the old output folder as it was, and a staging folder;</li>
 * <li>between the renames: no output folder, the old one complete under {@code .NAME.old-*}, and the staging
 * folder complete;</li>
 * <li>after the second rename: the new output folder complete, and what is left of the old one aside.</li>
 * </ul>
 * The next run starts by tidying up: staging folders are deleted, an old folder is renamed back when the output
 * folder is missing (the previous state) and deleted otherwise. A symlink swap would close the middle window,
 * but it would make the output folder a link, which archives, file shares and Windows treat badly; the window
 * is two system calls wide and repaired by the next run. One run at a time may write to one output folder.
 * <p>
 * Since the output folder is replaced as a whole, files the run does not write disappear with it; so an
 * existing folder is only replaced when Qualspec wrote it (it holds {@value #MARKER}, or nothing but the
 * generated entries). Files are only ever written inside the staging folder, checked on real paths.
 */
public final class OutputFolder implements DocumentSink, AutoCloseable {

	/** The file that marks a folder as Qualspec's output, safe to replace as a whole. */
	static final String MARKER = ".qualspec-output";
	/** What a generation run writes at the top of its folder; a folder holding only these is Qualspec's. */
	private static final Set<String> GENERATED_ENTRIES = Set.of(MARKER, "index.html", "qualifications", "units");
	private static final String STAGING = ".staging-";
	private static final String OLD = ".old-";

	private final Path target;
	private final Path staging;
	private final List<String> written = new ArrayList<>();

	/**
	 * Prepares a run writing to {@code target}: tidies up after an interrupted earlier run, refuses a folder it
	 * must not replace, and creates the staging folder.
	 *
	 * @throws IOException with a sentence naming the folder, when it cannot be used
	 */
	public OutputFolder(Path target) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		if (parent == null) {
			throw new IOException("Cannot generate into " + absolute + ": choose a folder below the root of the disk.");
		}
		try {
			Files.createDirectories(parent);
			// the folder the swap happens in, with every link resolved: renames and checks work on real paths
			this.target = parent.toRealPath().resolve(absolute.getFileName());
			if (Files.isSymbolicLink(this.target)) {
				throw new IOException(this.target + " is a symbolic link; give the folder it points to as the output "
						+ "folder instead, so that generated files stay where the link leads.");
			}
			recoverInterruptedRun();
			refuseFolderNotOurs();
			this.staging = createSibling(STAGING).toRealPath();
		} catch (FileSystemException e) {
			throw new IOException(sentence("Cannot prepare the output folder " + absolute, e), e);
		}
	}

	/** Writes one file (a relative path made of slugs) into the staging folder. */
	@Override
	public void write(String relative, Content content) {
		Path file = resolve(staging, relative);
		try {
			Files.createDirectories(file.getParent());
			if (!file.getParent().toRealPath().startsWith(staging)) {
				throw new IllegalArgumentException("Output path leaves the output folder through a link: " + relative);
			}
			try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
				content.writeTo(out);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(sentence("Cannot write " + target.resolve(relative), e), e);
		}
		written.add(relative);
	}

	/** The files written so far, relative to the output folder, in the order written. */
	public List<String> written() {
		return List.copyOf(written);
	}

	/** Replaces the output folder by the staged one (see the class comment for what a kill leaves). */
	public void commit() throws IOException {
		Files.writeString(staging.resolve(MARKER), "Written by qualspec generate; replaced as a whole by the next run.\n");
		Path old = null;
		try {
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				old = createSibling(OLD);
				Files.move(target, old, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (FileSystemException e) {
			if (old != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(old)) {
				Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
			}
			throw new IOException(sentence("Cannot replace the output folder " + target, e), e);
		}
		if (old != null) {
			deleteTree(old);
		}
	}

	/** Removes the staging folder; without a commit, nothing in the output folder has changed. */
	@Override
	public void close() throws IOException {
		deleteTree(staging);
	}

	/** The name of a sibling of the output folder: hidden, and telling what it is for. */
	private String hidden(String purpose) {
		return "." + target.getFileName() + purpose;
	}

	/**
	 * A new, uniquely named folder beside the output folder. Not Files.createTempDirectory: its folders are
	 * private to the user (0700), and the staging folder becomes the output folder, which should get the
	 * permissions any new folder gets.
	 */
	private Path createSibling(String purpose) throws IOException {
		return Files.createDirectory(target.getParent().resolve(hidden(purpose) + UUID.randomUUID()));
	}

	/** Tidies what a run killed part-way left beside the output folder (see the class comment). */
	private void recoverInterruptedRun() throws IOException {
		List<Path> olds = new ArrayList<>();
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), hidden("") + "*")) {
			for (Path sibling : siblings) {
				String name = sibling.getFileName().toString();
				if (name.startsWith(hidden(STAGING))) {
					deleteTree(sibling);
				} else if (name.startsWith(hidden(OLD))) {
					olds.add(sibling);
				}
			}
		}
		// only the newest can hold the previous output; more than one means deletions were interrupted too
		olds.sort(Comparator.comparing(OutputFolder::modified).reversed());
		if (!olds.isEmpty() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			Files.move(olds.remove(0), target, StandardCopyOption.ATOMIC_MOVE);
		}
		for (Path old : olds) {
			deleteTree(old);
		}
	}

	private void refuseFolderNotOurs() throws IOException {
		if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				throw new IOException(target + " is a file, not a folder; choose a folder as the output folder.");
			}
			return;
		}
		if (!Files.isWritable(target)) {
			throw new IOException("Cannot write to " + target + ": it is read-only. Choose a writable output folder with -o.");
		}
		if (Files.exists(target.resolve(MARKER))) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!GENERATED_ENTRIES.contains(name)) {
					throw new IOException(target + " holds " + name + ", which Qualspec did not write; generating "
							+ "replaces the whole folder, so choose a new or empty output folder.");
				}
			}
		}
	}

	private static long modified(Path path) {
		try {
			return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
		} catch (IOException e) {
			return 0;
		}
	}

	/** Deletes a folder and everything in it; links are deleted, never followed. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
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

	/** "Cannot write FILE: the disk is full." from what the file system said. */
	static String sentence(String what, IOException e) {
		String reason = e instanceof FileSystemException failure && failure.getReason() != null ? failure.getReason()
				: e.getMessage();
		if (reason != null && reason.contains("No space left on device")) {
			return what + ": the disk is full. Free some space, or choose an output folder on another disk.";
		}
		if (e instanceof AccessDeniedException || reason != null && reason.contains("Read-only file system")) {
			return what + ": it is read-only. Choose a writable output folder with -o.";
		}
		return what + ": " + (reason == null ? e.getClass().getSimpleName() : reason) + ".";
	}

	static Path resolve(Path root, String relative) {
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
