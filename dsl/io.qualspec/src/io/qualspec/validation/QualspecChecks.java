package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.qualspec.rules.model.RuleUnit;

/**
 * Base of every group of Qualspec checks. Checks report through {@link #report}, which takes the severity
 * of the code from the project settings ({@link ProjectSettings}, defaults in {@link QualspecIssueSeverities});
 * a diagnostic is dropped when the element it is about, or one containing it, is preceded by a comment
 * {@code // suppress <code>} naming its code (with or without the "io.qualspec." prefix). Several codes may
 * follow one "suppress", separated by commas or spaces; anything after them is the author's reason.
 */
public abstract class QualspecChecks extends AbstractDeclarativeValidator {

	private static final Pattern SUPPRESS = Pattern.compile("//\\s*suppress\\s+(.*)", Pattern.DOTALL);
	private static final String CODE_PREFIX = "io.qualspec.";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// registered through QualspecValidator's @ComposedChecks, not on its own
	}

	/**
	 * Xtext drops a NullPointerException in a check silently, with the rest of the check; a check must cope with
	 * broken, half-typed models instead, so every exception is passed on and reported as "Error executing
	 * EValidator".
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) {
		if (targetException instanceof NullPointerException npe) {
			throw npe;
		}
		super.handleExceptionDuringValidation(targetException);
	}

	/** Reports a diagnostic on a feature of an element, with the severity configured for its code. */
	protected void report(String message, EObject source, EStructuralFeature feature, String code, String... data) {
		addIssue(message, source, feature, code, data);
	}

	/** Reports a diagnostic on one value of a many-valued feature. */
	protected void report(String message, EObject source, EStructuralFeature feature, int index, String code,
			String... data) {
		addIssue(message, source, feature, index, code, data);
	}

	/** Reports a diagnostic on a text range inside an element (e.g. the doubled space inside a string). */
	protected void report(String message, EObject source, int offset, int length, String code, String... data) {
		addIssue(message, source, offset, length, code, data);
	}

	/** A unit in a message, as the qualification's table names it: "Unit 3 (K/615/5445)", or its URN alone. */
	protected static String unitName(RuleUnit unit) {
		return unit.id().equals(unit.urn()) ? "Unit " + unit.urn() : "Unit " + unit.id() + " (" + unit.urn() + ")";
	}

	/** The line an element starts on, for messages that point to an earlier element ("already defined (line 12)"). */
	protected static int line(EObject object) {
		return io.qualspec.catalogue.SourceLocation.of(object).line();
	}

	@Override
	public void acceptError(String message, EObject object, EStructuralFeature feature, int index, String code,
			String... issueData) {
		if (!isSuppressed(object, code)) {
			super.acceptError(message, object, feature, index, code, issueData);
		}
	}

	@Override
	public void acceptWarning(String message, EObject object, EStructuralFeature feature, int index, String code,
			String... issueData) {
		if (!isSuppressed(object, code)) {
			super.acceptWarning(message, object, feature, index, code, issueData);
		}
	}

	@Override
	public void acceptInfo(String message, EObject object, EStructuralFeature feature, int index, String code,
			String... issueData) {
		if (!isSuppressed(object, code)) {
			super.acceptInfo(message, object, feature, index, code, issueData);
		}
	}

	@Override
	public void acceptError(String message, EObject object, int offset, int length, String code, String... issueData) {
		if (!isSuppressed(object, code)) {
			super.acceptError(message, object, offset, length, code, issueData);
		}
	}

	@Override
	public void acceptWarning(String message, EObject object, int offset, int length, String code, String... issueData) {
		if (!isSuppressed(object, code)) {
			super.acceptWarning(message, object, offset, length, code, issueData);
		}
	}

	@Override
	public void acceptInfo(String message, EObject object, int offset, int length, String code, String... issueData) {
		if (!isSuppressed(object, code)) {
			super.acceptInfo(message, object, offset, length, code, issueData);
		}
	}

	/** Whether a "// suppress" comment before this element or one of its containers names the code. */
	static boolean isSuppressed(EObject object, String code) {
		if (code == null) {
			return false;
		}
		for (EObject element = object; element != null; element = element.eContainer()) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node != null && commentsOnTheLinesBefore(node).stream().anyMatch(comment -> names(comment, code))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The line comments between the element and the token before it that start a line of their own (a
	 * comment at the end of the previous element's line belongs to that element).
	 */
	private static List<String> commentsOnTheLinesBefore(ICompositeNode node) {
		ILeafNode first = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				first = leaf;
				break;
			}
		}
		List<String> comments = new ArrayList<>();
		ILeafNode leaf = first == null ? null : previousLeaf(first);
		while (leaf != null && leaf.isHidden()) {
			ILeafNode before = previousLeaf(leaf);
			boolean startsALine = before == null || before.isHidden() && before.getText().contains("\n");
			if (leaf.getGrammarElement() instanceof TerminalRule rule && "SL_COMMENT".equals(rule.getName()) && startsALine) {
				comments.add(leaf.getText().strip());
			}
			leaf = before;
		}
		return comments;
	}

	/** The leaf just before this node in the document, or null at its start. */
	private static ILeafNode previousLeaf(INode node) {
		INode current = node;
		while (current != null) {
			INode sibling = current.getPreviousSibling();
			while (sibling == null) {
				current = current.getParent();
				if (current == null) {
					return null;
				}
				sibling = current.getPreviousSibling();
			}
			// the last leaf inside the sibling; an empty composite sends the search further back
			INode last = sibling instanceof ICompositeNode composite ? lastLeaf(composite) : sibling;
			if (last != null) {
				return (ILeafNode) last;
			}
			current = sibling;
		}
		return null;
	}

	/**
	 * The last leaf inside the composite, found by descending through last children (an empty composite sends the
	 * search to what comes before it), not by walking every leaf: the check runs for every issue reported.
	 */
	private static ILeafNode lastLeaf(ICompositeNode composite) {
		INode node = composite.getLastChild();
		while (node != null) {
			if (node instanceof ILeafNode leaf) {
				return leaf;
			}
			if (((ICompositeNode) node).hasChildren()) {
				node = ((ICompositeNode) node).getLastChild();
				continue;
			}
			while (node != composite && node.getPreviousSibling() == null) {
				node = node.getParent();
			}
			if (node == composite) {
				return null;
			}
			node = node.getPreviousSibling();
		}
		return null;
	}

	private static boolean names(String comment, String code) {
		var matcher = SUPPRESS.matcher(comment);
		if (!matcher.matches()) {
			return false;
		}
		return Arrays.stream(matcher.group(1).split("[,:\\s]+")).takeWhile(word -> word.contains("."))
				.anyMatch(word -> word.equals(code) || (CODE_PREFIX + word).equals(code));
	}
}
