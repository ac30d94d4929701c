package io.qualspec.ui.tests;

import static io.qualspec.ui.tests.Workbench.NVQ_CERTIFICATE;
import static io.qualspec.ui.tests.Workbench.NVQ_UNITS;
import static io.qualspec.ui.tests.Workbench.document;
import static io.qualspec.ui.tests.Workbench.open;
import static io.qualspec.ui.tests.Workbench.page;
import static io.qualspec.ui.tests.Workbench.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.qualspec.ui.editor.QualspecEditor;
import io.qualspec.ui.editor.SpecificationCompletion;

/**
 * Content-assist templates for a unit, a learning outcome and a qualification: proposed where the element can
 * start, and inserting text that parses.
 */
class TemplatesTest {

	private static final String UNIT = "unit - Unit with its level, size and assessment";
	private static final String OUTCOME = "outcome - Learning outcome with its first assessment criterion";
	private static final String QUALIFICATION = "qualification - Qualification with a mandatory group and its rule";

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = Workbench.examplesProject("template-examples", "shared");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void aUnitIsProposedInAUnitLibraryAndInsertedIndentedAndParsing() throws Exception {
		QualspecEditor editor = open(project.getFile(NVQ_UNITS));
		int caret = newLineAt(document(editor), document(editor).get().indexOf("\t// F1 (§6.1)"), "\t");
		List<ICompletionProposal> proposals = proposalsAt(editor, caret);
		assertEquals(List.of(UNIT), templates(proposals));

		insert(editor, proposals, UNIT, caret);
		assertTrue(document(editor).get().contains(
				"\n\tunit A/000/0000 \"title\" {\n\t\tlevel 1\n\t\tcredits 1\n\t\tglh 10\n\t\tassessment internal\n\t\t\n\t}\n\t// F1"),
				document(editor).get());
		assertEquals(List.of(), syntaxErrors(editor));
	}

	@Test
	void anOutcomeIsProposedInAUnitWithTheNextNumberAndItsFirstCriterion() throws Exception {
		QualspecEditor editor = open(project.getFile("shared/customer-service-units.qspec"));
		String text = document(editor).get();
		int unit = text.indexOf("unit A/506/2130");
		int unitEnd = text.indexOf("\n\t}\n", unit) + 1;
		int outcomes = text.substring(unit, unitEnd).split("\n\t\toutcome ").length - 1;
		int caret = newLineAt(document(editor), unitEnd, "\t\t");
		List<ICompletionProposal> proposals = proposalsAt(editor, caret);
		assertEquals(List.of(OUTCOME), templates(proposals));

		insert(editor, proposals, OUTCOME, caret);
		int next = outcomes + 1;
		assertTrue(document(editor).get().contains("\t\toutcome " + next + " \"outcome\" {\n\t\t\tcriterion " + next
				+ ".1 \"criterion\"\n\t\t}\n\t}\n"), document(editor).get());
		assertEquals(List.of(), syntaxErrors(editor));
		List<String> numbering = editor.specification().issues().stream().map(issue -> String.valueOf(issue.getCode()))
				.filter(code -> code.endsWith(".numbering")).toList();
		assertEquals(List.of(), numbering);
	}

	@Test
	void aQualificationIsProposedAtTheTopOfAFileAwardedByAVisibleOrganisation() throws Exception {
		QualspecEditor editor = open(project.getFile(NVQ_CERTIFICATE));
		IDocument document = document(editor);
		document.replace(document.getLength(), 0, "\n");
		int caret = document.getLength();
		List<ICompletionProposal> proposals = proposalsAt(editor, caret);
		assertEquals(List.of(QUALIFICATION), templates(proposals));

		insert(editor, proposals, QUALIFICATION, caret);
		assertTrue(document.get().endsWith("}\n\nqualification 000/0000/0 \"title\" {\n\tawarded by OCR\n\tlevel 1\n\tsize award\n"
				+ "\tframework RQF\n\n\tgroup A \"group\" mandatory {\n\t\t\n\t}\n\n\trules {\n\t\trequire all units from A\n\t}\n}"),
				document.get());
		assertEquals(List.of(), syntaxErrors(editor));
	}

	/** Inserts an indented line at the start of a line; returns the offset at its end, for the caret. */
	private static int newLineAt(IDocument document, int offset, String indentation) throws Exception {
		document.replace(offset, 0, indentation + "\n");
		return offset + indentation.length();
	}

	private static List<ICompletionProposal> proposalsAt(QualspecEditor editor, int offset) {
		return Arrays.asList(new SpecificationCompletion(editor::specification).computeCompletionProposals(viewer(editor), offset));
	}

	private static List<String> templates(List<ICompletionProposal> proposals) {
		return proposals.stream().filter(TemplateProposal.class::isInstance).map(ICompletionProposal::getDisplayString).toList();
	}

	private static void insert(QualspecEditor editor, List<ICompletionProposal> proposals, String template, int caret) {
		ICompletionProposal chosen = proposals.stream().filter(p -> p.getDisplayString().equals(template)).findFirst().orElseThrow();
		((ICompletionProposalExtension2) chosen).apply(viewer(editor), '\0', 0, caret);
	}

	private static List<String> syntaxErrors(QualspecEditor editor) {
		return editor.specification().read(resource -> {
			List<String> errors = new ArrayList<>();
			resource.getParseResult().getSyntaxErrors().forEach(node -> errors.add(node.getSyntaxErrorMessage().getMessage()));
			return errors;
		});
	}
}
