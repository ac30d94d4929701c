package io.qualspec.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;

import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.catalogue.SourceLocation;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;

/**
 * What a hover shows for a unit or a qualification (in the language server and the editor): its facts and
 * where it is defined, then any documentation comment written above it.
 */
public class QualspecDocumentation extends MultiLineCommentDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		String comment = super.getDocumentation(object);
		String facts = switch (object) {
			case Unit unit -> unitFacts(ResolvedUnit.factsOf(unit));
			case Qualification q -> "**" + q.getName() + "** " + q.getTitle();
			case UnitLibrary library -> libraryFacts(library);
			default -> null;
		};
		if (facts == null) {
			return comment;
		}
		return comment == null || comment.isBlank() ? facts : facts + "\n\n" + comment;
	}

	/** "**ocr.customerservice.nvq** OCR Customer Service NVQ units", its number of units and where it is defined. */
	private static String libraryFacts(UnitLibrary library) {
		int units = library.getUnits().size();
		SourceLocation location = SourceLocation.of(library);
		return "**" + library.getName() + "** " + (library.getTitle() == null ? "" : library.getTitle()) + "\n\n" + units
				+ (units == 1 ? " unit" : " units") + "\n\nDefined in "
				+ (location.file() == null ? "" : location.file().lastSegment() + " ") + "line " + location.line();
	}

	private static String unitFacts(ResolvedUnit unit) {
		StringBuilder text = new StringBuilder("**").append(unit.urn()).append("** ").append(unit.title()).append("\n\n");
		if (unit.level() != null) {
			text.append(unit.level() == 0 ? "Entry level" : "Level " + unit.level()).append(", ");
		}
		if (unit.credits() != null) {
			text.append(unit.credits()).append(unit.credits() == 1 ? " credit, " : " credits, ");
		}
		if (unit.glh() != null) {
			text.append(unit.glh()).append(" GLH");
		}
		SourceLocation location = unit.location();
		text.append("\n\nDefined in ").append(unit.library() == null ? "" : unit.library() + ", ")
				.append(location.file() == null ? "" : location.file().lastSegment()).append(" line ").append(location.line());
		return text.toString();
	}
}
