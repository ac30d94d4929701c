package io.qualspec.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import io.qualspec.ide.quickfix.QualspecQuickfixProvider;

/** Guice bindings of the IDE services (language server and workbench editor). */
public class QualspecIdeModule extends AbstractQualspecIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return QualspecQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
