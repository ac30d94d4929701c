package io.qualspec.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Value conversion for Qualspec's data type rules. */
public class QualspecValueConverters extends DefaultTerminalConverters {

	@Inject
	private QualifiedNameValueConverter qualifiedNameConverter;

	/** Library names may escape a keyword with '^' ("ocr.customerservice.^diploma"). */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return qualifiedNameConverter;
	}

	/**
	 * A unit key is a qualified name whose last segment may be a URN (the '^' escapes are dropped), or an
	 * awarding organisation's own unit code in quotes.
	 */
	@ValueConverter(rule = "UnitKey")
	public IValueConverter<String> unitKey() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) {
				if (text == null) {
					return null;
				}
				String trimmed = text.trim();
				return trimmed.startsWith("\"") ? STRING().toValue(trimmed, node) : trimmed.replaceAll("\\s+", "").replace("^", "");
			}

			@Override
			public String toString(String value) {
				return value == null || value.matches("\\d+|\\^?[A-Za-z_]\\w*(\\.\\^?[A-Za-z_]\\w*)*(/\\d+/\\d+)?") ? value : STRING().toString(value);
			}
		};
	}

	/** A grading criterion code as written, without the spaces the parser allows around its dot: "A.P1". */
	@ValueConverter(rule = "CriterionCode")
	public IValueConverter<String> criterionCode() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) {
				return text == null ? null : text.replaceAll("\\s+", "");
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}

	/** A whole number that may be left out of the text (its feature is then null). */
	@ValueConverter(rule = "NumberValue")
	public IValueConverter<Integer> numberValue() {
		return new WholeNumber("a whole number", null);
	}

	/** The keyword written for Entry level; stored as level 0. */
	public static final String ENTRY_LEVEL = "entry";

	@ValueConverter(rule = "LevelValue")
	public IValueConverter<Integer> levelValue() {
		return new WholeNumber("a level: 'entry' or a number from 1 to 8", ENTRY_LEVEL);
	}

	/** A number as written; {@code zeroWord}, where not null, is written for 0 and read as 0 ("entry"). */
	private record WholeNumber(String what, String zeroWord) implements IValueConverter<Integer> {

		@Override
		public Integer toValue(String text, INode node) {
			String trimmed = text == null ? "" : text.trim();
			if (trimmed.equals(zeroWord)) {
				return 0;
			}
			if (trimmed.isEmpty()) {
				return null; // nothing parsed here: the parser has reported the syntax error ("level two")
			}
			try {
				return Integer.valueOf(trimmed);
			} catch (NumberFormatException e) {
				// no cause: Xtext would report the cause's message ("For input string: ...") instead of this one
				throw new ValueConverterException("Expected " + what + ", not '" + trimmed + "'.", node, null);
			}
		}

		@Override
		public String toString(Integer value) {
			if (value == null) {
				throw new ValueConverterException("Expected " + what + ", not nothing.", null, null);
			}
			return value == 0 && zeroWord != null ? zeroWord : value.toString();
		}
	}
}
