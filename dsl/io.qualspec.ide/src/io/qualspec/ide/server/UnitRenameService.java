package io.qualspec.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.QualspecPackage;
import io.qualspec.qualspec.Unit;
import io.qualspec.validation.NewUnitNumber;

/**
 * Rename of a unit's reference number, from its definition or any reference to it: the number changes where the unit
 * is defined and wherever it is written by number in the workspace (memberships, links, mentions, and barred pairs,
 * hurdles and worked examples that name the unit's membership by its number). A reference by short name or local
 * number stays. Only the number's characters are edited, nothing else of the file. A number the unit cannot take
 * (wrong shape or check letter, already in its library) is refused with the reason.
 */
public class UnitRenameService implements IRenameService2 {

	@Inject
	private EObjectAtOffsetHelper elements;

	/** A unit and where its number is written at a place in a file. */
	private record WrittenNumber(Unit unit, ITextRegion region) {
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return read(options.getLanguageServerAccess(), uri, context -> numberAt(context, options.getParams().getPosition())
				.map(written -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(
						new PrepareRenameResult(range(context.getDocument(), written.region()), written.unit().getName())))
				.orElse(null));
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		ILanguageServerAccess access = options.getLanguageServerAccess();
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newNumber = options.getRenameParams().getNewName().trim();
		URI unitUri = read(access, uri, context -> numberAt(context, options.getRenameParams().getPosition()).map(written -> {
			String problem = NewUnitNumber.problem(written.unit(), newNumber);
			if (problem != null) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, problem, null));
			}
			return EcoreUtil.getURI(written.unit());
		}).orElse(null));
		if (unitUri == null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"Put the cursor on a unit's reference number to rename the unit.", null));
		}
		Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
		for (URI file : filesWritingTheNumber(access, unitUri)) {
			List<TextEdit> edits = read(access, file.toString(), context -> edits(context, unitUri, newNumber));
			if (!edits.isEmpty()) {
				changes.put(file.toString(), edits);
			}
		}
		return new WorkspaceEdit(changes);
	}

	/** The unit's own file and every file whose index entry refers to the unit. */
	private static Set<URI> filesWritingTheNumber(ILanguageServerAccess access, URI unit) {
		Set<URI> files = new LinkedHashSet<>(List.of(unit.trimFragment()));
		try {
			access.doReadIndex(index -> {
				for (IResourceDescription file : index.getIndex().getAllResourceDescriptions()) {
					for (IReferenceDescription reference : file.getReferenceDescriptions()) {
						if (unit.equals(reference.getTargetEObjectUri())) {
							files.add(file.getURI());
							break;
						}
					}
				}
				return null;
			}).get();
		} catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}

	/** In one file: the unit's number where the unit is defined, and in every reference to it or its memberships. */
	private List<TextEdit> edits(ILanguageServerAccess.Context context, URI unit, String newNumber) {
		XtextResource resource = (XtextResource) context.getResource();
		Unit renamed = (Unit) resource.getResourceSet().getEObject(unit, true);
		List<INode> written = new ArrayList<>();
		if (renamed.eResource() == resource) {
			written.addAll(NodeModelUtils.findNodesForFeature(renamed, QualspecPackage.Literals.UNIT__NAME));
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference) {
				EObject target = elements.getCrossReferencedElement(node);
				if (target instanceof Membership membership) {
					target = membership.getUnit();
				}
				if (target == renamed) {
					written.add(node);
				}
			}
		}
		List<TextEdit> edits = new ArrayList<>();
		for (INode node : written) {
			NewUnitNumber.writtenAtEnd(node, renamed.getName())
					.ifPresent(region -> edits.add(new TextEdit(range(context.getDocument(), region), newNumber)));
		}
		return edits;
	}

	/** The unit whose number is written at a position: its definition's number or a reference to it. */
	private Optional<WrittenNumber> numberAt(ILanguageServerAccess.Context context, Position position) {
		XtextResource resource = (XtextResource) context.getResource();
		int offset = context.getDocument().getOffSet(position);
		if (!(elements.resolveElementAt(resource, offset) instanceof Unit unit) || unit.eIsProxy() || unit.isOwnCode()) {
			return Optional.empty();
		}
		INode node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (node == null) {
			node = NodeModelUtils.findNodesForFeature(unit, QualspecPackage.Literals.UNIT__NAME).stream().findFirst().orElse(null);
		}
		return node == null ? Optional.empty()
				: NewUnitNumber.writtenAtEnd(node, unit.getName()).map(region -> new WrittenNumber(unit, region));
	}

	private static Range range(Document document, ITextRegion region) {
		return new Range(document.getPosition(region.getOffset()), document.getPosition(region.getOffset() + region.getLength()));
	}

	private static <T> T read(ILanguageServerAccess access, String uri,
			Function<ILanguageServerAccess.Context, T> work) {
		try {
			return access.doRead(uri, work).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ResponseErrorException refused) {
				throw refused;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
