package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.generators.PdfDocuments;
import io.qualspec.generators.document.Index;
import io.qualspec.generators.html.HtmlDocuments;

/**
 * House-style templates (--templates) are confined: the PDF renderer loads nothing from the network and no file
 * outside the templates folder, and a template that never ends is stopped.
 */
class TemplateConfinementTest {

	@TempDir
	Path dir;

	@Test
	void aTemplateThatLoopsForEverIsStoppedWithASentence() throws IOException {
		Path templates = Files.createDirectories(dir.resolve("templates"));
		Files.writeString(templates.resolve(HtmlDocuments.INDEX), "<#list 1.. as i><#if i < 0>never</#if></#list>");
		HtmlDocuments documents = new HtmlDocuments(templates, Duration.ofSeconds(1));
		long started = System.nanoTime();
		IllegalStateException stopped = assertThrows(IllegalStateException.class,
				() -> documents.index(new Index("Qualspec documents", List.of(), List.of())));
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		assertEquals("The template index.ftlh ran for longer than 1 s and was stopped; look for a loop that does not end.",
				stopped.getMessage());
		assertTrue(seconds < 10, seconds + " s");
	}

	@Test
	void thePdfRendererMakesNoNetworkRequest() throws Exception {
		AtomicInteger connections = new AtomicInteger();
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread listener = Thread.ofPlatform().daemon().start(() -> {
				while (!server.isClosed()) {
					try (Socket socket = server.accept()) {
						connections.incrementAndGet();
					} catch (IOException closed) {
						return;
					}
				}
			});
			String url = "http://127.0.0.1:" + server.getLocalPort();
			String html = "<html><head><link rel=\"stylesheet\" href=\"" + url + "/style.css\"/></head><body><p>Unit 1</p>"
					+ "<img src=\"" + url + "/logo.png\"/></body></html>";
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			PdfDocuments.render(html, Files.createDirectories(dir.resolve("templates")), pdf);
			assertTrue(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
			server.close();
			listener.join(5_000);
		}
		assertEquals(0, connections.get(), "connections to the address the document names");
	}

	@Test
	void onlyFilesInsideTheTemplatesFolderMayBeLoaded() throws IOException {
		Path templates = Files.createDirectories(dir.resolve("templates"));
		Files.writeString(templates.resolve("logo.svg"), "<svg/>");
		Path outside = Files.writeString(dir.resolve("secret.txt"), "not for documents");
		Files.createSymbolicLink(templates.resolve("link.txt"), outside);
		assertEquals(templates.resolve("logo.svg").toUri().toString(), PdfDocuments.allowedResource(templates, "logo.svg"));
		assertNull(PdfDocuments.allowedResource(templates, "../secret.txt"));
		assertNull(PdfDocuments.allowedResource(templates, outside.toUri().toString()));
		assertNull(PdfDocuments.allowedResource(templates, "link.txt"), "a link leading outside");
		assertNull(PdfDocuments.allowedResource(templates, "https://example.org/logo.png"));
		assertNull(PdfDocuments.allowedResource(null, "logo.svg"), "without a templates folder, no file at all");
		assertEquals("data:image/png;base64,AAAA", PdfDocuments.allowedResource(templates, "data:image/png;base64,AAAA"));
	}
}
