package io.qualspec.cli;

/**
 * One unit library of many units in one file, every text its own (no criterion text written twice, so the
 * duplicate-text check reports nothing): what an editor holds when a large library is open.
 */
final class SyntheticLibrary {

	private SyntheticLibrary() {
	}

	static String text(int units) {
		StringBuilder text = new StringBuilder("unit library bench.big \"Big library\" {\n");
		for (int u = 0; u < units; u++) {
			int credits = 2 + u % 8;
			text.append("\tunit %s \"Synthetic unit %d\" {\n\t\tlevel %d\n\t\tcredits %d\n\t\tglh %d\n\t\tassessment internal\n"
					.formatted(PipelineBenchmark.SyntheticCatalogue.urn(u), u, 1 + u % 3, credits, credits * 6 + u % 5));
			for (int outcome = 1; outcome <= 3; outcome++) {
				text.append("\t\toutcome %d \"Understand topic %d of unit %d\" {\n".formatted(outcome, outcome, u));
				for (int criterion = 1; criterion <= 4; criterion++) {
					text.append("\t\t\tcriterion %d.%d \"Explain aspect %d of topic %d in unit %d\"\n"
							.formatted(outcome, criterion, criterion, outcome, u));
				}
				text.append("\t\t}\n");
			}
			text.append("\t}\n");
		}
		return text.append("}\n").toString();
	}
}
