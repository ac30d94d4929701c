package io.qualspec.rules.model;

/** "a candidate may take either, but not both". */
public record BarredPair(String first, String second, boolean advisory) implements Rule {

	@Override
	public String text() {
		return "not both unit " + first + " and unit " + second;
	}
}
