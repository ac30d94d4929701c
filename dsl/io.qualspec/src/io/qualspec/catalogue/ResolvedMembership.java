package io.qualspec.catalogue;

import java.util.List;

/**
 * A unit in a qualification: what belongs to the qualification x unit pair (local number, sector code,
 * awarding-body reference, points override, evidence permissions). The unit is null when the reference does
 * not resolve. The sector code is the membership's, else the unit's own.
 */
public record ResolvedMembership(String number, ResolvedUnit unit, String sectorCode, String aoReference,
		Integer pointsWhenAchieved, List<EvidencePermission> evidence, SourceLocation location) {

	public ResolvedMembership {
		evidence = List.copyOf(evidence);
	}

	/** How the qualification's tables name the unit: its local number, else its URN. */
	public String displayNumber() {
		if (number != null) {
			return number;
		}
		return unit == null ? "?" : unit.urn();
	}
}
