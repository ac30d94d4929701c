package io.qualspec.rules.model;

/** E: set and marked by the awarding organisation; I: assessed by the centre, moderated or verified. */
public enum Assessment {
	INTERNAL, EXTERNAL
}
