package io.qualspec.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Problems-view markers of a specification: one per validation issue, carrying the issue code (the same
 * codes as the command line's "[code]" and docs/issue-codes.md) and the issue data quick fixes use.
 */
public final class ProblemMarkers {

	/** The marker type (a problem marker and a text marker). */
	public static final String TYPE = "io.qualspec.ui.problem";

	/** Marker attribute: the issue code, for example io.qualspec.identifier.urnCheckLetter. */
	public static final String ISSUE_CODE = "io.qualspec.issueCode";

	/** Marker attribute: the issue data, one value per line. */
	public static final String ISSUE_DATA = "io.qualspec.issueData";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers with these issues (issues whose severity is "ignore" make none). */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				default -> IMarker.SEVERITY_INFO;
			});
			if (issue.getLineNumber() != null) {
				attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
				attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			if (issue.getCode() != null) {
				attributes.put(ISSUE_CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				attributes.put(ISSUE_DATA, String.join("\n", issue.getData()));
			}
			file.createMarker(TYPE, attributes);
		}
	}
}
