package io.qualspec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.qualspec.testing.Repository;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Every issue code constant has a default severity (so the settings file can change it) and a row in
 * docs/issue-codes.md that states that same default.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class IssueCodesTableTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(io\\.qualspec\\.[^`]+)` \\| (error|warning|info) \\|", Pattern.MULTILINE);

	@Inject
	private ConfigurableIssueCodesProvider issueCodes;

	@Test
	void everyCodeHasADefaultSeverityAndADocumentedRow() throws IOException, IllegalAccessException {
		Map<String, PreferenceKey> configurable = issueCodes.getConfigurableIssueCodes();
		Map<String, String> documented = new TreeMap<>();
		Matcher row = ROW.matcher(Files.readString(Repository.root().resolve("docs/issue-codes.md")));
		while (row.find()) {
			documented.put(row.group(1), row.group(2));
		}
		Map<String, String> defaults = new TreeMap<>();
		for (Field field : QualspecIssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				PreferenceKey key = configurable.get(code);
				defaults.put(code, key == null ? "not configurable" : key.getDefaultValue());
			}
		}
		assertFalse(defaults.isEmpty());
		Map<String, String> documentedValidatorCodes = new TreeMap<>(documented);
		documentedValidatorCodes.keySet().retainAll(defaults.keySet());
		assertEquals(defaults, documentedValidatorCodes, "docs/issue-codes.md against QualspecIssueSeverities");
	}
}
