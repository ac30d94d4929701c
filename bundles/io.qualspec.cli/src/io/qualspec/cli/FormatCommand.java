package io.qualspec.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "format", mixinStandardHelpOptions = true,
		header = "Rewrites specifications in the canonical layout.",
		description = { "Each file is replaced atomically.",
				"Files with syntax errors are left alone and reported." })
final class FormatCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = "--check", description = { "Change nothing: list the files not in the layout,",
			"and exit 1 if there are any." })
	boolean check;

	@Override
	public Integer call() throws IOException {
		LoadedCatalogue loaded = load();
		CatalogueLoader loader = CatalogueLoader.create();
		boolean problems = false;
		for (Path file : loaded.files()) {
			Optional<String> canonical = loader.canonicalText(loaded, file);
			if (canonical.isEmpty()) {
				loaded.errors().stream().filter(d -> d.file().equals(file)).findFirst().ifPresent(d -> terminal.err.println(
						Diagnostics.relative(file) + ":" + d.line() + ":" + d.column() + ": error: not formatted: " + d.message()));
				problems = true;
				continue;
			}
			String formatted = canonical.get();
			String current = Files.readString(file, StandardCharsets.UTF_8);
			if (formatted.equals(current)) {
				continue;
			}
			if (check) {
				terminal.out.println(Diagnostics.relative(file) + ": not in the canonical layout");
				problems = true;
			} else {
				Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".qualspec-format-", ".tmp");
				try {
					Files.writeString(temporary, formatted, StandardCharsets.UTF_8);
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} finally {
					Files.deleteIfExists(temporary);
				}
				terminal.out.println("formatted " + Diagnostics.relative(file));
			}
		}
		return problems ? 1 : 0;
	}
}
