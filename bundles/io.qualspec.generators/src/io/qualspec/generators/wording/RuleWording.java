package io.qualspec.generators.wording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.qualspec.rules.model.AggregateRule;
import io.qualspec.rules.model.AllUnitsRule;
import io.qualspec.rules.model.BarredPair;
import io.qualspec.rules.model.Bound;
import io.qualspec.rules.model.CountingCap;
import io.qualspec.rules.model.EachGroupRule;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.Grading;
import io.qualspec.rules.model.GroupSpreadRule;
import io.qualspec.rules.model.LevelFilter;
import io.qualspec.rules.model.Measure;
import io.qualspec.rules.model.PairedUnits;
import io.qualspec.rules.model.Rule;
import io.qualspec.rules.model.RuleGroup;
import io.qualspec.rules.model.RuleSet;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.rules.model.Selection;

/**
 * A qualification's rule of combination in plain English, worded as the handbooks word it (docs/language.md, "Rules of combination"):
 * a lead sentence with the total, one line per rule, the barred unit combinations and the stated absences.
 *
 * <pre>
 * To achieve this qualification, candidates must achieve a total of at least 28 credits made up as follows:
 * - both mandatory units from Group A (8 credits)
 * - a minimum of 20 credits from the optional groups
 * - a minimum of one unit from each optional group
 * - a minimum of 11 credits at Level 2 from the optional groups
 * </pre>
 *
 * Every reading the specification states is in the words: "at least" or "exactly" for a total, "at Level 2"
 * (exactly that level) or "at or above Level 2", "further credits ... in addition to ..." for a pool read as
 * remaining, "no more than ... may be achieved" for a maximum (a prohibition) against "no more than ... can
 * count towards the full qualification" for a limit on what counts. Groups are named "Group B" (by their
 * letter, or by their label when the identifier is not a short code) and units by the number the
 * qualification's table prints ({@link RuleUnit#id()}).
 *
 * @param lead        the opening sentence; it ends with a colon when {@code lines} follow
 * @param lines       one line per rule, lower case, without a final full stop
 * @param barredLead  "Barred unit combinations (a candidate may take either, but not both):", or null
 * @param barred      the barred pairs, "10 &amp; 18"
 * @param notes       whole sentences stated besides the rules ("There are no equivalencies or exemptions for
 *                    this qualification.")
 */
public record RuleWording(String lead, List<String> lines, String barredLead, List<String> barred, List<String> notes) {

	/** What advisory rules say after their wording. */
	public static final String ADVISORY = " (advisory: recommended, not required)";

	public RuleWording {
		lines = List.copyOf(lines);
		barred = List.copyOf(barred);
		notes = List.copyOf(notes);
	}

	/** The wording of a rule set's rule of combination. */
	public static RuleWording of(RuleSet ruleSet) {
		return new Words(ruleSet).wording();
	}

	/** One rule in words, as a line of {@link #lines()} words it (a barred pair as "10 &amp; 18"). */
	public static String describe(RuleSet ruleSet, Rule rule) {
		return new Words(ruleSet).line(rule);
	}

	/**
	 * The grade hurdles (R14 in docs/language.md) as a sentence: "To be awarded the qualification, candidates must
	 * achieve unit 1 and at least a Pass grade for all other units."; empty when the rule set states none.
	 */
	public static Optional<String> hurdles(RuleSet ruleSet) {
		Grading grading = ruleSet.grading();
		if (grading == null || grading.hurdles().isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		for (Grading.Hurdle hurdle : grading.hurdles()) {
			parts.add(new Words(ruleSet).hurdle(hurdle));
		}
		return Optional.of("To be awarded the qualification, candidates must achieve " + Words.join(parts, "and") + ".");
	}

	/** The whole wording as plain text: the lead, lines as "- " items, the barred pairs and the notes. */
	public String text() {
		StringBuilder text = new StringBuilder(lead);
		lines.forEach(line -> text.append("\n- ").append(line));
		if (barredLead != null) {
			text.append("\n").append(barredLead);
			barred.forEach(pair -> text.append("\n- ").append(pair));
		}
		notes.forEach(note -> text.append("\n").append(note));
		return text.toString();
	}

	/** The wording machinery for one rule set. */
	private static final class Words {

		private final RuleSet ruleSet;
		private final List<String> optionalGroups;
		/**
		 * Whether the rules address the optional groups only together (then a pool of all of them is "the
		 * optional groups"); when some rule names a part of them, every pool names its groups by letter.
		 */
		private final boolean collective;

		Words(RuleSet ruleSet) {
			this.ruleSet = ruleSet;
			this.optionalGroups = ruleSet.groups().stream().filter(g -> !g.mandatory()).map(RuleGroup::id).toList();
			this.collective = optionalGroups.size() > 1 && ruleSet.rules().stream().noneMatch(rule -> {
				List<String> groups = switch (rule) {
					case AggregateRule aggregate -> aggregate.selection().groups();
					case CountingCap cap -> cap.groups();
					case GroupSpreadRule spread -> spread.groups();
					default -> List.of();
				};
				return !groups.isEmpty() && optionalGroups.containsAll(groups) && !groups.containsAll(optionalGroups);
			});
		}

		RuleWording wording() {
			AggregateRule total = total();
			List<String> lines = new ArrayList<>();
			List<String> barred = new ArrayList<>();
			// mandatory groups no written rule requires: the engine requires all their units, so say so
			for (Rule rule : ruleSet.hardRules()) {
				if (!ruleSet.rules().contains(rule)) {
					lines.add(line(rule));
				}
			}
			for (Rule rule : ruleSet.rules()) {
				if (rule == total) {
					continue;
				}
				if (rule instanceof BarredPair pair) {
					barred.add(line(pair));
				} else {
					lines.add(line(rule));
				}
			}
			String lead;
			if (total != null) {
				lead = "To achieve this qualification, candidates must achieve a total of "
						+ (total.bound().kind() == Bound.Kind.EXACTLY ? "exactly " : "at least ")
						+ quantity(Measure.CREDITS, total.bound().value(), "") + (lines.isEmpty() ? "." : " made up as follows:");
			} else if (lines.size() == 1) {
				lead = "To achieve this qualification, candidates must achieve " + lines.get(0) + ".";
				lines.clear();
			} else if (!lines.isEmpty()) {
				lead = "To achieve this qualification, candidates must achieve the following:";
			} else if (!barred.isEmpty()) {
				lead = "Candidates may achieve any units of this qualification, except as follows.";
			} else {
				lead = "The specification states no rule of combination for this qualification.";
			}
			String barredLead = barred.isEmpty() ? null
					: barred.size() == 1 ? "Barred unit combination (a candidate may take either, but not both):"
							: "Barred unit combinations (a candidate may take either, but not both):";
			List<String> notes = new ArrayList<>();
			if (ruleSet.noEquivalences() && ruleSet.noExemptions()) {
				notes.add("There are no equivalencies or exemptions for this qualification.");
			} else if (ruleSet.noEquivalences()) {
				notes.add("There are no equivalencies for this qualification.");
			} else if (ruleSet.noExemptions()) {
				notes.add("There are no exemptions for this qualification.");
			}
			return new RuleWording(lead, lines, barredLead, barred, notes);
		}

		/** The total the lead sentence states: the first hard minimum or exact credit total of all units. */
		private AggregateRule total() {
			for (Rule rule : ruleSet.rules()) {
				if (rule instanceof AggregateRule aggregate && !aggregate.advisory() && !aggregate.ifTaken()
						&& aggregate.measure() == Measure.CREDITS && aggregate.selection().wholeQualification() && aggregate.level() == null
						&& aggregate.bound().kind() != Bound.Kind.AT_MOST) {
					return aggregate;
				}
			}
			return null;
		}

		String line(Rule rule) {
			String text = switch (rule) {
				case AggregateRule aggregate -> aggregate(aggregate);
				case EachGroupRule each -> amount(each.bound(), each.measure(), "")
						+ (sameGroups(each.groups(), optionalGroups) ? " from each optional group"
								: " from each of " + groups(each.groups(), "and"));
				case AllUnitsRule all -> allUnits(all);
				case CountingCap cap -> countingCap(cap);
				case BarredPair pair -> pair.first() + " & " + pair.second();
				case GroupSpreadRule spread -> spread(spread);
				// the advice is in the words themselves
				case PairedUnits paired -> paired.advisory()
						? "learners are strongly recommended to take unit " + paired.first() + " and unit " + paired.second() + " together"
						: "unit " + paired.first() + " and unit " + paired.second() + " are taken together or not at all";
			};
			return rule.advisory() && !(rule instanceof PairedUnits) ? text + ADVISORY : text;
		}

		/** "units from at least two of the three groups B, C and D", "units from at least two of the three optional groups". */
		private String spread(GroupSpreadRule rule) {
			String bound = switch (rule.bound().kind()) {
				case AT_LEAST -> "at least ";
				case AT_MOST -> "at most ";
				case EXACTLY -> "exactly ";
			};
			String of = " of the " + numberWord(rule.groups().size()) + " ";
			String groups = collective && sameGroups(rule.groups(), optionalGroups) ? "optional groups"
					: rule.groups().stream().allMatch(Words::isCode) ? "groups " + join(rule.groups(), "and")
							: "groups " + join(rule.groups().stream().map(this::groupName).toList(), "and");
			return "units from " + bound + numberWord(rule.bound().value()) + of + groups;
		}

		/** "two", "three", ..., "ten", then figures. */
		private static String numberWord(int value) {
			List<String> words = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
			return value >= 0 && value < words.size() ? words.get(value) : Integer.toString(value);
		}

		/**
		 * The rule in words, and with {@code ifTaken} the condition: "a minimum of 30 credits from Group B if it is
		 * taken", "... from Groups B or C if a unit of these groups is taken".
		 */
		private String aggregate(AggregateRule rule) {
			String text = unconditional(rule);
			if (!rule.ifTaken()) {
				return text;
			}
			return text + (rule.selection().groups().size() == 1 ? " if it is taken" : " if a unit of these groups is taken");
		}

		private String unconditional(AggregateRule rule) {
			Selection selection = rule.selection();
			String level = rule.level() == null ? "" : " " + level(rule.level());
			List<AggregateRule> within = selection.wholeQualification() ? List.of() : minimumsWithin(rule);
			boolean remaining = selection.reading() == Selection.PoolReading.REMAINING && !within.isEmpty();
			String where = selection.wholeQualification() ? (rule.level() == null ? " in total" : " from all units")
					: " from " + selection(selection.groups());
			if (rule.bound().kind() == Bound.Kind.AT_MOST) {
				return "no more than " + quantity(rule.measure(), rule.bound().value(), "") + level + where + " may be achieved";
			}
			if (remaining) {
				int threshold = ruleSet.threshold(rule);
				return amount(rule.bound(), rule.measure(), "further ") + level + where + ", in addition to "
						+ join(within.stream().map(this::minimumPhrase).toList(), "and") + " ("
						+ (rule.bound().kind() == Bound.Kind.EXACTLY ? "exactly " : "at least ")
						+ quantity(rule.measure(), threshold, "") + level + where + " in all)";
			}
			String text = amount(rule.bound(), rule.measure(), "") + level + where;
			if (!within.isEmpty()) {
				text += " (" + plural(rule.measure()) + " that count towards "
						+ join(within.stream().map(this::minimumPhrase).toList(), "and") + " also count here)";
			}
			return text;
		}

		/**
		 * The hard minimums (or exact amounts) of the same measure and level on groups strictly inside the
		 * rule's pool: what a remaining pool adds to, and what an overlapping pool shares credits with.
		 */
		private List<AggregateRule> minimumsWithin(AggregateRule rule) {
			List<AggregateRule> within = new ArrayList<>();
			for (Rule other : ruleSet.rules()) {
				if (other != rule && !other.advisory() && other instanceof AggregateRule aggregate && !aggregate.ifTaken()
						&& aggregate.measure() == rule.measure() && aggregate.bound().kind() != Bound.Kind.AT_MOST
						&& Objects.equals(aggregate.level(), rule.level()) && !aggregate.selection().wholeQualification()
						&& rule.selection().groups().containsAll(aggregate.selection().groups())
						&& !aggregate.selection().groups().containsAll(rule.selection().groups())) {
					within.add(aggregate);
				}
			}
			return within;
		}

		/** "the minimum of 12 credits from Group B", "the 13 credits from Group B". */
		private String minimumPhrase(AggregateRule rule) {
			String level = rule.level() == null ? "" : " " + level(rule.level());
			return (rule.bound().kind() == Bound.Kind.AT_LEAST ? "the minimum of " : "the ")
					+ quantity(rule.measure(), rule.bound().value(), "") + level + " from " + selection(rule.selection().groups());
		}

		private String allUnits(AllUnitsRule rule) {
			List<RuleUnit> units = rule.groups().isEmpty() ? ruleSet.units() : ruleSet.unitsOf(rule.groups()).toList();
			int count = rule.declaredUnits() != null ? rule.declaredUnits() : units.size();
			Integer credits = rule.declaredCredits();
			if (credits == null && !units.isEmpty() && units.stream().allMatch(u -> u.credits() != null)) {
				credits = units.stream().mapToInt(RuleUnit::credits).sum();
			}
			String checksum = credits == null ? "" : " (" + quantity(Measure.CREDITS, credits, "") + ")";
			if (rule.groups().isEmpty()) {
				return (ruleSet.groups().isEmpty() ? "the " + count + " mandatory " + (count == 1 ? "unit" : "units")
						: "all " + count + " units of the qualification") + checksum;
			}
			boolean mandatory = rule.groups().stream().allMatch(id -> ruleSet.group(id).map(RuleGroup::mandatory).orElse(false));
			String kind = mandatory ? "mandatory " : "";
			String which = count == 1 ? "the " + kind + "unit" : count == 2 ? "both " + kind + "units" : "all " + count + " " + kind + "units";
			return which + " from " + groups(rule.groups(), "and") + checksum;
		}

		private String countingCap(CountingCap cap) {
			String level = cap.level() == null ? "" : " " + level(cap.level());
			String groups = groups(cap.groups(), "or");
			String further = cap.measure() == Measure.UNITS && cap.groups().size() == 1 && isCode(cap.groups().get(0))
					? "further " + groups + " units" : "further " + plural(cap.measure()) + level + " from " + groups;
			return "no more than " + quantity(cap.measure(), cap.limit(), "") + level + " from " + groups
					+ " can count towards the full qualification (" + further + " may be achieved but do not count)";
		}

		String hurdle(Grading.Hurdle hurdle) {
			if (hurdle.unitId() != null) {
				return hurdle.minimum() == Grade.ACHIEVED ? "unit " + hurdle.unitId()
						: "at least " + article(hurdle.minimum()) + " grade for unit " + hurdle.unitId();
			}
			String who = hurdle.otherUnitsOnly() ? "all other units" : "every unit";
			return hurdle.minimum() == Grade.ACHIEVED ? who : "at least " + article(hurdle.minimum()) + " grade for " + who;
		}

		private static String article(Grade grade) {
			String label = grade.label();
			return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
		}

		/** "a minimum of 12 credits", "a maximum of 7 credits", "exactly 13 credits", "a minimum of one unit". */
		private static String amount(Bound bound, Measure measure, String adjective) {
			String quantity = quantity(measure, bound.value(), adjective);
			return switch (bound.kind()) {
				case AT_LEAST -> "a minimum of " + quantity;
				case AT_MOST -> "a maximum of " + quantity;
				case EXACTLY -> "exactly " + quantity;
			};
		}

		static String quantity(Measure measure, int value, String adjective) {
			return switch (measure) {
				case CREDITS -> value + " " + adjective + (value == 1 ? "credit" : "credits");
				case UNITS -> (value == 1 ? "one " : value + " ") + adjective + (value == 1 ? "unit" : "units");
				case GLH -> value + " " + adjective + "guided learning hours (GLH)";
			};
		}

		private static String plural(Measure measure) {
			return switch (measure) {
				case CREDITS -> "credits";
				case UNITS -> "units";
				case GLH -> "guided learning hours";
			};
		}

		/** "at Level 2" (exactly), "at or above Level 3", "at or below Entry level". */
		static String level(LevelFilter filter) {
			String level = filter.level() == 0 ? "Entry level" : "Level " + filter.level();
			return switch (filter.comparison()) {
				case AT -> "at " + level;
				case AT_OR_ABOVE -> "at or above " + level;
				case AT_OR_BELOW -> "at or below " + level;
			};
		}

		/** "the optional groups" for a pool of every optional group when the rules treat them together. */
		private String selection(List<String> groups) {
			if (collective && sameGroups(groups, optionalGroups)) {
				return "the optional groups";
			}
			return groups(groups, "or");
		}

		/** "Group B", "Groups B or C", "Groups B, C or D"; groups with long identifiers by their labels. */
		private String groups(List<String> ids, String conjunction) {
			if (ids.stream().allMatch(Words::isCode)) {
				return ids.size() == 1 ? "Group " + ids.get(0) : "Groups " + join(ids, conjunction);
			}
			return join(ids.stream().map(this::groupName).toList(), conjunction);
		}

		private String groupName(String id) {
			if (isCode(id)) {
				return "Group " + id;
			}
			return ruleSet.group(id).map(RuleGroup::label).filter(l -> !l.isBlank()).map(l -> "group “" + l + "”")
					.orElse("group " + id);
		}

		/** A group identifier printed as a code ("A", "B2"), not a word. */
		private static boolean isCode(String id) {
			return id.length() <= 3;
		}

		private static boolean sameGroups(List<String> a, List<String> b) {
			return !a.isEmpty() && new HashSet<>(a).equals(new HashSet<>(b));
		}

		/** "A", "A and B", "A, B or C". */
		static String join(List<String> items, String conjunction) {
			if (items.size() <= 1) {
				return String.join("", items);
			}
			return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
		}
	}
}
