package io.qualspec.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Unit;

/**
 * What the lexer cannot tell: the number a unit or qualification is defined under, a reference to a unit
 * (by URN or short name), and the other references (groups, memberships, organisations, shared criteria).
 * Xtext's default finds only task tags in comments, which it still does.
 */
public class SpecificationHighlighting extends DefaultSemanticHighlightingCalculator {

	/** The reference number a unit or qualification is defined under. */
	public static final String DEFINITION = "io.qualspec.definition";

	/** A reference to a unit. */
	public static final String UNIT_REFERENCE = "io.qualspec.unitReference";

	/** A reference to anything else: a group, a membership, an organisation, a shared criterion text. */
	public static final String REFERENCE = "io.qualspec.reference";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (object instanceof Unit) {
			highlightFeature(acceptor, object, Literals.UNIT__NAME, DEFINITION);
		} else if (object instanceof Qualification) {
			highlightFeature(acceptor, object, Literals.ELEMENT__NAME, DEFINITION);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				String style = reference.getEReferenceType() == Literals.UNIT ? UNIT_REFERENCE : REFERENCE;
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					highlightNode(acceptor, node, style);
				}
			}
		}
		return false;
	}
}
