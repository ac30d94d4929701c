package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * caret ({@link ContentAssistContextFactory}) and {@link IdeContentProposalProvider} proposes keywords and
 * cross-references (units with their title, level and credits: {@link UnitReferenceProposals}).
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
		String text = specification.get().document().get();
		Injector injector = QualspecUi.injector();
		List<ContentAssistEntry> entries = specification.get().read(resource -> {
			ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
			contexts.setPool(PARSER_POOL);
			ContentAssistContext[] found = contexts.create(text, new TextRegion(offset, 0), offset, resource);
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(found), acceptor);
			List<ContentAssistEntry> result = new ArrayList<>();
			acceptor.getEntries().forEach(result::add);
			return result;
		});
		return entries.stream().map(entry -> proposal(entry, offset)).toArray(ICompletionProposal[]::new);
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
