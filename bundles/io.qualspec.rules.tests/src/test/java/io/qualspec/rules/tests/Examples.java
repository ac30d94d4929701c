package io.qualspec.rules.tests;

import java.util.List;

import io.qualspec.catalogue.RuleSets;
import io.qualspec.rules.model.RuleSet;

/** The repository's examples, loaded once per test JVM, as the engine sees them. */
final class Examples {

	private Examples() {
	}

	static RuleSet ruleSet(String qualificationNumber) {
		return RuleSets.of(io.qualspec.testing.Examples.qualification(qualificationNumber));
	}

	static List<RuleSet> all() {
		return io.qualspec.testing.Examples.qualifications().stream().map(RuleSets::of).toList();
	}
}
