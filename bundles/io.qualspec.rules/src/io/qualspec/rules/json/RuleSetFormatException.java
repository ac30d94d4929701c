package io.qualspec.rules.json;

/**
 * A rule-set or learner-record file that is not valid: not JSON at all, or JSON that does not follow the
 * format (docs/ruleset-format.md). The message starts with the JSON path of the problem, as in
 * {@code $.rules[3].bound: expected one of atLeast, atMost, exactly}.
 */
public class RuleSetFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String path;
	private final String problem;

	public RuleSetFormatException(String path, String problem) {
		this(path, problem, null);
	}

	public RuleSetFormatException(String path, String problem, Throwable cause) {
		super(path + ": " + problem, cause);
		this.path = path;
		this.problem = problem;
	}

	/** Where the problem is, as a JSON path: {@code $} is the whole document, {@code $.units[0].glh} a member. */
	public String path() {
		return path;
	}

	/** What is wrong there, without the path. */
	public String problem() {
		return problem;
	}
}
