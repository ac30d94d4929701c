package io.qualspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.DocumentUpdater;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LiveCatalogue;
import io.qualspec.loading.LoadedCatalogue;

/**
 * {@code qualspec generate --watch}: generates everything once, then keeps the specifications loaded (one resource
 * set, the JIT warm) and after each save reloads only the files the save changed, with those that depend on them
 * ({@link LiveCatalogue}), and regenerates only the documents whose content changed ({@link DocumentUpdater}), each
 * file replaced atomically in place so that a browser showing one can simply reload. A save that leaves errors prints
 * them and keeps the last output; the save that fixes them regenerates. One line per save says what was regenerated
 * and how long it took from the save. Ctrl-C (or the thread's interruption) stops it between two saves.
 */
final class WatchMode {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
	/** How many file names a line lists before it only counts the rest. */
	private static final int NAMED_FILES = 4;

	private final Terminal terminal;
	private final List<Path> paths;
	private final Path output;
	private final DocumentUpdater documents;
	private boolean generated;

	WatchMode(Terminal terminal, List<Path> paths, Path output, DocumentGenerator generator) {
		this.terminal = terminal;
		this.paths = List.copyOf(paths);
		this.output = output;
		this.documents = new DocumentUpdater(generator, output);
	}

	/** Watches until Ctrl-C or interruption; exit code 0, or 1 when the first generation cannot write the output. */
	int run() throws IOException {
		CountDownLatch stopped = new CountDownLatch(1);
		// the watcher is registered before the first load, so that no save made during it is missed
		try (SpecificationWatcher watcher = new SpecificationWatcher(paths, output)) {
			Thread stopOnCtrlC = new Thread(() -> {
				watcher.close();
				try {
					stopped.await(10, TimeUnit.SECONDS); // let a regeneration under way finish its file
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "qualspec watch stop");
			Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
			try {
				long start = System.nanoTime();
				LiveCatalogue live = CatalogueLoader.create().loadLive(paths);
				firstGeneration(live.current(), start);
				int files = live.current().files().size();
				terminal.err.println("watching " + files + " specification file" + (files == 1 ? "" : "s")
						+ " for changes; Ctrl-C stops");
				for (OptionalLong saved = watcher.awaitSave(); saved.isPresent(); saved = watcher.awaitSave()) {
					try {
						Optional<LiveCatalogue.Change> change = live.refresh();
						if (change.isPresent()) {
							regenerate(change.get(), saved.getAsLong());
						}
					} catch (RuntimeException e) {
						// a failure of one reload (a file vanishing while it is read) must not end the session
						terminal.out.println(now() + " " + terminal.red("cannot reload: ") + e);
					}
				}
				terminal.err.println("stopped watching");
				return 0;
			} finally {
				stopped.countDown();
				try {
					Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
				} catch (IllegalStateException e) {
					// shutting down (Ctrl-C): the hook is running
				}
			}
		}
	}

	private void firstGeneration(LoadedCatalogue loaded, long start) throws IOException {
		if (loaded.hasErrors()) {
			Diagnostics.report(loaded, terminal);
			terminal.err.println("qualspec: nothing generated yet: the specifications have errors; save a fix to generate");
			return;
		}
		List<String> written = documents.generateAll(loaded.catalogue(), (done, what) -> {
		});
		generated = true;
		terminal.out.println("wrote " + written.size() + " files to " + Diagnostics.relative(output) + " in "
				+ millis(start) + "; open " + Diagnostics.relative(output.resolve("index.html")));
	}

	private void regenerate(LiveCatalogue.Change change, long saved) {
		String what = now() + " " + names(change.changed(), Diagnostics::relative) + ": ";
		LoadedCatalogue loaded = change.loaded();
		if (loaded.hasErrors()) {
			loaded.errors().forEach(error -> terminal.out.println(Diagnostics.line(error, terminal)));
			long errors = loaded.errors().size();
			terminal.out.println(what + terminal.red(errors + " error" + (errors == 1 ? "" : "s")) + "; not regenerated, "
					+ (generated ? "the last output stays in " + Diagnostics.relative(output) : "nothing generated yet"));
			return;
		}
		try {
			if (!generated || !Files.isDirectory(output)) { // nothing generated yet, or the output folder deleted
				firstGeneration(loaded, saved);
				return;
			}
			DocumentUpdater.Update update = documents.update(loaded.catalogue());
			int files = update.written().size() + update.deleted().size();
			terminal.out.println(what + (files == 0 ? "no document changed"
					: "regenerated " + names(update.written(), String::valueOf)
							+ (update.deleted().isEmpty() ? "" : ", deleted " + names(update.deleted(), String::valueOf)))
					+ " in " + millis(saved));
		} catch (IOException | RuntimeException e) {
			terminal.out.println(what + terminal.red("cannot regenerate: ") + e.getMessage());
		}
	}

	/** "a, b, c" or "a, b, c, d and 12 more (16 files)". */
	private static <T> String names(List<T> items, java.util.function.Function<T, String> name) {
		String named = items.stream().limit(NAMED_FILES).map(name).collect(Collectors.joining(", "));
		return items.size() <= NAMED_FILES ? named : named + " and " + (items.size() - NAMED_FILES) + " more (" + items.size() + " files)";
	}

	private static String millis(long since) {
		return (System.nanoTime() - since) / 1_000_000 + " ms";
	}

	private static String now() {
		return LocalTime.now().format(CLOCK);
	}
}
