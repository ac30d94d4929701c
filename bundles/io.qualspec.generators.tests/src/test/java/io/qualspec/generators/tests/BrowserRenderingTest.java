package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.document.UnitPage;
import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.testing.Examples;

/**
 * Every generated handbook, and a unit document of each qualification, loads in headless Chromium (Debian's
 * chromium package) without console errors, exceptions or failed resources. Chromium is driven through its
 * DevTools protocol over Java's own WebSocket client. CI installs Chromium (.ci/run); on a developer machine
 * without it the test is skipped.
 */
class BrowserRenderingTest {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private static Process browser;
	private static Path profile;
	private static Page page;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startBrowser() throws Exception {
		boolean ci = System.getenv("CI") != null;
		if (!ci) {
			Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (CI installs it)");
		}
		browser = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--user-data-dir=" + (profile = Files.createTempDirectory("qualspec-chromium-")),
				"--remote-debugging-port=0", "about:blank").redirectErrorStream(true).start();
		String endpoint = devToolsEndpoint(browser);
		page = Page.open(endpoint);
	}

	/**
	 * Stops Chromium and waits for it, then removes its profile (outside JUnit's temporary folder, which
	 * Chromium could still be writing to while JUnit deletes it).
	 */
	@AfterAll
	static void stopBrowser() throws Exception {
		if (browser != null) {
			browser.destroy();
			if (!browser.waitFor(20, TimeUnit.SECONDS)) {
				browser.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
			}
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	@Test
	void everyHandbookAndUnitDocumentRendersWithoutConsoleErrors() throws Exception {
		HtmlDocuments html = new HtmlDocuments(null);
		List<String> problems = new ArrayList<>();
		for (ResolvedQualification qualification : Examples.qualifications()) {
			problems.addAll(page.load(handbook(html, qualification)));
			// a qualification whose structure was not transcribed lists no unit
			for (ResolvedMembership first : qualification.memberships().stream().limit(1).toList()) {
				Path unit = dir.resolve(io.qualspec.catalogue.OutputNames.slug(qualification.number()) + "-unit.html");
				Files.writeString(unit, html.unitDocument(UnitPage.of(qualification, first)));
				problems.addAll(page.load(unit));
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(page.loads.get() >= 22, "every document was loaded: " + page.loads.get());
	}

	/**
	 * axe-core's rule landmark-unique, read from Chromium's accessibility tree: no two landmarks of a handbook
	 * share a role and an accessible name (the 603/2730/3 handbook has a text section "Grading" beside the
	 * generated grading part), and every region is named.
	 */
	@Test
	void everyLandmarkOfEveryHandbookHasAUniqueName() throws Exception {
		HtmlDocuments html = new HtmlDocuments(null);
		List<String> problems = new ArrayList<>();
		for (ResolvedQualification qualification : Examples.qualifications()) {
			Path handbook = handbook(html, qualification);
			page.load(handbook);
			List<String> landmarks = page.landmarks();
			assertTrue(landmarks.contains("main \"\""), handbook.getFileName() + ": " + landmarks);
			Set<String> seen = new HashSet<>();
			for (String landmark : landmarks) {
				if (!seen.add(landmark)) {
					problems.add(handbook.getFileName() + ": two landmarks " + landmark);
				}
				if (landmark.equals("region \"\"")) {
					problems.add(handbook.getFileName() + ": a region without a name");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theLandmarkCheckSeesTwoRegionsOfTheSameName() throws Exception {
		Path twice = dir.resolve("twice.html");
		Files.writeString(twice, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
				+ "<section aria-label=\"Grading\"><p>a</p></section><section aria-label=\"Grading\"><p>b</p></section>"
				+ "</main></body></html>");
		page.load(twice);
		assertEquals(List.of("main \"\"", "region \"Grading\"", "region \"Grading\""), page.landmarks());
	}

	@Test
	void theHarnessSeesConsoleErrorsAndMissingResources() throws Exception {
		Path broken = dir.resolve("control.html");
		Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><head><title>c</title></head><body>"
				+ "<img src=\"missing.png\" alt=\"\"><script>console.error('control error')</script></body></html>");
		List<String> problems = page.load(broken);
		assertTrue(problems.stream().anyMatch(p -> p.contains("control error")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("missing.png") || p.contains("failed to load")), problems.toString());
	}

	/** The qualification's handbook written to the temporary folder. */
	private static Path handbook(HtmlDocuments html, ResolvedQualification qualification) throws IOException {
		Path handbook = dir.resolve(qualification.number().replace('/', '-') + ".html");
		Files.writeString(handbook, html.handbook(qualification, new Analyser(qualification.ruleSet()).analyse()));
		return handbook;
	}

	/** Reads "DevTools listening on ws://..." from Chromium's output. */
	private static String devToolsEndpoint(Process process) throws IOException {
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			int at = line.indexOf("ws://");
			if (line.contains("DevTools listening on") && at >= 0) {
				String endpoint = line.substring(at).trim();
				Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
				drain.setDaemon(true);
				drain.start();
				return endpoint;
			}
		}
		throw new IllegalStateException("Chromium did not start its DevTools endpoint");
	}

	/** One browser tab driven over the DevTools protocol. */
	private static final class Page implements WebSocket.Listener {

		/** The ARIA landmark roles (WAI-ARIA 1.2, 5.3.4), as Chromium names them. */
		private static final Set<String> LANDMARK_ROLES = Set.of("banner", "complementary", "contentinfo", "form", "main",
				"navigation", "region", "search");

		private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
		private final List<String> events = new CopyOnWriteArrayList<>();
		private final AtomicInteger ids = new AtomicInteger();
		private final AtomicInteger loads = new AtomicInteger();
		private final StringBuilder partial = new StringBuilder();
		private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
		private WebSocket socket;
		private String session;

		static Page open(String browserEndpoint) throws Exception {
			Page page = new Page();
			page.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(browserEndpoint), page)
					.get(30, TimeUnit.SECONDS);
			JsonObject target = page.call(null, "Target.createTarget", Map.of("url", "about:blank"));
			JsonObject attached = page.call(null, "Target.attachToTarget",
					Map.of("targetId", target.get("targetId").getAsString(), "flatten", true));
			page.session = attached.get("sessionId").getAsString();
			for (String domain : List.of("Runtime.enable", "Log.enable", "Page.enable", "Network.enable")) {
				page.call(page.session, domain, Map.of());
			}
			return page;
		}

		/** Loads a file and returns every console error, exception and failed request it caused. */
		List<String> load(Path file) throws Exception {
			events.clear();
			loaded = new CompletableFuture<>();
			call(session, "Page.navigate", Map.of("url", file.toUri().toString()));
			loaded.get(60, TimeUnit.SECONDS);
			Thread.sleep(200);
			loads.incrementAndGet();
			return events.stream().map(event -> file.getFileName() + ": " + event).toList();
		}

		/** The landmarks of the loaded page as "role \"accessible name\"", in document order. */
		List<String> landmarks() throws Exception {
			List<String> landmarks = new ArrayList<>();
			for (JsonElement node : call(session, "Accessibility.getFullAXTree", Map.of()).getAsJsonArray("nodes")) {
				JsonObject n = node.getAsJsonObject();
				String role = n.has("role") ? n.getAsJsonObject("role").get("value").getAsString() : "";
				if (LANDMARK_ROLES.contains(role) && !(n.has("ignored") && n.get("ignored").getAsBoolean())) {
					String name = n.has("name") ? n.getAsJsonObject("name").get("value").getAsString() : "";
					landmarks.add(role + " \"" + name + "\"");
				}
			}
			return landmarks;
		}

		private JsonObject call(String sessionId, String method, Map<String, Object> params) throws Exception {
			int id = ids.incrementAndGet();
			JsonObject message = new JsonObject();
			message.addProperty("id", id);
			message.addProperty("method", method);
			message.add("params", new com.google.gson.Gson().toJsonTree(params));
			if (sessionId != null) {
				message.addProperty("sessionId", sessionId);
			}
			CompletableFuture<JsonObject> reply = new CompletableFuture<>();
			replies.put(id, reply);
			socket.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
			JsonObject result = reply.get(60, TimeUnit.SECONDS);
			if (result.has("error")) {
				throw new IllegalStateException(method + ": " + result.get("error"));
			}
			return result.getAsJsonObject("result");
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
				partial.setLength(0);
				handle(message);
			}
			webSocket.request(1);
			return null;
		}

		private void handle(JsonObject message) {
			if (message.has("id")) {
				CompletableFuture<JsonObject> reply = replies.remove(message.get("id").getAsInt());
				if (reply != null) {
					reply.complete(message);
				}
				return;
			}
			String method = message.has("method") ? message.get("method").getAsString() : "";
			JsonObject params = message.has("params") ? message.getAsJsonObject("params") : new JsonObject();
			switch (method) {
				case "Page.loadEventFired" -> loaded.complete(null);
				case "Runtime.exceptionThrown" -> events.add("exception: " + params.getAsJsonObject("exceptionDetails"));
				case "Runtime.consoleAPICalled" -> {
					String type = params.get("type").getAsString();
					if (type.equals("error") || type.equals("assert")) {
						events.add("console " + type + ": " + params.get("args"));
					}
				}
				case "Log.entryAdded" -> {
					JsonObject entry = params.getAsJsonObject("entry");
					String level = entry.get("level").getAsString();
					if (level.equals("error")) {
						events.add("log " + level + ": " + entry.get("text").getAsString());
					}
				}
				case "Network.loadingFailed" -> events.add("failed to load: " + params);
				default -> {
				}
			}
		}
	}
}
