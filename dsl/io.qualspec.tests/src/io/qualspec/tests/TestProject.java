package io.qualspec.tests;

import org.eclipse.emf.common.util.URI;

/** Where the tests put the specification texts they parse: files of one project, as an editor has them. */
final class TestProject {

	private TestProject() {
	}

	/**
	 * The absolute URI of a file of the project. A relative URI (ParseHelper's default) would be resolved
	 * against the working directory when the index normalises it, and a qualification would then find
	 * itself in the index as a second qualification of its number.
	 */
	static URI uri(String path) {
		return URI.createURI("project:/" + path);
	}
}
