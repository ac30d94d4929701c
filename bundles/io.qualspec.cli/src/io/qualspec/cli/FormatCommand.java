package io.qualspec.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.formatting2.SpecificationFormatting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Rewrites specifications in the one canonical layout (files with syntax errors are left",
				"alone and reported). Each file is replaced atomically." })
final class FormatCommand extends SpecificationCommand implements Callable<Integer> {

	@Option(names = "--check", description = "Change nothing; list the files that are not formatted and exit 1 if any.")
	boolean check;

	@Override
	public Integer call() throws IOException {
		LoadedCatalogue loaded = load();
		SpecificationFormatting formatting = CatalogueLoader.injector().getInstance(SpecificationFormatting.class);
		boolean problems = false;
		for (Resource resource : loaded.resourceSet().getResources()) {
			XtextResource xtext = (XtextResource) resource;
			Path file = Path.of(resource.getURI().toFileString());
			if (xtext.getParseResult() == null || xtext.getParseResult().hasSyntaxErrors()) {
				loaded.errors().stream().filter(d -> d.file().equals(file)).findFirst().ifPresent(d -> terminal.err.println(
						Diagnostics.relative(file) + ":" + d.line() + ":" + d.column() + ": error: not formatted: " + d.message()));
				problems = true;
				continue;
			}
			String formatted = formatting.format(xtext);
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
