package io.qualspec.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.FrameworkUtil;

/**
 * A template of a new file, kept in the bundle's templates/ folder. {@code ${name}} stands for a value given
 * as the text to write (a name already escaped, a title already quoted); a line holding a value that is not
 * given is left out, so an optional line ("use", "awarded by") needs no condition.
 */
public enum SpecificationTemplate {

	QUALIFICATION("qualification.qspec.template"),
	UNIT_LIBRARY("unit-library.qspec.template"),
	AWARDING_ORGANISATION("awarding-organisation.qspec.template"),
	SETTINGS("qualspec.properties.template");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)\\}");

	private final String file;

	SpecificationTemplate(String file) {
		this.file = file;
	}

	/** The template's text with the given values; lines with a value missing from {@code values} are left out. */
	public String render(Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		for (String line : source().lines().toList()) {
			Matcher placeholder = PLACEHOLDER.matcher(line);
			StringBuilder rendered = new StringBuilder();
			boolean complete = true;
			while (placeholder.find()) {
				String value = values.get(placeholder.group(1));
				complete &= value != null;
				placeholder.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? "" : value));
			}
			placeholder.appendTail(rendered);
			if (complete) {
				text.append(rendered).append('\n');
			}
		}
		return text.toString();
	}

	private String source() {
		URL entry = FrameworkUtil.getBundle(SpecificationTemplate.class).getEntry("templates/" + file);
		if (entry == null) {
			throw new IllegalStateException("The template templates/" + file + " is missing from the bundle io.qualspec.ui");
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the template templates/" + file, e);
		}
	}
}
