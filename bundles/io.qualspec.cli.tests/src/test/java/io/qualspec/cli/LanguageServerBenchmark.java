package io.qualspec.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.qualspec.testing.Repository;

/**
 * A harness that prints figures, not a timed test: run it with {@code ./mvnw -B verify -Dqualspec.benchmark=true}.
 * It starts the language server as an editor does (its own process, on examples/) five times and prints, as medians,
 * how long {@code initialize} takes to answer and how long until every file of the workspace has its diagnostics
 * (the time Xtext's own server took to answer {@code initialize}, since it built the workspace first).
 */
@EnabledIfSystemProperty(named = "qualspec.benchmark", matches = "true")
class LanguageServerBenchmark {

	@Test
	void initializeAnswersBeforeTheWorkspaceIsBuilt() throws Exception {
		Path examples = Repository.examples();
		Set<String> files = Set.copyOf(Repository.exampleFiles().stream().map(f -> f.toUri().toString()).toList());
		List<Double> answered = new ArrayList<>();
		List<Double> diagnosed = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			Set<String> published = ConcurrentHashMap.newKeySet();
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Dlog4j.configuration=qualspec-log4j.properties", "-cp", System.getProperty("java.class.path"),
					Main.class.getName(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new DiagnosticsClient(diagnostics -> published.add(diagnostics.getUri())), process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams params = new InitializeParams();
			params.setRootUri(examples.toUri().toString());
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(examples.toUri().toString(), "examples")));
			params.setCapabilities(new ClientCapabilities());
			long start = System.nanoTime();
			server.initialize(params).get(120, TimeUnit.SECONDS);
			answered.add((System.nanoTime() - start) / 1e9);
			server.initialized(new InitializedParams());
			while (!published.containsAll(files) && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
				Thread.sleep(20);
			}
			diagnosed.add((System.nanoTime() - start) / 1e9);
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			process.waitFor(30, TimeUnit.SECONDS);
			process.destroyForcibly();
		}
		System.out.printf("BENCHMARK language server on examples/ (%d files), median of 5 runs: initialize answered after %.2f s, "
				+ "every file diagnosed after %.2f s%n", files.size(), median(answered), median(diagnosed));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
