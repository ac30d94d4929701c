package io.qualspec.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;

import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true,
		header = "Runs the language server over standard input and output.",
		description = { "The Language Server Protocol, with the validators, content assist,",
				"hover, navigation, formatting and quick fixes." })
final class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		// Xtext's launcher finds the language through its ISetup service registration (io.qualspec.ide).
		ServerLauncher.main(new String[0]);
		return 0;
	}
}
