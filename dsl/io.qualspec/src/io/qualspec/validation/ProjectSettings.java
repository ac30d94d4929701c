package io.qualspec.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

import com.google.inject.Inject;

/**
 * Project settings: the file {@value #FILE_NAME} in a specification's folder or the nearest folder above
 * it. Each line {@code <issue code> = error | warning | info | ignore} changes the severity of one code;
 * {@code #} starts a comment. One more key, {@value #OUTPUT_FOLDER}, names the project folder the workbench's
 * Generate Documents writes into; this provider accepts it and leaves it to the workbench. The command line, the language server and the workbench read the same file
 * through this provider, so a project validates alike everywhere. Values that are not valid are left out
 * (the defaults apply) and reported by {@link #problems(Path)}.
 */
public class ProjectSettings implements IPreferenceValuesProvider {

	/** The settings file looked up from each specification's folder upwards. */
	public static final String FILE_NAME = "qualspec.properties";

	/** The key of the folder, relative to the project, that the workbench generates documents into. */
	public static final String OUTPUT_FOLDER = "output.folder";

	private static final Set<String> SEVERITIES = Set.of(SeverityConverter.SEVERITY_ERROR,
			SeverityConverter.SEVERITY_WARNING, SeverityConverter.SEVERITY_INFO, SeverityConverter.SEVERITY_IGNORE);

	/** A line of a settings file that is not understood, with its 1-based line number. */
	public record Problem(Path file, int line, String message) {
	}

	@Inject
	private ConfigurableIssueCodesProvider issueCodes;

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		Map<String, String> values = settingsFile(context == null ? null : context.getURI())
				.map(file -> read(file, new ArrayList<>())).orElse(Map.of());
		return key -> values.getOrDefault(key.getId(), key.getDefaultValue());
	}

	/** The settings file that applies to a specification at this URI, if there is one. */
	public static Optional<Path> settingsFile(URI uri) {
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		for (Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
			Path file = folder.resolve(FILE_NAME);
			if (Files.isRegularFile(file)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/** The lines of a settings file that are not understood. */
	public List<Problem> problems(Path file) {
		List<Problem> problems = new ArrayList<>();
		read(file, problems);
		return problems;
	}

	private Map<String, String> read(Path file, List<Problem> problems) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			problems.add(new Problem(file, 1, "Cannot read the settings file: " + e.getMessage()));
			return Map.of();
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			String code = equals < 0 ? line : line.substring(0, equals).strip();
			String severity = equals < 0 ? "" : line.substring(equals + 1).strip();
			if (OUTPUT_FOLDER.equals(code)) {
				continue;
			}
			if (!issueCodes.getConfigurableIssueCodes().containsKey(code)) {
				problems.add(new Problem(file, i + 1, "'" + code + "' is not a Qualspec issue code (see docs/issue-codes.md)."));
			} else if (!SEVERITIES.contains(severity)) {
				problems.add(new Problem(file, i + 1, "The severity of " + code
						+ " must be error, warning, info or ignore, not '" + severity + "'."));
			} else {
				values.put(code, severity);
			}
		}
		return values;
	}
}
