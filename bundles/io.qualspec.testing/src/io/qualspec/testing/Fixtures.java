package io.qualspec.testing;

import java.nio.file.Path;

/** Files of this bundle's fixtures/ that tests read as they are; each folder's README names their source. */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * The 1EdTech CASE 1.1 CFPackage JSON Schema (draft 2019-09) as 1EdTech publishes it: a CASE export is
	 * valid when it accepts it.
	 */
	public static Path caseCfPackageSchema() {
		return Repository.fixture("standards/case-v1p1-cfpackage.schema.json");
	}

	/**
	 * The specifications written for the tests: a unit library and a qualification using it from the other
	 * file, together every construct of the grammar.
	 */
	public static Path allConstructsSpecifications() {
		return Repository.fixture("specifications");
	}

	/**
	 * A folder with one specification: a qualification stating 600 GLH whose units state 60, 40 and no GLH
	 * (its README says more).
	 */
	public static Path unitsWithoutGlh() {
		return Repository.fixture("units-without-glh");
	}

	/** The unit library of {@link #allConstructsSpecifications()}. */
	public static Path allConstructsUnits() {
		return allConstructsSpecifications().resolve("all-constructs-units.qspec");
	}

	/** The qualification of {@link #allConstructsSpecifications()}, using the units of the other file. */
	public static Path allConstructsQualification() {
		return allConstructsSpecifications().resolve("all-constructs-qualification.qspec");
	}

	/**
	 * A folder with a BTEC-style unit library (learning aims, criteria coded A.P1 and BC.D2) and a qualification
	 * with grades of several letters (its README names the source).
	 */
	public static Path btecStyle() {
		return Repository.fixture("btec-style");
	}

	/**
	 * Every diagnostic the validator reports on examples/, one per line ("file:line: severity: message [code]",
	 * files relative to examples/), as reviewed: a change in what the examples report shows in review as a change
	 * of this file.
	 */
	public static Path exampleDiagnostics() {
		return Repository.fixture("example-diagnostics.txt");
	}

	/** A real CASE 1.0 package, OpenSALT's "What Standards Could Be" (imports/README.md names its source and licence). */
	public static Path openSaltCasePackage() {
		return Repository.fixture("imports/opensalt-what-standards-could-be.json");
	}

	/** Rows in the Ofqual register's qualification columns, with handbook facts (imports/README.md). */
	public static Path registerRows() {
		return Repository.fixture("imports/register-rows.csv");
	}

	/** A handbook's structure table as transcribed ("500/8625/X" → handbook-tables/qn-500-8625-X.csv). */
	public static Path handbookTable(String qualificationNumber) {
		return Repository.fixture("handbook-tables/qn-" + qualificationNumber.replace('/', '-') + ".csv");
	}
}
