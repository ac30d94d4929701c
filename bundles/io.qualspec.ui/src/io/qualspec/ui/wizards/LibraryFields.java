package io.qualspec.ui.wizards;

import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;

/** A new unit library's name (the namespace of its units) and title. */
final class LibraryFields extends TemplateFields {

	private static final String EXAMPLE = "ocr.customerservice.nvq";

	private Text name;
	private Text title;

	@Override
	void create(Composite parent, Listener changed) {
		name = text(parent, "Library &name:", EXAMPLE, changed);
		title = text(parent, "Library t&itle:", "OCR Customer Service NVQ units", changed);
	}

	@Override
	String problem() {
		return firstProblem(SourceText.nameProblem(name.getText().strip(), "library name", EXAMPLE, SourceText.QUALIFIED_NAME),
				SourceText.titleProblem(title.getText(), "library's title"));
	}

	@Override
	Map<String, String> values() {
		return Map.of("library", SourceText.name(name.getText().strip(), SourceText.QUALIFIED_NAME), "title",
				SourceText.quoted(title.getText()));
	}
}
