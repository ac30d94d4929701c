package io.qualspec.maven;

import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.qualspec.generators.DocumentGenerator;
import io.qualspec.generators.OutputFormat;
import io.qualspec.loading.LoadedCatalogue;

/**
 * Generates handbooks, unit documents, tables and exports as {@code qualspec generate} does: nothing is
 * written when a specification has an error, and the output folder is replaced as a whole.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE)
public class GenerateMojo extends SpecificationMojo {

	/** The output folder; Qualspec replaces it as a whole, and refuses a folder holding files it did not write. */
	@Parameter(property = "qualspec.outputDirectory", defaultValue = "${project.build.directory}/qualspec", required = true)
	File outputDirectory;

	/** The formats: html, pdf, docx, csv, xlsx, json, dmn, case (default: all). */
	@Parameter(property = "qualspec.formats")
	List<String> formats;

	/** Templates that override the built-in ones (an awarding body's house style). */
	@Parameter(property = "qualspec.templates")
	File templates;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		Set<OutputFormat> wanted = wantedFormats();
		LoadedCatalogue loaded = load();
		if (loaded.hasErrors()) {
			report(loaded);
			throw new MojoFailureException("Nothing generated: the specifications have errors (listed above)");
		}
		try {
			List<String> written = new DocumentGenerator(wanted, templates == null ? null : templates.toPath())
					.generate(loaded.catalogue(), outputDirectory.toPath(), (done, what) -> getLog().debug(what));
			getLog().info("Wrote " + written.size() + " files to " + shown(outputDirectory) + "; open "
					+ shown(new File(outputDirectory, "index.html")));
		} catch (IOException e) {
			throw new MojoExecutionException("Nothing generated: " + e.getMessage(), e);
		}
	}

	private Set<OutputFormat> wantedFormats() throws MojoExecutionException {
		Set<OutputFormat> wanted = EnumSet.noneOf(OutputFormat.class);
		try {
			for (String format : formats == null ? List.<String>of() : formats) {
				wanted.add(OutputFormat.of(format));
			}
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException(e.getMessage());
		}
		return wanted;
	}
}
