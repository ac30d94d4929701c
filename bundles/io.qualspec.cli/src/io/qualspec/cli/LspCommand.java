package io.qualspec.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.util.Modules;

import io.qualspec.ide.server.QualspecLanguageServer;

import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true,
		header = "Runs the language server over standard input and output.",
		description = { "The Language Server Protocol, with the validators, content assist,",
				"hover, navigation, formatting and quick fixes." })
final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		// Xtext's launcher finds the language through its ISetup service registration (io.qualspec.ide); the
		// server answers initialize at once and builds the workspace behind the answer. LSP4J's message
		// validation, a development aid on by default, reflects over every message both ways (a whole library's
		// text on didOpen, every completion item): the editors send well-formed messages, so it is off.
		ServerLauncher.launch(ServerLauncher.class.getName(), new String[] { ServerLauncher.NO_VALIDATE }, Modules.override(new ServerModule())
				.with(binder -> binder.bind(LanguageServerImpl.class).to(QualspecLanguageServer.class)));
		return 0;
	}
}
