package io.qualspec.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import io.qualspec.scoping.UnresolvedReferenceMessages;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Quick fixes for the diagnostics whose repair is mechanical, written once for the language server and the
 * workbench editor. Each fix works from the diagnostic's range and the issue data its check attaches (the
 * corrected identifier, the expected number, the computed figure; see docs/issue-codes.md), so it edits
 * exactly the text the diagnostic marks.
 */
public class QualspecQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER)
	public void correctCheckCharacter(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Correct the check character");
	}

	/** Only this description is changed: references by the wrong number show up as unresolved, to be edited. */
	@QuickFix(QualspecIssueCodes.UNIT_CHECK_LETTER)
	public void correctCheckLetter(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Correct the check letter");
	}

	/** A reference that resolves to nothing, where a unit in scope has the same digits with another letter. */
	@QuickFix(UnresolvedReferenceMessages.REFERENCE_CHECK_LETTER)
	public void referToTheUnitWithTheSameDigits(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Refer to the unit with the same digits");
	}

	@QuickFix(QualspecIssueCodes.OUTCOME_NUMBERING)
	public void renumberOutcome(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Renumber the outcome");
	}

	@QuickFix(QualspecIssueCodes.CRITERION_NUMBERING)
	public void renumberCriterion(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Renumber the criterion");
	}

	@QuickFix(QualspecIssueCodes.DECLARED_TOTAL)
	public void useTheSum(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Use the sum of the units");
	}

	@QuickFix(QualspecIssueCodes.STATED_SIZE)
	public void useTheComputedSize(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Use the figure computed over valid selections");
	}

	@QuickFix(QualspecIssueCodes.TQT_CREDITS)
	public void useTenHoursPerCredit(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Use 10 hours per credit");
	}

	@QuickFix(QualspecIssueCodes.WORKED_EXAMPLE)
	public void expectWhatTheEngineComputes(DiagnosticResolutionAcceptor acceptor) {
		replaceWithData(acceptor, "Expect what the engine computes");
	}

	/** Data: the fact, the other description's value. The author decides which description is right. */
	@QuickFix(QualspecIssueCodes.SHARED_UNIT_DIFFERS)
	public void useTheOtherDescription(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Use the value of the other description", (diagnostic, object, document) -> {
			List<String> data = data(diagnostic);
			String value = data.get(1);
			return createTextEdit(diagnostic, "title".equals(data.get(0)) ? QuotedText.quote(value) : value);
		});
	}

	@QuickFix(QualspecIssueCodes.DOUBLED_SPACE)
	public void singleSpace(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Replace with one space", (diagnostic, object, document) -> createTextEdit(diagnostic, " "));
	}

	/** Data: "curly" or "straight", the style most of the unit uses. */
	@QuickFix(QualspecIssueCodes.MIXED_QUOTES)
	public void useOneQuoteStyle(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Use the quotes the rest of the unit uses", (diagnostic, object, document) -> {
			String text = textOf(diagnostic, document);
			return createTextEdit(diagnostic,
					"curly".equals(data(diagnostic).get(0)) ? QuotedText.curly(text) : QuotedText.straight(text));
		});
	}

	/** Data: "add" or "remove" the final full stop, as the rest of the list does. */
	@QuickFix(QualspecIssueCodes.FINAL_FULL_STOP)
	public void matchTheListsFullStops(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("End the text as the rest of the list does", (diagnostic, object, document) -> createTextEdit(
				diagnostic, QuotedText.withFinalStop(textOf(diagnostic, document), "add".equals(data(diagnostic).get(0)))));
	}

	private void replaceWithData(DiagnosticResolutionAcceptor acceptor, String label) {
		acceptor.accept(label, (diagnostic, object, document) -> createTextEdit(diagnostic, data(diagnostic).get(0)));
	}

	private static String textOf(Diagnostic diagnostic, Document document) {
		return document.getSubstring(diagnostic.getRange());
	}

	/**
	 * The issue data of a diagnostic: a String[] when it comes straight from the validator, a JSON array when
	 * it has been through the protocol (a client sends the diagnostic back with its code action request).
	 */
	static List<String> data(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] strings) {
			values.addAll(List.of(strings));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				values.add(element.getAsString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(value -> values.add(String.valueOf(value)));
		}
		return values;
	}
}
