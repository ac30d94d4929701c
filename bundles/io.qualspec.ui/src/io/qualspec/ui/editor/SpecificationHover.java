package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.validation.Issue;

import io.qualspec.ui.QualspecUi;

/**
 * The hover: the problems at the position (message and issue code), then, on a reference or a name, what the
 * language documents about the element (for a unit: title, level, credits, GLH and where it is defined;
 * the same text as the language server's hover).
 */
public final class SpecificationHover implements ITextHover {

	private final Supplier<LiveSpecification> specification;

	public SpecificationHover(Supplier<LiveSpecification> specification) {
		this.specification = specification;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return text(region.getOffset());
	}

	/** The hover text at a text position, or null when there is nothing to say. */
	public String text(int offset) {
		List<String> parts = new ArrayList<>();
		for (Issue issue : specification.get().issues()) {
			if (issue.getOffset() != null && issue.getOffset() <= offset && offset <= issue.getOffset() + issue.getLength()) {
				parts.add(issue.getSeverity().name().charAt(0) + issue.getSeverity().name().substring(1).toLowerCase() + ": "
						+ issue.getMessage() + (issue.getCode() == null ? "" : " [" + issue.getCode() + "]"));
			}
		}
		String documentation = specification.get().read(resource -> {
			EObjectAtOffsetHelper helper = QualspecUi.injector().getInstance(EObjectAtOffsetHelper.class);
			EObject element = helper.resolveCrossReferencedElementAt(resource, offset);
			if (element == null) {
				element = helper.getElementWithNameAt(resource, offset);
			}
			return element == null || element.eIsProxy() ? null
					: QualspecUi.injector().getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
		});
		if (documentation != null) {
			parts.add(documentation.replace("**", ""));
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
