package io.qualspec.cli;

import java.nio.file.Path;
import java.util.List;

import io.qualspec.catalogue.CatalogueLoader;
import io.qualspec.catalogue.LoadedCatalogue;
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
}
