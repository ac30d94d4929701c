package io.qualspec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Fields of wizard and preference pages found by their labels and used as a user does. */
final class Widgets {

	private Widgets() {
	}

	/** The control of a type that follows the label with this text (mnemonic left out). */
	static <T extends Control> T after(Control page, String label, Class<T> type) {
		for (Label candidate : all(page, Label.class)) {
			if (candidate.getText().replace("&", "").equals(label)) {
				List<Control> siblings = Arrays.asList(candidate.getParent().getChildren());
				return siblings.subList(siblings.indexOf(candidate) + 1, siblings.size()).stream().filter(type::isInstance)
						.map(type::cast).findFirst().orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " after " + label));
			}
		}
		return fail("No label '" + label + "'");
	}

	static void type(Control page, String label, String text) {
		after(page, label, Text.class).setText(text);
	}

	/** Chooses the item that starts with the given text, as a selection by the user does. */
	static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).stream().filter(i -> i.startsWith(item)).findFirst()
				.map(i -> combo.indexOf(i)).orElse(-1);
		assertTrue(index >= 0, item + " is not one of " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	static void check(Control page, String text) {
		Button button = all(page, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("No button '" + text + "'"));
		button.setSelection(true);
		button.notifyListeners(SWT.Selection, new Event());
	}

	static <T> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}
}
