package io.qualspec.ui.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import io.qualspec.ui.QualspecUi;

/**
 * The issue codes a project can give another severity, with their default severities from the language
 * ({@code QualspecIssueSeverities}) and their descriptions from the table of docs/issue-codes.md, which the
 * build copies into the bundle.
 */
public final class IssueCodeTable {

	/** One configurable code. */
	public record IssueCode(String code, String defaultSeverity, String description) {
	}

	/** The severities a settings line may give, in the order the page offers them. */
	public static final List<String> SEVERITIES = List.of("error", "warning", "info", "ignore");

	// The provider also lists a code of Xtext's Eclipse builder, which has no meaning in Qualspec.
	private static final String QUALSPEC_CODES = "io.qualspec.";

	private static final String DOCUMENTATION = "issue-codes.md";

	/** A row of the table: | `code` | default | reported when | expected |. */
	private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| \\w+ \\| ((?:[^|\\\\]|\\\\.)*)\\|", Pattern.MULTILINE);

	private IssueCodeTable() {
	}

	/** Every configurable Qualspec code, ordered by name (so the codes of one kind stand together). */
	public static List<IssueCode> codes() {
		Map<String, String> descriptions = descriptions();
		return QualspecUi.injector().getInstance(ConfigurableIssueCodesProvider.class).getConfigurableIssueCodes()
				.values().stream().filter(key -> key.getId().startsWith(QUALSPEC_CODES))
				.map(key -> new IssueCode(key.getId(), key.getDefaultValue(), descriptions.getOrDefault(key.getId(), "")))
				.sorted(Comparator.comparing(IssueCode::code)).toList();
	}

	/** The "Reported when" column of docs/issue-codes.md by code, as plain text. */
	private static Map<String, String> descriptions() {
		Map<String, String> descriptions = new HashMap<>();
		try (InputStream in = IssueCodeTable.class.getResourceAsStream(DOCUMENTATION)) {
			if (in == null) {
				ILog.of(IssueCodeTable.class).warn(DOCUMENTATION + " is not in the bundle: issue codes are listed without descriptions");
				return descriptions;
			}
			Matcher row = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			while (row.find()) {
				descriptions.put(row.group(1), plainText(row.group(2)));
			}
		} catch (IOException e) {
			ILog.of(IssueCodeTable.class).warn("Cannot read " + DOCUMENTATION + ": issue codes are listed without descriptions", e);
		}
		return descriptions;
	}

	private static String plainText(String markdown) {
		String text = markdown.replace("\\|", "|").replace("`", "").strip();
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}
}
