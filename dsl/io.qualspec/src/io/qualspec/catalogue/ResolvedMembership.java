package io.qualspec.catalogue;

import io.qualspec.qualspec.Membership;

/**
 * A unit in a qualification: what belongs to the qualification x unit pair (local number, sector code,
 * awarding-body reference, points override). The unit is null when the reference does not resolve.
 */
public record ResolvedMembership(Membership source, String number, ResolvedUnit unit, String sectorCode,
		String aoReference, Integer pointsWhenAchieved, SourceLocation location) {

	/** How the qualification's tables name the unit: its local number, else its URN. */
	public String displayNumber() {
		if (number != null) {
			return number;
		}
		return unit == null ? "?" : unit.urn();
	}
}
