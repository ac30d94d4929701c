package io.qualspec.maven;

import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.loading.SpecDiagnostic.Severity;

/**
 * Checks the specifications as {@code qualspec validate} does, prints every diagnostic, and fails the build
 * when one is at or above the {@code failOn} severity.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY)
public class ValidateMojo extends SpecificationMojo {

	/** The least severity that fails the build: {@code error}, {@code warning} or {@code info}. */
	@Parameter(property = "qualspec.failOn", defaultValue = "error")
	String failOn;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		Severity threshold = threshold();
		LoadedCatalogue loaded = load();
		report(loaded);
		long failing = loaded.diagnostics().stream().filter(d -> d.severity().isAtLeast(threshold)).count();
		if (failing > 0) {
			throw new MojoFailureException(shown(specifications) + ": " + failing + " diagnostic" + (failing == 1 ? "" : "s")
					+ " at or above the failOn severity '" + threshold.label() + "' (listed above)");
		}
	}

	private Severity threshold() throws MojoExecutionException {
		try {
			return Severity.valueOf(failOn.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("failOn is '" + failOn + "'; it must be error, warning or info");
		}
	}
}
