package io.qualspec.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

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
		// a file with diagnostics (example-diagnostics.txt lists six), opened as soon as the editor is initialized
		String opened = examples.resolve("ocr/contact-centre/level-2-nvq-certificate-600-2451-3.qspec").toUri().toString();
		List<Double> answered = new ArrayList<>();
		List<Double> openedDiagnosed = new ArrayList<>();
		List<Double> everyFileChecked = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			Set<String> withDiagnostics = ConcurrentHashMap.newKeySet();
			CompletableFuture<Void> checked = new CompletableFuture<>();
			try (RunningServer running = RunningServer.start(examples, diagnostics -> {
				if (!diagnostics.getDiagnostics().isEmpty()) {
					withDiagnostics.add(diagnostics.getUri());
				}
			}, progress -> {
				if (progress.getValue().getLeft() instanceof WorkDoneProgressEnd) {
					checked.complete(null);
				}
			})) {
				answered.add(running.initializeSeconds());
				running.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
						new TextDocumentItem(opened, "qspec", 1, Files.readString(Path.of(java.net.URI.create(opened))))));
				while (!withDiagnostics.contains(opened) && running.seconds() < 120) {
					Thread.sleep(10);
				}
				openedDiagnosed.add(running.seconds());
				checked.get(120, TimeUnit.SECONDS);
				everyFileChecked.add(running.seconds());
			}
		}
		System.out.printf("BENCHMARK language server on examples/ (%d files), median of 5 runs from the start of the process: "
				+ "initialize answered after %.2f s, the file opened after it diagnosed after %.2f s, every file checked "
				+ "(progress ended) after %.2f s%n", Repository.exampleFiles().size(), median(answered),
				median(openedDiagnosed), median(everyFileChecked));
	}

	/**
	 * A one-character edit in a library of 2,000 units (one file, each unit with three outcomes of four criteria),
	 * as an editor sends it: the time from {@code didChange} to the file's new diagnostics, ten edits, and the time of
	 * a completion of a unit reference in a qualification of that catalogue.
	 */
	@Test
	void anEditInA2000UnitLibraryAndACompletionInIt(@TempDir Path workspace) throws Exception {
		Path library = workspace.resolve("library.qspec");
		Files.writeString(library, SyntheticLibrary.text(2_000));
		Path qualification = workspace.resolve("qualification.qspec");
		String qualificationText = "use bench.big\n\nqualification " + PipelineBenchmark.SyntheticCatalogue.qn(0)
				+ " \"Synthetic Level 2 Certificate\" {\n\tlevel 2\n\tgroup A \"Group A\" mandatory {\n\t\tunit 1 = \n\t}\n}\n";
		Files.writeString(qualification, qualificationText);
		// a qualification already written with the library, as a workspace has them
		Files.writeString(workspace.resolve("written.qspec"), "use bench.big\n\nqualification "
				+ PipelineBenchmark.SyntheticCatalogue.qn(1) + " \"Synthetic Level 3 Certificate\" {\n\tlevel 3\n\tgroup A \"Group A\" "
				+ "mandatory {\n\t\tunit 1 = " + PipelineBenchmark.SyntheticCatalogue.urn(1) + "\n\t\tunit 2 = "
				+ PipelineBenchmark.SyntheticCatalogue.urn(2) + "\n\t}\n}\n");
		String libraryUri = library.toUri().toString();
		BlockingQueue<Long> diagnosedAt = new LinkedBlockingQueue<>();
		try (RunningServer running = RunningServer.start(workspace, diagnostics -> {
			if (diagnostics.getUri().equals(libraryUri)) {
				diagnosedAt.add(System.nanoTime());
			}
		}, progress -> { })) {
			double built = waitFor(diagnosedAt, running) ? running.seconds() : Double.NaN;
			String text = Files.readString(library);
			running.server().getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(libraryUri, "qspec", 1, text)));
			waitFor(diagnosedAt, running);
			// the title of unit 1000 gets one more character, then loses it again
			int line = (int) text.lines().takeWhile(l -> !l.contains("\"Synthetic unit 1000\"")).count();
			int column = text.lines().skip(line).findFirst().orElseThrow().indexOf("1000") + 4;
			List<Double> edits = new ArrayList<>();
			for (int edit = 0; edit < 10; edit++) {
				diagnosedAt.clear();
				Range at = edit % 2 == 0 ? new Range(new Position(line, column), new Position(line, column))
						: new Range(new Position(line, column), new Position(line, column + 1));
				long sent = System.nanoTime();
				running.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(libraryUri, edit + 2),
						List.of(new TextDocumentContentChangeEvent(at, edit % 2 == 0 ? "x" : ""))));
				Long published = diagnosedAt.poll(120, TimeUnit.SECONDS);
				edits.add(published == null ? Double.NaN : (published - sent) / 1e6);
			}
			running.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(qualification.toUri().toString(), "qspec", 1, qualificationText)));
			List<Double> completions = new ArrayList<>();
			int items = 0;
			for (int request = 0; request < 10; request++) {
				CompletionParams params = new CompletionParams(new TextDocumentIdentifier(qualification.toUri().toString()),
						new Position(5, 11));
				long sent = System.nanoTime();
				Either<List<CompletionItem>, CompletionList> answer = running.server().getTextDocumentService().completion(params)
						.get(120, TimeUnit.SECONDS);
				completions.add((System.nanoTime() - sent) / 1e6);
				items = answer.isLeft() ? answer.getLeft().size() : answer.getRight().getItems().size();
			}
			System.out.printf("BENCHMARK language server, a 2,000-unit library (%,d bytes): built and diagnosed %.2f s after start; "
					+ "one-character edit to new diagnostics, median of 10: %.0f ms (first %.0f ms); completion of a unit "
					+ "reference (%d items): first %.0f ms, median of 10 %.0f ms%n", text.length(), built, median(edits),
					edits.get(0), items, completions.get(0), median(completions));
		}
	}

	private static boolean waitFor(BlockingQueue<Long> diagnosedAt, RunningServer running) throws InterruptedException {
		return diagnosedAt.poll(Math.max(1, 180 - (long) running.seconds()), TimeUnit.SECONDS) != null;
	}

	/** The language server in its own process, as an editor starts it, initialized on a folder. */
	private record RunningServer(Process process, LanguageServer server, long started, double initializeSeconds)
			implements AutoCloseable {

		static RunningServer start(Path folder, Consumer<PublishDiagnosticsParams> published, Consumer<ProgressParams> progress)
				throws Exception {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Dlog4j.configuration=qualspec-log4j.properties", "-cp", System.getProperty("java.class.path"),
					Main.class.getName(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new DiagnosticsClient(published, progress),
					process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams params = new InitializeParams();
			params.setRootUri(folder.toUri().toString());
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())));
			ClientCapabilities capabilities = new ClientCapabilities();
			capabilities.setWindow(new WindowClientCapabilities());
			capabilities.getWindow().setWorkDoneProgress(true);
			params.setCapabilities(capabilities);
			server.initialize(params).get(120, TimeUnit.SECONDS);
			double initialize = (System.nanoTime() - start) / 1e9;
			server.initialized(new InitializedParams());
			return new RunningServer(process, server, start, initialize);
		}

		double seconds() {
			return (System.nanoTime() - started) / 1e9;
		}

		@Override
		public void close() throws Exception {
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			process.waitFor(30, TimeUnit.SECONDS);
			process.destroyForcibly();
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
