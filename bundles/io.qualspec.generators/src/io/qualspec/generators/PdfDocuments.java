package io.qualspec.generators;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders the generated HTML documents to PDF with openhtmltopdf (the same HTML, its print CSS applies). A
 * document loads nothing from the network and no file outside the templates folder: an awarding body's
 * templates may show a logo kept beside them, but a template cannot make a run read other files or call out.
 */
public final class PdfDocuments {

	static {
		// openhtmltopdf logs every stylesheet parse and each CSS property it does not support (screen-only
		// properties of the shared style sheet) through java.util.logging: noise for a command-line run.
		XRLog.setLoggingEnabled(false);
	}

	private PdfDocuments() {
	}

	/**
	 * @param templates the templates folder whose files (images, style sheets) a document may use, or null for
	 *                  none
	 */
	public static void render(String html, Path templates, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUriResolver((base, uri) -> allowedResource(templates, uri));
		builder.withHtmlContent(html, templates == null ? null : templates.toUri().toString());
		builder.toStream(out);
		builder.run();
	}

	/**
	 * The URI a document may load for {@code uri} (relative ones against the templates folder): data URIs, and
	 * files whose real path lies inside the templates folder; null, which openhtmltopdf skips, for anything else.
	 */
	public static String allowedResource(Path templates, String uri) {
		if (uri == null) {
			return null;
		}
		if (uri.startsWith("data:")) {
			return uri;
		}
		if (templates == null) {
			return null;
		}
		try {
			URI resolved = templates.toUri().resolve(uri);
			if (!"file".equals(resolved.getScheme())) {
				return null;
			}
			Path file = Path.of(resolved);
			return Files.exists(file) && file.toRealPath().startsWith(templates.toRealPath()) ? file.toUri().toString() : null;
		} catch (IllegalArgumentException | IOException e) {
			return null; // not a URI, or not a file: not loaded
		}
	}
}
