package io.qualspec.generators;

import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/** Renders the generated HTML documents to PDF with openhtmltopdf (the same HTML, its print CSS applies). */
public final class PdfDocuments {

	static {
		// openhtmltopdf logs every stylesheet parse and each CSS property it does not support (screen-only
		// properties of the shared style sheet) through java.util.logging: noise for a command-line run.
		XRLog.setLoggingEnabled(false);
	}

	private PdfDocuments() {
	}

	public static void render(String html, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		builder.run();
	}
}
