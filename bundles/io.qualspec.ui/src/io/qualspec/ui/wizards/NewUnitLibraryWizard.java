package io.qualspec.ui.wizards;

/** File > New > Unit Library: a unit library file from the library template. */
public class NewUnitLibraryWizard extends NewSpecificationWizard {

	public NewUnitLibraryWizard() {
		super("New Unit Library");
	}

	@Override
	NewSpecificationPage createPage() {
		return new NewUnitLibraryPage(getSelection());
	}
}
