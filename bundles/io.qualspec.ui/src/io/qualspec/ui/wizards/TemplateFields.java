package io.qualspec.ui.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;

/**
 * Values a template needs, typed on a wizard page as labelled fields in a two-column grid, each checked as
 * it is typed. {@link #values()} gives them as the text the template writes.
 */
abstract class TemplateFields {

	private final List<Control> controls = new ArrayList<>();

	/** Creates the fields in a parent with a two-column grid; {@code changed} hears every edit. */
	abstract void create(Composite parent, Listener changed);

	/** The first problem with what is typed, or null when every field is fine. */
	abstract String problem();

	/** The template's values, by placeholder name. */
	abstract Map<String, String> values();

	void setEnabled(boolean enabled) {
		controls.forEach(control -> control.setEnabled(enabled));
	}

	/** The first problem of several, or null. */
	static String firstProblem(String... problems) {
		return Stream.of(problems).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** Values of several field groups together. */
	@SafeVarargs
	static Map<String, String> merged(Map<String, String>... groups) {
		Map<String, String> values = new LinkedHashMap<>();
		Stream.of(groups).forEach(values::putAll);
		return values;
	}

	Text text(Composite parent, String label, String hint, Listener changed) {
		label(parent, label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setMessage(hint);
		text.addListener(SWT.Modify, changed);
		controls.add(text);
		return text;
	}

	Combo choice(Composite parent, String label, List<String> items, Listener changed) {
		label(parent, label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.setItems(items.toArray(String[]::new));
		combo.select(0);
		combo.addListener(SWT.Selection, changed);
		controls.add(combo);
		return combo;
	}

	private void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		controls.add(label);
	}
}
