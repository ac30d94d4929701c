package io.qualspec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import io.qualspec.testing.Repository;
import io.qualspec.ui.help.LanguageGuideHandler;

/** Help > Qualspec Language Guide shows docs/language.md as the repository has it, read-only. */
class LanguageGuideTest {

	@Test
	void theHelpMenuOpensTheLanguageGuideReadOnly() throws Exception {
		// The Help menu of the window's menu bar, filled as when it opens.
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		Menu help = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("Help")).findFirst()
				.orElseThrow().getMenu();
		help.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(help.getItems()).map(item -> item.getText().replace("&", "")).toList();
		help.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.contains("Qualspec Language Guide"), () -> "the Help menu holds " + items);

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		handlers.executeCommand(new ParameterizedCommand(commands.getCommand(LanguageGuideHandler.COMMAND), null), null);
		IEditorPart editor = Workbench.page().getActiveEditor();
		assertEquals("Qualspec Language Guide", editor.getTitle());
		String shown = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertEquals(Files.readString(Repository.root().resolve("docs/language.md")), shown);
		assertFalse(((ITextEditor) editor).isEditable(), "the guide can be edited");
		Workbench.screenshot("help-language-guide");
		Workbench.page().closeEditor(editor, false);
	}
}
