package io.qualspec.ui.wizards;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;

import io.qualspec.conversion.QualspecValueConverters;
import io.qualspec.ui.QualspecUi;
import io.qualspec.validation.CheckCharacters;

/**
 * What the wizards ask for, checked as the language reads it and written as the language writes it: names
 * and texts through the language's value converters (a keyword in a name is escaped with ^, a quote in a
 * title with \), qualification numbers through the language's own check-character code.
 */
final class SourceText {

	/** Grammar rules of the values. */
	static final String QUALIFIED_NAME = "QualifiedName";
	static final String ID = "ID";

	/** The levels a qualification can have, as written: entry, then 1 to 8. */
	static final List<String> LEVELS = Stream.concat(Stream.of(QualspecValueConverters.ENTRY_LEVEL),
			IntStream.rangeClosed(1, 8).mapToObj(Integer::toString)).toList();

	private SourceText() {
	}

	/** A name as it is written in a file (keywords escaped); the value must be valid (see {@link #nameProblem}). */
	static String name(String value, String rule) {
		return converters().toString(value, rule);
	}

	/** A text as a quoted string. */
	static String quoted(String text) {
		return converters().toString(text.strip(), "STRING");
	}

	/** Why a name cannot be written as the given rule, or null when it can. */
	static String nameProblem(String value, String what, String example, String rule) {
		if (value.isBlank()) {
			return "Enter the " + what + ", for example " + example + ".";
		}
		// Letters beyond ASCII are read but reported as look-alikes; a new name should not start with one.
		if (!value.chars().allMatch(c -> c < 127)) {
			return "The " + what + " '" + value + "' holds a character that is not plain ASCII: use letters, digits and _.";
		}
		try {
			name(value, rule);
			return null;
		} catch (ValueConverterException e) {
			return "The " + what + " '" + value + "' is not a name (" + e.getMessage() + "). Write it like " + example + ".";
		}
	}

	/** Why a title cannot be used, or null. */
	static String titleProblem(String title, String what) {
		return title.isBlank() ? "Enter the " + what + "." : null;
	}

	/** Why a qualification number is not one, or null: its shape and its check character. */
	static String qualificationNumberProblem(String number) {
		if (number.isBlank()) {
			return "Enter the qualification number, for example 500/8625/X.";
		}
		String corrected = CheckCharacters.correctedQualificationNumber(number.strip());
		if (corrected == null) {
			return "A qualification number is three digits, four digits and a check character, such as 500/8625/X: '"
					+ number.strip() + "' is not one.";
		}
		if (!corrected.equals(number.strip())) {
			return "The check character of " + number.strip() + " is wrong: with these digits the number is " + corrected + ".";
		}
		return null;
	}

	private static IValueConverterService converters() {
		return QualspecUi.injector().getInstance(IValueConverterService.class);
	}
}
