package io.qualspec.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The qualspec command. Exit codes: 0 success, 1 errors in the specifications or inputs, 2 usage errors.
 */
@Command(name = "qualspec", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		// help lines are written whole and at most 78 characters, so picocli (80 columns) never breaks one
		description = { "Qualification specifications on the command line:",
				"validate, analyse, check learners, format, generate documents, serve editors." },
		subcommands = { ValidateCommand.class, AnalyseCommand.class, CheckCommand.class, FormatCommand.class,
				GenerateCommand.class, ImportCommand.class, DiffCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public final class Main implements Callable<Integer> {

	/** Exit code of a usage error (picocli's own for a bad option). */
	static final int USAGE_ERROR = 2;

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

	/** Without a command there is nothing to do: the usage goes to standard error, as for any usage error. */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return USAGE_ERROR;
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
