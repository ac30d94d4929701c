package io.qualspec.ide.server;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting that answers a formatted file with no edits. Xtext's formatter, asked for no identity edits, still
 * returns an empty replacement of nothing at each comment, which an editor takes for a change.
 */
public class FormattingWithoutIdentityEdits extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		return super.format(resource, document, offset, length, options).stream()
				.filter(edit -> !edit.getNewText().equals(textAt(document, edit))).toList();
	}

	private static String textAt(Document document, TextEdit edit) {
		return document.getContents().substring(document.getOffSet(edit.getRange().getStart()),
				document.getOffSet(edit.getRange().getEnd()));
	}
}
