package io.qualspec.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.CountingCapConstraint;
import io.qualspec.qualspec.EachGroupConstraint;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.GroupSpreadConstraint;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.PointsRow;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.RequireAllConstraint;
import io.qualspec.qualspec.TextBlock;
import io.qualspec.qualspec.TextSection;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.WholeQualification;
import io.qualspec.validation.ProseFigures.Figure;
import io.qualspec.validation.ProseFigures.GroupName;
import io.qualspec.validation.ProseFigures.Measure;

/**
 * A qualification's free text (profile, structure prose, candidate guidance) against its rules: a handbook
 * states one rule in several places, and the statements drift apart. A figure the text states ({@link ProseFigures})
 * must be one the qualification has: a rule's bound, a stated size, a group's total, a unit's size or a declared
 * checksum, or what the total leaves for the optional units once the mandatory ones are counted. A measure the
 * qualification states no figure of is not compared, and neither are the groups of a qualification without groups.
 */
public class ProseChecks extends QualspecChecks {

	@Check
	public void checkProseAgreesWithTheRules(Qualification qualification) {
		Map<Measure, SortedSet<Integer>> figures = figuresOf(qualification);
		for (TextSection section : qualification.getSections()) {
			for (TextBlock block : section.getBlocks()) {
				if (block.getText() == null) {
					continue;
				}
				for (Figure figure : new LinkedHashSet<>(ProseFigures.figures(block.getText()))) {
					SortedSet<Integer> known = figures.get(figure.measure());
					if (!known.isEmpty() && !known.contains(figure.value())) {
						report("This text states " + figure + ", but no rule, stated size, group total or checksum of the "
								+ "qualification is " + figure.value() + " (its figures in " + figure.measure().written + ": "
								+ join(known) + "): correct the text or the rules, whichever the handbook gets wrong.", block,
								Literals.TEXT_BLOCK__TEXT, QualspecIssueCodes.PROSE_DISAGREES);
					}
				}
				if (qualification.getGroups().isEmpty()) {
					continue;
				}
				for (GroupName group : new LinkedHashSet<>(ProseFigures.groups(block.getText()))) {
					if (qualification.getGroups().stream().noneMatch(candidate -> isNamed(candidate, group))) {
						report("This text names " + group + ", but the qualification has no such group (its groups: "
								+ join(qualification.getGroups().stream().map(ProseChecks::groupName).toList())
								+ "): correct the text or the groups.", block, Literals.TEXT_BLOCK__TEXT,
								QualspecIssueCodes.PROSE_DISAGREES);
					}
				}
			}
		}
	}

	/** Every figure of each measure the qualification's rules, sizes, groups and units state or imply at once. */
	static Map<Measure, SortedSet<Integer>> figuresOf(Qualification qualification) {
		Map<Measure, SortedSet<Integer>> figures = new EnumMap<>(Measure.class);
		for (Measure measure : Measure.values()) {
			figures.put(measure, new TreeSet<>());
		}
		if (qualification.getCredits() != null) {
			add(figures, Measure.CREDITS, qualification.getCredits().getValue());
			if (qualification.getCredits().getValue() != null) {
				add(figures, Measure.TQT, 10 * qualification.getCredits().getValue());
			}
		}
		if (qualification.getGlh() != null) {
			add(figures, Measure.GLH, qualification.getGlh().getValue());
			add(figures, Measure.GLH, qualification.getGlh().getUpper());
		}
		add(figures, Measure.TQT, qualification.getTqt());
		if (qualification.getRules() != null) {
			qualification.getRules().getConstraints().forEach(rule -> addBound(figures, rule));
		}
		if (qualification.getGrading() != null) {
			for (PointsRow row : qualification.getGrading().getPointsRows()) {
				add(figures, Measure.GLH, row.getGlh());
			}
			if (qualification.getGrading().getCompensation() != null) {
				add(figures, measureOf(qualification.getGrading().getCompensation().getMeasure()),
						qualification.getGrading().getCompensation().getLimit());
			}
		}
		List<Membership> all = new ArrayList<>(qualification.getMemberships());
		int mandatoryCredits = 0;
		int mandatoryUnits = 0;
		for (UnitGroup group : qualification.getGroups()) {
			all.addAll(group.getMemberships());
			int credits = group.getMemberships().stream().map(ProseChecks::credits).filter(Objects::nonNull).mapToInt(c -> c).sum();
			add(figures, Measure.UNITS, group.getMemberships().size());
			if (group.getKind() == GroupKind.MANDATORY) {
				add(figures, Measure.CREDITS, credits);
				mandatoryCredits += credits;
				mandatoryUnits += group.getMemberships().size();
			}
		}
		add(figures, Measure.CREDITS, mandatoryCredits);
		add(figures, Measure.UNITS, mandatoryUnits);
		add(figures, Measure.UNITS, all.size());
		for (Membership membership : all) {
			add(figures, Measure.CREDITS, credits(membership));
			add(figures, Measure.GLH, membership.getUnit() == null ? null : membership.getUnit().getGlh());
		}
		// "8 credits from the mandatory units, 20 credits from the optional units": what a total leaves
		for (Integer total : totalCredits(qualification)) {
			if (total > mandatoryCredits && mandatoryCredits > 0) {
				add(figures, Measure.CREDITS, total - mandatoryCredits);
			}
		}
		return figures;
	}

	/** The credits the whole qualification needs: its stated credits, and the bounds of rules over all its units. */
	private static List<Integer> totalCredits(Qualification qualification) {
		List<Integer> totals = new ArrayList<>();
		if (qualification.getCredits() != null && qualification.getCredits().getValue() != null) {
			totals.add(qualification.getCredits().getValue());
		}
		if (qualification.getRules() != null) {
			for (Constraint rule : qualification.getRules().getConstraints()) {
				if (rule instanceof AggregateConstraint aggregate && aggregate.getMeasure() == io.qualspec.qualspec.Measure.CREDITS
						&& (aggregate.getSelection() == null || aggregate.getSelection() instanceof WholeQualification)
						&& aggregate.getLevel() == null && aggregate.getBound() != null) {
					totals.add(aggregate.getBound().getValue());
				}
			}
		}
		return totals;
	}

	private static void addBound(Map<Measure, SortedSet<Integer>> figures, Constraint rule) {
		if (rule instanceof AggregateConstraint aggregate && aggregate.getBound() != null) {
			add(figures, measureOf(aggregate.getMeasure()), aggregate.getBound().getValue());
		} else if (rule instanceof EachGroupConstraint each && each.getBound() != null) {
			add(figures, measureOf(each.getMeasure()), each.getBound().getValue());
		} else if (rule instanceof GroupSpreadConstraint spread && spread.getBound() != null) {
			add(figures, Measure.UNITS, spread.getBound().getValue());
		} else if (rule instanceof CountingCapConstraint cap) {
			add(figures, measureOf(cap.getMeasure()), cap.getLimit());
		} else if (rule instanceof RequireAllConstraint all) {
			add(figures, Measure.UNITS, all.getDeclaredUnits());
			add(figures, Measure.CREDITS, all.getDeclaredCredits());
		}
	}

	private static Measure measureOf(io.qualspec.qualspec.Measure measure) {
		return switch (measure) {
		case CREDITS -> Measure.CREDITS;
		case UNITS -> Measure.UNITS;
		case GLH -> Measure.GLH;
		};
	}

	private static void add(Map<Measure, SortedSet<Integer>> figures, Measure measure, Integer value) {
		if (value != null) {
			figures.get(measure).add(value);
		}
	}

	private static Integer credits(Membership membership) {
		return membership.getUnit() == null ? null : membership.getUnit().getCredits();
	}

	/**
	 * Whether the text's "Group B" or "optional group 1" is this group: by its id, its ordinal, or its label
	 * ("Mandatory Group A").
	 */
	private static boolean isNamed(UnitGroup group, GroupName name) {
		return name.id().equalsIgnoreCase(group.getName())
				|| group.getOrdinal() != null && name.id().equals(String.valueOf(group.getOrdinal()))
				|| group.getLabel() != null && Pattern.compile("(?i)\\bgroup\\s+" + Pattern.quote(name.id()) + "\\b")
						.matcher(group.getLabel()).find();
	}

	/** "B (optional group 1)", or the id alone. */
	private static String groupName(UnitGroup group) {
		return group.getOrdinal() == null ? group.getName()
				: group.getName() + " (" + group.getKind().getLiteral() + " group " + group.getOrdinal() + ")";
	}

	private static String join(Iterable<?> values) {
		List<String> written = new ArrayList<>();
		values.forEach(value -> written.add(String.valueOf(value)));
		return String.join(", ", written);
	}
}
