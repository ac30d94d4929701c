package io.qualspec.rules.tests;

import java.util.List;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.rules.model.RuleSet;

/** The repository's examples, loaded once per test JVM, as the engine sees them. */
final class Examples {

	private Examples() {
	}

	static RuleSet ruleSet(String qualificationNumber) {
		return io.qualspec.testing.Examples.qualification(qualificationNumber).ruleSet();
	}

	static List<RuleSet> all() {
		return io.qualspec.testing.Examples.qualifications().stream().map(ResolvedQualification::ruleSet).toList();
	}
}
