package io.qualspec.ui;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.qualspec.QualspecRuntimeModule;
import io.qualspec.QualspecStandaloneSetup;
import io.qualspec.ide.QualspecIdeModule;

/**
 * The workbench's one Guice injector for the language: the runtime module, the headless IDE services of
 * io.qualspec.ide (content assist, quick fixes, formatting) and the few bindings the workbench adds.
 */
public final class QualspecUi {

	public static final String PLUGIN_ID = "io.qualspec.ui";

	private static volatile Injector injector;

	private QualspecUi() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (QualspecUi.class) {
				result = injector;
				if (result == null) {
					result = new QualspecStandaloneSetup() {
						@Override
						public Injector createInjector() {
							return Guice.createInjector(
									Modules2.mixin(new QualspecRuntimeModule(), new QualspecIdeModule(), new QualspecUiModule()));
						}
					}.createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}
}
