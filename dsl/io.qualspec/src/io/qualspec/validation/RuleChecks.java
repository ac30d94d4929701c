package io.qualspec.validation;

import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.AggregateConstraint;
import io.qualspec.qualspec.BarredCombination;
import io.qualspec.qualspec.GroupSelection;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.OptionalGroups;
import io.qualspec.qualspec.QualspecPackage.Literals;

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
			String unit = first.getNumber() != null ? first.getNumber()
					: first.getUnit() == null || first.getUnit().eIsProxy() ? "?" : first.getUnit().getName();
			report("This barred pair names unit " + unit + " twice: a barred pair names two different units of the "
					+ "qualification, of which a candidate may take either but not both.", barred,
					Literals.BARRED_COMBINATION__SECOND, QualspecIssueCodes.BARRED_PAIR);
		}
	}
}
