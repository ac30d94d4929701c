package io.qualspec.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

import io.qualspec.parser.antlr.internal.InternalQualspecLexer;
import io.qualspec.ui.QualspecUi;

/**
 * Syntax colouring from the language's own ANTLR lexer: keywords, strings, numbers and comments, mapped to
 * styles by Xtext's token-to-style mapper (the same classification Xtext's Eclipse editors use). The text is
 * lexed from its start, so a range inside a multi-line comment or string is coloured correctly.
 */
final class LexicalHighlighting implements ITokenScanner {

	private static final Map<String, IToken> STYLES = Map.of(
			HighlightingStyles.KEYWORD_ID, style(new RGB(127, 0, 85), SWT.BOLD),
			HighlightingStyles.STRING_ID, style(new RGB(42, 0, 255), SWT.NORMAL),
			HighlightingStyles.NUMBER_ID, style(new RGB(125, 70, 0), SWT.NORMAL),
			HighlightingStyles.COMMENT_ID, style(new RGB(63, 127, 95), SWT.ITALIC));

	private final AbstractAntlrTokenToAttributeIdMapper styleIds = QualspecUi.injector()
			.getInstance(DefaultAntlrTokenToAttributeIdMapper.class);

	private final List<CommonToken> tokens = new ArrayList<>();
	private int next;
	private int rangeStart;
	private int rangeEnd;
	private CommonToken current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		tokens.clear();
		next = 0;
		rangeStart = offset;
		rangeEnd = offset + length;
		InternalQualspecLexer lexer = new InternalQualspecLexer(new ANTLRStringStream(document.get()));
		for (CommonToken token = (CommonToken) lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF
				&& token.getStartIndex() < rangeEnd; token = (CommonToken) lexer.nextToken()) {
			if (token.getStopIndex() >= rangeStart) {
				tokens.add(token);
			}
		}
	}

	@Override
	public IToken nextToken() {
		if (next >= tokens.size()) {
			return Token.EOF;
		}
		current = tokens.get(next++);
		return STYLES.getOrDefault(styleIds.getId(current.getType()), Token.UNDEFINED);
	}

	@Override
	public int getTokenOffset() {
		return Math.max(current.getStartIndex(), rangeStart);
	}

	@Override
	public int getTokenLength() {
		return Math.min(current.getStopIndex() + 1, rangeEnd) - getTokenOffset();
	}

	private static IToken style(RGB colour, int fontStyle) {
		return new Token(new TextAttribute(new Color(colour), null, fontStyle));
	}
}
