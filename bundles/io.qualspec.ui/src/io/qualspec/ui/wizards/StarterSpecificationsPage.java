package io.qualspec.ui.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.loading.CatalogueLoader;

/**
 * Optionally, the first specifications of a new project: an awarding organisation, a unit library it
 * publishes and a qualification it awards that uses the library, each from its template.
 */
final class StarterSpecificationsPage extends WizardPage {

	private final OrganisationFields organisation = new OrganisationFields();
	private final LibraryFields library = new LibraryFields();
	private final QualificationFields qualification = new QualificationFields();
	private Button wanted;

	StarterSpecificationsPage() {
		super("starter");
		setTitle("Starter Specifications");
		setDescription("Optionally, start with an awarding organisation, a unit library and a qualification.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(2, false));
		wanted = new Button(composite, SWT.CHECK);
		wanted.setText("&Create an awarding organisation, a unit library and a qualification");
		wanted.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		wanted.addListener(SWT.Selection, event -> changed());
		for (TemplateFields fields : List.of(organisation, library, qualification)) {
			new Label(composite, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			fields.create(composite, event -> changed());
		}
		setControl(composite);
		changed();
		// No complaint about fields nobody has typed in yet.
		setErrorMessage(null);
	}

	private void changed() {
		List.of(organisation, library, qualification).forEach(fields -> fields.setEnabled(wanted.getSelection()));
		String problem = wanted.getSelection()
				? TemplateFields.firstProblem(organisation.problem(), library.problem(), qualification.problem())
				: null;
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** The starter files by name, in the order they are written; none when they are not wanted. */
	Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		if (!wanted.getSelection()) {
			return files;
		}
		Map<String, String> publisher = Map.of("organisation", organisation.values().get("organisation"));
		Map<String, String> uses = Map.of("library", library.values().get("library"));
		files.put(OutputNames.slug(organisation.code()) + "." + CatalogueLoader.FILE_EXTENSION,
				SpecificationTemplate.AWARDING_ORGANISATION.render(organisation.values()));
		files.put(NewUnitLibraryPage.FILE_NAME,
				SpecificationTemplate.UNIT_LIBRARY.render(TemplateFields.merged(library.values(), publisher)));
		files.put(qualificationFile(),
				SpecificationTemplate.QUALIFICATION.render(TemplateFields.merged(qualification.values(), publisher, uses)));
		return files;
	}

	/** The name of the qualification's file among {@link #files()}. */
	String qualificationFile() {
		return NewQualificationPage.fileNameFor(qualification.number());
	}
}
