package io.qualspec.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.ui.builder.QualspecNature;

/**
 * The page of a new-file wizard: the folder and file name, then the values its template needs (in place of
 * the linked-file options), checked as they are typed. The new file is the template with those values.
 */
abstract class NewSpecificationPage extends WizardNewFileCreationPage {

	private final SpecificationTemplate template;
	private List<TemplateFields> fields;
	private IProject offeredFor;

	NewSpecificationPage(String name, IStructuredSelection selection, String title, String description,
			SpecificationTemplate template) {
		super(name, selection);
		this.template = template;
		setTitle(title);
		setDescription(description);
		setFileExtension(CatalogueLoader.FILE_EXTENSION);
	}

	/** The field groups of the page, in order. */
	abstract List<TemplateFields> createFieldGroups();

	/** A problem the fields cannot see on their own (the project already defines what is typed), or null. */
	String problemInProject(IProject project) {
		return null;
	}

	@Override
	protected void createAdvancedControls(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(2, false));
		composite.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		List<TemplateFields> groups = createFieldGroups();
		groups.forEach(group -> group.create(composite, event -> fieldsChanged()));
		fields = groups;
		offerDefinedNames();
	}

	/** Something was typed or chosen in the fields. */
	void fieldsChanged() {
		setPageComplete(validatePage());
	}

	// Linked files are not offered: the advanced controls are the template's fields.
	@Override
	protected IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}

	@Override
	protected void createLinkTarget() {
	}

	@Override
	public void handleEvent(Event event) {
		offerDefinedNames();
		super.handleEvent(event);
	}

	@Override
	protected boolean validatePage() {
		if (!super.validatePage() || fields == null) {
			return false;
		}
		String problem = fields.stream().map(TemplateFields::problem).filter(p -> p != null).findFirst()
				.orElseGet(() -> problemInProject(project()));
		if (problem != null) {
			setErrorMessage(problem);
			return false;
		}
		setErrorMessage(null);
		if (!QualspecNature.isOn(project())) {
			setMessage(project().getName() + " is not a Qualspec project: its builder will not validate the new file.",
					IMessageProvider.WARNING);
		}
		return true;
	}

	@Override
	protected InputStream getInitialContents() {
		return new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
	}

	/** The new file's text: the template with the typed values. */
	String text() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach(group -> values.putAll(group.values()));
		return template.render(values);
	}

	/** The project of the chosen folder (it may not exist). */
	IProject project() {
		IPath folder = getContainerFullPath();
		return folder == null || folder.segmentCount() == 0 ? null
				: ResourcesPlugin.getWorkspace().getRoot().getProject(folder.segment(0));
	}

	private void offerDefinedNames() {
		IProject project = project();
		if (fields == null || project == null || project.equals(offeredFor)) {
			return;
		}
		offeredFor = project;
		fields.stream().filter(DefinedNameChoice.class::isInstance).map(DefinedNameChoice.class::cast)
				.forEach(choice -> choice.offer(project));
	}
}
