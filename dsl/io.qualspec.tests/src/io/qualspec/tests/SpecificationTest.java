package io.qualspec.tests;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.qualspec.qualspec.Specification;

/**
 * What the tests that parse and validate specification texts are given by the injector of
 * {@link QualspecInjectorProvider}: the parser, resource sets to parse the files of one project into, and
 * the validation helper.
 */
abstract class SpecificationTest {

	@Inject
	protected ParseHelper<Specification> parseHelper;

	@Inject
	protected Provider<XtextResourceSet> resourceSets;

	@Inject
	protected ValidationTestHelper validation;
}
