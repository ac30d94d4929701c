package io.qualspec.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
		header = "Checks specifications and prints every diagnostic.",
		description = { "Each diagnostic is printed as file:line:col: severity: message [code].",
				"Exits with 0 when there is no error, 1 on errors, 2 on a usage error." })
final class ValidateCommand extends SpecificationCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		return Diagnostics.report(load(), terminal) ? 1 : 0;
	}
}
