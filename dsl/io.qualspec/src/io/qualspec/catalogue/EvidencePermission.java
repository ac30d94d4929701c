package io.qualspec.catalogue;

/** Whether evidence from a context (simulation, a realistic working environment, the workplace) is allowed. */
public record EvidencePermission(Context context, boolean allowed) {

	public enum Context {
		SIMULATION, REALISTIC_WORKING_ENVIRONMENT, WORKPLACE
	}
}
