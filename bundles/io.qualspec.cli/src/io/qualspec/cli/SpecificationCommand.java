package io.qualspec.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedQualification;
import picocli.CommandLine.Parameters;

/** A command over specification files and folders. */
abstract class SpecificationCommand implements Main.TerminalAware {

	@Parameters(arity = "1..*", paramLabel = "PATHS", description = "Specification files (.qspec) or folders holding them.")
	List<Path> paths;

	Terminal terminal = Terminal.system();

	@Override
	public void use(Terminal terminal) {
		this.terminal = terminal;
	}

	LoadedCatalogue load() {
		return CatalogueLoader.create().load(paths);
	}

	/** The loaded specifications, or empty after reporting their diagnostics when any is an error. */
	Optional<LoadedCatalogue> loadWithoutErrors() {
		LoadedCatalogue loaded = load();
		if (loaded.hasErrors()) {
			Diagnostics.report(loaded, terminal);
			return Optional.empty();
		}
		return Optional.of(loaded);
	}

	/** The qualification with this number, or empty after saying it is not there. */
	Optional<ResolvedQualification> qualification(LoadedCatalogue loaded, String number) {
		Optional<ResolvedQualification> found = loaded.catalogue().qualification(number);
		if (found.isEmpty()) {
			terminal.err.println(terminal.red("qualspec: ") + "no qualification " + number + " in the given specifications");
		}
		return found;
	}
}
