package io.qualspec.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;

/**
 * A choice among the organisations or libraries the project already defines (a reference must name one
 * that exists), or none: then the template's line that names it is left out.
 */
final class DefinedNameChoice extends TemplateFields {

	private static final String NONE = "(none)";

	private final String label;
	private final EClass type;
	private final String placeholder;
	private Combo combo;

	DefinedNameChoice(String label, EClass type, String placeholder) {
		this.label = label;
		this.type = type;
		this.placeholder = placeholder;
	}

	@Override
	void create(Composite parent, Listener changed) {
		combo = choice(parent, label, List.of(NONE), changed);
	}

	/** Offers the names the project defines, keeping the choice when the project still defines it. */
	void offer(IProject project) {
		String chosen = combo.getText();
		List<String> items = new ArrayList<>();
		items.add(NONE);
		items.addAll(DefinedNames.of(project, type).keySet());
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, items.indexOf(chosen)));
	}

	@Override
	String problem() {
		return null;
	}

	@Override
	Map<String, String> values() {
		return combo.getSelectionIndex() <= 0 ? Map.of()
				: Map.of(placeholder, SourceText.name(combo.getText(), SourceText.QUALIFIED_NAME));
	}
}
