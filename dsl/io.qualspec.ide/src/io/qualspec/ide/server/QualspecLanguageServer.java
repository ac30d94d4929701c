package io.qualspec.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Inject;

/**
 * Xtext's language server, answering {@code initialize} at once and checking files as an editor needs them. Xtext
 * answers {@code initialize} only after indexing and validating the whole workspace, so an editor waited tens of seconds
 * on examples/ before it could do anything, and then got a file's diagnostics only once every file was checked. Here:
 * <ol>
 * <li>the answer goes at once, and the workspace is indexed behind it without checks;</li>
 * <li>then the files are checked one by one, the open ones first ({@link BackgroundChecks}), with progress reported to
 * an editor that supports it ({@link WorkspaceProgress});</li>
 * <li>a file being edited gets the fast checks on every change, and every check on save or once the typing has paused
 * for {@link #PAUSE_BEFORE_ALL_CHECKS_MS} ({@link EditingResourceValidator});</li>
 * <li>once every file is checked, one completion is computed and dropped ({@link CompletionWarmUp}).</li>
 * </ol>
 */
public class QualspecLanguageServer extends LanguageServerImpl {

	/** How long after the last change a file being edited gets every check, without a save. */
	static final long PAUSE_BEFORE_ALL_CHECKS_MS = 1_500;

	@Inject
	private UriExtensions uris;

	private final ScheduledExecutorService pauses = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Qualspec checks after a pause");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<URI, ScheduledFuture<?>> pendingAllChecks = new ConcurrentHashMap<>();

	/** Computed once: Xtext's initialize computes them too, and registering the commands twice would repeat them. */
	private ServerCapabilities capabilities;
	private WorkspaceProgress progress;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		validator().indexingStarted();
		progress = new WorkspaceProgress(params);
		// queues the indexing; its future completes (or is cancelled, by an editor's first request) when it is done
		super.initialize(params).whenComplete((result, failure) -> {
			validator().indexingDone();
			List<URI> files = new ArrayList<>();
			getWorkspaceManager().getIndex().getAllResourceDescriptions().forEach(file -> files.add(file.getURI()));
			AtomicBoolean warmedUp = new AtomicBoolean();
			new BackgroundChecks(getRequestManager(), getWorkspaceManager(), validator(),
					(uri, issues) -> getLanguageClient().publishDiagnostics(
							new PublishDiagnosticsParams(uris.toUriString(uri), toDiagnostics(issues))),
					(done, total) -> {
						progress.checked(done, total);
						if (done == total && !warmedUp.getAndSet(true)) {
							CompletionWarmUp.run(getRequestManager(), getWorkspaceManager(), uris, files, this::completion);
						}
					}).start(files);
		});
		return CompletableFuture.completedFuture(new InitializeResult(createServerCapabilities(params)));
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		progress.begin(getLanguageClient());
	}

	@Override
	protected synchronized ServerCapabilities createServerCapabilities(InitializeParams params) {
		if (capabilities == null) {
			capabilities = super.createServerCapabilities(params);
			// the normal checks run on save, so the editor is asked to say when it saves
			TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
			sync.setOpenClose(true);
			sync.setChange(TextDocumentSyncKind.Incremental);
			sync.setSave(new SaveOptions(false));
			capabilities.setTextDocumentSync(Either.forRight(sync));
		}
		return capabilities;
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		URI uri = getURI(params.getTextDocument());
		validator().edited(uri);
		super.didChange(params);
		ScheduledFuture<?> previous = pendingAllChecks.put(uri,
				pauses.schedule(() -> checkAll(uri), PAUSE_BEFORE_ALL_CHECKS_MS, TimeUnit.MILLISECONDS));
		if (previous != null) {
			previous.cancel(false);
		}
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		checkAll(getURI(params.getTextDocument()));
	}

	/** Every check of a file being edited, in a build of it (so files depending on it are checked again too). */
	private void checkAll(URI uri) {
		ScheduledFuture<?> pending = pendingAllChecks.remove(uri);
		if (pending != null) {
			pending.cancel(false);
		}
		validator().allChecksDue(uri);
		runBuildable(() -> getWorkspaceManager().didChangeFiles(List.of(uri), List.of()));
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		// the file is what is on disk again, and is checked in full as the builder reads it back
		validator().allChecksDue(getURI(params.getTextDocument()));
		super.didClose(params);
	}

	private EditingResourceValidator validator() {
		return (EditingResourceValidator) getLanguagesRegistry()
				.getResourceServiceProvider(URI.createURI("synth:///file.qspec")).getResourceValidator();
	}
}
