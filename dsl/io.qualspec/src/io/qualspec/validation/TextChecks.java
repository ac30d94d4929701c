package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.qualspec.catalogue.ResolvedCriterion;
import io.qualspec.catalogue.SourceLocation;
import io.qualspec.qualspec.AssessmentCriterion;
import io.qualspec.qualspec.LearningOutcome;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.SharedCriterion;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;

/**
 * Texts: empty texts, criterion texts repeated within a unit or across a
 * library's units, and hygiene a typesetter would catch: mixed quote styles, final full stops used in some
 * items of a list and not others, doubled spaces. Cheap, local checks: they run while typing.
 */
public class TextChecks extends QualspecChecks {

	/** The texts that say what a thing is, and how a message names them. */
	private static final Map<EAttribute, String> REQUIRED_TEXTS = Map.of(Literals.ELEMENT__TITLE, "title",
			Literals.UNIT__TITLE, "unit title", Literals.LEARNING_OUTCOME__TEXT, "outcome text",
			Literals.ASSESSMENT_CRITERION__TEXT, "criterion text", Literals.SHARED_CRITERION__TEXT, "criterion text",
			Literals.TEACHING_CONTENT__TEXT, "content text");

	/** The most characters a cell of an XLSX workbook holds. */
	public static final int MAX_TEXT_LENGTH = 32_767;

	/** How many other places a message names before it counts the rest. */
	private static final int PLACES_NAMED = 3;
	private static final Pattern DOUBLED_SPACE = Pattern.compile(" {2,}");
	private static final Pattern STRAIGHT_QUOTE = Pattern.compile("['\"]");
	private static final Pattern CURLY_QUOTE = Pattern.compile("[\u2018\u2019\u201C\u201D]");
	private static final String CURLY = "curly";
	private static final String STRAIGHT = "straight";
	private static final String ADD = "add";
	private static final String REMOVE = "remove";

	@Check
	public void checkTextNotBlank(EObject object) {
		REQUIRED_TEXTS.forEach((feature, name) -> {
			if (feature.getEContainingClass().isInstance(object) && object.eGet(feature) instanceof String text
					&& text.isBlank()) {
				report("The " + name + " is empty: write the text as the handbook prints it.", object, feature,
						QualspecIssueCodes.EMPTY_TEXT);
			}
		});
	}

	/** Two criteria of one unit that ask for the same thing (compared as {@code comparable} normalises them). */
	@Check
	public void checkCriteriaDifferWithinAUnit(Unit unit) {
		Map<String, AssessmentCriterion> seen = new LinkedHashMap<>();
		for (LearningOutcome outcome : unit.getOutcomes()) {
			for (AssessmentCriterion criterion : outcome.getCriteria()) {
				String text = ResolvedCriterion.textOf(criterion);
				AssessmentCriterion first = text == null || text.isBlank() ? null : seen.putIfAbsent(comparable(text), criterion);
				if (first != null) {
					report("Criterion " + criterion.getNumber() + " repeats criterion " + first.getNumber() + " (line "
							+ SourceLocation.of(first).line() + ") of this unit: \"" + text + "\"; each criterion of a unit "
							+ "asks for something different.", criterion, textFeature(criterion),
							QualspecIssueCodes.DUPLICATE_TEXT, first.getNumber());
				}
			}
		}
	}

	/**
	 * A criterion text written out in several units of one library, or written out where the library already
	 * defines it as a shared criterion text, is maintained in several places. Reported at each; issue data:
	 * the shared criterion to use, when there is one.
	 */
	@Check(CheckType.NORMAL)
	public void checkCriterionTextsShared(UnitLibrary library) {
		Map<String, List<AssessmentCriterion>> writtenOut = new LinkedHashMap<>();
		for (Unit unit : library.getUnits()) {
			for (LearningOutcome outcome : unit.getOutcomes()) {
				for (AssessmentCriterion criterion : outcome.getCriteria()) {
					if (criterion.getText() != null && !criterion.getText().isBlank()) {
						writtenOut.computeIfAbsent(comparable(criterion.getText()), key -> new ArrayList<>()).add(criterion);
					}
				}
			}
		}
		Map<SharedCriterion, Pattern> templates = new LinkedHashMap<>();
		for (SharedCriterion shared : library.getSharedCriteria()) {
			// a shared text that is nothing but its "{...}" part would match every criterion
			if (shared.getText() != null && !shared.getText().replaceAll("\\{[^}]*\\}", "").isBlank()) {
				templates.put(shared, template(shared));
			}
		}
		for (List<AssessmentCriterion> criteria : writtenOut.values()) {
			Map<Unit, Long> inEachUnit = criteria.stream().collect(Collectors.groupingBy(TextChecks::unit, Collectors.counting()));
			for (AssessmentCriterion criterion : criteria) {
				SharedCriterion shared = null;
				Matcher sharedText = null;
				for (Map.Entry<SharedCriterion, Pattern> template : templates.entrySet()) {
					Matcher matcher = template.getValue().matcher(normalised(criterion.getText()));
					if (shared == null && matcher.matches()) {
						shared = template.getKey();
						sharedText = matcher;
					}
				}
				// a text written in thousands of units is named by its first few places, so the check stays linear
				List<AssessmentCriterion> inOtherUnits = criteria.stream().filter(other -> unit(other) != unit(criterion))
						.limit(PLACES_NAMED + 1).toList();
				if (shared != null) {
					String argument = sharedText.groupCount() > 0 ? " (\"" + sharedText.group(1) + "\")" : "";
					report("Criterion " + criterion.getNumber() + " writes out the library's shared criterion text "
							+ shared.getName() + ": write 'uses " + shared.getName() + argument + "' so that the text is kept "
							+ "in one place.", criterion, Literals.ASSESSMENT_CRITERION__TEXT, QualspecIssueCodes.DUPLICATE_TEXT,
							shared.getName());
				} else if (!inOtherUnits.isEmpty()) {
					long others = criteria.size() - inEachUnit.get(unit(criterion));
					report("The text of criterion " + criterion.getNumber() + " is also written in " + places(inOtherUnits, others)
							+ ": define it once in the library ('criterion text Name \"...\"') and write 'uses Name' in "
							+ "each unit.", criterion, Literals.ASSESSMENT_CRITERION__TEXT, QualspecIssueCodes.DUPLICATE_TEXT);
				}
			}
		}
	}

	/**
	 * Curly and straight quotes in one unit look different in print. Every text written in the unit counts
	 * (a shared criterion text is the library's); the texts holding the minority style are reported, with
	 * the majority style as issue data (curly on a tie, as the handbooks are typeset).
	 */
	@Check
	public void checkQuoteStyle(Unit unit) {
		List<EObject> elements = elementsOf(unit);
		QuoteCount quotes = QuoteCount.of(elements);
		if (quotes.straight() == 0 || quotes.curly() == 0) {
			return;
		}
		String majority = quotes.style();
		Pattern minority = CURLY.equals(majority) ? STRAIGHT_QUOTE : CURLY_QUOTE;
		for (EObject element : elements) {
			texts(element).forEach((feature, text) -> {
				if (minority.matcher(text).find()) {
					report("This text uses " + (CURLY.equals(majority) ? STRAIGHT : CURLY) + " quotes or apostrophes, but most of "
							+ "the unit uses " + majority + " ones (" + quotes.curly() + " curly, " + quotes.straight()
							+ " straight): use one style in a unit.", element, feature, QualspecIssueCodes.MIXED_QUOTES, majority);
				}
			});
		}
	}

	/**
	 * The units of one library are typeset alike: a unit whose texts mostly use the other quote style than most of
	 * the library's units (those that have quotes or apostrophes at all) is reported at its title, with the
	 * library's style as issue data (curly on a tie). Quotes mixed inside one unit are {@link #checkQuoteStyle}'s.
	 */
	@Check(CheckType.NORMAL)
	public void checkQuoteStyleAcrossUnits(UnitLibrary library) {
		Map<Unit, String> styles = new LinkedHashMap<>();
		for (Unit unit : library.getUnits()) {
			QuoteCount quotes = QuoteCount.of(elementsOf(unit));
			if (quotes.straight() + quotes.curly() > 0) {
				styles.put(unit, quotes.style());
			}
		}
		long curlyUnits = styles.values().stream().filter(CURLY::equals).count();
		long straightUnits = styles.size() - curlyUnits;
		if (curlyUnits == 0 || straightUnits == 0) {
			return;
		}
		String majority = curlyUnits >= straightUnits ? CURLY : STRAIGHT;
		long alike = Math.max(curlyUnits, straightUnits);
		styles.forEach((unit, style) -> {
			if (!style.equals(majority)) {
				report("Unit " + unit.getName() + " writes " + style + " quotes and apostrophes, but " + alike + " of the "
						+ styles.size() + " units of this library that have any write " + majority + " ones: use one style "
						+ "across the library's units.", unit, Literals.UNIT__TITLE, QualspecIssueCodes.QUOTES_ACROSS_UNITS,
						majority);
			}
		});
	}

	/** Quotes and apostrophes in a unit's texts, by style. */
	private record QuoteCount(int straight, int curly) {

		static QuoteCount of(List<EObject> elements) {
			int straight = 0;
			int curly = 0;
			for (EObject element : elements) {
				for (String text : texts(element).values()) {
					for (int i = 0; i < text.length(); i++) {
						switch (text.charAt(i)) {
						case '\'', '"' -> straight++;
						case '\u2018', '\u2019', '\u201C', '\u201D' -> curly++;
						default -> { }
						}
					}
				}
			}
			return new QuoteCount(straight, curly);
		}

		/** The style most quotes are written in, curly on a tie (as the handbooks are typeset). */
		String style() {
			return curly >= straight ? CURLY : STRAIGHT;
		}
	}

	/**
	 * A unit and everything written in it (a shared criterion text is the library's, not the unit's).
	 */
	private static List<EObject> elementsOf(Unit unit) {
		List<EObject> elements = new ArrayList<>(List.of(unit));
		unit.eAllContents().forEachRemaining(elements::add);
		return elements;
	}

	@Check
	public void checkFullStopsOfOutcomes(Unit unit) {
		checkFullStops(unit.getOutcomes(), LearningOutcome::getText, outcome -> Literals.LEARNING_OUTCOME__TEXT,
				outcome -> "Outcome " + outcome.getNumber(), "the unit's outcomes");
	}

	@Check
	public void checkFullStopsOfCriteria(LearningOutcome outcome) {
		checkFullStops(outcome.getCriteria(), ResolvedCriterion::textOf, TextChecks::textFeature,
				criterion -> "Criterion " + criterion.getNumber(), "the criteria of outcome " + outcome.getNumber());
	}

	/**
	 * Within one list, either every text ends with a full stop or none does. The minority is reported (on
	 * a tie, the texts with a full stop: list items completing "The learner can:" usually carry none).
	 */
	private <T extends EObject> void checkFullStops(List<T> items, Function<T, String> text,
			Function<T, EStructuralFeature> feature, Function<T, String> name, String list) {
		List<T> withStop = new ArrayList<>();
		List<T> withoutStop = new ArrayList<>();
		for (T item : items) {
			String value = text.apply(item);
			if (value != null && !value.isBlank()) {
				(PlainText.endsWithFullStop(value) ? withStop : withoutStop).add(item);
			}
		}
		if (withStop.isEmpty() || withoutStop.isEmpty()) {
			return;
		}
		boolean add = withStop.size() > withoutStop.size();
		int total = withStop.size() + withoutStop.size();
		for (T item : add ? withoutStop : withStop) {
			report(add ? name.apply(item) + " ends without a full stop, but " + withStop.size() + " of the " + total + " texts of "
					+ list + " end with one: end every text of a list alike."
					: name.apply(item) + " ends with a full stop, but " + withoutStop.size() + " of the " + total + " texts of " + list
							+ " do not: end every text of a list alike.",
					item, feature.apply(item), QualspecIssueCodes.FINAL_FULL_STOP, add ? ADD : REMOVE);
		}
	}

	/**
	 * Characters no generated document can hold: the C0 controls other than tab, line feed and carriage return
	 * (XML 1.0, and so HTML-to-PDF and DOCX, forbid them) and the noncharacters U+FFFE and U+FFFF; and texts
	 * longer than a spreadsheet cell holds. Both would otherwise only fail when the documents are generated.
	 */
	@Check
	public void checkTextsFitEveryOutput(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = object.eGet(attribute);
			List<?> values = attribute.isMany() ? (List<?>) value : Collections.singletonList(value);
			for (int index = 0; index < values.size(); index++) {
				if (!(values.get(index) instanceof String text)) {
					continue;
				}
				int at = attribute.isMany() ? index : -1;
				int forbidden = firstForbiddenCharacter(text);
				if (forbidden >= 0) {
					report(String.format("This text holds the control character U+%04X at character %d: no generated "
							+ "document can hold it; delete it or write the character meant.", (int) text.charAt(forbidden),
							forbidden + 1), object, attribute, at, QualspecIssueCodes.CONTROL_CHARACTER);
				}
				int undecodable = text.indexOf('\uFFFD');
				if (undecodable >= 0) {
					report(String.format("This text holds U+FFFD at character %d, the character put for bytes that are not "
							+ "UTF-8: the file was probably saved in another encoding (Windows-1252, Latin-1). Save it as UTF-8 "
							+ "and write the character meant.", undecodable + 1), object, attribute, at,
							QualspecIssueCodes.UNDECODABLE_TEXT);
				}
				if (text.length() > MAX_TEXT_LENGTH) {
					report(String.format("This text has %,d characters; a spreadsheet cell holds at most %,d: split it "
							+ "or shorten it.", text.length(), MAX_TEXT_LENGTH), object, attribute, at,
							QualspecIssueCodes.TEXT_TOO_LONG);
				}
			}
		}
	}

	/** The index of the first character no generated document can hold, or -1. */
	static int firstForbiddenCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Every run of two or more spaces in a quoted text, reported at its exact place in the file: the offsets
	 * come from the text as written (with its escapes), not from the string's value.
	 */
	@Check
	public void checkDoubledSpaces(EObject object) {
		for (Map.Entry<EAttribute, String> text : texts(object).entrySet()) {
			if (!text.getValue().contains("  ")) {
				continue; // the value holds every run of spaces the text as written holds: no need to find its nodes
			}
			for (INode node : NodeModelUtils.findNodesForFeature(object, text.getKey())) {
				if (node.getGrammarElement() instanceof RuleCall call && "STRING".equals(call.getRule().getName())) {
					Matcher spaces = DOUBLED_SPACE.matcher(node.getText());
					while (spaces.find()) {
						report("This text has " + spaces.group().length() + " spaces in a row: write one space.", object,
								node.getOffset() + spaces.start(), spaces.group().length(), QualspecIssueCodes.DOUBLED_SPACE);
					}
				}
			}
		}
	}

	/** The text-valued attributes of an element that are set, one value each (lists: their values joined). */
	private static Map<EAttribute, String> texts(EObject element) {
		Map<EAttribute, String> texts = new LinkedHashMap<>();
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() == EcorePackage.Literals.ESTRING) {
				Object value = element.eGet(attribute);
				if (value instanceof String text) {
					texts.put(attribute, text);
				} else if (value instanceof List<?> list && !list.isEmpty()) {
					texts.put(attribute, String.join("\n", list.stream().map(String::valueOf).toList()));
				}
			}
		}
		return texts;
	}

	/** A text for comparison: case, spacing, quote style and a final full stop do not count. */
	private static String comparable(String text) {
		return normalised(text).toLowerCase(Locale.ROOT);
	}

	/** The text with its spacing, quotes and final full stop normalised, its case kept. */
	private static String normalised(String text) {
		String plain = PlainText.of(text);
		return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
	}

	/** A shared text as a pattern over normalised texts, its "{...}" part matching what a use supplies. */
	private static Pattern template(SharedCriterion shared) {
		String[] parts = normalised(shared.getText()).split("\\{[^}]*\\}", -1);
		List<String> quoted = Arrays.stream(parts).map(Pattern::quote).toList();
		return Pattern.compile(String.join("(.+)", quoted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The first {@link #PLACES_NAMED} of the places, and how many more there are. */
	private static String places(List<AssessmentCriterion> criteria, long count) {
		String named = String.join(", ", criteria.stream().limit(PLACES_NAMED).map(c -> "unit " + unit(c).getName()
				+ " (criterion " + c.getNumber() + ", line " + SourceLocation.of(c).line() + ")").toList());
		return count > PLACES_NAMED ? named + " and " + (count - PLACES_NAMED) + " more places" : named;
	}

	private static Unit unit(AssessmentCriterion criterion) {
		return criterion.eContainer() != null && criterion.eContainer().eContainer() instanceof Unit unit ? unit : null;
	}

	/** Where a criterion's text is written: its own text, or the shared text it uses. */
	static EStructuralFeature textFeature(AssessmentCriterion criterion) {
		return criterion.getShared() != null ? Literals.ASSESSMENT_CRITERION__SHARED : Literals.ASSESSMENT_CRITERION__TEXT;
	}
}
