package io.qualspec.cli;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * An LSP client for the tests and benchmarks: hands on what the server publishes and the progress it reports, accepts
 * every progress token, and ignores messages.
 */
record DiagnosticsClient(Consumer<PublishDiagnosticsParams> published, Consumer<ProgressParams> progress)
		implements LanguageClient {

	DiagnosticsClient(Consumer<PublishDiagnosticsParams> published) {
		this(published, progress -> { });
	}

	@Override
	public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void notifyProgress(ProgressParams params) {
		progress.accept(params);
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.accept(diagnostics);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
