package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;

/** Picking issues out of what {@code ValidationTestHelper.validate} returns, to check their lines and data. */
final class Issues {

	private Issues() {
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	/** The one issue with the code. */
	static Issue only(List<Issue> issues, String code) {
		List<Issue> found = withCode(issues, code);
		assertEquals(1, found.size(), found.toString());
		return found.get(0);
	}

	/** The lines of the issues with the code, in order. */
	static List<Integer> lines(List<Issue> issues, String code) {
		return withCode(issues, code).stream().map(Issue::getLineNumber).toList();
	}
}
