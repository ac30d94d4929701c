package io.qualspec.validation;

import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.BarredCombination;
import io.qualspec.qualspec.GroupKind;
import io.qualspec.qualspec.GroupSelection;
import io.qualspec.qualspec.GroupSpreadConstraint;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.OptionalGroups;
import io.qualspec.qualspec.PairedUnits;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.WholeQualification;

/** Rules of combination (shapes R1-R15 in docs/language.md). */
public class RuleChecks extends QualspecChecks {

	/**
	 * "a minimum of 3 credits from Groups B or C" reads either as an overlapping pool or as the remainder
	 * beyond the other minimums (R7 in docs/language.md); the author must say which.
	 */
	@Check
	public void checkPoolReading(AggregateConstraint constraint) {
		boolean unstated = constraint.getSelection() instanceof GroupSelection groups && groups.getGroups().size() > 1
				&& !groups.isSetReading()
				|| constraint.getSelection() instanceof OptionalGroups optional
						&& !optional.isSetReading();
		if (unstated) {
			report("A rule over several groups must say how it relates to the other rules on those groups: write "
					+ "'overlapping' (every credit counts) or 'remaining' (only credits beyond the other minimums).",
					constraint, Literals.AGGREGATE_CONSTRAINT__SELECTION, QualspecIssueCodes.POOL_READING_REQUIRED);
		}
	}

	/** "barred 10 and 18": a candidate may take either unit, but not both, so the two are distinct. */
	@Check
	public void checkBarredPair(BarredCombination barred) {
		Membership first = barred.getFirst();
		if (first != null && !first.eIsProxy() && first == barred.getSecond()) {
			String unit = shownNumber(first);
			report("This barred pair names unit " + unit + " twice: a barred pair names two different units of the "
					+ "qualification, of which a candidate may take either but not both.", barred,
					Literals.BARRED_COMBINATION__SECOND, QualspecIssueCodes.BARRED_PAIR);
		}
	}

	/**
	 * "units from at least 2 of B, C, D": the bound counts groups of those listed (or of the optional groups), so
	 * it can be at most their number.
	 */
	@Check
	public void checkSpreadBound(GroupSpreadConstraint spread) {
		if (asksBeyondItsGroups(spread)) {
			int groups = groupsOf(spread);
			report("This rule asks for units from " + spread.getBound().getValue() + " groups but names only " + groups
					+ (spread.isOptionalGroups() ? " optional group" + (groups == 1 ? "" : "s") + " in this qualification" : "")
					+ ": no selection meets it; write a number from 1 to " + groups + ", or list the groups it means.",
					spread, Literals.GROUP_SPREAD_CONSTRAINT__BOUND, QualspecIssueCodes.SPREAD_BEYOND_GROUPS);
		}
	}

	/**
	 * Whether a spread asks for more groups than it counts from; the engine finds such a rule never met too, and
	 * {@link AnalysisChecks} leaves it to this clearer message.
	 */
	static boolean asksBeyondItsGroups(GroupSpreadConstraint spread) {
		return spread.getBound() != null && !spread.getBound().isAtMost() && spread.getBound().getValue() > groupsOf(spread);
	}

	/** The groups a spread counts from: those it lists, or the qualification's optional groups. */
	private static int groupsOf(GroupSpreadConstraint spread) {
		if (!spread.isOptionalGroups()) {
			return (int) spread.getGroups().stream().distinct().count();
		}
		return spread.eContainer() != null && spread.eContainer().eContainer() instanceof Qualification qualification
				? (int) qualification.getGroups().stream().filter(g -> g.getKind() == GroupKind.OPTIONAL).count()
				: Integer.MAX_VALUE;
	}

	/**
	 * "credits from B at least 30 if taken": the minimum applies once a unit of B is taken. Over all units it
	 * applies to every selection, so "if taken" says nothing.
	 */
	@Check
	public void checkIfTaken(AggregateConstraint constraint) {
		if (constraint.isIfTaken() && (constraint.getSelection() == null || constraint.getSelection() instanceof WholeQualification)) {
			report("\"if taken\" on all units of the qualification says nothing: every selection takes some of its units. "
					+ "Write the rule without \"if taken\", or name the groups it is about (\"from B ... if taken\").",
					constraint, Literals.AGGREGATE_CONSTRAINT__IF_TAKEN, QualspecIssueCodes.IF_TAKEN_ALL_UNITS);
		}
	}

	/** "paired 12 and 13": two different units, which a learner takes both or neither. */
	@Check
	public void checkPairedUnits(PairedUnits paired) {
		Membership first = paired.getFirst();
		Membership second = paired.getSecond();
		if (first == null || second == null || first.eIsProxy() || second.eIsProxy()) {
			return;
		}
		if (first == second) {
			report("This pair names unit " + shownNumber(first) + " twice: a pair names two different units, which a "
					+ "learner takes both or neither.", paired, Literals.PAIRED_UNITS__SECOND, QualspecIssueCodes.PAIRED_SAME_UNIT);
		} else if (first.eContainer() == second.eContainer() && first.eContainer() instanceof UnitGroup group
				&& group.getKind() == GroupKind.MANDATORY) {
			report("Units " + shownNumber(first) + " and " + shownNumber(second) + " are both in the mandatory group "
					+ group.getName() + ", so every learner takes both: the pair adds nothing; remove it or pair units of an "
					+ "optional group.", paired, Literals.PAIRED_UNITS__SECOND, QualspecIssueCodes.PAIRED_MANDATORY);
		}
	}

	/** A unit as the rule names it: its local number, else its URN or code. */
	private static String shownNumber(Membership membership) {
		return membership.getNumber() != null ? membership.getNumber()
				: membership.getUnit() == null || membership.getUnit().eIsProxy() ? "?" : membership.getUnit().getName();
	}
}
