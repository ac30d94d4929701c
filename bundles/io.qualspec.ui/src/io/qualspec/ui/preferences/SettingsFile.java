package io.qualspec.ui.preferences;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import io.qualspec.ui.builder.WorkspaceIndex;
import io.qualspec.ui.wizards.SpecificationTemplate;
import io.qualspec.validation.ProjectSettings;

/**
 * A project's qualspec.properties (see {@link ProjectSettings}, which the command line, the language server
 * and the builder read) as lines, edited in place: setting a value rewrites or adds one line and leaves every
 * comment, blank line and line it does not know as it was.
 */
public final class SettingsFile {

	/** The key of the project folder "Generate Documents" writes into. */
	public static final String OUTPUT_FOLDER = ProjectSettings.OUTPUT_FOLDER;

	/** The output folder when the file does not name one. */
	public static final String DEFAULT_OUTPUT_FOLDER = "generated";

	private final List<String> lines;
	private final String lineSeparator;

	private SettingsFile(String text) {
		this.lineSeparator = text.contains("\r\n") ? "\r\n" : "\n";
		this.lines = new ArrayList<>(text.lines().toList());
	}

	/**
	 * The project's settings file (it need not exist): the one beside its specifications, which the command
	 * line and the language server find by looking up from each specification's folder. That is the root of
	 * the project, except for a project that holds its specifications in one linked folder ("./qualspec
	 * workbench FOLDER" opens a folder so): the file is then in that folder, on the user's disk, not in the
	 * workspace.
	 */
	public static IFile of(IProject project) {
		return specificationRoot(project).getFile(IPath.fromPortableString(ProjectSettings.FILE_NAME));
	}

	/**
	 * The project's one linked folder at its top when every specification of the project is in it (other
	 * members, such as the generated documents, do not count); else the project.
	 */
	private static IContainer specificationRoot(IProject project) {
		try {
			List<IFolder> linked = Arrays.stream(project.members()).filter(IResource::isLinked).filter(IFolder.class::isInstance)
					.map(IFolder.class::cast).toList();
			if (linked.size() == 1 && WorkspaceIndex.specificationFiles(project).stream()
					.allMatch(file -> linked.get(0).getFullPath().isPrefixOf(file.getFullPath()))) {
				return linked.get(0);
			}
		} catch (CoreException e) {
			// closed or missing: nothing is linked
		}
		return project;
	}

	public static SettingsFile parse(String text) {
		return new SettingsFile(text);
	}

	/** A new settings file: every issue code commented out with its default severity, from {@link IssueCodeTable}. */
	public static SettingsFile withDefaults() {
		String defaults = IssueCodeTable.codes().stream().map(code -> "# " + code.code() + " = " + code.defaultSeverity())
				.collect(Collectors.joining("\n"));
		return parse(SpecificationTemplate.SETTINGS.render(Map.of("defaults", defaults)));
	}

	/** The project's settings file as it is, or {@link #withDefaults()} when the project has none. */
	public static SettingsFile read(IProject project) throws CoreException {
		IFile file = of(project);
		if (!file.exists()) {
			return withDefaults();
		}
		try (InputStream in = file.getContents(true)) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}

	/** The value of a key as {@link ProjectSettings} reads it: the last line that sets it. */
	public Optional<String> value(String key) {
		String value = null;
		for (String line : lines) {
			Setting setting = Setting.of(line);
			if (setting != null && setting.key().equals(key)) {
				value = setting.value();
			}
		}
		return Optional.ofNullable(value);
	}

	/**
	 * Sets a key: the first line that sets it is rewritten and any later ones removed; without one, the line
	 * goes after the commented-out line of the key (as {@link #withDefaults()} writes it) or at the end.
	 */
	public void set(String key, String value) {
		String line = key + " = " + value;
		int first = removeAllButFirst(key);
		if (first >= 0) {
			lines.set(first, line);
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			String trimmed = lines.get(i).strip();
			Setting commented = trimmed.startsWith("#") ? Setting.of(trimmed.substring(1)) : null;
			if (commented != null && commented.key().equals(key)) {
				lines.add(i + 1, line);
				return;
			}
		}
		lines.add(line);
	}

	/** Removes the lines that set a key, so that its default applies. */
	public void remove(String key) {
		int first = removeAllButFirst(key);
		if (first >= 0) {
			lines.remove(first);
		}
	}

	private int removeAllButFirst(String key) {
		int first = -1;
		for (int i = 0; i < lines.size(); i++) {
			Setting setting = Setting.of(lines.get(i));
			if (setting != null && setting.key().equals(key)) {
				if (first < 0) {
					first = i;
				} else {
					lines.remove(i--);
				}
			}
		}
		return first;
	}

	public String text() {
		return lines.stream().map(line -> line + lineSeparator).collect(Collectors.joining());
	}

	/** Writes the text into the project's settings file, creating it if need be. */
	public void write(IProject project, IProgressMonitor monitor) throws CoreException {
		IFile file = of(project);
		InputStream contents = new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.KEEP_HISTORY, monitor);
		} else {
			file.create(contents, IResource.NONE, monitor);
		}
	}

	/** A line "key = value", read as {@link ProjectSettings} reads it; null for comments and blank lines. */
	private record Setting(String key, String value) {

		static Setting of(String line) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				return null;
			}
			int equals = trimmed.indexOf('=');
			return equals < 0 ? new Setting(trimmed, "")
					: new Setting(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
		}
	}
}
