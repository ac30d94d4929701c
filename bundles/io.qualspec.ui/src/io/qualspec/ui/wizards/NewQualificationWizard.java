package io.qualspec.ui.wizards;

/** File > New > Qualification: a qualification file from the qualification template. */
public class NewQualificationWizard extends NewSpecificationWizard {

	public NewQualificationWizard() {
		super("New Qualification");
	}

	@Override
	NewSpecificationPage createPage() {
		return new NewQualificationPage(getSelection());
	}
}
