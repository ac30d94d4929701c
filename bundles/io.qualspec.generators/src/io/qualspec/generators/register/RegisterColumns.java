package io.qualspec.generators.register;

import java.util.List;

/**
 * The columns of the Ofqual Register of Regulated Qualifications' qualification data set (the register's "download
 * as CSV": Ofqual's register front end, model {@code FullDataSetCSV.QualificationCSV}, github.com/OfqualGovUK/
 * ofqual-register-frontend) that hold facts a Qualspec specification states, under the register's own names and in
 * its order. The register export writes these; the register import reads them (and ignores the register's others).
 */
public final class RegisterColumns {

	public static final String NUMBER = "Qualification Number";
	public static final String TITLE = "Qualification Title";
	public static final String ORGANISATION_NAME = "Owner Organisation Name";
	public static final String ORGANISATION_ACRONYM = "Owner Organisation Acronym";
	public static final String LEVEL = "Qualification Level";
	public static final String CREDITS = "Total Credits";
	public static final String SECTOR = "Qualification SSA";
	public static final String STATUS = "Qualification Status";
	public static final String OPERATIONAL_START = "Operational Start Date";
	public static final String OPERATIONAL_END = "Operational End Date";
	public static final String CERTIFICATION_END = "Certification End Date";
	public static final String MINIMUM_GLH = "Minimum Guided Learning Hours";
	public static final String MAXIMUM_GLH = "Maximum Guided Learning Hours";
	public static final String TQT = "Total Qualification Time";
	public static final String GLH = "Guided Learning Hours";

	/** The columns in the register's order. */
	public static final List<String> ALL = List.of(NUMBER, TITLE, ORGANISATION_NAME, ORGANISATION_ACRONYM, LEVEL, CREDITS,
			SECTOR, STATUS, OPERATIONAL_START, OPERATIONAL_END, CERTIFICATION_END, MINIMUM_GLH, MAXIMUM_GLH, TQT, GLH);

	/** The register's status of a qualification open to new learners ("Available to learners"). */
	public static final String AVAILABLE = "Available to learners";
	/** Closed for entry: no new registrations, certificates still awarded. */
	public static final String CLOSED_FOR_ENTRY = "No longer available to new learners";
	/** Closed for certification: no certificates awarded any more. */
	public static final String NO_LONGER_AWARDED = "No longer awarded";

	private RegisterColumns() {
	}
}
