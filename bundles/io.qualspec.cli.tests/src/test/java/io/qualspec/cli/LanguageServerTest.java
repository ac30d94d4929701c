package io.qualspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.qualspec.testing.Repository;
import io.qualspec.scoping.UnresolvedReferenceMessages;
import io.qualspec.validation.QualspecIssueCodes;


/**
 * A real LSP client (LSP4J) speaking JSON-RPC over standard input and output to "qualspec lsp" running as
 * its own process (the command's main class on this test's class path), on the examples folder.
 */
class LanguageServerTest {

	private static final Path EXAMPLES = Repository.examples();
	private static final Path CAMBRIDGE = EXAMPLES.resolve("ocr/cambridge-technical/level-2-diploma-customer-service-603-2730-3.qspec");

	private static final Map<String, PublishDiagnosticsParams> DIAGNOSTICS = new ConcurrentHashMap<>();
	/** The workspace's progress as reported, and the files diagnosed when each report came. */
	private static final List<String> PROGRESS = new CopyOnWriteArrayList<>();
	private static LanguageServer server;
	private static Process process;

	@BeforeAll
	static void start() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		// as ./qualspec starts it: library logging goes to standard error, never into the protocol stream
		process = new ProcessBuilder(java.toString(), "-Dlog4j.configuration=qualspec-log4j.properties", "-cp",
				System.getProperty("java.class.path"), Main.class.getName(), "lsp")
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(
				new DiagnosticsClient(diagnostics -> DIAGNOSTICS.put(diagnostics.getUri(), diagnostics), 
						progress -> PROGRESS.add(described(progress))), process.getInputStream(),
				process.getOutputStream());
		clientSide.startListening();
		server = clientSide.getRemoteProxy();

		InitializeParams initialize = new InitializeParams();
		// Xtext 2.42's workspace manager reads the single root URI (workspace folders alone leave it null)
		initialize.setRootUri(EXAMPLES.toUri().toString());
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(EXAMPLES.toUri().toString(), "examples")));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWindow(new WindowClientCapabilities());
		capabilities.getWindow().setWorkDoneProgress(true);
		initialize.setCapabilities(capabilities);
		server.initialize(initialize).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(
				CAMBRIDGE.toUri().toString(), "qualspec", 1, Files.readString(CAMBRIDGE))));
	}

	@AfterAll
	static void stop() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		server.exit();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	@Test
	void publishesDiagnosticsForTheWorkspaceAndABrokenFile() throws Exception {
		waitFor(() -> DIAGNOSTICS.containsKey(CAMBRIDGE.toUri().toString()));
		assertTrue(DIAGNOSTICS.get(CAMBRIDGE.toUri().toString()).getDiagnostics().stream()
				.noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));

		String broken = EXAMPLES.resolve("ocr/broken-in-editor.qspec").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(broken, "qualspec", 1,
				"use ocr.cambridgetechnical.customerservice\nqualification 603/2730/3 \"Q\" {\n\tunits { unit 1 = Z/999/9999 }\n}\n")));
		waitFor(() -> DIAGNOSTICS.containsKey(broken));
		var diagnostic = DIAGNOSTICS.get(broken).getDiagnostics().get(0);
		assertEquals(2, diagnostic.getRange().getStart().getLine());
		String message = diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
		assertTrue(message.contains("Z/999/9999"), message);
	}

	@Test
	void completesUnitReferencesWithUnitsOfTheImportedLibrary() throws Exception {
		Position position = positionAfter(CAMBRIDGE, "unit 1 = ");
		var completion = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()), position))
				.get(30, TimeUnit.SECONDS);
		List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(labels.stream().anyMatch(label -> label.contains("/")), "URNs proposed: " + labels);
	}

	@Test
	void goesToTheDefinitionOfAUnitInItsLibraryFile() throws Exception {
		Position position = positionAfter(CAMBRIDGE, "unit 1 = ");
		var definition = server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()), position))
				.get(30, TimeUnit.SECONDS);
		List<? extends Location> locations = definition.getLeft();
		assertFalse(locations.isEmpty());
		assertTrue(locations.get(0).getUri().endsWith("cambridge-technical/units.qspec"), locations.get(0).getUri());
	}

	@Test
	void hoversOverAUnitReference() throws Exception {
		Position position = positionAfter(CAMBRIDGE, "unit 1 = ");
		Hover hover = server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()), position))
				.get(30, TimeUnit.SECONDS);
		String text = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
		assertTrue(text.contains("**R/615/5441** Principles of working in service sector organisations"), text);
		assertTrue(text.contains("60 GLH"), text);
		assertTrue(text.contains("Defined in ocr.cambridgetechnical.customerservice, units.qspec"), text);
	}

	@Test
	void reportsTheChecksOfTheWorkspaceAsProgressEndingOnceEveryFileIsDiagnosed() throws Exception {
		int files = Repository.exampleFiles().size();
		waitFor(() -> PROGRESS.stream().anyMatch(report -> report.startsWith("end")));
		assertTrue(PROGRESS.get(0).startsWith("begin Qualspec: reading the workspace"), PROGRESS.toString());
		assertTrue(PROGRESS.stream().anyMatch(report -> report.startsWith("report checking: 1 of " + files + " files")),
				PROGRESS.toString());
		String end = PROGRESS.stream().filter(report -> report.startsWith("end")).findFirst().orElseThrow();
		assertTrue(end.startsWith("end " + files + " files checked"), end);
		// every example file has its diagnostics by the time the end is reported
		int diagnosedAtEnd = Integer.parseInt(end.substring(end.lastIndexOf('@') + 1));
		assertTrue(diagnosedAtEnd >= files, end);
	}

	@Test
	void proposesEachUnitOnceWithItsTitleLevelCreditsAndGlh() throws Exception {
		var completion = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()),
						positionAfter(CAMBRIDGE, "unit 1 = ")))
				.get(30, TimeUnit.SECONDS);
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertEquals(labels.size(), Set.copyOf(labels).size(), "each unit once: " + labels);
		// the library the file uses is in scope unqualified: its units are not proposed a second time with its name
		assertTrue(labels.stream().noneMatch(label -> label.startsWith("ocr.cambridgetechnical.customerservice.")), labels.toString());
		// Cambridge Technicals in Customer Service handbook, unit 1: R/615/5441, 60 GLH (its units have no credits)
		CompletionItem unit1 = items.stream().filter(item -> item.getLabel().equals("R/615/5441")).findFirst().orElseThrow();
		assertEquals("Principles of working in service sector organisations", unit1.getDetail());
		assertEquals("60 GLH", unit1.getDocumentation().getLeft());
	}

	@Test
	void narrowsTheProposalsToTheNumberTyped() throws Exception {
		String uri = EXAMPLES.resolve("completion-in-editor.qspec").toUri().toString();
		String text = "use ocr.customerservice.nvq\nqualification 601/0000/X \"Q\" {\n\tgroup A \"A\" mandatory {\n\t\tunit 1 = F/601/16\n\t}\n}\n";
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "qualspec", 1, text)));
		var completion = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 19))).get(30, TimeUnit.SECONDS);
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		// the library's units numbered F/601/16..: F/601/1609 only (OCR Customer Service NVQ handbook, unit tables, level
		// 1, 4 credits, 30 GLH); no keyword that would be glued to the number ("F/601/16sector")
		assertEquals(List.of("F/601/1609"), items.stream().map(CompletionItem::getLabel)
				.filter(label -> Character.isLetterOrDigit(label.charAt(0))).toList());
		assertEquals("Communicate using customer service language", items.get(0).getDetail());
		assertEquals("Level 1, 4 credits, 30 GLH", items.get(0).getDocumentation().getLeft());
		server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	@Test
	void aMistypedCheckLetterOffersTheUnitWithTheSameDigits() throws Exception {
		String fixed = applyQuickFix("check-letter.qspec", SMALL_QUALIFICATION.formatted("601/0000/X", "", "")
				.replace("unit F1 = F/601/1609", "unit F1 = A/601/1609"), UnresolvedReferenceMessages.REFERENCE_CHECK_LETTER);
		assertTrue(fixed.contains("unit F1 = F/601/1609"), fixed);
	}

	@Test
	void hoversAndGoesToTheLibraryOfAUseLine() throws Exception {
		Position onUse = positionAfter(CAMBRIDGE, "use ocr.");
		Hover hover = server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()), onUse)).get(30, TimeUnit.SECONDS);
		String text = hover.getContents().getRight().getValue();
		long units = Files.readAllLines(EXAMPLES.resolve("ocr/cambridge-technical/units.qspec")).stream()
				.filter(line -> line.matches("\\tunit [A-Z]/\\d{3}/\\d{4} .*")).count();
		assertTrue(text.startsWith("**ocr.cambridgetechnical.customerservice**"), text);
		assertTrue(text.contains(units + " units"), text);
		List<? extends Location> definition = server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()), onUse))
				.get(30, TimeUnit.SECONDS).getLeft();
		assertEquals(1, definition.size());
		assertTrue(definition.get(0).getUri().endsWith("cambridge-technical/units.qspec"), definition.get(0).getUri());
	}

	@Test
	void renamesAUnitWhereverItsNumberIsWritten() throws Exception {
		Position onReference = positionAfter(CAMBRIDGE, "unit 1 = ");
		TextDocumentIdentifier cambridge = new TextDocumentIdentifier(CAMBRIDGE.toUri().toString());
		var prepared = server.getTextDocumentService().prepareRename(new PrepareRenameParams(cambridge, onReference))
				.get(30, TimeUnit.SECONDS);
		assertEquals("R/615/5441", prepared.getSecond().getPlaceholder());

		var wrongLetter = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
				.rename(new RenameParams(cambridge, onReference, "R/615/5449")).get(30, TimeUnit.SECONDS));
		assertTrue(wrongLetter.getCause().getMessage().contains("The check letter of 615/5449 is F"), wrongLetter.getMessage());
		var taken = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
				.rename(new RenameParams(cambridge, onReference, "Y/615/5442")).get(30, TimeUnit.SECONDS));
		assertTrue(taken.getCause().getMessage().contains("already describes a unit Y/615/5442"), taken.getMessage());

		// 6·8 + 1·7 + 5·6 + 5·5 + 4·4 + 4·3 + 9·2 = 156, 156 mod 11 = 2: F
		WorkspaceEdit edit = server.getTextDocumentService().rename(new RenameParams(cambridge, onReference, "F/615/5449"))
				.get(30, TimeUnit.SECONDS);
		int edits = 0;
		for (Map.Entry<String, List<TextEdit>> file : edit.getChanges().entrySet()) {
			List<String> lines = Files.readAllLines(Path.of(java.net.URI.create(file.getKey())));
			for (TextEdit change : file.getValue()) {
				assertEquals("F/615/5449", change.getNewText());
				Position start = change.getRange().getStart();
				assertEquals("R/615/5441", lines.get(start.getLine()).substring(start.getCharacter(), change.getRange().getEnd().getCharacter()));
				edits++;
			}
		}
		// every place the number is written outside comments and quoted text
		assertEquals(writtenOutsideCommentsAndTexts("R/615/5441"), edits);
		assertTrue(edit.getChanges().keySet().stream().anyMatch(uri -> uri.endsWith("cambridge-technical/units.qspec")));
	}

	@Test
	void formatsAFormattedFileWithNoEditsAndReindentsComments() throws Exception {
		var none = server.getTextDocumentService().formatting(new DocumentFormattingParams(
				new TextDocumentIdentifier(CAMBRIDGE.toUri().toString()), new FormattingOptions(4, false))).get(30, TimeUnit.SECONDS);
		assertEquals(List.of(), none);

		String uri = EXAMPLES.resolve("format-in-editor.qspec").toUri().toString();
		String text = "unit library demo.shop \"Demo\" {\n\tunit R/999/0003 \"Communicate\" {\n"
				+ "level 1\n\t      // over-indented\n\t\tcredits 4\n\t}\n}\n";
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "qualspec", 1, text)));
		var edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri),
				new FormattingOptions(4, false))).get(30, TimeUnit.SECONDS);
		assertEquals("unit library demo.shop \"Demo\" {\n\tunit R/999/0003 \"Communicate\" {\n"
				+ "\t\tlevel 1\n\t\t// over-indented\n\t\tcredits 4\n\t}\n}\n", applied(text, new ArrayList<>(edits)));
		server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	@Test
	void anEditGetsTheFastChecksAndASaveEveryCheck() throws Exception {
		String uri = EXAMPLES.resolve("library-in-editor.qspec").toUri().toString();
		String text = """
				unit library demo.editing "Editing" {
					unit J/999/0001 "Communicate" {
						outcome 1 "Know how to greet customers." {
							criterion 1.1 "Explain how to greet customers."
						}
					}
					unit L/999/0002 "Listen" {
						outcome 1 "Know how to listen to customers." {
							criterion 1.1 "Describe how to listen to customers."
						}
					}
				}
				""";
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "qualspec", 1, text)));
		waitFor(() -> DIAGNOSTICS.containsKey(uri));
		assertEquals(List.of(), withCode(uri, QualspecIssueCodes.DUPLICATE_TEXT));
		// the second unit's criterion now repeats the first's: a check over the whole library (CheckType.NORMAL)
		DIAGNOSTICS.remove(uri);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(text.replace("Describe how to listen to customers.", "Explain how to greet customers.")))));
		waitFor(() -> DIAGNOSTICS.containsKey(uri));
		assertEquals(List.of(), withCode(uri, QualspecIssueCodes.DUPLICATE_TEXT), "fast checks only while typing");
		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		waitFor(() -> withCode(uri, QualspecIssueCodes.DUPLICATE_TEXT).size() == 2, () -> "after saving: " + DIAGNOSTICS.get(uri));
		server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	/** How often a text is written in the examples outside comments and quoted texts. */
	private static int writtenOutsideCommentsAndTexts(String text) throws IOException {
		int count = 0;
		for (Path file : Repository.exampleFiles()) {
			for (String line : Files.readAllLines(file)) {
				String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*", "");
				for (int at = code.indexOf(text); at >= 0; at = code.indexOf(text, at + 1)) {
					count++;
				}
			}
		}
		return count;
	}

	private static String described(ProgressParams progress) {
		return switch (progress.getValue().getLeft()) {
			case WorkDoneProgressBegin begin -> "begin " + begin.getTitle() + ": " + begin.getMessage();
			case WorkDoneProgressReport report -> "report " + report.getMessage();
			case WorkDoneProgressEnd end -> "end " + end.getMessage() + " @" + DIAGNOSTICS.size();
			default -> "other";
		};
	}

	/** A qualification of two mandatory units of the examples' NVQ library (30 GLH each). */
	private static final String SMALL_QUALIFICATION = """
			use ocr.customerservice.nvq
			qualification %s "Quick fix test certificate" {
				%s
				group A "Mandatory units" mandatory {
					unit F1 = F/601/1609
					unit F2 = L/601/1614
				}
				rules {
					require all units from A
				}
				%s
			}
			""";

	@Test
	void quickFixCorrectsAQualificationCheckCharacter() throws Exception {
		String fixed = applyQuickFix("check-character.qspec",
				SMALL_QUALIFICATION.formatted("601/0000/0", "", ""), QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER);
		assertTrue(fixed.contains("qualification 601/0000/X \"Quick fix test certificate\""), fixed);
	}

	@Test
	void quickFixStatesTheComputedMinimumGlh() throws Exception {
		String fixed = applyQuickFix("stated-size.qspec", SMALL_QUALIFICATION.formatted("601/0000/X", "glh at least 75", ""),
				QualspecIssueCodes.STATED_SIZE);
		assertTrue(fixed.contains("glh at least 60"), fixed);
	}

	@Test
	void quickFixExpectsWhatTheEngineComputes() throws Exception {
		String example = "example \"Learner A\" {\n\t\tunit F1 achieved\n\t\texpect eligible\n\t}";
		String fixed = applyQuickFix("worked-example.qspec", SMALL_QUALIFICATION.formatted("601/0000/X", "", example),
				QualspecIssueCodes.WORKED_EXAMPLE);
		assertTrue(fixed.contains("unit F1 achieved\n\t\texpect not eligible"), fixed);
	}

	@Test
	void quickFixTakesTheTitleOfTheOtherDescriptionOfASharedUnit() throws Exception {
		String library = "unit library quickfix.copy \"Copy\" {\n\tunit F/601/1609 \"Communicate using customer service language.\" {\n\t}\n}\n";
		String fixed = applyQuickFix("shared-unit.qspec", library, QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		assertTrue(fixed.contains("unit F/601/1609 \"Communicate using customer service language\" {"), fixed);
	}

	@Test
	void quickFixWritesTheSumOfTheUnitsIntoADeclaredTotal() throws Exception {
		String fixed = applyQuickFix("declared-total.qspec", SMALL_QUALIFICATION.formatted("601/0000/X", "", "")
				.replace("require all units from A", "require all units from A (2 units, 6 credits)"),
				QualspecIssueCodes.DECLARED_TOTAL);
		assertTrue(fixed.contains("require all units from A (2 units, 8 credits)"), fixed);
	}

	@Test
	void quickFixMakesTheTqtTenHoursPerCredit() throws Exception {
		String fixed = applyQuickFix("tqt.qspec", SMALL_QUALIFICATION.formatted("601/0000/X", "credits 8\n\ttqt 90", ""),
				QualspecIssueCodes.TQT_CREDITS);
		assertTrue(fixed.contains("tqt 80"), fixed);
	}

	/** A unit library of one unit (F/601/9001, a number no example uses) with these outcomes. */
	private static String unitWithOutcomes(String outcomes) {
		return "unit library quickfix.outcomes \"Quick fix units\" {\n\tunit F/601/9001 \"Deal with customers face to face\" {\n"
				+ outcomes + "\t}\n}\n";
	}

	@Test
	void quickFixRenumbersAnOutcome() throws Exception {
		String fixed = applyQuickFix("outcome-numbering.qspec", unitWithOutcomes("""
						outcome 1 "Know how to deal with customers face to face." {
							criterion 1.1 "Explain how to deal with customers face to face."
						}
						outcome 3 "Be able to communicate effectively with customers." {
						}
				"""), QualspecIssueCodes.OUTCOME_NUMBERING);
		assertTrue(fixed.contains("outcome 2 \"Be able to communicate"), fixed);
	}

	@Test
	void quickFixRenumbersACriterion() throws Exception {
		String fixed = applyQuickFix("criterion-numbering.qspec", unitWithOutcomes("""
						outcome 1 "Know how to deal with customers face to face." {
							criterion 1.1 "Explain how to deal with customers face to face."
							criterion 1.3 "Describe the organisation's procedures for dealing with customers."
						}
				"""), QualspecIssueCodes.CRITERION_NUMBERING);
		assertTrue(fixed.contains("criterion 1.2 \"Describe"), fixed);
	}

	@Test
	void quickFixesTidyTheTextOfAUnit() throws Exception {
		String doubled = applyQuickFix("doubled-space.qspec", unitWithOutcomes("""
						outcome 1 "Know how to deal with customers face to face." {
							criterion 1.1 "Explain how to deal with  customers face to face."
						}
				"""), QualspecIssueCodes.DOUBLED_SPACE);
		assertTrue(doubled.contains("\"Explain how to deal with customers face to face.\""), doubled);

		String quotes = applyQuickFix("mixed-quotes.qspec", unitWithOutcomes("""
						outcome 1 "Know the organisation\u2019s procedures." {
							criterion 1.1 "Explain the organisation\u2019s service offer."
							criterion 1.2 "Describe the customer's expectations."
						}
				"""), QualspecIssueCodes.MIXED_QUOTES);
		assertTrue(quotes.contains("\"Describe the customer\u2019s expectations.\""), quotes);

		String stops = applyQuickFix("final-stop.qspec", unitWithOutcomes("""
						outcome 1 "Know how to deal with customers face to face." {
							criterion 1.1 "Explain how to deal with customers face to face."
						}
						outcome 2 "Be able to communicate effectively with customers" {
							criterion 2.1 "Communicate with customers in a way that makes them feel valued."
						}
						outcome 3 "Be able to deal with customers face to face." {
							criterion 3.1 "Deal with customers in a way that meets their expectations."
						}
				"""), QualspecIssueCodes.FINAL_FULL_STOP);
		assertTrue(stops.contains("\"Be able to communicate effectively with customers.\""), stops);
	}

	/**
	 * Opens a document, takes the server's first diagnostic with the code, asks for its code actions, applies
	 * the first one's edit to the text and sends the result: the server must then report no diagnostic with
	 * that code (nor any error). Returns the fixed text.
	 */
	private static String applyQuickFix(String name, String text, String code) throws Exception {
		String uri = EXAMPLES.resolve("quick-fix-" + name).toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "qualspec", 1, text)));
		waitFor(() -> DIAGNOSTICS.containsKey(uri) && !withCode(uri, code).isEmpty());
		Diagnostic diagnostic = withCode(uri, code).get(0);
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(new CodeActionParams(
				new TextDocumentIdentifier(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))))
				.get(30, TimeUnit.SECONDS);
		assertFalse(actions.isEmpty(), "a quick fix for " + code);
		List<TextEdit> edits = actions.get(0).getRight().getEdit().getChanges().get(uri);
		String fixed = applied(text, edits);
		DIAGNOSTICS.remove(uri);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		// saved, as an author does after a fix: every check runs (checks over a library or the analysis wait for it)
		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		waitFor(() -> DIAGNOSTICS.containsKey(uri) && withCode(uri, code).isEmpty()
				&& DIAGNOSTICS.get(uri).getDiagnostics().stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
				() -> "after the fix: " + DIAGNOSTICS.get(uri));
		server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		return fixed;
	}

	private static List<Diagnostic> withCode(String uri, String code) {
		return DIAGNOSTICS.get(uri).getDiagnostics().stream()
				.filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
	}

	/** The text with the edits applied, the last first so that earlier offsets stay valid. */
	private static String applied(String text, List<TextEdit> edits) {
		List<String> lines = List.of(text.split("\n", -1));
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted((a, b) -> offset(lines, b.getRange().getStart()) - offset(lines, a.getRange().getStart()))
				.forEach(edit -> result.replace(offset(lines, edit.getRange().getStart()), offset(lines, edit.getRange().getEnd()),
						edit.getNewText()));
		return result.toString();
	}

	private static int offset(List<String> lines, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset += lines.get(line).length() + 1;
		}
		return offset + position.getCharacter();
	}

	private static Position positionAfter(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int line = 0; line < lines.size(); line++) {
			int column = lines.get(line).indexOf(text);
			if (column >= 0) {
				return new Position(line, column + text.length() + 1);
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		waitFor(condition, () -> "timed out waiting for the server");
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> state)
			throws InterruptedException {
		for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
			Thread.sleep(100);
		}
		assertTrue(condition.getAsBoolean(), state);
	}
}
