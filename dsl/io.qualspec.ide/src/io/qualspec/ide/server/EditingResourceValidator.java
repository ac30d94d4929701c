package io.qualspec.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

import com.google.inject.Singleton;

/**
 * The checks a file gets in an editor. While the language server first indexes the workspace, none: the files are
 * checked one by one after it, the open ones first ({@link BackgroundChecks}), so the index is complete before any
 * cross-file check reads it and no file waits for the whole workspace. A file being edited gets the fast checks on
 * every keystroke, and the normal ones (spelling, checks over a whole library, across files, the rule analysis;
 * {@code @Check(CheckType.NORMAL)}) on save or when the typing pauses ({@link QualspecLanguageServer}); until then the
 * normal checks' findings of their last run are kept beside the fast ones, at the places they had then. Everywhere else (the command line, the workbench's builder) this is
 * Xtext's resource validator, every check on every run.
 */
@Singleton
public class EditingResourceValidator extends ResourceValidatorImpl {

	private volatile boolean indexing;
	private final Set<URI> beingEdited = ConcurrentHashMap.newKeySet();
	/** Per file, the normal checks' findings of its last validation in full. */
	private final Map<URI, List<Issue>> normalFindings = new ConcurrentHashMap<>();

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		URI uri = resource.getURI();
		if (indexing) {
			return List.of();
		}
		if (mode == CheckMode.ALL && beingEdited.contains(uri)) {
			List<Issue> issues = new ArrayList<>(super.validate(resource, CheckMode.FAST_ONLY, cancel));
			issues.addAll(normalFindings.getOrDefault(uri, List.of()));
			return issues;
		}
		List<Issue> issues = super.validate(resource, mode, cancel);
		if (mode.shouldCheck(CheckType.NORMAL)) {
			normalFindings.put(uri, issues.stream().filter(issue -> issue.getType() == CheckType.NORMAL).toList());
		}
		return issues;
	}

	/** Whether a file has been checked in full since the workspace was indexed. */
	boolean checkedInFull(URI uri) {
		return normalFindings.containsKey(uri);
	}

	void indexingStarted() {
		indexing = true;
	}

	void indexingDone() {
		indexing = false;
	}

	/** Whether the file is being edited: changed since its checks last ran in full. */
	boolean beingEdited(URI uri) {
		return beingEdited.contains(uri);
	}

	/** An editor changed the file: fast checks only until it is saved or the typing pauses. */
	void edited(URI uri) {
		beingEdited.add(uri);
	}

	/** The file was saved, its editor closed, or the typing paused: every check again. */
	void allChecksDue(URI uri) {
		beingEdited.remove(uri);
	}
}
