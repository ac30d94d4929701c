package io.qualspec.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit in a qualification: what belongs to the qualification x unit pair (local number, sector code,
 * awarding-body reference, points override, evidence permissions). The unit is null when the reference does
 * not resolve. The sector code is the membership's, else the unit's own. qualification is the number (identifier)
 * of the qualification the unit is in.
 */
public record ResolvedMembership(String number, ResolvedUnit unit, String sectorCode, String aoReference,
		Integer pointsWhenAchieved, List<EvidencePermission> evidence, String qualification, SourceLocation location) {

	public ResolvedMembership {
		evidence = List.copyOf(evidence);
	}

	/**
	 * The evidence permissions that hold for the unit in this qualification: the unit's own that hold in every
	 * qualification or name this one, then the membership's (a later statement replaces an earlier one).
	 */
	public List<EvidencePermission> effectiveEvidence() {
		List<EvidencePermission> effective = new ArrayList<>();
		if (unit != null) {
			unit.evidence().stream().filter(p -> p.holdsIn(qualification)).forEach(effective::add);
		}
		effective.addAll(evidence);
		return effective;
	}

	/** How the qualification's tables name the unit: its local number, else its URN. */
	public String displayNumber() {
		if (number != null) {
			return number;
		}
		return unit == null ? "?" : unit.urn();
	}
}
