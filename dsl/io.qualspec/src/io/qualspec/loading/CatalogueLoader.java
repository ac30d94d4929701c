package io.qualspec.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import io.qualspec.QualspecStandaloneSetup;
import io.qualspec.catalogue.Catalogue;
import io.qualspec.formatting2.SpecificationFormatting;
import io.qualspec.validation.ProjectSettings;

/**
 * The one entry point for everything downstream of the language: loads .qspec files and folders into a
 * resource set, links them through an Xtext index, validates them and returns every diagnostic with its
 * file, line and column together with the resolved {@link Catalogue}. Works outside OSGi and inside it.
 */
public class CatalogueLoader {

	/** File extension of Qualspec specifications. */
	public static final String FILE_EXTENSION = "qspec";

	/** Issue code for a path that cannot be read. */
	public static final String UNREADABLE_FILE = "io.qualspec.load.unreadableFile";

	/**
	 * The system property that sets the largest specification file read, in megabytes; a larger file is refused
	 * before parsing with an {@link #UNREADABLE_FILE} diagnostic rather than parsed for minutes.
	 */
	public static final String MAX_FILE_MEGABYTES = "qualspec.maxFileMegabytes";
	static final long DEFAULT_MAX_FILE_MEGABYTES = 16;

	/** Issue code for a line of a project settings file (qualspec.properties) that is not understood. */
	public static final String INVALID_SETTING = "io.qualspec.load.invalidSetting";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceServiceProvider.Registry services;

	@Inject
	private ProjectSettings settings;

	@Inject
	private SpecificationFormatting formatting;

	private static volatile Injector standaloneInjector;

	/** A loader for use outside an IDE, with the language set up once per JVM. */
	public static CatalogueLoader create() {
		return injector().getInstance(CatalogueLoader.class);
	}

	/** The language's injector, created on first use. */
	public static Injector injector() {
		Injector injector = standaloneInjector;
		if (injector == null) {
			synchronized (CatalogueLoader.class) {
				injector = standaloneInjector;
				if (injector == null) {
					injector = new QualspecStandaloneSetup().createInjectorAndDoEMFRegistration();
					standaloneInjector = injector;
				}
			}
		}
		return injector;
	}

	/** Loads, links and validates (all checks) every .qspec file under the given files and folders. */
	public LoadedCatalogue load(Collection<Path> paths) {
		List<SpecDiagnostic> diagnostics = new ArrayList<>();
		XtextResourceSet resourceSet = resourceSets.get();
		List<Resource> resources = new ArrayList<>();
		for (Path file : specificationFiles(paths, diagnostics)) {
			read(resourceSet, file, diagnostics).ifPresent(resources::add);
		}
		installIndex(resourceSet, resources);
		resources.stream().map(r -> ProjectSettings.settingsFile(r.getURI())).flatMap(Optional::stream).distinct()
				.flatMap(file -> settings.problems(file).stream())
				.forEach(problem -> diagnostics.add(new SpecDiagnostic(problem.file(), problem.line(), 1,
						SpecDiagnostic.Severity.WARNING, problem.message(), INVALID_SETTING, 0, 0)));
		for (Resource resource : resources) {
			diagnostics.addAll(validate(resource));
		}
		return new LoadedCatalogue(resourceSet, resources, diagnostics);
	}

	/**
	 * Loads like {@link #load} and keeps what it loaded, so that {@link LiveCatalogue#refresh} can reload only the
	 * files that changed since (watch mode).
	 */
	public LiveCatalogue loadLive(Collection<Path> paths) {
		return new LiveCatalogue(this, paths);
	}

	/**
	 * Parses one file into the resource set; a file that cannot be read, or is larger than the limit, is an
	 * {@link #UNREADABLE_FILE} diagnostic instead.
	 */
	Optional<Resource> read(XtextResourceSet resourceSet, Path file, List<SpecDiagnostic> diagnostics) {
		long maxBytes = Long.getLong(MAX_FILE_MEGABYTES, DEFAULT_MAX_FILE_MEGABYTES) * 1024 * 1024;
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				diagnostics.add(new SpecDiagnostic(file, 1, 1, SpecDiagnostic.Severity.ERROR, String.format(
						"The file has %,d bytes, more than the %,d MB a specification may have: split it into several "
								+ "files, or raise the limit (QUALSPEC_MAX_FILE_MB for ./qualspec, the system property %s).",
						size, maxBytes / 1024 / 1024, MAX_FILE_MEGABYTES), UNREADABLE_FILE, 0, 0));
				return Optional.empty();
			}
			return Optional.of(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true));
		} catch (IOException | RuntimeException e) {
			diagnostics.add(unreadable(file, e));
			return Optional.empty();
		}
	}

	/** Every check's diagnostics of one linked file. */
	List<SpecDiagnostic> validate(Resource resource) {
		List<SpecDiagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : services.getResourceServiceProvider(resource.getURI()).getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(toDiagnostic(resource, issue));
		}
		return diagnostics;
	}

	/** The index entry of one file: the names it exports. */
	IResourceDescription describe(Resource resource) {
		return services.getResourceServiceProvider(resource.getURI()).getResourceDescriptionManager().getResourceDescription(resource);
	}

	/**
	 * The canonical layout of a loaded file's text (what "qualspec format" writes); empty for a file with
	 * syntax errors, which cannot be formatted.
	 */
	public Optional<String> canonicalText(LoadedCatalogue loaded, Path file) {
		Resource resource = loaded.resourceSet().getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), false);
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null
				|| xtext.getParseResult().hasSyntaxErrors()) {
			return Optional.empty();
		}
		return Optional.of(formatting.format(xtext));
	}

	/**
	 * Indexes every loaded resource once, so that cross-file references are looked up by name in the
	 * index instead of by visiting every resource.
	 */
	private void installIndex(XtextResourceSet resourceSet, List<Resource> resources) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			descriptions.add(describe(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}

	/** The .qspec files named or found under the given folders, in a stable order. */
	public static List<Path> specificationFiles(Collection<Path> paths, List<SpecDiagnostic> diagnostics) {
		TreeSet<Path> files = new TreeSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + FILE_EXTENSION))
							.forEach(p -> files.add(p.normalize()));
				} catch (IOException | UncheckedIOException e) {
					diagnostics.add(unreadable(path, e));
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path.normalize());
			} else {
				diagnostics.add(new SpecDiagnostic(path, 1, 1, SpecDiagnostic.Severity.ERROR,
						"No such file or folder.", UNREADABLE_FILE, 0, 0));
			}
		}
		return List.copyOf(files);
	}

	private static SpecDiagnostic unreadable(Path file, Exception e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		return new SpecDiagnostic(file, 1, 1, SpecDiagnostic.Severity.ERROR,
				"Cannot read the file: " + cause.getMessage(), UNREADABLE_FILE, 0, 0);
	}

	private static SpecDiagnostic toDiagnostic(Resource resource, Issue issue) {
		Path file = Path.of(resource.getURI().toFileString());
		return new SpecDiagnostic(file, value(issue.getLineNumber()), value(issue.getColumn()),
				severity(issue.getSeverity()), issue.getMessage(), issue.getCode(), value(issue.getOffset()),
				value(issue.getLength()));
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}

	private static SpecDiagnostic.Severity severity(Severity severity) {
		return switch (severity) {
			case ERROR -> SpecDiagnostic.Severity.ERROR;
			case WARNING -> SpecDiagnostic.Severity.WARNING;
			default -> SpecDiagnostic.Severity.INFO;
		};
	}
}
