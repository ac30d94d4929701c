package io.qualspec.rules.dmn;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.qualspec.rules.model.AwardGrade;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.Grading.Band;
import io.qualspec.rules.model.Grading.PointsRow;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;

/**
 * A qualification's points-based grading (docs/language.md, "Grading") as DMN 1.3 decision tables, to publish beside the
 * JSON rule set. Two decisions:
 * <ul>
 * <li>{@value #UNIT_POINTS}: the points one unit scores, from its id (for points overrides such as "an
 * achievement of unit 1 will be awarded 20 points"), its GLH and its grade, and, where the points table has a
 * row per credit ("points per credit: pass 7, merit 8, distinction 9"), its credits: a unit that no row of its
 * GLH scores scores its credits times the figure;</li>
 * <li>{@value #QUALIFICATION_GRADE}: the qualification grade, from the total of the unit points and
 * whether the hurdles are met: a grade's word, or the letters of a grade of several letters ("D*D").</li>
 * </ul>
 * The tables give what the {@link io.qualspec.rules.evaluation.Evaluator} gives for every input, including
 * the cases the handbook leaves implicit: an override scores for any achievement
 * ({@link Grade#isAchievement()}), a grade or GLH the points table has no cell for scores 0 (as does a unit
 * scored per credit that states no credits), only the first points row for a GLH figure and the first row per
 * credit count, a total that no band contains grades unclassified, and where bands overlap the first band
 * listed takes the total.
 * <p>
 * What stays in the engine: choosing the result of each unit (best or last attempt, refused resits, grades
 * from criteria met), summing the points, and the hurdles ("unit 1 achieved and at least a Pass for all
 * other units") with the rule of combination. Hurdles quantify over the units of a record, which a decision
 * table over one row of inputs cannot state; the table takes their verdict as the boolean input
 * {@code hurdlesMet}, which the caller sets to false when a hurdle fails or the rule of combination is not
 * met (the engine grades such a record unclassified whatever its points). Compensation ("unclassified in
 * optional units up to 60 glh") relaxes the hurdles, so it is part of that verdict too: hurdlesMet is true when
 * the units below a hurdle's minimum are all within the compensation. A compensated unit scores its cell of
 * the points table (Unclassified, Near Pass), which {@value #UNIT_POINTS} gives.
 * <p>
 * The document is built with DOM and serialised by the JDK, so every name, title and description is
 * escaped as XML; unit ids inside FEEL string literals are escaped as FEEL first. The output is
 * deterministic: ids and row order follow the rule set, never hash order.
 */
public final class GradingDmn {

	/** The DMN 1.3 model namespace. */
	public static final String DMN_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/MODEL/";

	/** FEEL as of DMN 1.3, the expression and type language of every expression in the document. */
	public static final String FEEL_NAMESPACE = "https://www.omg.org/spec/DMN/20191111/FEEL/";

	/** Id and name of the decision that scores one unit. */
	public static final String UNIT_POINTS = "unitPoints";

	/** Id and name of the decision that grades the qualification. */
	public static final String QUALIFICATION_GRADE = "qualificationGrade";

	/** Input names (FEEL variables) of the two decisions. */
	public static final String UNIT = "unit", GLH = "glh", CREDITS = "credits", GRADE = "grade",
			TOTAL_POINTS = "totalPoints", HURDLES_MET = "hurdlesMet";

	/** Output names of the two decision tables. */
	public static final String POINTS = "points", QUALIFICATION_GRADE_OUTPUT = "grade";

	private static final String UNCLASSIFIED = gradeValue(Grade.UNCLASSIFIED);

	private GradingDmn() {
	}

	/** Whether the rule set has points-based grading: not pass/fail, with a points table and bands. */
	public static boolean supports(RuleSet ruleSet) {
		Grading grading = ruleSet.grading();
		return grading != null && !grading.passOrFail() && !grading.points().isEmpty() && !grading.bands().isEmpty();
	}

	/** The DMN document, or empty for a qualification graded pass/fail or not graded at all. */
	public static Optional<String> export(RuleSet ruleSet) {
		return supports(ruleSet) ? Optional.of(write(ruleSet)) : Optional.empty();
	}

	/**
	 * The DMN 1.3 document for a rule set with points-based grading.
	 *
	 * @throws IllegalArgumentException when the qualification is graded pass/fail or not at all (see
	 *         {@link #supports(RuleSet)}): there are no points to put in a table, so there is no DMN; and when
	 *         an overridden unit's id has a control character other than tab, line feed and carriage return,
	 *         a line or paragraph separator or a lone surrogate, which Camunda's FEEL engine does not read
	 *         back from an escape.
	 */
	public static String write(RuleSet ruleSet) {
		if (!supports(ruleSet)) {
			throw new IllegalArgumentException("no points-based grading in " + ruleSet.qualification()
					+ ": only a qualification graded by points and bands has a DMN export");
		}
		try {
			return serialise(new GradingDmn.Writer(ruleSet).document());
		} catch (ParserConfigurationException | TransformerException e) {
			throw new IllegalStateException("the JDK's XML support failed", e);
		}
	}

	/**
	 * The string a grade is in the DMN inputs and outputs: the JSON rule set's word for it, the constant's name
	 * in lower case with hyphens ("achieved", "not-achieved", "pass", "merit", "distinction",
	 * "distinction-star", "unclassified", "fail").
	 */
	public static String gradeValue(Grade grade) {
		return grade.word();
	}

	/** The string a qualification grade is in the DMN output: a grade's word, or its letters ("D*D"). */
	public static String gradeValue(AwardGrade grade) {
		return grade.word();
	}

	/** The grade a DMN grade string stands for, the inverse of {@link #gradeValue(Grade)}. */
	public static Optional<Grade> grade(String value) {
		return Grade.fromWord(value).filter(grade -> grade.word().equals(value));
	}

	/**
	 * A FEEL string literal: quotes, backslashes, line feeds, carriage returns and tabs escaped.
	 *
	 * @throws IllegalArgumentException for other control characters, line and paragraph separators and lone
	 *         surrogates: FEEL spells them as code point escapes, which feel-scala (Camunda's FEEL engine)
	 *         does not decode, so the table would silently fail to match the unit.
	 */
	static String feelString(String text) {
		StringBuilder literal = new StringBuilder("\"");
		text.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> {
					if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c >= 0xD800 && c <= 0xDFFF) {
						throw new IllegalArgumentException(
								String.format("U+%04X cannot be written in a portable FEEL string", c));
					} else {
						literal.appendCodePoint(c);
					}
				}
			}
		});
		return literal.append('"').toString();
	}

	/** A comma-separated list of FEEL string literals, for "one of" and "not(...)" tests. */
	private static String feelStrings(List<String> values) {
		return String.join(", ", values.stream().map(GradingDmn::feelString).toList());
	}

	/** Text with the characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) replaced. */
	static String xmlText(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
					|| c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
			clean.appendCodePoint(allowed ? c : 0xFFFD);
		});
		return clean.toString();
	}

	private static String serialise(Document document) throws TransformerException {
		// the JDK's own transformer: newInstance() takes whichever one is on the class path (Saxon, with a test
		// library), and Saxon refuses the JDK's attributes below
		TransformerFactory factory = TransformerFactory.newDefaultInstance();
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
		Transformer transformer = factory.newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.setOutputProperty(OutputKeys.INDENT, "yes");
		transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
		StringWriter out = new StringWriter();
		transformer.transform(new DOMSource(document), new StreamResult(out));
		// The JDK serialiser writes no line break after the declaration when the document is standalone.
		String xml = out.toString().replace("?><definitions", "?>\n<definitions");
		return xml.endsWith("\n") ? xml : xml + "\n";
	}

	/** A stretch of totals [from, to] (null ends are unbounded) and the grade the engine gives it. */
	private record Stretch(Long from, Long to, String grade, Set<String> why) {
	}

	/** Builds the document for one rule set. */
	private static final class Writer {

		private final RuleSet ruleSet;
		private final Grading grading;
		private Document document;

		Writer(RuleSet ruleSet) {
			this.ruleSet = ruleSet;
			this.grading = ruleSet.grading();
		}

		Document document() throws ParserConfigurationException {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			document = factory.newDocumentBuilder().newDocument();
			document.setXmlStandalone(true);

			String qualification = ruleSet.qualification() == null ? "unnamed" : ruleSet.qualification();
			Element definitions = element(document, "definitions");
			definitions.setAttribute("id", "qualspec_grading_" + idPart(qualification));
			definitions.setAttribute("name",
					xmlText(qualification + (ruleSet.title() == null ? "" : " " + ruleSet.title()) + " grading"));
			definitions.setAttribute("namespace",
					"urn:qualspec:grading:" + URLEncoder.encode(qualification, StandardCharsets.UTF_8));
			definitions.setAttribute("expressionLanguage", FEEL_NAMESPACE);
			definitions.setAttribute("typeLanguage", FEEL_NAMESPACE);
			definitions.setAttribute("exporter", "Qualspec");
			description(definitions, "Grading of " + qualification
					+ (ruleSet.title() == null ? "" : " (" + ruleSet.title() + ")")
					+ " exported by Qualspec from its rule set. " + UNIT_POINTS + " scores one unit; the sum over the"
					+ " learner's units is the totalPoints of " + QUALIFICATION_GRADE + ". Choosing each unit's result"
					+ " (resits, best result), the hurdles and the rule of combination stay in the Qualspec engine:"
					+ " " + QUALIFICATION_GRADE + " takes their verdict as the input hurdlesMet"
					+ (grading.compensation() == null ? "" : ", which compensation (" + grading.compensation().text()
							+ ") is part of") + ".");

			inputData(definitions, UNIT, "string", "The unit's id in the qualification (its local number, or its URN"
					+ " where the specification prints none).");
			inputData(definitions, GLH, "number", "The unit's guided learning hours (null where none are stated).");
			if (perCreditRow() != null) {
				inputData(definitions, CREDITS, "number", "The unit's credit value (null where none is stated); a unit"
						+ " that no row of its GLH scores scores its credits times the figure per credit.");
			}
			inputData(definitions, GRADE, "string", "The unit's result: " + feelStrings(gradeValues()) + ".");
			inputData(definitions, TOTAL_POINTS, "number", "The sum of " + UNIT_POINTS + " over the learner's units.");
			inputData(definitions, HURDLES_MET, "boolean", hurdlesText());

			unitPoints(definitions);
			qualificationGrade(definitions);
			return document;
		}

		private String hurdlesText() {
			String hurdles = grading.hurdles().isEmpty() ? "none"
					: String.join("; ", grading.hurdles().stream().map(Grading.Hurdle::text).toList());
			String compensation = grading.compensation() == null ? ""
					: ", units below a hurdle's minimum being allowed within the compensation (" + grading.compensation().text() + ")";
			return "True when every hurdle holds (hurdles: " + hurdles + ")" + compensation
					+ " and the rule of combination is met; the Qualspec engine evaluates these, because they range over"
					+ " all of a learner's units.";
		}

		/** The row per credit that scores units no GLH row scores (the engine takes the first), or null. */
		private PointsRow perCreditRow() {
			return grading.points().stream().filter(PointsRow::perCredit).findFirst().orElse(null);
		}

		/**
		 * Points of one unit, hit policy UNIQUE: the override rows test the unit id, every other row tests
		 * that the unit is not overridden, and within those rows GLH, grade and (with a row per credit) credits
		 * split the rest, so exactly one row matches any input.
		 */
		private void unitPoints(Element definitions) {
			PointsRow perCredit = perCreditRow();
			List<String> inputs = perCredit == null ? List.of(UNIT, GLH, GRADE) : List.of(UNIT, GLH, GRADE, CREDITS);
			Element decision = decision(definitions, UNIT_POINTS, "Unit points", "number",
					"The points one unit scores: an override for units that score a fixed number when achieved,"
							+ " otherwise the points table by GLH and grade"
							+ (perCredit == null ? "" : ", and for a unit that no row of its GLH scores, its credits times the"
									+ " figure per credit")
							+ ". A grade or GLH without a cell scores 0.",
					inputs);
			Element table = table(decision, UNIT_POINTS, "UNIQUE");
			input(table, UNIT_POINTS, UNIT, "Unit", "string", null);
			input(table, UNIT_POINTS, GLH, "GLH", "number", null);
			input(table, UNIT_POINTS, GRADE, "Grade", "string", feelStrings(gradeValues()));
			if (perCredit != null) {
				input(table, UNIT_POINTS, CREDITS, "Credits", "number", null);
			}
			output(table, UNIT_POINTS, POINTS, "Points", "number", null);
			// the credits column, where there is one, matters only to the rows per credit
			List<String> anyCredits = perCredit == null ? List.of() : List.of("-");

			// Overrides: the engine scores the override for any result that is an achievement (rank above 0).
			List<String> achievements = achievementValues();
			List<String> overridden = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (RuleUnit unit : ruleSet.units()) {
				// The engine finds a unit by its id (RuleSet.unit): a later unit with the same id never counts.
				if (!seen.add(unit.id()) || unit.pointsWhenAchieved() == null) {
					continue;
				}
				overridden.add(unit.id());
				String id = feelString(unit.id());
				rule(table, UNIT_POINTS, unit.label() + " achieved scores " + unit.pointsWhenAchieved()
						+ " points whatever its GLH (points override)", entries(List.of(id, "-", feelStrings(achievements)), anyCredits),
						String.valueOf(unit.pointsWhenAchieved()));
				rule(table, UNIT_POINTS, unit.label() + " with any other result scores 0 points (points override)",
						entries(List.of(id, "-", "not(" + feelStrings(achievements) + ")"), anyCredits), "0");
			}
			String notOverridden = overridden.isEmpty() ? "-" : "not(" + feelStrings(overridden) + ")";

			// The points table, one row per cell; the engine takes the first row for a GLH figure.
			List<Integer> glhFigures = new ArrayList<>();
			for (PointsRow row : grading.points()) {
				if (row.perCredit() || glhFigures.contains(row.glh())) {
					continue;
				}
				glhFigures.add(row.glh());
				List<Map.Entry<Grade, Integer>> cells = cells(row);
				for (Map.Entry<Grade, Integer> cell : cells) {
					rule(table, UNIT_POINTS, row.glh() + " GLH, " + cell.getKey().label() + ": " + cell.getValue()
							+ " points", entries(List.of(notOverridden, String.valueOf(row.glh()),
									feelString(gradeValue(cell.getKey()))), anyCredits), String.valueOf(cell.getValue()));
				}
				rule(table, UNIT_POINTS, row.glh() + " GLH, any grade the points table has no cell for: 0 points",
						entries(List.of(notOverridden, String.valueOf(row.glh()), otherGrades(cells)), anyCredits), "0");
			}
			String otherGlh = glhFigures.isEmpty() ? "-"
					: "not(" + String.join(", ", glhFigures.stream().map(String::valueOf).toList()) + ")";
			if (perCredit == null) {
				rule(table, UNIT_POINTS, "GLH not stated, or no row of the points table for it: 0 points",
						List.of(notOverridden, otherGlh, "-"), "0");
				return;
			}
			// Per credit (Grading.score): credits times the figure; a unit that states no credits scores 0.
			String where = glhFigures.isEmpty() ? "" : " (GLH not stated, or no row of the points table for it)";
			List<Map.Entry<Grade, Integer>> cells = cells(perCredit);
			for (Map.Entry<Grade, Integer> cell : cells) {
				rule(table, UNIT_POINTS, "per credit" + where + ", " + cell.getKey().label() + ": credits x " + cell.getValue()
						+ " points", List.of(notOverridden, otherGlh, feelString(gradeValue(cell.getKey())), "not(null)"),
						CREDITS + " * " + cell.getValue());
			}
			if (!cells.isEmpty()) {
				rule(table, UNIT_POINTS, "per credit" + where + ", credits not stated: 0 points",
						List.of(notOverridden, otherGlh, feelStrings(cells.stream().map(cell -> gradeValue(cell.getKey())).toList()),
								"null"), "0");
			}
			rule(table, UNIT_POINTS, "per credit" + where + ", any grade the points table has no cell for: 0 points",
					List.of(notOverridden, otherGlh, otherGrades(cells), "-"), "0");
		}

		/** A row's cells in grade order. */
		private static List<Map.Entry<Grade, Integer>> cells(PointsRow row) {
			return row.points().entrySet().stream()
					.sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Grade::ordinal))).toList();
		}

		/** The unary test for the grades a row has no cell for. */
		private static String otherGrades(List<Map.Entry<Grade, Integer>> cells) {
			List<String> graded = cells.stream().map(cell -> gradeValue(cell.getKey())).toList();
			return graded.isEmpty() ? "-" : "not(" + feelStrings(graded) + ")";
		}

		private static List<String> entries(List<String> entries, List<String> more) {
			List<String> all = new ArrayList<>(entries);
			all.addAll(more);
			return all;
		}

		/*
		 * Hit policy UNIQUE, not FIRST. The band rows are computed as a partition of the points line: each
		 * band clipped by the bands before it (Grading.bandFor takes the first band that contains a total),
		 * and every stretch that no band contains filled with "unclassified" (what the Evaluator grades it).
		 * So no row depends on the order of the rows: each can be read and checked on its own, as in the
		 * handbook's table, and an engine that enforces UNIQUE (Camunda does, when it evaluates) reports an
		 * overlap instead of silently taking one row. FIRST would need none of this computation, but would
		 * make the meaning of a row depend on the rows above it.
		 */
		private void qualificationGrade(Element definitions) {
			Element decision = decision(definitions, QUALIFICATION_GRADE, "Qualification grade", "string",
					"The qualification grade from the total points, or unclassified when a hurdle fails or the rule of"
							+ " combination is not met. Totals that no band contains grade unclassified.",
					List.of(TOTAL_POINTS, HURDLES_MET));
			Element table = table(decision, QUALIFICATION_GRADE, "UNIQUE");
			input(table, QUALIFICATION_GRADE, TOTAL_POINTS, "Total points", "number", null);
			input(table, QUALIFICATION_GRADE, HURDLES_MET, "Hurdles met", "boolean", null);
			List<String> outcomes = new ArrayList<>();
			outcomes.add(UNCLASSIFIED);
			for (Band band : grading.bands()) {
				if (!outcomes.contains(gradeValue(band.grade()))) {
					outcomes.add(gradeValue(band.grade()));
				}
			}
			output(table, QUALIFICATION_GRADE, QUALIFICATION_GRADE_OUTPUT, "Grade", "string", feelStrings(outcomes));

			rule(table, QUALIFICATION_GRADE, "a hurdle fails or the rule of combination is not met: unclassified"
					+ " whatever the points", List.of("-", "false"), feelString(UNCLASSIFIED));
			List<Stretch> stretches = stretches();
			for (int i = stretches.size() - 1; i >= 0; i--) {
				Stretch stretch = stretches.get(i);
				// The bands first, then the totals no band contains that the row also covers.
				List<String> why = stretch.why().stream()
						.sorted(Comparator.comparing((String reason) -> reason.startsWith("no band"))).toList();
				rule(table, QUALIFICATION_GRADE, String.join("; ", why),
						List.of(interval(stretch.from(), stretch.to()), "true"), feelString(stretch.grade()));
			}
		}

		/** The points line cut at every band end, each piece graded as the engine grades it, equal neighbours merged. */
		private List<Stretch> stretches() {
			TreeSet<Long> cuts = new TreeSet<>();
			for (Band band : grading.bands()) {
				cuts.add((long) band.from());
				if (band.to() != null) {
					cuts.add(band.to() + 1L);
				}
			}
			List<Long> points = List.copyOf(cuts);
			List<Stretch> stretches = new ArrayList<>();
			for (int i = -1; i < points.size(); i++) {
				Long from = i < 0 ? null : points.get(i);
				Long to = i + 1 < points.size() ? points.get(i + 1) - 1 : null;
				long sample = from != null ? from : to;
				Band winner = grading.bands().stream().filter(b -> sample >= b.from() && (b.to() == null || sample <= b.to()))
						.findFirst().orElse(null);
				String grade = winner == null ? UNCLASSIFIED : gradeValue(winner.grade());
				String why = winner == null ? "no band contains " + totals(from, to) + ": unclassified"
						: "band " + winner.printed() + ": "
								+ winner.range() + " points" + (overlapsEarlier(winner) ? " where no earlier band applies" : "");
				Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
				if (last != null && last.grade().equals(grade)) {
					Set<String> merged = new LinkedHashSet<>(last.why());
					merged.add(why);
					stretches.set(stretches.size() - 1, new Stretch(last.from(), to, grade, merged));
				} else {
					stretches.add(new Stretch(from, to, grade, new LinkedHashSet<>(List.of(why))));
				}
			}
			return stretches;
		}

		/** Whether a band shares totals with a band listed before it (which then takes them, as in the engine). */
		private boolean overlapsEarlier(Band band) {
			for (Band earlier : grading.bands()) {
				if (earlier == band) {
					return false;
				}
				long lastOfEarlier = earlier.to() == null ? Long.MAX_VALUE : earlier.to();
				long lastOfBand = band.to() == null ? Long.MAX_VALUE : band.to();
				if (Math.max(earlier.from(), band.from()) <= Math.min(lastOfEarlier, lastOfBand)) {
					return true;
				}
			}
			return false;
		}

		/** Whole totals from..to in words: "97-102 points", "totals below 0", "111 points and above". */
		private static String totals(Long from, Long to) {
			if (from == null) {
				return "totals below " + (to + 1);
			}
			return to == null ? from + " points and above" : from.equals(to) ? from + " points" : from + "-" + to + " points";
		}

		/** A FEEL unary test for whole totals from..to: "[90..96]", ">=107", "<90", or "-" for all. */
		private static String interval(Long from, Long to) {
			if (from == null && to == null) {
				return "-";
			}
			if (from == null) {
				return "<" + (to + 1);
			}
			if (to == null) {
				return ">=" + from;
			}
			return "[" + from + ".." + to + "]";
		}

		private static List<String> gradeValues() {
			return List.of(Grade.values()).stream().map(GradingDmn::gradeValue).toList();
		}

		/** The grades that achieve a unit ({@link Grade#isAchievement()}): an override scores for these. */
		private static List<String> achievementValues() {
			return List.of(Grade.values()).stream().filter(Grade::isAchievement).map(GradingDmn::gradeValue).toList();
		}

		private Element element(org.w3c.dom.Node parent, String name) {
			Element element = document.createElementNS(DMN_NAMESPACE, name);
			parent.appendChild(element);
			return element;
		}

		private void description(Element parent, String text) {
			element(parent, "description").setTextContent(xmlText(text));
		}

		private void text(Element parent, String feel) {
			element(parent, "text").setTextContent(xmlText(feel));
		}

		private void inputData(Element definitions, String name, String typeRef, String text) {
			Element input = element(definitions, "inputData");
			input.setAttribute("id", "inputData_" + name);
			input.setAttribute("name", name);
			description(input, text);
			Element variable = element(input, "variable");
			variable.setAttribute("id", "inputData_" + name + "_variable");
			variable.setAttribute("name", name);
			variable.setAttribute("typeRef", typeRef);
		}

		private Element decision(Element definitions, String name, String label, String typeRef, String text,
				List<String> inputs) {
			Element decision = element(definitions, "decision");
			decision.setAttribute("id", name);
			decision.setAttribute("label", label);
			decision.setAttribute("name", name);
			description(decision, text);
			Element variable = element(decision, "variable");
			variable.setAttribute("id", name + "_variable");
			variable.setAttribute("name", name);
			variable.setAttribute("typeRef", typeRef);
			for (String input : inputs) {
				Element requirement = element(decision, "informationRequirement");
				requirement.setAttribute("id", name + "_requires_" + input);
				element(requirement, "requiredInput").setAttribute("href", "#inputData_" + input);
			}
			return decision;
		}

		private Element table(Element decision, String name, String hitPolicy) {
			Element table = element(decision, "decisionTable");
			table.setAttribute("id", name + "_table");
			table.setAttribute("hitPolicy", hitPolicy);
			return table;
		}

		private void input(Element table, String decision, String name, String label, String typeRef, String values) {
			Element input = element(table, "input");
			input.setAttribute("id", decision + "_input_" + name);
			input.setAttribute("label", label);
			Element expression = element(input, "inputExpression");
			expression.setAttribute("id", decision + "_input_" + name + "_expression");
			expression.setAttribute("typeRef", typeRef);
			text(expression, name);
			if (values != null) {
				Element inputValues = element(input, "inputValues");
				inputValues.setAttribute("id", decision + "_input_" + name + "_values");
				text(inputValues, values);
			}
		}

		private void output(Element table, String decision, String name, String label, String typeRef, String values) {
			Element output = element(table, "output");
			output.setAttribute("id", decision + "_output_" + name);
			output.setAttribute("label", label);
			output.setAttribute("name", name);
			output.setAttribute("typeRef", typeRef);
			if (values != null) {
				Element outputValues = element(output, "outputValues");
				outputValues.setAttribute("id", decision + "_output_" + name + "_values");
				text(outputValues, values);
			}
		}

		private void rule(Element table, String decision, String annotation, List<String> inputs, String output) {
			int number = table.getElementsByTagNameNS(DMN_NAMESPACE, "rule").getLength() + 1;
			String id = decision + "_rule_" + number;
			Element rule = element(table, "rule");
			rule.setAttribute("id", id);
			// The rule's description is the annotation column of DMN editors (dmn-js, Camunda Modeler).
			description(rule, annotation);
			for (int i = 0; i < inputs.size(); i++) {
				Element entry = element(rule, "inputEntry");
				entry.setAttribute("id", id + "_in_" + (i + 1));
				text(entry, inputs.get(i));
			}
			Element entry = element(rule, "outputEntry");
			entry.setAttribute("id", id + "_out_1");
			text(entry, output);
		}

		/** An NCName fragment for ids: letters, digits, '-', '.' kept, anything else as '_'. */
		private static String idPart(String text) {
			StringBuilder id = new StringBuilder();
			text.codePoints().forEach(c -> id.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.')
					? (char) c : '_'));
			return id.toString();
		}
	}
}
