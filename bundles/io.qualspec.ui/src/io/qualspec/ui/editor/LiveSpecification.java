package io.qualspec.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;
import io.qualspec.ui.builder.SpecificationValidation;
import io.qualspec.ui.builder.WorkspaceIndex;

/**
 * The parsed, linked and validated state of an editor's text, re-parsed when the text has changed. It is
 * linked through its project's index, with the document's own entry replaced by its current text: references
 * inside it and from it to other files resolve as typed; other files are read as saved. Every editor feature reads the model
 * through {@link #read}, which serialises access from the UI thread and the reconciler.
 */
public final class LiveSpecification {

	private final URI uri;
	private final IDocument document;
	private XtextResource resource;
	private long parsedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private List<Issue> issues;

	public LiveSpecification(URI uri, IDocument document) {
		this.uri = uri;
		this.document = document;
	}

	public URI uri() {
		return uri;
	}

	public IDocument document() {
		return document;
	}

	/** Runs a query on the resource of the current text. */
	public synchronized <T> T read(Function<XtextResource, T> query) {
		return query.apply(current());
	}

	/** The validation issues of the current text. */
	public synchronized List<Issue> issues() {
		current();
		if (issues == null) {
			issues = SpecificationValidation.issues(resource, CancelIndicator.NullImpl);
		}
		return issues;
	}

	private XtextResource current() {
		long stamp = ((IDocumentExtension4) document).getModificationStamp();
		if (resource == null || stamp != parsedStamp || stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			resource = parse(document.get());
			parsedStamp = stamp;
			issues = null;
		}
		return resource;
	}

	private XtextResource parse(String text) {
		ResourceDescriptionsData index = WorkspaceIndex.get()
				.snapshot(SpecificationFiles.file(uri).map(IFile::getProject).orElse(null));
		XtextResourceSet resourceSet = WorkspaceIndex.newResourceSet(index);
		XtextResource parsed = (XtextResource) resourceSet.createResource(uri);
		try {
			parsed.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		index.addDescription(uri,
				QualspecUi.injector().getInstance(IResourceDescription.Manager.class).getResourceDescription(parsed));
		return parsed;
	}
}
