package io.qualspec.catalogue;

/**
 * Whether evidence from a context (simulation, a realistic working environment, the workplace) is allowed. A
 * qualification's permission may be limited to one kind of unit ("Simulation is not permitted for any competence
 * units"): unitKind, null where it holds for all units. A unit's permission may hold in one qualification only:
 * qualification, that qualification's number, null where it holds wherever the unit is used.
 */
public record EvidencePermission(Context context, boolean allowed, ResolvedUnit.Kind unitKind, String qualification) {

	public enum Context {
		SIMULATION, REALISTIC_WORKING_ENVIRONMENT, WORKPLACE
	}

	/** Whether the permission holds for a unit of this kind (null: a unit whose kind is not stated). */
	public boolean holdsForKind(ResolvedUnit.Kind kind) {
		return unitKind == null || unitKind == kind;
	}

	/** Whether the permission holds in the qualification with this number. */
	public boolean holdsIn(String qualificationNumber) {
		return qualification == null || qualification.equals(qualificationNumber);
	}
}
