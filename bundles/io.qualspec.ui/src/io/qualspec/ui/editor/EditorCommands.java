package io.qualspec.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** The editor's commands (plugin.xml): format, toggle comment, open definition, rename unit. */
public class EditorCommands extends AbstractHandler {

	public static final String FORMAT = "io.qualspec.ui.format";
	public static final String TOGGLE_COMMENT = "io.qualspec.ui.toggleComment";
	public static final String OPEN_DEFINITION = "io.qualspec.ui.openDefinition";
	public static final String RENAME_UNIT = "io.qualspec.ui.renameUnit";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof QualspecEditor editor)) {
			return null;
		}
		switch (event.getCommand().getId()) {
			case FORMAT -> editor.format();
			case TOGGLE_COMMENT -> editor.toggleComment();
			case OPEN_DEFINITION -> {
				try {
					editor.openDefinition();
				} catch (PartInitException e) {
					throw new ExecutionException("Cannot open the definition", e);
				}
			}
			case RENAME_UNIT -> UnitRename.atCaret(editor);
			default -> throw new ExecutionException("Not a Qualspec editor command: " + event.getCommand().getId());
		}
		return null;
	}
}
