package io.qualspec.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Check;

import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.RuleSets;
import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.Constraint;
import io.qualspec.qualspec.CountingCapConstraint;
import io.qualspec.qualspec.Framework;
import io.qualspec.qualspec.GroupSelection;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.OptionalGroups;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.RequireAllConstraint;
import io.qualspec.qualspec.SizeType;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.WholeQualification;
import io.qualspec.rules.model.RuleUnit;
import io.qualspec.scoping.QualspecScopeProvider;

/**
 * Sizes and sums: TQT against credits, GLH against TQT, the figures
 * declared in "require all units" against the units, the title's size word and level against the declared
 * figures, and unit levels against the qualification's level. Cheap, local checks: they run while typing.
 */
public class SizeChecks extends QualspecChecks {

	/** One credit is ten hours of total qualification time. */
	private static final int HOURS_PER_CREDIT = 10;

	private static final Pattern SIZE_WORD = Pattern.compile("\\b(Award|Certificate|Diploma)\\b");
	/** "Level 2", or "Entry Level 3", an Entry level qualification (level entry, stored as 0). */
	private static final Pattern TITLE_LEVEL = Pattern.compile("\\b(Entry )?Level (\\d+)\\b");

	@Check
	public void checkTqtAndGlh(Qualification qualification) {
		Integer credits = credits(qualification);
		Integer tqt = tqt(qualification);
		if (credits != null && tqt != null && tqt != HOURS_PER_CREDIT * credits) {
			report("TQT " + tqt + " should be " + HOURS_PER_CREDIT * credits + ": one credit is " + HOURS_PER_CREDIT
					+ " hours, and " + (qualification.getCredits().isAtLeast() ? "the least credits stated are " : "the credits are ")
					+ credits + ".", qualification, Literals.QUALIFICATION__TQT, QualspecIssueCodes.TQT_CREDITS,
					Integer.toString(HOURS_PER_CREDIT * credits));
		}
		if (qualification.getGlh() == null || qualification.getGlh().getValue() == null) {
			return;
		}
		int glh = qualification.getGlh().getValue();
		Integer upper = qualification.getGlh().getUpper();
		if (upper != null && upper < glh) {
			report("The GLH range " + glh + " to " + upper + " is upside down: write the least first, \"glh " + upper + " to "
					+ glh + "\".", qualification.getGlh(), Literals.GUIDED_LEARNING_HOURS__UPPER, QualspecIssueCodes.GLH_RANGE,
					upper + " to " + glh);
			return;
		}
		if (tqt != null && glh > tqt) {
			report("GLH " + glh + " exceed the TQT of " + tqt + ": guided learning is part of the total qualification time.",
					qualification.getGlh(), Literals.GUIDED_LEARNING_HOURS__VALUE, QualspecIssueCodes.GLH_EXCEEDS_TQT);
		} else if (tqt == null && credits != null && glh > HOURS_PER_CREDIT * credits) {
			report("GLH " + glh + " exceed the " + HOURS_PER_CREDIT * credits + " hours of " + credits + " credits ("
					+ HOURS_PER_CREDIT + " hours a credit): guided learning is part of the total qualification time.",
					qualification.getGlh(), Literals.GUIDED_LEARNING_HOURS__VALUE, QualspecIssueCodes.GLH_EXCEEDS_TQT);
		}
	}

	@Check
	public void checkUnitGlh(Unit unit) {
		if (unit.getGlh() != null && unit.getTqt() != null && unit.getGlh() > unit.getTqt()) {
			report("Unit " + unit.getName() + " has TQT " + unit.getTqt() + " below its " + unit.getGlh()
					+ " GLH: guided learning is part of the total unit time, so TQT is at least the GLH.", unit,
					Literals.UNIT__TQT, QualspecIssueCodes.GLH_EXCEEDS_TQT);
		} else if (unit.getGlh() != null && unit.getCredits() != null
				&& unit.getGlh() > HOURS_PER_CREDIT * unit.getCredits()) {
			report("Unit " + unit.getName() + " has " + unit.getGlh() + " GLH but " + unit.getCredits() + " credits, "
					+ HOURS_PER_CREDIT * unit.getCredits() + " hours in all: GLH are at most " + HOURS_PER_CREDIT
					+ " × credits.", unit, Literals.UNIT__GLH, QualspecIssueCodes.GLH_EXCEEDS_TQT);
		}
	}

	/** "require all units from A (2 units, 6 credits)": each declared figure is a checksum of the units. */
	@Check
	public void checkDeclaredTotals(RequireAllConstraint rule) {
		if (!(rule.eContainer() != null && rule.eContainer().eContainer() instanceof Qualification qualification)
				|| rule.getGroups().stream().anyMatch(UnitGroup::eIsProxy)) {
			return;
		}
		List<Membership> memberships = rule.getGroups().isEmpty() ? QualspecScopeProvider.allMemberships(qualification)
				: rule.getGroups().stream().flatMap(g -> g.getMemberships().stream()).toList();
		String which = rule.getGroups().isEmpty() ? "the qualification" : rule.getGroups().size() == 1
				? "group " + rule.getGroups().get(0).getName()
				: "groups " + String.join(", ", rule.getGroups().stream().map(UnitGroup::getName).toList());
		if (rule.getDeclaredUnits() != null && rule.getDeclaredUnits() != memberships.size()) {
			report("The rule declares " + rule.getDeclaredUnits() + " units but " + which + " has " + memberships.size() + ".",
					rule, Literals.REQUIRE_ALL_CONSTRAINT__DECLARED_UNITS, QualspecIssueCodes.DECLARED_TOTAL,
					Integer.toString(memberships.size()));
		}
		if (rule.getDeclaredCredits() == null) {
			return;
		}
		Map<Membership, RuleUnit> units = RuleSets.units(qualification);
		List<RuleUnit> described = memberships.stream().map(units::get).toList();
		// a unit that does not resolve or states no credits leaves the sum unknown
		if (described.stream().anyMatch(u -> u == null || u.credits() == null)) {
			return;
		}
		int sum = described.stream().mapToInt(RuleUnit::credits).sum();
		if (rule.getDeclaredCredits() != sum) {
			report("The rule declares " + rule.getDeclaredCredits() + " credits but the units of " + which + " add up to "
					+ sum + " (" + String.join(" + ", described.stream().map(u -> u.credits().toString()).toList()) + ").",
					rule, Literals.REQUIRE_ALL_CONSTRAINT__DECLARED_CREDITS, QualspecIssueCodes.DECLARED_TOTAL,
					Integer.toString(sum));
		}
	}

	/**
	 * The title's size word and the {@code size} declaration against the usual size bands (not printed in the
	 * example handbooks, hence a warning): QCF by credits, RQF by TQT (stated, else 10 × credits). Under "credits at least
	 * N" the qualification's credit value is N, the least a learner achieves it with.
	 */
	@Check
	public void checkSizeWord(Qualification qualification) {
		Matcher titleWord = qualification.getTitle() == null ? null : SIZE_WORD.matcher(qualification.getTitle());
		String title = titleWord != null && titleWord.find() ? titleWord.group(1) : null;
		boolean sizeWritten = qualification.isSetSize();
		String size = sizeWritten ? bandedSize(qualification.getSize()) : null;
		Band band = band(qualification);
		if (band != null) {
			if (title != null && !title.equals(band.word())) {
				report("The title says " + title + " but " + band.reason() + ", which is " + band.article() + " " + band.word()
						+ " (" + band.bounds() + ").", qualification, Literals.ELEMENT__TITLE,
						QualspecIssueCodes.SIZE_WORD, band.word());
			}
			if (size != null && !size.equals(band.word())) {
				report("The size is " + qualification.getSize().getLiteral() + " but " + band.reason() + ", which is "
						+ band.article() + " " + band.word() + " (" + band.bounds() + ").", qualification,
						Literals.QUALIFICATION__SIZE, QualspecIssueCodes.SIZE_WORD, band.word().toLowerCase(Locale.ROOT));
			}
		} else if (title != null && size != null && !title.equals(size)) {
			report("The size is " + qualification.getSize().getLiteral() + " but the title says " + title + ".",
					qualification, Literals.QUALIFICATION__SIZE, QualspecIssueCodes.SIZE_WORD, title.toLowerCase(Locale.ROOT));
		}
	}

	/** The stated credits (the least, under "credits at least"); null where none are written. */
	private static Integer credits(Qualification qualification) {
		return qualification.getCredits() == null || qualification.getCredits().getValue() == null
				? null : qualification.getCredits().getValue();
	}

	private static Integer tqt(Qualification qualification) {
		return qualification.getTqt();
	}

	/** The size word of Award, Certificate and Diploma sizes; null for the extended sizes, which have no band. */
	private static String bandedSize(SizeType size) {
		return switch (size) {
			case AWARD -> "Award";
			case CERTIFICATE -> "Certificate";
			case DIPLOMA -> "Diploma";
			default -> null;
		};
	}

	/** A size band with the figure that places the qualification in it. */
	private record Band(String word, String reason, String bounds) {

		String article() {
			return word.equals("Award") ? "an" : "a";
		}
	}

	private static Band band(Qualification qualification) {
		Integer credits = credits(qualification);
		Integer tqt = tqt(qualification);
		String creditsText = credits == null ? null
				: (qualification.getCredits().isAtLeast() ? "at least " : "") + credits + " credits";
		// QCF qualifications are sized by credits, RQF ones by TQT; without a framework, by the figure stated
		boolean byCredits = qualification.isSetFramework()
				? qualification.getFramework() == Framework.QCF : tqt == null;
		if (byCredits) {
			if (credits == null || credits < 1) {
				return null;
			}
			String word = credits <= 12 ? "Award" : credits <= 36 ? "Certificate" : "Diploma";
			return new Band(word, "the qualification has " + creditsText,
					"QCF: Award 1-12, Certificate 13-36, Diploma 37 or more credits");
		}
		String reason;
		int hours;
		if (tqt != null) {
			hours = tqt;
			reason = "its TQT is " + tqt;
		} else if (credits != null) {
			hours = HOURS_PER_CREDIT * credits;
			reason = "its TQT is " + hours + " (" + creditsText + ")";
		} else {
			return null;
		}
		String word = hours <= 120 ? "Award" : hours <= 369 ? "Certificate" : "Diploma";
		return new Band(word, reason, "RQF: Award up to 120, Certificate 121-369, Diploma 370 or more hours TQT");
	}

	@Check
	public void checkTitleLevel(Qualification qualification) {
		if (qualification.getTitle() == null || qualification.getLevel() == null) {
			return;
		}
		Matcher title = TITLE_LEVEL.matcher(qualification.getTitle());
		if (!title.find()) {
			return;
		}
		int level = title.group(1) != null ? 0 : Integer.parseInt(title.group(2));
		if (level != qualification.getLevel()) {
			report("The title says " + title.group() + " but the qualification is at " + levelText(qualification.getLevel())
					+ ".", qualification, Literals.ELEMENT__TITLE, QualspecIssueCodes.TITLE_LEVEL,
					Integer.toString(qualification.getLevel()));
		}
	}

	/**
	 * An optional unit more than one level away from the qualification, unless a rule caps units of its level in
	 * its group ("of which a maximum of 6 credits can be at Level 2", R10 in docs/language.md). A mandatory unit is
	 * the qualification's own choice, made for every learner: nothing for a reviewer to weigh.
	 */
	@Check
	public void checkUnitLevels(Qualification qualification) {
		if (qualification.getLevel() == null) {
			return;
		}
		int level = qualification.getLevel();
		for (Map.Entry<Membership, RuleUnit> entry : RuleSets.units(qualification).entrySet()) {
			RuleUnit unit = entry.getValue();
			boolean mandatory = entry.getKey().eContainer() instanceof UnitGroup group && group.getKind() == GroupKind.MANDATORY;
			if (!mandatory && unit.level() != null && Math.abs(unit.level() - level) > 1
					&& !capped(qualification, entry.getKey(), unit)) {
				report(unitName(unit) + " is at " + levelText(unit.level()) + ", more than one level from the qualification's "
						+ levelText(level) + ", and no rule caps the credits or units at its level.", entry.getKey(),
						Literals.MEMBERSHIP__UNIT, QualspecIssueCodes.UNIT_LEVEL);
			}
		}
	}

	private static boolean capped(Qualification qualification, Membership membership, RuleUnit unit) {
		if (qualification.getRules() == null) {
			return false;
		}
		UnitGroup group = membership.eContainer() instanceof UnitGroup g ? g : null;
		for (Constraint constraint : qualification.getRules().getConstraints()) {
			boolean caps = switch (constraint) {
				case AggregateConstraint aggregate -> aggregate.getBound() != null && aggregate.getBound().isAtMost()
						&& aggregate.getLevel() != null && RuleSets.level(aggregate.getLevel()).accepts(unit)
						&& covers(aggregate.getSelection(), group);
				case CountingCapConstraint cap -> cap.getLevel() != null && RuleSets.level(cap.getLevel()).accepts(unit)
						&& cap.getGroups().contains(group);
				default -> false;
			};
			if (caps) {
				return true;
			}
		}
		return false;
	}

	private static boolean covers(io.qualspec.qualspec.Selection selection, UnitGroup group) {
		return switch (selection) {
			case WholeQualification whole -> true;
			case GroupSelection groups -> groups.getGroups().contains(group);
			case OptionalGroups optional -> group != null && group.getKind() == GroupKind.OPTIONAL;
			case null, default -> false;
		};
	}

	private static String levelText(int level) {
		return level == 0 ? "Entry level" : "Level " + level;
	}
}
