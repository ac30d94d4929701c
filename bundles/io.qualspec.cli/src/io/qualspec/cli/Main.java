package io.qualspec.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The qualspec command. Exit codes: 0 success, 1 errors in the specifications or inputs, 2 usage errors.
 */
@Command(name = "qualspec", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		description = "Qualification specifications: validate, analyse, check learners, format, generate documents, serve editors.",
		subcommands = { ValidateCommand.class, AnalyseCommand.class, CheckCommand.class, FormatCommand.class,
				GenerateCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public final class Main implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(run(Terminal.system(), args));
	}

	static int run(Terminal terminal, String... args) {
		CommandLine commandLine = new CommandLine(new Main()).setOut(new java.io.PrintWriter(terminal.out, true))
				.setErr(new java.io.PrintWriter(terminal.err, true));
		commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
			terminal.err.println(terminal.red("qualspec: ") + (e.getMessage() == null ? e.toString() : e.getMessage()));
			return 1;
		});
		for (CommandLine sub : commandLine.getSubcommands().values()) {
			if (sub.getCommand() instanceof TerminalAware command) {
				command.use(terminal);
			}
		}
		return commandLine.execute(args);
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** A command that writes to the terminal it is given (tests give one over buffers). */
	interface TerminalAware {
		void use(Terminal terminal);
	}

	/** The version from the bundle manifest (Bundle-Version), or "development" when run from classes. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			try {
				Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
				if (location.toString().endsWith(".jar")) {
					try (JarFile jar = new JarFile(location.toFile())) {
						return new String[] { "qualspec " + jar.getManifest().getMainAttributes().getValue("Bundle-Version") };
					}
				}
			} catch (IOException | URISyntaxException | RuntimeException e) {
				// fall through: not packaged
			}
			return new String[] { "qualspec development build" };
		}
	}
}
