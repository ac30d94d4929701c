package io.qualspec.rules.analysis;

import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.RuleSet;

/**
 * The analyser with another width for its dynamic program's first probe (package-private in the engine), so
 * that the property tests in {@code io.qualspec.rules.tests} can check the exact pass on its own: with no probe
 * only dominance between states drops states, and with a probe of one state the selection it finds is seldom the
 * best, so the bound on what the units still to come can add drops states against a total that is beaten.
 */
public final class ProbeWidths {

	private ProbeWidths() {
	}

	public static Analysis.Extreme optimum(RuleSet ruleSet, Measure measure, boolean maximise, int probeWidth) {
		return new Analyser(ruleSet, probeWidth).optimum(measure, maximise);
	}
}
