package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import io.qualspec.qualspec.AssessmentCriterion;
import io.qualspec.qualspec.AwardingOrganisation;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.ui.QualspecUi;

/**
 * The structure of a specification as the outline and folding show it: qualifications → groups → units,
 * unit libraries → units → outcomes → criteria. A snapshot of text positions, taken from the model so that
 * the UI never holds on to model objects of an old parse.
 */
public final class SpecificationOutline {

	/** What an outline entry stands for (it chooses the icon). */
	public enum Kind {
		ORGANISATION, LIBRARY, QUALIFICATION, GROUP, MEMBERSHIP, UNIT, OUTCOME, CRITERION
	}

	/**
	 * One entry: its label, where the element is written (offset, length, first and last line) and where its
	 * name is (selected when the entry is chosen).
	 */
	public record Node(Kind kind, String label, int offset, int length, int startLine, int endLine, int nameOffset,
			int nameLength, List<Node> children) {

		public boolean contains(int position) {
			return offset <= position && position <= offset + length;
		}
	}

	private SpecificationOutline() {
	}

	public static List<Node> of(XtextResource resource) {
		List<Node> roots = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Specification specification) {
			for (EObject element : specification.getElements()) {
				switch (element) {
					case AwardingOrganisation o -> roots.add(node(Kind.ORGANISATION, o.getName() + " " + o.getTitle(), o, List.of()));
					case UnitLibrary library -> roots.add(node(Kind.LIBRARY, library.getName() + title(library.getTitle()), library,
							library.getUnits().stream().map(SpecificationOutline::unit).toList()));
					case Qualification q -> roots.add(qualification(q));
					default -> {
					}
				}
			}
		}
		return roots;
	}

	/** The innermost entry containing a text position, or null. */
	public static Node at(List<Node> nodes, int position) {
		for (Node node : nodes) {
			if (node.contains(position)) {
				Node inner = at(node.children(), position);
				return inner != null ? inner : node;
			}
		}
		return null;
	}

	private static Node qualification(Qualification q) {
		List<Node> children = new ArrayList<>();
		for (UnitGroup group : q.getGroups()) {
			children.add(node(Kind.GROUP, "Group " + group.getName() + title(group.getLabel()) + " (" + group.getKind() + ")", group,
					group.getMemberships().stream().map(SpecificationOutline::membership).toList()));
		}
		q.getMemberships().forEach(m -> children.add(membership(m)));
		return node(Kind.QUALIFICATION, q.getName() + title(q.getTitle()), q, children);
	}

	private static Node membership(Membership membership) {
		String reference = NodeModelUtils.getTokenText(
				NodeModelUtils.findNodesForFeature(membership, QualspecPackage.Literals.MEMBERSHIP__UNIT)
						.stream().findFirst().orElse(null));
		Unit unit = membership.getUnit();
		String title = unit == null || unit.eIsProxy() ? " (unresolved)" : title(unit.getTitle());
		return node(Kind.MEMBERSHIP, (membership.getNumber() == null ? "" : membership.getNumber() + " = ") + reference + title,
				membership, List.of());
	}

	private static Node unit(Unit unit) {
		List<Node> outcomes = unit.getOutcomes().stream()
				.map(o -> node(Kind.OUTCOME, "Outcome " + o.getNumber() + title(o.getText()), o,
						o.getCriteria().stream().map(SpecificationOutline::criterion).toList()))
				.toList();
		return node(Kind.UNIT, unit.getName() + title(unit.getTitle()), unit, outcomes);
	}

	private static Node criterion(AssessmentCriterion criterion) {
		String text = criterion.getText() != null ? criterion.getText()
				: criterion.getShared() != null && !criterion.getShared().eIsProxy() ? criterion.getShared().getText() : null;
		return node(Kind.CRITERION, criterion.getNumber() + title(text), criterion, List.of());
	}

	private static String title(String title) {
		return title == null ? "" : " " + title;
	}

	private static Node node(Kind kind, String label, EObject object, List<Node> children) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		ITextRegion name = QualspecUi.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(object);
		int offset = node == null ? 0 : node.getOffset();
		int length = node == null ? 0 : node.getLength();
		return new Node(kind, label, offset, length, node == null ? 0 : node.getStartLine(), node == null ? 0 : node.getEndLine(),
				name == null ? offset : name.getOffset(), name == null ? 0 : name.getLength(), children);
	}

	/** Entries of these kinds are folded as blocks. */
	static boolean isBlock(Node node) {
		return node.endLine() > node.startLine() && node.kind() != Kind.MEMBERSHIP && node.kind() != Kind.CRITERION;
	}
}
