package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
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
import org.eclipse.xtext.resource.IEObjectDescription;
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
			String typed = typedName(text, offset);
			onePerElement(acceptor.getEntries()).stream().map(entry -> proposal(entry, typed, offset)).flatMap(Optional::stream)
					.forEach(proposals::add);
			return proposals.toArray(ICompletionProposal[]::new);
		});
	}

	/**
	 * The entries with each element proposed once: the scope offers a unit under its own number and under its
	 * library's qualified name too; the shortest name (the one a reader writes) is kept.
	 */
	private static List<ContentAssistEntry> onePerElement(Iterable<ContentAssistEntry> entries) {
		Map<URI, ContentAssistEntry> shortest = new HashMap<>();
		for (ContentAssistEntry entry : entries) {
			if (elementOf(entry) != null) {
				shortest.merge(elementOf(entry), entry, (kept, other) -> other.getProposal().length() < kept.getProposal().length() ? other : kept);
			}
		}
		// in the order the provider gave them
		List<ContentAssistEntry> kept = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			if (elementOf(entry) == null || shortest.get(elementOf(entry)) == entry) {
				kept.add(entry);
			}
		}
		return kept;
	}

	private static URI elementOf(ContentAssistEntry entry) {
		return entry.getSource() instanceof IEObjectDescription description ? description.getEObjectURI() : null;
	}

	/**
	 * The name being typed before the caret: letters, digits and the characters of unit numbers and qualified
	 * names ("R/615/5", "ocr.cambridge"). The parser's own prefix stops at the last "/" or ".", so every unit
	 * would be offered again after one.
	 */
	static String typedName(String text, int offset) {
		int start = offset;
		while (start > 0 && isNameCharacter(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, offset);
	}

	private static boolean isNameCharacter(char c) {
		return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '^';
	}

	/**
	 * The proposal replacing what was typed of it; none when the entry does not begin with the name typed
	 * (case aside), so that the list keeps narrowing as the author types.
	 */
	private static Optional<ICompletionProposal> proposal(ContentAssistEntry entry, String typed, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String text = entry.getProposal();
		if (typed.length() > prefix.length()) {
			if (!text.regionMatches(true, 0, typed, 0, typed.length())) {
				return Optional.empty();
			}
			prefix = typed;
		}
		String label = entry.getLabel() != null ? entry.getLabel() : text;
		String display = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
		return Optional.of(new CompletionProposal(text, offset - prefix.length(), prefix.length(), text.length(), null, display, null,
				entry.getDocumentation()));
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
