package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.TargetURICollector;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.eclipse.xtext.xbase.lib.Exceptions;

import com.google.inject.Injector;

import io.qualspec.qualspec.Unit;
import io.qualspec.ui.QualspecUi;
import io.qualspec.ui.SpecificationFiles;

/**
 * References to elements of a project's specifications, found by Xtext's {@link IReferenceFinder} over the
 * project's index: the files whose index entries refer to an element are the only ones read, besides the
 * element's own file.
 */
public final class ElementReferences {

	/** One reference as written: the element holding it and the text written for it. */
	public record Found(EObject source, INode node) {
	}

	/** A reference as a reader sees it: its file, 1-based line, the line's text, and offset and length. */
	public record Reference(IFile file, int line, String text, int offset, int length) {
	}

	/** The element under a caret, named for a reader, and every reference to it. */
	public record Listing(String element, List<Reference> references) {
	}

	private ElementReferences() {
	}

	/**
	 * The references to the element under the editor's caret, in every file of the editor's project, in file
	 * and text order; empty when there is no element there, or the file is not in a project.
	 */
	public static Optional<Listing> atCaret(QualspecEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null) {
			return Optional.empty();
		}
		ProjectSpecifications specifications = ProjectSpecifications.of(file.getProject());
		Optional<EObject> element = elementAt(specifications.resource(SpecificationFiles.uri(file)), editor.caretOffset());
		if (element.isEmpty()) {
			return Optional.empty();
		}
		List<Reference> references = to(List.of(element.get()), specifications, new NullProgressMonitor()).stream()
				.map(ElementReferences::reference).flatMap(Optional::stream)
				.sorted(Comparator.comparing((Reference r) -> r.file().getFullPath().toString()).thenComparing(Reference::offset))
				.toList();
		return Optional.of(new Listing(name(element.get()), references));
	}

	private static Optional<Reference> reference(Found found) {
		INode node = found.node();
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int lineEnd = text.indexOf('\n', node.getOffset());
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		return SpecificationFiles.file(found.source().eResource().getURI())
				.map(file -> new Reference(file, node.getStartLine(), line, node.getOffset(), node.getLength()));
	}

	/** "F/601/1609 Communicate using customer service language", or the name as written. */
	private static String name(EObject element) {
		ITextRegion region = QualspecUi.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(element);
		String name = NodeModelUtils.findActualNodeFor(element).getRootNode().getText().substring(region.getOffset(),
				region.getOffset() + region.getLength());
		return element instanceof Unit unit && unit.getTitle() != null ? name + " " + unit.getTitle() : name;
	}

	/** The element a reference at a text position leads to, or the element whose name is written there. */
	public static Optional<EObject> elementAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = QualspecUi.injector().getInstance(EObjectAtOffsetHelper.class);
		EObject element = helper.resolveCrossReferencedElementAt(resource, offset);
		if (element == null) {
			element = helper.getElementWithNameAt(resource, offset);
		}
		return element == null || element.eIsProxy() ? Optional.empty() : Optional.of(element);
	}

	/** Every reference to the given elements (which are loaded in the specifications' resource set). */
	public static List<Found> to(Collection<? extends EObject> targets, ProjectSpecifications specifications,
			IProgressMonitor monitor) {
		Injector injector = QualspecUi.injector();
		TargetURIs targetURIs = injector.getInstance(TargetURIs.class);
		TargetURICollector collector = injector.getInstance(TargetURICollector.class);
		targets.forEach(target -> collector.add(target, targetURIs));
		List<Found> found = new ArrayList<>();
		IReferenceFinder.IResourceAccess access = new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI uri, IUnitOfWork<R, ResourceSet> work) {
				specifications.resource(uri.trimFragment());
				try {
					return work.exec(specifications.resourceSet());
				} catch (Exception e) {
					throw Exceptions.sneakyThrow(e);
				}
			}
		};
		injector.getInstance(IReferenceFinder.class).findAllReferences(targetURIs, access, specifications.index(),
				new IReferenceFinder.Acceptor() {
					@Override
					public void accept(EObject source, URI sourceURI, EReference reference, int index, EObject target,
							URI targetURI) {
						add(found, source, reference, index);
					}

					@Override
					public void accept(IReferenceDescription description) {
						URI source = description.getSourceEObjectUri();
						add(found, specifications.resource(source.trimFragment()).getEObject(source.fragment()),
								description.getEReference(), description.getIndexInList());
					}
				}, monitor);
		return found;
	}

	private static void add(List<Found> found, EObject source, EReference reference, int index) {
		List<INode> nodes = source == null ? List.of() : NodeModelUtils.findNodesForFeature(source, reference);
		int position = Math.max(index, 0);
		if (position < nodes.size()) {
			found.add(new Found(source, nodes.get(position)));
		}
	}
}
