package io.qualspec.formatting2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.GrammarUtil;

import com.google.inject.Inject;

import io.qualspec.qualspec.Element;
import io.qualspec.qualspec.GradingScheme;
import io.qualspec.qualspec.Import;
import io.qualspec.qualspec.RulesOfCombination;
import io.qualspec.qualspec.Specification;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.WorkedExample;
import io.qualspec.services.QualspecGrammarAccess;

/**
 * The one canonical layout of a Qualspec file: every statement on its own line, blocks indented by one
 * tab, a blank line between units, groups and the other large blocks, single spaces inside a statement.
 * A single blank line the author leaves between statements (to separate commented paragraphs) is kept.
 *
 * <p>A statement is whatever starts one repetition of a repeated part of the grammar ("level 2",
 * "credits 5", "unit 3 = ...", "criterion 1.1 ..."), so the layout follows the grammar as it grows.
 */
public class QualspecFormatter extends AbstractJavaFormatter {

	/** Blocks that are separated from what precedes them by a blank line. */
	private static final Set<Class<? extends EObject>> BLANK_LINE_BEFORE = Set.of(Element.class, Unit.class,
			UnitGroup.class, RulesOfCombination.class, GradingScheme.class, WorkedExample.class);

	@Inject
	private QualspecGrammarAccess grammarAccess;

	private Set<AbstractElement> statementStarts;

	protected void format(Specification specification, IFormattableDocument doc) {
		List<ISemanticRegion> openBraces = new ArrayList<>();
		IEObjectRegion root = getTextRegionAccess().regionForEObject(specification);
		ISemanticRegion previous = null;
		for (ISemanticRegion region = root.getPreviousHiddenRegion().getNextSemanticRegion(); region != null;
				region = region.getNextSemanticRegion()) {
			IHiddenRegion before = region.getPreviousHiddenRegion();
			if (previous == null) {
				doc.set(before, IHiddenRegionFormatter::noSpace);
			} else if (isKeyword(region, "}")) {
				doc.set(before, IHiddenRegionFormatter::newLine);
				ISemanticRegion open = openBraces.remove(openBraces.size() - 1);
				doc.interior(open, region, IHiddenRegionFormatter::indent);
			} else if (isKeyword(previous, "{")) {
				doc.set(before, IHiddenRegionFormatter::newLine);
			} else if (startsBlock(region)) {
				doc.set(before, f -> f.setNewLines(2));
			} else if (startsStatement(region)) {
				// a statement starts a line; a blank line the author left before it is kept (one at most)
				doc.set(before, f -> f.setNewLines(1, 1, 2));
			} else if (isKeyword(region, ",", ")", "%", ":") || isKeyword(previous, "(")) {
				doc.set(before, IHiddenRegionFormatter::noSpace);
			} else {
				doc.set(before, IHiddenRegionFormatter::oneSpace);
			}
			if (isKeyword(region, "{")) {
				openBraces.add(region);
			}
			previous = region;
		}
		if (previous != null) {
			doc.set(previous.getNextHiddenRegion(), IHiddenRegionFormatter::newLine);
		}
	}

	private static boolean isKeyword(ISemanticRegion region, String... values) {
		if (region.getGrammarElement() instanceof Keyword keyword) {
			for (String value : values) {
				if (value.equals(keyword.getValue())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The region is the first one of a top-level element, unit, group, rules, grading or example. */
	private boolean startsBlock(ISemanticRegion region) {
		EObject object = region.getSemanticElement();
		if (object instanceof Import || !isFirstRegionOf(region, object)) {
			return false;
		}
		if (object instanceof Element && object.eContainer() instanceof Specification specification
				&& specification.getElements().indexOf(object) == 0 && specification.getImports().isEmpty()) {
			return false;
		}
		return BLANK_LINE_BEFORE.stream().anyMatch(type -> type.isInstance(object));
	}

	private boolean startsStatement(ISemanticRegion region) {
		if (statementStarts().contains(region.getGrammarElement())) {
			return true;
		}
		// A contained element (a learning outcome, a membership, a constraint) starts a statement when the
		// assignment that contains it does.
		for (EObject object = region.getSemanticElement(); object != null && isFirstRegionOf(region, object);
				object = object.eContainer()) {
			IEObjectRegion objectRegion = getTextRegionAccess().regionForEObject(object);
			if (objectRegion != null && objectRegion.getGrammarElement() instanceof AbstractElement element) {
				Assignment assignment = GrammarUtil.containingAssignment(element);
				if (assignment != null && statementStarts().contains(assignment)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean isFirstRegionOf(ISemanticRegion region, EObject object) {
		IEObjectRegion objectRegion = getTextRegionAccess().regionForEObject(object);
		return objectRegion != null && objectRegion.getPreviousHiddenRegion() == region.getPreviousHiddenRegion();
	}

	private Set<AbstractElement> statementStarts() {
		if (statementStarts == null) {
			Set<AbstractElement> starts = new HashSet<>();
			for (ParserRule rule : GrammarUtil.allParserRules(grammarAccess.getGrammar())) {
				boolean fileLevel = rule == grammarAccess.getSpecificationRule();
				collectStatementStarts(rule.getAlternatives(), fileLevel, starts);
			}
			statementStarts = starts;
		}
		return statementStarts;
	}

	/**
	 * Inside a block ("{" ... "}") and at file level, the first element of every repeated part is a
	 * statement, and so is an optional assignment that follows a repeated part (a worked example's
	 * expectation after its results). Repetitions outside blocks ("16-18, 18+", "pass then merit") stay
	 * on their line.
	 */
	private static void collectStatementStarts(AbstractElement element, boolean inBlock, Set<AbstractElement> starts) {
		if (element instanceof Group group) {
			boolean block = inBlock;
			AbstractElement previous = null;
			for (AbstractElement child : group.getElements()) {
				if (child instanceof Keyword keyword && "{".equals(keyword.getValue())) {
					block = true;
				} else if (child instanceof Keyword keyword && "}".equals(keyword.getValue())) {
					block = inBlock;
				} else if (block && (GrammarUtil.isMultipleCardinality(child)
						|| previous != null && GrammarUtil.isMultipleCardinality(previous) && child instanceof Assignment)) {
					addFirst(child, starts);
				}
				collectStatementStarts(child, false, starts);
				previous = child;
			}
		} else if (element instanceof Alternatives alternatives) {
			for (AbstractElement alternative : alternatives.getElements()) {
				collectStatementStarts(alternative, inBlock, starts);
			}
		} else if (element instanceof Assignment assignment) {
			collectStatementStarts(assignment.getTerminal(), false, starts);
		}
	}

	private static void addFirst(AbstractElement element, Set<AbstractElement> starts) {
		if (element instanceof Group group) {
			addFirst(group.getElements().get(0), starts);
		} else if (element instanceof Alternatives alternatives && !(element.eContainer() instanceof Assignment)) {
			alternatives.getElements().forEach(alternative -> addFirst(alternative, starts));
		} else if (element instanceof Assignment assignment) {
			starts.add(assignment);
			if (assignment.getTerminal() instanceof Keyword keyword) {
				starts.add(keyword);
			}
		} else {
			starts.add(element);
		}
	}
}
