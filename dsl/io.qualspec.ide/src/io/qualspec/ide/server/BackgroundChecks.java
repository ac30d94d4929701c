package io.qualspec.ide.server;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Checks the workspace's files one by one once it is indexed, each in a read request of its own, the open files
 * first: an editor's request waits for one file's checks at most, and an edit (a write) cancels the file being
 * checked, which is checked again after it. Files the builder has checked in full meanwhile, and files being
 * edited (checked in full on save or when the typing pauses), are skipped.
 */
final class BackgroundChecks {

	/** How far the checks are, for the editor's progress report. */
	interface Progress {
		void checked(int done, int total);
	}

	private final IRequestManager requests;
	private final WorkspaceManager workspace;
	private final EditingResourceValidator validator;
	private final BiConsumer<URI, List<Issue>> publish;
	private final Progress progress;
	private final Deque<URI> pending = new ArrayDeque<>();
	private int total;

	BackgroundChecks(IRequestManager requests, WorkspaceManager workspace, EditingResourceValidator validator,
			BiConsumer<URI, List<Issue>> publish, Progress progress) {
		this.requests = requests;
		this.workspace = workspace;
		this.validator = validator;
		this.publish = publish;
		this.progress = progress;
	}

	synchronized void start(Collection<URI> files) {
		pending.addAll(files);
		total = files.size();
		next();
	}

	private synchronized void next() {
		URI file = pending.stream().filter(workspace::isDocumentOpen).findFirst().orElse(pending.peekFirst());
		if (file == null) {
			progress.checked(total, total);
			return;
		}
		pending.remove(file);
		requests.runRead(cancel -> workspace.doRead(file, (document, resource) -> {
			if (resource != null && !validator.checkedInFull(file) && !validator.beingEdited(file)) {
				publish.accept(file, validator.validate(resource, CheckMode.ALL, cancel));
			}
			return null;
		})).whenComplete((done, failure) -> {
			if (failure instanceof CancellationException) {
				requeue(file); // an edit came first; a file that fails to check otherwise is left (Xtext logs it)
			}
			progress.checked(total - pending.size(), total);
			next();
		});
	}

	private synchronized void requeue(URI file) {
		pending.addFirst(file);
	}
}
