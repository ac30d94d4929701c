package io.qualspec.ui.wizards;

import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;

/** A new awarding organisation's code (how specifications name it) and name. */
final class OrganisationFields extends TemplateFields {

	private static final String EXAMPLE = "OCR";

	private Text code;
	private Text name;

	@Override
	void create(Composite parent, Listener changed) {
		code = text(parent, "Organisation &code:", EXAMPLE, changed);
		name = text(parent, "Organisation n&ame:", "Oxford Cambridge and RSA Examinations", changed);
	}

	@Override
	String problem() {
		return firstProblem(SourceText.nameProblem(code(), "organisation's code", EXAMPLE, SourceText.ID),
				SourceText.titleProblem(name.getText(), "organisation's name"));
	}

	/** The code as typed (valid once {@link #problem()} is null). */
	String code() {
		return code.getText().strip();
	}

	@Override
	Map<String, String> values() {
		return Map.of("organisation", SourceText.name(code(), SourceText.ID), "title", SourceText.quoted(name.getText()));
	}
}
