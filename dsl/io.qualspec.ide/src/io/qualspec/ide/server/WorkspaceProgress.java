package io.qualspec.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The workspace's first reading and checking as {@code window/workDoneProgress}, for an editor that supports it: begun
 * when the editor is initialized, reported file by file, ended when every file is checked. Each notification is sent
 * after the one before, and none before the editor has acknowledged the progress token.
 */
final class WorkspaceProgress {

	private static final String TOKEN = "qualspec/workspace";

	private final boolean supported;
	private LanguageClient client;
	private CompletableFuture<Void> sent;
	private boolean finished;

	WorkspaceProgress(InitializeParams params) {
		WindowClientCapabilities window = params.getCapabilities() == null ? null : params.getCapabilities().getWindow();
		supported = window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
	}

	synchronized void begin(LanguageClient editor) {
		if (!supported || finished) {
			return;
		}
		client = editor;
		WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
		begin.setTitle("Qualspec");
		begin.setMessage("reading the workspace");
		begin.setPercentage(0);
		begin.setCancellable(false);
		sent = client.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(TOKEN))).thenRun(() -> notify(begin));
	}

	synchronized void checked(int done, int total) {
		if (sent == null || finished) {
			finished = done >= total;
			return;
		}
		if (done >= total) {
			finished = true;
			WorkDoneProgressEnd end = new WorkDoneProgressEnd();
			end.setMessage(total + (total == 1 ? " file" : " files") + " checked");
			sent = sent.thenRun(() -> notify(end));
		} else {
			WorkDoneProgressReport report = new WorkDoneProgressReport();
			report.setMessage("checking: " + done + " of " + total + " files");
			report.setPercentage(100 * done / total);
			sent = sent.thenRun(() -> notify(report));
		}
	}

	private void notify(WorkDoneProgressNotification notification) {
		client.notifyProgress(new ProgressParams(Either.forLeft(TOKEN), Either.forLeft(notification)));
	}
}
