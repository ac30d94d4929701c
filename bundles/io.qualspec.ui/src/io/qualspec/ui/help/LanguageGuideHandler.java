package io.qualspec.ui.help;

import java.io.InputStream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > Qualspec Language Guide: docs/language.md, which the build copies into this bundle, read-only in a
 * text editor. Eclipse's help system (org.eclipse.help.base, .ui and .webapp, with a Jetty server) is not in
 * this product's target platform, which takes only what Maven Central publishes and the workbench needs;
 * the guide is one Markdown file meant to be read as text.
 */
public class LanguageGuideHandler extends AbstractHandler {

	public static final String COMMAND = "io.qualspec.ui.languageGuide";

	/** Where the build puts docs/language.md (io.qualspec.ui/pom.xml). */
	static final String GUIDE = "language.md";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Qualspec language guide: " + e.getMessage(), e);
		}
		return null;
	}

	/** Opens the guide, or shows it again when it is open. */
	public static IEditorPart open(IWorkbenchPage page) throws PartInitException {
		return page.openEditor(new GuideInput(), EditorsUI.DEFAULT_TEXT_EDITOR_ID);
	}

	/** The guide as a read-only editor input; all guides are equal, so a second open shows the first editor. */
	private static final class GuideInput extends PlatformObject implements IStorageEditorInput {

		@Override
		public IStorage getStorage() {
			return new Guide();
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return ImageDescriptor.getMissingImageDescriptor();
		}

		@Override
		public String getName() {
			return "Qualspec Language Guide";
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "The Qualspec language guide (docs/language.md), read-only";
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof GuideInput;
		}

		@Override
		public int hashCode() {
			return GuideInput.class.hashCode();
		}
	}

	private static final class Guide extends PlatformObject implements IStorage {

		@Override
		public InputStream getContents() throws CoreException {
			InputStream guide = LanguageGuideHandler.class.getResourceAsStream(GUIDE);
			if (guide == null) {
				throw new CoreException(Status.error("The language guide is missing from this installation (" + GUIDE + ")."));
			}
			return guide;
		}

		@Override
		public IPath getFullPath() {
			return null;
		}

		@Override
		public String getName() {
			return GUIDE;
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}
	}
}
