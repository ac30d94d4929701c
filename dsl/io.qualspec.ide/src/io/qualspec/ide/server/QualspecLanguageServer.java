package io.qualspec.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, answering {@code initialize} at once. Xtext answers it only after indexing and
 * validating the whole workspace, so an editor waited tens of seconds on examples/ before it could do anything.
 * Here the workspace is indexed and validated in the same write request as before, queued behind the answer:
 * requests that need the workspace (completion, hover, a file's diagnostics) wait for it as they wait for any
 * write, and diagnostics are published file by file as the build reaches them.
 */
public class QualspecLanguageServer extends LanguageServerImpl {

	/** Computed once: Xtext's initialize computes them too, and registering the commands twice would repeat them. */
	private ServerCapabilities capabilities;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		super.initialize(params); // queues the workspace build; its future completes when the build is done
		return CompletableFuture.completedFuture(new InitializeResult(createServerCapabilities(params)));
	}

	@Override
	protected synchronized ServerCapabilities createServerCapabilities(InitializeParams params) {
		if (capabilities == null) {
			capabilities = super.createServerCapabilities(params);
		}
		return capabilities;
	}
}
