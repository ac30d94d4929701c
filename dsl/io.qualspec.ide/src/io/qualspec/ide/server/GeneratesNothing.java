package io.qualspec.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server generates nothing (documents are the command's). Xtext's default asks first whether a file is
 * free of errors by validating it a second time, after the builder's own validation: half of every build.
 */
public class GeneratesNothing implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
