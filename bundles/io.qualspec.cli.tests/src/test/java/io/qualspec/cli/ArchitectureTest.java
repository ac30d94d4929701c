package io.qualspec.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The one-way data flow of docs/architecture.md, checked on the compiled classes of the bundles this one
 * builds on: no package cycles, and nothing downstream of the resolved view (rules engine, generators,
 * command line) reads the generated model or the node model.
 */
class ArchitectureTest {

	private static final List<String> BUNDLES = List.of("dsl/io.qualspec", "dsl/io.qualspec.ide",
			"bundles/io.qualspec.rules", "bundles/io.qualspec.generators", "bundles/io.qualspec.cli");

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		Path repository = Path.of(System.getProperty("qualspec.repository", "../.."));
		List<Path> folders = BUNDLES.stream().map(b -> repository.resolve(b).resolve("target/classes")).toList();
		folders.forEach(folder -> {
			if (!Files.isDirectory(folder)) {
				throw new IllegalStateException(folder + " is not built");
			}
		});
		classes = new ClassFileImporter().importPaths(folders);
	}

	/** Code that Xtext and EMF generate (parser, serializer, model, its implementation) is not ours to layer. */
	private static final String[] GENERATED = { "io.qualspec.qualspec..", "io.qualspec.parser..",
			"io.qualspec.serializer..", "io.qualspec.services..", "io.qualspec.ide.contentassist.antlr.." };

	@Test
	void noPackageDependsOnItselfThroughOthers() {
		slices().matching("io.qualspec.(**)").should().beFreeOfCycles()
				.check(classes.that(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(GENERATED))));
	}

	@Test
	void downstreamOfTheResolvedViewNothingReadsTheModelOrTheSyntax() {
		noClasses().that().resideInAnyPackage("io.qualspec.rules..", "io.qualspec.generators..", "io.qualspec.cli..")
				.should().dependOnClassesThat().resideInAnyPackage("io.qualspec.qualspec..", "org.eclipse.xtext.nodemodel..")
				.check(classes);
	}

	@Test
	void theRulesEngineKnowsNeitherEmfNorXtext() {
		noClasses().that().resideInAPackage("io.qualspec.rules..").should().dependOnClassesThat()
				.resideInAnyPackage("org.eclipse..", "io.qualspec.catalogue..", "io.qualspec.loading..").check(classes);
	}
}
