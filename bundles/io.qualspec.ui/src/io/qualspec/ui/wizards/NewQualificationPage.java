package io.qualspec.ui.wizards;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.loading.CatalogueLoader;
import io.qualspec.qualspec.QualspecPackage;

/** A new qualification: number, title, level, awarding organisation and the unit library it uses. */
final class NewQualificationPage extends NewSpecificationPage {

	private static final String FIRST_FILE_NAME = "qualification." + CatalogueLoader.FILE_EXTENSION;

	private final QualificationFields qualification = new QualificationFields();
	private String suggestedFileName = FIRST_FILE_NAME;

	NewQualificationPage(IStructuredSelection selection) {
		super("qualification", selection, "Qualification",
				"A new qualification: its number (with its check character), title and level.",
				SpecificationTemplate.QUALIFICATION);
		setFileName(FIRST_FILE_NAME);
	}

	/** The file is named after the number as it is typed, unless another name has been typed. */
	@Override
	void fieldsChanged() {
		if (SourceText.qualificationNumberProblem(qualification.number()) == null && getFileName().equals(suggestedFileName)) {
			suggestedFileName = fileNameFor(qualification.number());
			setFileName(suggestedFileName);
		}
		super.fieldsChanged();
	}

	/** The file a qualification is first written to: 500/8625/X in 500-8625-x.qspec. */
	static String fileNameFor(String number) {
		return OutputNames.slug(number) + "." + CatalogueLoader.FILE_EXTENSION;
	}

	@Override
	List<TemplateFields> createFieldGroups() {
		return List.of(qualification,
				new DefinedNameChoice("Awarded &by:", QualspecPackage.Literals.AWARDING_ORGANISATION, "organisation"),
				new DefinedNameChoice("&Uses units of:", QualspecPackage.Literals.UNIT_LIBRARY, "library"));
	}

	@Override
	String problemInProject(IProject project) {
		URI specified = DefinedNames.of(project, QualspecPackage.Literals.QUALIFICATION).get(qualification.number());
		return specified == null ? null
				: project.getName() + " already specifies " + qualification.number() + ", in " + specified.lastSegment() + ".";
	}
}
