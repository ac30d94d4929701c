package io.qualspec.ide.server;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Specification;
import io.qualspec.scoping.QualspecScopeProvider;

/**
 * Once the workspace is checked, the server completes one unit reference of the workspace and drops the answer. The
 * first completion an author asks for otherwise loads and first runs the content-assist parser and the proposals:
 * 150 ms in a 2,000-unit catalogue where the next ones take 20 (docs/performance.md, "The language server"). The
 * completion is a read request like an editor's, so an edit cancels it; it is then asked for again after a pause.
 */
final class CompletionWarmUp {

	private static final long RETRY_AFTER_MS = QualspecLanguageServer.PAUSE_BEFORE_ALL_CHECKS_MS;

	private CompletionWarmUp() {
	}

	static void run(IRequestManager requests, WorkspaceManager workspace, UriExtensions uris, Collection<URI> files,
			BiFunction<CancelIndicator, CompletionParams, ?> completion) {
		requests.runRead(cancel -> {
			for (URI file : files) {
				CompletionParams at = workspace.doRead(file,
						(document, resource) -> firstUnitReference(document, resource, uris.toUriString(file)));
				if (at != null) {
					return completion.apply(cancel, at);
				}
			}
			return null;
		}).whenComplete((done, failure) -> {
			if (failure instanceof CancellationException) {
				// an edit came first: asked for again once the typing may have paused, not between keystrokes
				CompletableFuture.delayedExecutor(RETRY_AFTER_MS, TimeUnit.MILLISECONDS)
						.execute(() -> run(requests, workspace, uris, files, completion));
			}
		});
	}

	/** Where the first membership of a qualification in the file names its unit; null where none does. */
	private static CompletionParams firstUnitReference(Document document, XtextResource resource, String uri) {
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Specification specification)) {
			return null;
		}
		for (var element : specification.getElements()) {
			if (element instanceof Qualification qualification) {
				for (Membership membership : QualspecScopeProvider.allMemberships(qualification)) {
					List<INode> written = NodeModelUtils.findNodesForFeature(membership, QualspecPackage.Literals.MEMBERSHIP__UNIT);
					if (!written.isEmpty()) {
						return new CompletionParams(new TextDocumentIdentifier(uri), document.getPosition(written.get(0).getOffset()));
					}
				}
			}
		}
		return null;
	}
}
