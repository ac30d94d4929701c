package io.qualspec.rules.model;

/** "take the matching knowledge and applied units together": both units or neither. */
public record PairedUnits(String first, String second, boolean advisory) implements Rule {

	@Override
	public String text() {
		return "unit " + first + " and unit " + second + " together";
	}
}
