package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import io.qualspec.ui.QualspecUi;

/**
 * Content assist from Xtext's headless services: the content-assist parser works out what may follow the
 * caret ({@link ContentAssistContextFactory}); templates for the elements that may start there come first
 * ({@link SpecificationTemplates}), then {@link IdeContentProposalProvider}'s keywords and cross-references
 * (units with their title, level and credits: {@link UnitReferenceProposals}).
 */
public final class SpecificationCompletion implements IContentAssistProcessor {

	/** The content-assist parser may follow several paths at once. */
	private static final ExecutorService PARSER_POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "Qualspec content assist");
		thread.setDaemon(true);
		return thread;
	});

	private final Supplier<LiveSpecification> specification;

	public SpecificationCompletion(Supplier<LiveSpecification> specification) {
		this.specification = specification;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = specification.get().document();
		String text = document.get();
		Injector injector = QualspecUi.injector();
		return specification.get().read(resource -> {
			ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
			contexts.setPool(PARSER_POOL);
			List<ContentAssistContext> found = Arrays.asList(contexts.create(text, new TextRegion(offset, 0), offset, resource));
			List<ICompletionProposal> proposals = new ArrayList<>(SpecificationTemplates.get().proposals(found, document));
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(found, acceptor);
			acceptor.getEntries().forEach(entry -> proposals.add(proposal(entry, offset)));
			return proposals.toArray(ICompletionProposal[]::new);
		});
	}

	private static ICompletionProposal proposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		String display = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
		return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
				entry.getProposal().length(), null, display, null, entry.getDocumentation());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
