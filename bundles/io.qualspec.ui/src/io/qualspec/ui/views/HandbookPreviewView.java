package io.qualspec.ui.views;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.rules.analysis.Analyses;
import io.qualspec.ui.editor.QualspecEditor;

/**
 * The handbook of the qualification under the cursor, as "qualspec generate" writes it (the generators'
 * HTML), in an SWT Browser where WebKitGTK is installed; otherwise a message says so and the handbook
 * opens in the external browser.
 */
public class HandbookPreviewView extends QualificationView {

	public static final String ID = "io.qualspec.ui.views.handbookPreview";

	private Composite stack;
	private Browser browser;
	private Composite fallback;
	private Label message;
	private Path handbook;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		fallback = new Composite(stack, SWT.NONE);
		fallback.setLayout(new GridLayout(1, false));
		message = new Label(fallback, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button external = new Button(fallback, SWT.PUSH);
		external.setText("Open in External Browser");
		external.addListener(SWT.Selection, event -> openExternally());
		try {
			browser = new Browser(stack, SWT.NONE);
			layout.topControl = browser;
		} catch (SWTError e) {
			// No browser engine (WebKitGTK is not installed): the fallback explains and offers the external browser.
			browser = null;
			layout.topControl = fallback;
		}
		followActiveEditor();
	}

	@Override
	protected void show(QualspecEditor source, String qualificationNumber) {
		String html = withQualification(source, qualificationNumber,
				q -> new HtmlDocuments().handbook(q, Analyses.of(q.ruleSet()))).orElse(null);
		if (html == null) {
			return;
		}
		try {
			if (handbook == null) {
				handbook = Files.createTempFile("qualspec-handbook-", ".html");
				handbook.toFile().deleteOnExit();
			}
			Files.writeString(handbook, html, StandardCharsets.UTF_8);
		} catch (IOException e) {
			showNothing("Cannot write the handbook: " + e.getMessage());
			return;
		}
		if (browser != null) {
			browser.setUrl(handbook.toUri().toString());
		} else {
			showMessage("The handbook of " + qualificationNumber + " cannot be shown here: there is no browser engine "
					+ "(install WebKitGTK, e.g. the Debian package libwebkit2gtk-4.1-0). Open it in the external browser.");
		}
	}

	@Override
	protected void showNothing(String reason) {
		handbook = null;
		showMessage(reason);
	}

	private void showMessage(String text) {
		message.setText(text);
		((StackLayout) stack.getLayout()).topControl = browser != null && handbook != null ? browser : fallback;
		fallback.layout();
		stack.layout();
	}

	private void openExternally() {
		if (handbook == null) {
			return;
		}
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(handbook.toUri().toURL());
		} catch (PartInitException | MalformedURLException e) {
			ILog.of(HandbookPreviewView.class).error("Cannot open " + handbook, e);
		}
	}

	/** The file the handbook shown was written to, or null. */
	public Path handbookFile() {
		return handbook;
	}

	/** Whether the view shows the handbook itself (a browser engine is available). */
	public boolean showsBrowser() {
		return browser != null;
	}

	/** The message shown instead of the handbook. */
	public String message() {
		return message.getText();
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}
}
