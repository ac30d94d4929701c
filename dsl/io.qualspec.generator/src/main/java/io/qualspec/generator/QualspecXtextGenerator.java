package io.qualspec.generator;

import org.eclipse.xtext.XtextRuntimeModule;
import org.eclipse.xtext.XtextStandaloneSetup;
import org.eclipse.xtext.xtext.ecoreInference.IXtext2EcorePostProcessor;
import org.eclipse.xtext.xtext.generator.XtextGenerator;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The Xtext generator with {@link UnsettableEnumAttributes} applied to the inferred model. XtextGenerator's
 * constructor registers the plain Xtext language; this one registers it again with the post-processor bound,
 * so that the grammar is loaded (and its Ecore model inferred) through it.
 */
public class QualspecXtextGenerator extends XtextGenerator {

	public QualspecXtextGenerator() {
		new XtextStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(new XtextRuntimeModule() {
					public Class<? extends IXtext2EcorePostProcessor> bindIXtext2EcorePostProcessor() {
						return UnsettableEnumAttributes.class;
					}
				});
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
