package io.qualspec.catalogue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/** Where a model element is written: its file and its 1-based line and column, offset and length. */
public record SourceLocation(URI file, int line, int column, int offset, int length) {

	/**
	 * The location of an element of the model. Line and column come from the line breaks the parse indexed
	 * once per file, so locating every element of a file with very long lines stays linear.
	 */
	public static SourceLocation of(EObject object) {
		URI file = object.eResource() == null ? null : object.eResource().getURI();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return new SourceLocation(file, 0, 0, 0, 0);
		}
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SourceLocation(file, position.getLine(), position.getColumn(), node.getOffset(), node.getLength());
	}

	@Override
	public String toString() {
		return (file == null ? "?" : file.isFile() ? file.toFileString() : file.toString()) + ":" + line + ":" + column;
	}
}
