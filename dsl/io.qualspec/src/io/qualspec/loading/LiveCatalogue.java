package io.qualspec.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import io.qualspec.validation.ProjectSettings;

/**
 * Specifications kept loaded while their files change (watch mode): one resource set and one index for the whole
 * session, and on {@link #refresh} only the files that changed are parsed again, with every file that refers to
 * them (directly or through another reparsed file, since its links point into the old model) and every file that
 * had errors (its failed links may resolve now). Those files are validated again; the other files keep the
 * diagnostics of their last check. A change is found by the file's size and time stamp and confirmed by its text,
 * so an editor's save that rewrites the same text, or its temporary and backup files, change nothing.
 * <p>
 * A check that reads the whole index (a URN described twice, spelling variants across files) runs only for the
 * files validated again: an error it finds is reported at the changed file as well, which is what keeps a broken
 * catalogue from generating, but a warning at an unchanged file may be stale until that file is checked again.
 * A changed {@value ProjectSettings#FILE_NAME} (severities apply to every file) reloads everything.
 */
public final class LiveCatalogue {

	private final CatalogueLoader loader;
	private final List<Path> paths;
	private XtextResourceSet resourceSet;
	private ResourceDescriptionsData index;
	/** Every specification file found, by absolute path, in the order of loading. */
	private final SortedMap<Path, LoadedFile> files = new TreeMap<>();
	/** Diagnostics of no one specification file: paths that do not exist, lines of settings files. */
	private List<SpecDiagnostic> otherDiagnostics = List.of();
	/** The settings files that applied at the last load, with their time stamps. */
	private Map<Path, Stamp> settingsFiles = Map.of();
	private LoadedCatalogue current;

	/** What is known of one file: its resource (null when it could not be read) and its last check. */
	private record LoadedFile(Resource resource, Stamp stamp, List<SpecDiagnostic> diagnostics, Set<Path> references) {

		boolean hasErrors() {
			return diagnostics.stream().anyMatch(SpecDiagnostic::isError);
		}
	}

	/**
	 * A file's size, last modification and identity (an editor that saves by renaming a new file over the old one
	 * makes a new file), which a save changes.
	 */
	private record Stamp(long size, long modified, Object file) {

		static Stamp of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.fileKey());
			} catch (IOException e) {
				return new Stamp(-1, -1, null);
			}
		}
	}

	/**
	 * What a refresh did.
	 *
	 * @param changed  the files added, changed or removed
	 * @param reloaded the files parsed and validated again (the changed ones and those that depend on them)
	 */
	public record Change(LoadedCatalogue loaded, List<Path> changed, List<Path> reloaded) {
	}

	LiveCatalogue(CatalogueLoader loader, Collection<Path> paths) {
		this.loader = loader;
		this.paths = List.copyOf(paths);
		loadAll();
	}

	/** The specifications as last loaded. */
	public LoadedCatalogue current() {
		return current;
	}

	/**
	 * Reloads what changed on disk since the last load; empty when no specification changed. Cheap when nothing
	 * did: the folders are listed and each file's attributes read, and only a file whose attributes changed is read.
	 */
	public Optional<Change> refresh() {
		List<SpecDiagnostic> scanProblems = new ArrayList<>();
		SortedSet<Path> found = new TreeSet<>();
		CatalogueLoader.specificationFiles(paths, scanProblems).forEach(file -> found.add(absolute(file)));
		if (!settingsFiles(found).equals(settingsFiles)) {
			List<Path> before = List.copyOf(files.keySet());
			loadAll();
			SortedSet<Path> all = new TreeSet<>(before);
			all.addAll(files.keySet());
			return Optional.of(new Change(current, List.copyOf(all), List.copyOf(files.keySet())));
		}
		SortedSet<Path> changed = new TreeSet<>();
		for (Path file : found) {
			LoadedFile known = files.get(file);
			if (known == null) {
				changed.add(file);
			} else if (!known.stamp().equals(Stamp.of(file))) {
				if (sameText(known.resource(), file)) {
					files.put(file, new LoadedFile(known.resource(), Stamp.of(file), known.diagnostics(), known.references()));
				} else {
					changed.add(file);
				}
			}
		}
		Set<Path> removed = new TreeSet<>(files.keySet());
		removed.removeAll(found);
		if (changed.isEmpty() && removed.isEmpty()) {
			return Optional.empty();
		}
		SortedSet<Path> reload = dependents(changed, removed);
		for (Path file : union(reload, removed)) {
			LoadedFile known = files.remove(file);
			if (known != null && known.resource() != null) {
				index.removeDescription(known.resource().getURI());
				known.resource().unload();
				resourceSet.getResources().remove(known.resource());
			}
		}
		Map<Path, List<SpecDiagnostic>> readProblems = new HashMap<>();
		Map<Path, Resource> read = new TreeMap<>();
		for (Path file : reload) {
			List<SpecDiagnostic> problems = new ArrayList<>();
			Stamp stamp = Stamp.of(file);
			loader.read(resourceSet, file, problems).ifPresent(resource -> {
				read.put(file, resource);
				index.addDescription(resource.getURI(), loader.describe(resource));
			});
			readProblems.put(file, problems);
			files.put(file, new LoadedFile(null, stamp, problems, Set.of()));
		}
		// validated once every reloaded file is in the index, so that their links to each other resolve
		read.forEach((file, resource) -> {
			List<SpecDiagnostic> diagnostics = new ArrayList<>(readProblems.get(file));
			diagnostics.addAll(loader.validate(resource));
			files.put(file, new LoadedFile(resource, files.get(file).stamp(), diagnostics, references(resource)));
		});
		current = assemble();
		SortedSet<Path> all = union(changed, removed);
		return Optional.of(new Change(current, List.copyOf(all), List.copyOf(reload)));
	}

	/**
	 * The files to parse again: the changed ones, those with errors, and every file that refers to one of these or
	 * to a removed file, directly or through others.
	 */
	private SortedSet<Path> dependents(Set<Path> changed, Set<Path> removed) {
		SortedSet<Path> reload = new TreeSet<>(changed);
		files.forEach((file, known) -> {
			if (known.hasErrors() && !removed.contains(file)) {
				reload.add(file);
			}
		});
		Set<Path> gone = union(reload, removed);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<Path, LoadedFile> entry : files.entrySet()) {
				if (!gone.contains(entry.getKey()) && entry.getValue().references().stream().anyMatch(gone::contains)) {
					gone.add(entry.getKey());
					reload.add(entry.getKey());
					grew = true;
				}
			}
		}
		return reload;
	}

	/** Loads every file afresh, in a new resource set (the first load, and after a settings file changed). */
	private void loadAll() {
		LoadedCatalogue loaded = loader.load(paths);
		resourceSet = loaded.resourceSet();
		index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		files.clear();
		List<SpecDiagnostic> scanProblems = new ArrayList<>();
		Map<Path, Resource> resources = new HashMap<>();
		resourceSet.getResources().forEach(resource -> resources.put(path(resource), resource));
		for (Path file : CatalogueLoader.specificationFiles(paths, scanProblems)) {
			Path key = absolute(file);
			Resource resource = resources.get(key);
			files.put(key, new LoadedFile(resource, Stamp.of(key), new ArrayList<>(),
					resource == null ? Set.of() : references(resource)));
		}
		List<SpecDiagnostic> others = new ArrayList<>();
		for (SpecDiagnostic diagnostic : loaded.diagnostics()) {
			LoadedFile file = files.get(absolute(diagnostic.file()));
			(file == null ? others : file.diagnostics()).add(diagnostic);
		}
		otherDiagnostics = List.copyOf(others);
		settingsFiles = settingsFiles(files.keySet());
		current = loaded;
	}

	/** The catalogue and diagnostics of every file as now loaded, in the order of their paths. */
	private LoadedCatalogue assemble() {
		List<Resource> resources = new ArrayList<>();
		List<SpecDiagnostic> diagnostics = new ArrayList<>(otherDiagnostics);
		for (LoadedFile file : files.values()) {
			if (file.resource() != null) {
				resources.add(file.resource());
			}
			diagnostics.addAll(file.diagnostics());
		}
		return new LoadedCatalogue(resourceSet, resources, diagnostics);
	}

	/** The settings file that applies to each of these specification files, with its time stamp. */
	private static Map<Path, Stamp> settingsFiles(Collection<Path> specifications) {
		Map<Path, Optional<Path>> byFolder = new HashMap<>();
		Map<Path, Stamp> stamps = new HashMap<>();
		for (Path file : specifications) {
			byFolder.computeIfAbsent(file.getParent(),
					folder -> ProjectSettings.settingsFile(URI.createFileURI(file.toString())))
					.ifPresent(settings -> stamps.put(settings, Stamp.of(settings)));
		}
		return stamps;
	}

	/** The files whose model this one's links point into. */
	private static Set<Path> references(Resource resource) {
		Set<Path> referenced = new HashSet<>();
		resource.getAllContents().forEachRemaining(element -> {
			for (EObject target : element.eCrossReferences()) {
				Resource other = target.eResource();
				if (other != null && other != resource && other.getURI().isFile()) {
					referenced.add(path(other));
				}
			}
		});
		return Set.copyOf(referenced);
	}

	/** Whether the file holds the text its resource was parsed from (an editor may save without a change). */
	private static boolean sameText(Resource resource, Path file) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return false;
		}
		try {
			return Objects.equals(xtext.getParseResult().getRootNode().getText(),
					new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return false;
		}
	}

	private static <T extends Comparable<T>> SortedSet<T> union(Collection<T> one, Collection<T> other) {
		SortedSet<T> union = new TreeSet<>(one);
		union.addAll(other);
		return union;
	}

	private static Path path(Resource resource) {
		return Path.of(resource.getURI().toFileString());
	}

	private static Path absolute(Path file) {
		return file.toAbsolutePath().normalize();
	}
}
