package io.qualspec;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import io.qualspec.conversion.QualspecValueConverters;
import io.qualspec.documentation.QualspecDocumentation;
import io.qualspec.loading.SpecificationResource;
import io.qualspec.scoping.QualspecImportedNamespaceScopeProvider;
import io.qualspec.scoping.QualspecResourceDescriptionManager;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy;
import io.qualspec.validation.FirstSyntaxErrorValidator;
import io.qualspec.validation.ProjectSettings;
import io.qualspec.validation.QualspecIssueSeverities;
import io.qualspec.validation.UnresolvedReferenceMessages;

/** Guice bindings of the Qualspec language runtime. */
public class QualspecRuntimeModule extends AbstractQualspecRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return QualspecValueConverters.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return SpecificationResource.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return FirstSyntaxErrorValidator.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnresolvedReferenceMessages.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return QualspecResourceDescriptionStrategy.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return QualspecResourceDescriptionManager.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return QualspecDocumentation.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return QualspecIssueSeverities.class;
	}

	/** Issue severities come from the project's qualspec.properties. */
	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return ProjectSettings.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(QualspecImportedNamespaceScopeProvider.class);
	}
}
