package io.qualspec.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Xtext's proposals, without the keywords a word would be glued to: right after {@code F/601/16} the parser also
 * offers what may follow a complete reference ("sector", "points", "}"...), which would be written
 * {@code F/601/16sector}. A word keyword is proposed after a space, a line break or a bracket, or to complete what is
 * typed.
 */
public class ContentProposals extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		if (!context.getPrefix().isEmpty() || !Character.isLetter(keyword.getValue().charAt(0)) || context.getOffset() == 0) {
			return true;
		}
		char before = context.getRootNode().getText().charAt(context.getOffset() - 1);
		return !(Character.isLetterOrDigit(before) || before == '/' || before == '.' || before == '"');
	}
}
