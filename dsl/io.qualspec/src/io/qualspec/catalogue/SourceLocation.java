package io.qualspec.catalogue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where a model element is written: its file and its 1-based line and column. */
public record SourceLocation(URI file, int line, int column, int offset, int length) {

	public static SourceLocation of(EObject object) {
		URI file = object.eResource() == null ? null : object.eResource().getURI();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return new SourceLocation(file, 0, 0, 0, 0);
		}
		int offset = node.getOffset();
		int column = offset - lineStart(node.getRootNode().getText(), offset) + 1;
		return new SourceLocation(file, node.getStartLine(), column, offset, node.getLength());
	}

	private static int lineStart(String text, int offset) {
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n') {
			start--;
		}
		return start;
	}

	@Override
	public String toString() {
		return (file == null ? "?" : file.isFile() ? file.toFileString() : file.toString()) + ":" + line + ":" + column;
	}
}
