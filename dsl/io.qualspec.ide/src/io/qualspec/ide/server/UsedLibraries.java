package io.qualspec.ide.server;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

import io.qualspec.qualspec.Import;
import io.qualspec.qualspec.QualspecPackage;

/**
 * The unit library a {@code use} line names, found through the index: {@code use} names a namespace, not a
 * reference, so Xtext's hover and definition find nothing there by themselves.
 */
public class UsedLibraries {

	/** A {@code use} line's library name, where it is written, and the library it names. */
	public record UsedLibrary(ITextRegion name, URI library) {
	}

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private IQualifiedNameConverter names;

	public Optional<UsedLibrary> at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || !(NodeModelUtils.findActualSemanticObjectFor(leaf) instanceof Import use)
				|| use.getImportedNamespace() == null) {
			return Optional.empty();
		}
		ICompositeNode name = NodeModelUtils.findNodesForFeature(use, QualspecPackage.Literals.IMPORT__IMPORTED_NAMESPACE)
				.stream().findFirst().map(ICompositeNode.class::cast).orElse(null);
		if (name == null || offset < name.getOffset() || offset > name.getEndOffset()) {
			return Optional.empty();
		}
		for (IEObjectDescription library : index.getResourceDescriptions(resource).getExportedObjects(
				QualspecPackage.Literals.UNIT_LIBRARY, names.toQualifiedName(use.getImportedNamespace()), false)) {
			return Optional.of(new UsedLibrary(new TextRegion(name.getOffset(), name.getLength()), library.getEObjectURI()));
		}
		return Optional.empty();
	}
}
