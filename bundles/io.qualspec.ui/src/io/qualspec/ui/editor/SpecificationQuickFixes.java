package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.ui.QualspecUi;

/**
 * Quick fixes (Ctrl+1 on a problem) from the language's {@link IQuickFixProvider} in io.qualspec.ide, the
 * same provider the language server offers as code actions. Each issue on the caret's line is passed to it
 * as an LSP diagnostic (code, range, issue data, as Xtext's language server builds them) and the text edits
 * of the chosen resolution are applied to the document.
 */
public final class SpecificationQuickFixes implements IQuickAssistProcessor {

	private final Supplier<LiveSpecification> specification;

	public SpecificationQuickFixes(Supplier<LiveSpecification> specification) {
		this.specification = specification;
	}

	/** The resolutions offered for the issues on the line of a text position. */
	public List<ICompletionProposal> proposalsAt(int offset) {
		IDocument document = specification.get().document();
		int line;
		try {
			line = document.getLineOfOffset(offset) + 1;
		} catch (BadLocationException e) {
			return List.of();
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Issue issue : specification.get().issues()) {
			if (issue.getLineNumber() != null && issue.getLineNumber() == line && issue.getCode() != null) {
				proposals.addAll(resolutions(issue, document));
			}
		}
		return proposals;
	}

	private List<ICompletionProposal> resolutions(Issue issue, IDocument document) {
		String text = document.get();
		return specification.get().read(resource -> {
			Document lspDocument = new Document(1, text);
			Diagnostic diagnostic = diagnostic(issue, lspDocument);
			ICodeActionService2.Options options = new ICodeActionService2.Options();
			options.setDocument(lspDocument);
			options.setResource(resource);
			options.setURI(specification.get().uri().toString());
			options.setCancelIndicator(CancelIndicator.NullImpl);
			options.setLanguageServerAccess(new EditorClient(resource));
			options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(specification.get().uri().toString()),
					diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
			List<ICompletionProposal> result = new ArrayList<>();
			IQuickFixProvider provider = QualspecUi.injector().getInstance(IQuickFixProvider.class);
			for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
				try {
					result.add(new Resolution(resolution.getLabel(), edits(resolution.apply(), specification.get().uri().toString())));
				} catch (RuntimeException e) {
					ILog.of(SpecificationQuickFixes.class).warn("Quick fix '" + resolution.getLabel() + "' failed", e);
				}
			}
			return result;
		});
	}

	private static Diagnostic diagnostic(Issue issue, Document document) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		if (issue.getData() != null) {
			diagnostic.setData(issue.getData());
		}
		Position start = document.getPosition(issue.getOffset());
		Position end = document.getPosition(issue.getOffset() + issue.getLength());
		diagnostic.setRange(new Range(start, end));
		return diagnostic;
	}

	private static List<TextEdit> edits(WorkspaceEdit edit, String uri) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
				if (sameFile(change.getKey(), uri)) {
					edits.addAll(change.getValue());
				}
			}
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(c -> c.isLeft() && sameFile(c.getLeft().getTextDocument().getUri(), uri))
					.flatMap(c -> c.getLeft().getEdits().stream()).filter(e -> e.isLeft()).forEach(e -> edits.add(e.getLeft()));
		}
		return edits;
	}

	private static boolean sameFile(String a, String b) {
		return org.eclipse.emf.common.util.URI.createURI(a).equals(org.eclipse.emf.common.util.URI.createURI(b));
	}

	/** A resolution's text edits, applied from the end of the document backwards so offsets stay valid. */
	private record Resolution(String label, List<TextEdit> edits) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			List<TextEdit> ordered = new ArrayList<>(edits);
			ordered.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
					.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
			try {
				for (TextEdit edit : ordered) {
					int start = offset(document, edit.getRange().getStart());
					int end = offset(document, edit.getRange().getEnd());
					document.replace(start, end - start, edit.getNewText());
				}
			} catch (BadLocationException e) {
				ILog.of(SpecificationQuickFixes.class).error("Quick fix '" + label + "' does not fit the text", e);
			}
		}

		private static int offset(IDocument document, Position position) throws BadLocationException {
			return document.getLineOffset(position.getLine()) + position.getCharacter();
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}

	/**
	 * The editor as the "client" Xtext's resolutions build their edits for. They ask for the live resource set
	 * (the editor's own, holding its current text) to find the element at the problem, and for the client's
	 * capabilities (none declared, so edits come as plain per-file changes); the editor applies the edits
	 * itself, so nothing else of a language server is offered.
	 */
	private record EditorClient(Resource resource) implements ILanguageServerAccess {

		@Override
		public InitializeParams getInitializeParams() {
			return new InitializeParams();
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			throw notALanguageServer();
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			throw notALanguageServer();
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw notALanguageServer();
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			throw notALanguageServer();
		}

		@Override
		public LanguageClient getLanguageClient() {
			throw notALanguageServer();
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(org.eclipse.emf.common.util.URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public InitializeResult getInitializeResult() {
			throw notALanguageServer();
		}

		private static UnsupportedOperationException notALanguageServer() {
			return new UnsupportedOperationException("a quick fix asked the editor for language server services");
		}
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return !annotation.isMarkedDeleted();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext invocationContext) {
		return proposalsAt(invocationContext.getOffset()).toArray(ICompletionProposal[]::new);
	}
}
