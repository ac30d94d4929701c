package io.qualspec.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic;

/** A goal over the project's specifications, loaded as {@code qualspec validate} loads them. */
abstract class SpecificationMojo extends AbstractMojo {

	/** The folder of specifications (.qspec files, found in every subfolder), or one file. */
	@Parameter(property = "qualspec.specifications", defaultValue = "${project.basedir}/src/main/qualspec", required = true)
	File specifications;

	/** Skips the goal. */
	@Parameter(property = "qualspec.skip", defaultValue = "false")
	boolean skip;

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	File basedir;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Skipped (qualspec.skip)");
			return;
		}
		run();
	}

	/** What the goal does when it is not skipped. */
	abstract void run() throws MojoExecutionException, MojoFailureException;

	/**
	 * Loads, links and validates the specifications with every check; severities come from the
	 * qualspec.properties above the files, as for the command and the workbench.
	 */
	LoadedCatalogue load() {
		return CatalogueLoader.create().load(List.of(specifications.toPath()));
	}

	/** Logs every diagnostic at its own level as {@code file:line:col: severity: message [code]}, then the summary. */
	void report(LoadedCatalogue loaded) {
		Path project = basedir.toPath();
		for (SpecDiagnostic diagnostic : loaded.diagnostics()) {
			String line = diagnostic.relativeTo(project).toString();
			switch (diagnostic.severity()) {
				case ERROR -> getLog().error(line);
				case WARNING -> getLog().warn(line);
				case INFO -> getLog().info(line);
			}
		}
		getLog().info(loaded.summary());
	}

	/** A path as the build prints it: relative to the project folder when inside it. */
	String shown(File file) {
		return SpecDiagnostic.relative(file.toPath(), basedir.toPath()).toString();
	}
}
