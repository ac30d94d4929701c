package io.qualspec.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.validation.ProjectSettings;

/**
 * Waits for saves to specification files (and settings files) in the given files' folders and under the given
 * folders (java.nio's WatchService: inotify on Linux). Editors save in several steps (a temporary file renamed over
 * the original, a backup, a second write of the attributes), each an event; so after the first event that concerns a
 * specification the watcher waits until the folder has been quiet for {@value #QUIET_MILLIS} ms and reports the save
 * once. What a save changed is for the caller to find out ({@link io.qualspec.loading.LiveCatalogue#refresh}); the
 * events only say when to look. The output folder, and the folders generation stages beside it, are not watched.
 */
final class SpecificationWatcher implements AutoCloseable {

	/** How long the folders must be quiet after an event before the save is taken as finished. */
	static final long QUIET_MILLIS = 50;

	private final WatchService service;
	private final Path output;
	private final Map<WatchKey, Path> folders = new HashMap<>();

	SpecificationWatcher(List<Path> paths, Path output) throws IOException {
		this.service = FileSystems.getDefault().newWatchService();
		this.output = output.toAbsolutePath().normalize();
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (Files.isDirectory(absolute)) {
				watchTree(absolute);
			} else if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())) {
				watch(absolute.getParent());
			}
		}
	}

	/**
	 * Waits for a save and for the events after it to settle. Returns when the first event of the save arrived
	 * ({@link System#nanoTime}), or empty when the watcher was closed or the thread interrupted.
	 */
	OptionalLong awaitSave() {
		try {
			long first = 0;
			boolean saved = false;
			while (true) {
				WatchKey key = saved ? service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : service.take();
				if (key == null) {
					return OptionalLong.of(first);
				}
				if (concernsSpecifications(key) && !saved) {
					saved = true;
					first = System.nanoTime();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return OptionalLong.empty();
		} catch (ClosedWatchServiceException e) {
			return OptionalLong.empty();
		}
	}

	/** Stops watching; a thread waiting in {@link #awaitSave} returns empty. */
	@Override
	public void close() {
		try {
			service.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}

	/** Whether any event of this key concerns a specification; new folders are watched from now on. */
	private boolean concernsSpecifications(WatchKey key) {
		Path folder = folders.get(key);
		boolean concerns = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == OVERFLOW || folder == null) {
				concerns = true; // events were lost: look at everything
				continue;
			}
			Path path = folder.resolve((Path) event.context());
			if (ours(path)) {
				continue;
			}
			String name = path.getFileName().toString();
			if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				watchTree(path); // a folder created or moved in, perhaps with specifications in it
				concerns = true;
			} else if (name.endsWith("." + CatalogueLoader.FILE_EXTENSION) || name.equals(ProjectSettings.FILE_NAME)
					|| event.kind() == ENTRY_DELETE && folders.containsValue(path)) {
				concerns = true; // a specification or settings file, or a watched folder deleted
			}
		}
		if (!key.reset()) {
			folders.remove(key); // the folder is gone
			concerns = true;
		}
		return concerns;
	}

	/** Whether the path is the output folder, inside it, or a folder generation stages beside it. */
	private boolean ours(Path path) {
		return path.startsWith(output) || output.getParent() != null && path.getParent().equals(output.getParent())
				&& path.getFileName().toString().startsWith("." + output.getFileName() + ".");
	}

	private void watchTree(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !ours(path)).forEach(this::watch);
		} catch (IOException | UncheckedIOException e) {
			// a folder removed while being listed: its parent's events say so
		}
	}

	private void watch(Path folder) {
		try {
			folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
		} catch (IOException e) {
			// gone already, or not readable: nothing to watch there
		}
	}
}
