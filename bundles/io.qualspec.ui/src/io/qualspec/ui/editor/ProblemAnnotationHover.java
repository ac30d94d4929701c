package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import io.qualspec.ui.builder.ProblemMarkers;

/**
 * The hover of the rulers beside the text: the markers of a line with their messages, a Qualspec problem's
 * with its issue code ("The check letter of ... [io.qualspec.identifier.urnCheckLetter]"), the code that
 * quick fixes, qualspec.properties and "// suppress" comments name.
 */
public final class ProblemAnnotationHover implements IAnnotationHover {

	@Override
	public String getHoverInfo(ISourceViewer viewer, int line) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return null;
		}
		List<String> problems = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof MarkerAnnotation marked && !annotation.isMarkedDeleted() && position != null
					&& marked.getMarker().exists() && onLine(viewer, position, line)) {
				problems.add(text(marked.getMarker()));
			}
		}
		return problems.isEmpty() ? null : String.join("\n", problems);
	}

	/** A marker's message, with the issue code of a Qualspec problem. */
	private static String text(IMarker marker) {
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		String code = marker.getAttribute(ProblemMarkers.ISSUE_CODE, null);
		return code == null ? message : message + " [" + code + "]";
	}

	private static boolean onLine(ISourceViewer viewer, Position position, int line) {
		try {
			return viewer.getDocument().getLineOfOffset(position.getOffset()) == line;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
