package io.qualspec.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import io.qualspec.catalogue.SourceLocation;
import io.qualspec.generators.OutputFolder;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;

/**
 * One version of the specifications, as {@code qualspec diff} and {@code generate --previous} name it: a file or
 * folder on disk, or, where no such file exists, a revision of the git repository ({@code v4}, {@code HEAD~1},
 * {@code 3f2a1c9}), optionally with a path inside the repository after a colon, as git writes it
 * ({@code v4:examples/ocr}). The revision's files ({@code .qspec} and {@code qualspec.properties}) are read
 * through JGit into a temporary folder, loaded like a folder, and the folder is deleted on {@link #close()};
 * files are named {@code REV:path} in messages.
 */
final class SpecificationVersion implements AutoCloseable {

	private final String name;
	private final Path root;
	private final Path load;
	private final boolean temporary;

	private SpecificationVersion(String name, Path root, Path load, boolean temporary) {
		this.name = name;
		this.root = root;
		this.load = load;
		this.temporary = temporary;
	}

	/**
	 * The version an argument names.
	 *
	 * @param repository a folder in the git repository that revisions are read from, or null for the working folder
	 * @throws IllegalArgumentException with a sentence for the user when the argument is neither a file or folder
	 *                                  nor a revision of the repository
	 */
	static SpecificationVersion of(String argument, Path repository) throws IOException {
		Path path = Path.of(argument);
		if (Files.exists(path)) {
			return new SpecificationVersion(argument, null, path, false);
		}
		int colon = argument.indexOf(':');
		String revision = colon < 0 ? argument : argument.substring(0, colon);
		String inside = colon < 0 ? "" : argument.substring(colon + 1).replaceAll("^/+|/+$", "");
		Path start = (repository == null ? Path.of("") : repository).toAbsolutePath();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
		if (builder.getGitDir() == null) {
			throw new IllegalArgumentException(argument + " is not a file or folder, and " + Diagnostics.relative(start)
					+ " is not in a git repository to read it as a revision from (give one with --git DIR)");
		}
		try (Repository git = builder.setMustExist(true).build()) {
			ObjectId commitId = resolve(git, revision, argument);
			Path copy = Files.createTempDirectory("qualspec-" + revision.replaceAll("[^A-Za-z0-9._-]", "_") + "-").toRealPath();
			try (RevWalk walk = new RevWalk(git); TreeWalk files = new TreeWalk(git)) {
				RevCommit commit = walk.parseCommit(commitId);
				files.addTree(commit.getTree());
				files.setRecursive(true);
				if (!inside.isEmpty()) {
					files.setFilter(PathFilter.create(inside));
				}
				int copied = 0;
				while (files.next()) {
					String file = files.getPathString();
					if (file.endsWith(".qspec") || file.endsWith("/qualspec.properties") || file.equals("qualspec.properties")) {
						Path target = copy.resolve(file);
						Files.createDirectories(target.getParent());
						try (OutputStream out = Files.newOutputStream(target)) {
							git.open(files.getObjectId(0)).copyTo(out);
						}
						copied++;
					}
				}
				if (copied == 0) {
					OutputFolder.deleteTree(copy);
					throw new IllegalArgumentException("revision " + revision + " of " + Diagnostics.relative(
							git.getWorkTree().toPath()) + " has no specifications" + (inside.isEmpty() ? "" : " under " + inside));
				}
			} catch (IOException | RuntimeException e) {
				OutputFolder.deleteTree(copy);
				throw e;
			}
			return new SpecificationVersion(argument, copy, inside.isEmpty() ? copy : copy.resolve(inside), true);
		}
	}

	private static ObjectId resolve(Repository git, String revision, String argument) throws IOException {
		ObjectId id;
		try {
			id = git.resolve(revision + "^{commit}");
		} catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
			id = null;
		}
		if (id == null) {
			throw new IllegalArgumentException(argument + " is not a file or folder, nor a revision of the git repository "
					+ Diagnostics.relative(git.getWorkTree().toPath()) + " (" + revision + " is no commit, branch or tag there)");
		}
		return id;
	}

	/** As the command line named it. */
	String name() {
		return name;
	}

	/** Loads and resolves the specifications of this version. */
	LoadedCatalogue load() {
		return CatalogueLoader.create().load(List.of(load));
	}

	/** How messages name a file of this version: a path on disk, or REV:path for a file of a revision. */
	String where(Path file) {
		if (!temporary) {
			return Diagnostics.relative(file);
		}
		Path absolute = file.toAbsolutePath().normalize();
		String revision = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
		return absolute.startsWith(root) ? revision + ":" + root.relativize(absolute).toString().replace('\\', '/')
				: absolute.toString();
	}

	/** The file of a location of this version, as {@link #where(Path)} names it. */
	String file(SourceLocation location) {
		URI file = location.file();
		return file == null ? "?" : file.isFile() ? where(Path.of(file.toFileString())) : file.toString();
	}

	/** A location of this version as messages print it: {@code file:line:column}. */
	String where(SourceLocation location) {
		return file(location) + ":" + location.line() + ":" + location.column();
	}

	/** Prints the errors of a loaded version (files named as {@link #where(Path)} does); returns whether there were any. */
	boolean reportErrors(LoadedCatalogue loaded, Terminal terminal) {
		for (SpecDiagnostic d : loaded.errors()) {
			terminal.out.println(where(d.file()) + ":" + d.line() + ":" + d.column() + ": " + terminal.red("error") + ": "
					+ d.message() + (d.code() == null ? "" : " [" + d.code() + "]"));
		}
		return loaded.hasErrors();
	}

	@Override
	public void close() throws IOException {
		if (temporary) {
			OutputFolder.deleteTree(root);
		}
	}
}
