package io.qualspec.ui.wizards;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.qualspec.QualspecPackage;

/** A new unit library: its name, title and awarding organisation. */
final class NewUnitLibraryPage extends NewSpecificationPage {

	/** The file a library is first written to, as in the examples. */
	static final String FILE_NAME = "units." + CatalogueLoader.FILE_EXTENSION;

	NewUnitLibraryPage(IStructuredSelection selection) {
		super("unitLibrary", selection, "Unit Library",
				"A new unit library: its name is the namespace qualifications \"use\" to reach its units.",
				SpecificationTemplate.UNIT_LIBRARY);
		setFileName(FILE_NAME);
	}

	@Override
	List<TemplateFields> createFieldGroups() {
		return List.of(new LibraryFields(),
				new DefinedNameChoice("Awarding &organisation:", QualspecPackage.Literals.AWARDING_ORGANISATION, "organisation"));
	}
}
