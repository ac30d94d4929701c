package io.qualspec.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.validation.IResourceValidator;

import io.qualspec.ide.contentassist.ContentProposals;
import io.qualspec.ide.contentassist.CrossReferenceProposals;
import io.qualspec.ide.quickfix.QualspecQuickfixProvider;
import io.qualspec.ide.server.EditingResourceValidator;
import io.qualspec.ide.server.FormattingWithoutIdentityEdits;
import io.qualspec.ide.server.GeneratesNothing;
import io.qualspec.ide.server.UnitRenameService;
import io.qualspec.ide.server.UsedLibraryDefinitions;
import io.qualspec.ide.server.UsedLibraryHover;

/** Guice bindings of the IDE services (language server and workbench editor). */
public class QualspecIdeModule extends AbstractQualspecIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return QualspecQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return ContentProposals.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return CrossReferenceProposals.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return FormattingWithoutIdentityEdits.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return UsedLibraryHover.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return UsedLibraryDefinitions.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return UnitRenameService.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return EditingResourceValidator.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return GeneratesNothing.class;
	}
}
