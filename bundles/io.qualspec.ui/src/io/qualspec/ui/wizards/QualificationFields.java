package io.qualspec.ui.wizards;

import java.util.Map;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;

/** A new qualification's number (its check character checked), title and level. */
final class QualificationFields extends TemplateFields {

	private Text number;
	private Text title;
	private Combo level;

	@Override
	void create(Composite parent, Listener changed) {
		number = text(parent, "Qualification &number:", "500/8625/X", changed);
		title = text(parent, "Qualification &title:", "OCR Level 2 NVQ Certificate in Customer Service", changed);
		level = choice(parent, "&Level:", SourceText.LEVELS, changed);
		level.select(SourceText.LEVELS.indexOf("2"));
	}

	@Override
	String problem() {
		return firstProblem(SourceText.qualificationNumberProblem(number.getText()),
				SourceText.titleProblem(title.getText(), "qualification's title"));
	}

	/** The number as typed (valid once {@link #problem()} is null). */
	String number() {
		return number.getText().strip();
	}

	@Override
	Map<String, String> values() {
		return Map.of("number", number(), "title", SourceText.quoted(title.getText()), "level", level.getText());
	}
}
