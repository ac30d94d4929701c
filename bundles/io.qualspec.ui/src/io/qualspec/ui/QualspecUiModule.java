package io.qualspec.ui;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

import io.qualspec.ui.editor.SpecificationHighlighting;
import io.qualspec.ui.editor.UnitReferenceProposals;

/**
 * What the workbench adds to the IDE services: unit references proposed with their titles and sizes, the
 * token names syntax colouring classifies (those of the runtime lexer the editor colours with), and the
 * semantic colouring of definitions and references.
 */
public class QualspecUiModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IdeCrossrefProposalProvider.class).to(UnitReferenceProposals.class);
		bind(ISemanticHighlightingCalculator.class).to(SpecificationHighlighting.class);
		bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING)).to(AntlrTokenDefProvider.class);
	}
}
