package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.CheckCharacters;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Statements of one qualification that contradict each other (contradiction.* codes in docs/issue-codes.md) and
 * numbers registered as printed (identifier.registeredAsPrinted): each triggered on a realistic snippet and silent
 * on the correct one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class ContradictionChecksTest extends SpecificationTest {

	/**
	 * Two units of the OCR Customer Service NVQ (v4, Feb 2019) library: M/601/1508 allows simulation in the
	 * library, F/601/1609 says nothing of it.
	 */
	private static final String UNITS = """
			unit library ocr.cs "Units" {
				unit M/601/1508 "Recognise and deal with customer queries, requests and problems" {
					level 1
					credits 5
					glh 33
					simulation allowed
				}
				unit F/601/1609 "Communicate using customer service language" {
					level 1
					credits 4
					glh 30
				}
			}
			""";

	private Specification parse(String library, String qualification) throws Exception {
		XtextResourceSet project = resourceSets.get();
		parseHelper.parse(library, uri("units.qspec"), project);
		return parseHelper.parse(qualification, uri("q.qspec"), project);
	}

	private Specification nvq(String body, String memberships) throws Exception {
		return parse(UNITS, "use ocr.cs\nqualification 500/9843/3 \"OCR Level 1 NVQ Certificate in Customer Service\" {\n"
				+ body + "\n\tunits {\n" + memberships + "\n\t}\n}\n");
	}

	@Test
	void theRegisteredCheckCharacterOfATLevelQualification() {
		// 610/0007/9 by hand: S = 8*6 + 7*1 + 6*0 + 5*0 + 4*0 + 3*0 + 2*7 = 48 + 7 + 14 = 69; 69 mod 11 = 3 (66 + 3),
		// so the rule expects 610/0007/3, yet Pearson's T Level Technical Qualification in Accounting is registered
		// as 610/0007/9
		assertEquals('3', CheckCharacters.qualificationCheck("6100007"));
	}

	@Test
	void aNumberRegisteredAsPrintedIsInformationNamingTheRulesCharacter() throws Exception {
		String text = "qualification 610/0007/9 \"T Level Technical Qualification in Accounting\" {\n%s}\n";
		Specification printed = parseHelper.parse(text.formatted("\tregistered as printed\n"));
		List<Issue> issues = validation.validate(printed);
		Issue info = only(issues, QualspecIssueCodes.REGISTERED_AS_PRINTED);
		assertEquals(Severity.INFO, info.getSeverity());
		assertEquals("610/0007/9 is registered as printed; by the check-character rule it would end in 3.", info.getMessage());
		assertEquals(List.of(), withCode(issues, QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER));
		// without the statement the mismatch stays an error, which says how to declare the number
		validation.assertError(parseHelper.parse(text.formatted("")), Literals.QUALIFICATION,
				QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER, "should be 3", "registered as printed");
		// a number that keeps the rule says nothing
		Specification keepsTheRule = parseHelper.parse("qualification 500/8625/X \"NVQ\" {\n\tregistered as printed\n}\n");
		validation.assertNoIssue(keepsTheRule, Literals.QUALIFICATION, QualspecIssueCodes.REGISTERED_AS_PRINTED);
		validation.assertNoIssue(keepsTheRule, Literals.QUALIFICATION, QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER);
	}

	@Test
	void aUnitRegisteredAsPrinted() throws Exception {
		// F/601/1609 by the rule; written with A it is an error unless registered as printed
		String text = "unit library x \"X\" {\n\tunit A/601/1609 \"Title\" {\n%s\t}\n}\n";
		Issue info = only(validation.validate(parseHelper.parse(text.formatted("\t\tregistered as printed\n"))),
				QualspecIssueCodes.REGISTERED_AS_PRINTED);
		assertEquals("A/601/1609 is registered as printed; by the check-letter rule it would start with F.", info.getMessage());
		validation.assertError(parseHelper.parse(text.formatted("")), Literals.UNIT, QualspecIssueCodes.UNIT_CHECK_LETTER,
				"should be F");
	}

	@Test
	void aUnitThatAllowsWhatTheQualificationDoesNot() throws Exception {
		// as 500/9843/3 prints it: simulation not allowed, while the library allows it on M/601/1508
		Specification model = nvq("\tsimulation not allowed\n", "\t\tunit 1 = M/601/1508\n\t\tunit 2 = F/601/1609");
		Issue issue = only(validation.validate(model), QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(6, issue.getLineNumber());
		assertEquals("Unit M/601/1508 allows simulation (line 6 of its description), but the qualification says "
				+ "\"simulation not allowed\" (line 3): write \"simulation not allowed\" on this unit, or \"simulation "
				+ "allowed\" if the qualification makes an exception for it.", issue.getMessage());
		// the membership's own statement replaces the unit's (as the contact centre NVQs write it)
		validation.assertNoIssue(nvq("\tsimulation not allowed\n", "\t\tunit 1 = M/601/1508 simulation not allowed"),
				Literals.MEMBERSHIP, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
	}

	@Test
	void aMembershipsOwnPermissionIsTheQualificationsStatedException() throws Exception {
		// "all assessment ... must take place within the workplace ... This principle will apply to all units, except
		// for Units C1 and C2." (OCR Customer Service NVQ handbook v4, §3.14): the exception, stated on the membership
		Specification model = nvq("\tsimulation not allowed\n", "\t\tunit 1 = M/601/1508 simulation allowed");
		validation.assertNoIssue(model, Literals.MEMBERSHIP, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
		validation.assertNoIssue(model, Literals.EVIDENCE_PERMISSION, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
	}

	@Test
	void aPolicyLimitedToAKindOfUnitAppliesToUnitsOfThatKindOnly() throws Exception {
		// "Simulation is not permitted for any competence units in this qualification" (OCR Level 2 Diploma in
		// Customer Service handbook, §5.5): a knowledge unit that allows simulation does not contradict it
		String library = UNITS.replace("\t\tsimulation allowed\n", "\t\tkind %s\n\t\tsimulation allowed\n");
		String policy = "use ocr.cs\nqualification 500/9843/3 \"NVQ\" {\n\tsimulation not allowed for competence units\n"
				+ "\tmethod S \"Simulated Activities\"\n\tunits {\n\t\tunit 1 = M/601/1508\n\t}\n}\n";
		List<Issue> knowledge = validation.validate(parse(library.formatted("knowledge"), policy));
		assertEquals(List.of(), withCode(knowledge, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED),
				"nor does a simulation method, which the knowledge units may use");
		Issue competence = only(validation.validate(parse(library.formatted("competence"), policy)),
				QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
		assertEquals("Unit M/601/1508 allows simulation (line 7 of its description), but the qualification says "
				+ "\"simulation not allowed for competence units\" (line 3): write \"simulation not allowed\" on this unit, or "
				+ "\"simulation allowed\" if the qualification makes an exception for it.", competence.getMessage());
	}

	@Test
	void aUnitsPermissionThatNamesAQualificationHoldsThereOnly() throws Exception {
		// "simulation is allowed for this unit in the Level 2 Certificate": in 500/9843/3 it breaks the policy, elsewhere not
		String library = UNITS.replace("\t\tsimulation allowed\n", "\t\tsimulation allowed in %s\n");
		String text = "use ocr.cs\nqualification 500/9843/3 \"NVQ\" {\n\tsimulation not allowed\n\tunits {\n"
				+ "\t\tunit 1 = M/601/1508\n\t}\n}\nqualification 500/8625/X \"Certificate\" {\n\tunits {\n"
				+ "\t\tunit 1 = M/601/1508\n\t}\n}\n";
		Issue here = only(validation.validate(parse(library.formatted("500/9843/3"), text)),
				QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
		assertTrue(here.getMessage().endsWith("(the unit's permission names this qualification)."), here.getMessage());
		List<Issue> elsewhere = validation.validate(parse(library.formatted("500/8625/X"), text));
		assertEquals(List.of(), withCode(elsewhere, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED));
		assertEquals(List.of(), withCode(elsewhere, QualspecIssueCodes.PERMISSION_QUALIFICATION_WITHOUT_UNIT));
	}

	@Test
	void aUnitsPermissionThatNamesAQualificationWithoutTheUnit() throws Exception {
		XtextResourceSet project = resourceSets.get();
		Specification units = parseHelper.parse(UNITS.replace("\t\tsimulation allowed\n",
				"\t\tsimulation allowed in 500/9843/3\n"), uri("units.qspec"), project);
		parseHelper.parse("use ocr.cs\nqualification 500/9843/3 \"NVQ\" {\n\tunits {\n\t\tunit 2 = F/601/1609\n\t}\n}\n",
				uri("q.qspec"), project);
		Issue issue = only(validation.validate(units), QualspecIssueCodes.PERMISSION_QUALIFICATION_WITHOUT_UNIT);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("Qualification 500/9843/3 does not list unit M/601/1508, so \"simulation allowed in 500/9843/3\" holds "
				+ "nowhere: name a qualification the unit is in, or add the unit to that qualification.", issue.getMessage());
	}

	@Test
	void aSimulationMethodBesideSimulationNotAllowed() throws Exception {
		Specification own = nvq("\tsimulation not allowed\n\tmethod S \"Simulated Activities\"\n\tmethod O \"Observation\"\n",
				"\t\tunit 2 = F/601/1609");
		validation.assertWarning(own, Literals.ASSESSMENT_METHOD, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED,
				"Assessment method S \"Simulated Activities\" is simulation");
		assertEquals(1, withCode(validation.validate(own), QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED).size());
		// the organisation's methods, where the qualification lists none, are the ones it offers
		Specification organisations = parse(UNITS, """
				awarding organisation ocr "OCR" {
					method SIM "Simulation of a customer query"
				}
				""");
		Specification inherited = parseHelper.parse("use ocr.cs\nqualification 500/9843/3 \"NVQ\" {\n\tawarded by ocr\n"
				+ "\tsimulation not allowed\n}\n", uri("q2.qspec"), organisations.eResource().getResourceSet());
		validation.assertWarning(inherited, Literals.EVIDENCE_PERMISSION, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED,
				"ocr's assessment method SIM");
		validation.assertNoIssue(nvq("\tsimulation allowed\n\tmethod S \"Simulated Activities\"\n", "\t\tunit 2 = F/601/1609"),
				Literals.ASSESSMENT_METHOD, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
	}

	@Test
	void anOrganisationsSimulationMethodServesTheSuiteWhereAQualificationAllowsIt() throws Exception {
		Specification organisations = parse(UNITS, """
				awarding organisation ocr "OCR" {
					method S "Simulated Activities"
				}
				""");
		String level3 = "use ocr.cs\nqualification 500/8626/1 \"OCR Level 3 NVQ Diploma\" {\n\tawarded by ocr\n\tsuite \"Customer Service\"\n"
				+ "\tsimulation not allowed\n}\n";
		Specification alone = parseHelper.parse(level3, uri("l3.qspec"), organisations.eResource().getResourceSet());
		validation.assertWarning(alone, Literals.EVIDENCE_PERMISSION, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED,
				"ocr's assessment method S");
		// the Level 1 Certificate of the suite allows simulation for unit C1 ("Level 1 NVQ units only: C1 ... C2", §3.15)
		String level1 = "use ocr.cs\nqualification 500/9843/3 \"OCR Level 1 NVQ Certificate\" {\n\tawarded by ocr\n\tsuite \"%s\"\n"
				+ "\tsimulation not allowed\n\tunits {\n\t\tunit C1 = F/601/1609 simulation allowed\n\t}\n}\n";
		parseHelper.parse(level1.formatted("Customer Service"), uri("l1.qspec"), organisations.eResource().getResourceSet());
		validation.assertNoIssue(alone, Literals.EVIDENCE_PERMISSION, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED);
		// a qualification of another suite does not use the method for this one
		Specification otherSuite = parse(UNITS, """
				awarding organisation ocr "OCR" {
					method S "Simulated Activities"
				}
				""");
		parseHelper.parse(level1.formatted("Contact Centre Operations"), uri("l1.qspec"), otherSuite.eResource().getResourceSet());
		validation.assertWarning(parseHelper.parse(level3, uri("l3.qspec"), otherSuite.eResource().getResourceSet()),
				Literals.EVIDENCE_PERMISSION, QualspecIssueCodes.EVIDENCE_POLICY_CONTRADICTED, "ocr's assessment method S");
	}

	@Test
	void noExemptionsBesideASectionOnExemptions() throws Exception {
		String rules = "\trules {\n\t\tno exemptions\n\t}\n";
		Specification model = nvq(rules + "\tsection exemptions \"Exemptions\" {\n\t\t\"None.\"\n\t}\n", "\t\tunit 2 = F/601/1609");
		Issue issue = only(validation.validate(model), QualspecIssueCodes.NONE_BESIDE_SECTION);
		assertEquals(Severity.INFO, issue.getSeverity());
		assertEquals("The rules say there are no exemptions, and the section on exemptions (line 6) is there too: check "
				+ "the section agrees.", issue.getMessage());
		validation.assertNoIssue(nvq(rules, "\t\tunit 2 = F/601/1609"), Literals.NO_EXEMPTIONS,
				QualspecIssueCodes.NONE_BESIDE_SECTION);
	}

	/** OCR Cambridge Technical: 60 GLH units score 14/16/18 (handbook v1, §10). */
	private Specification technical(String points) throws Exception {
		return parse("""
				unit library ocr.ct "Units" {
					unit R/615/5441 "Principles of working in service sector organisations" {
						glh 60
						grade scale achieved-or-not
					}
				}
				""", "use ocr.ct\nqualification 603/2730/3 \"Cambridge Technical\" {\n\tunits {\n\t\tunit 1 = R/615/5441 points "
				+ points + " when achieved\n\t}\n\tgrading {\n\t\tpoints for 60 glh: pass 14, merit 16, distinction 18, "
				+ "unclassified 0\n\t}\n}\n");
	}

	@Test
	void aPointsOverrideBeyondTheUnitsRowIsAFactToConfirm() throws Exception {
		// "An achievement of unit 1 will be awarded 20 points" (OCR Cambridge Technical handbook v1, §10)
		Issue issue = only(validation.validate(technical("20")), QualspecIssueCodes.POINTS_OVERRIDE_OUTSIDE_ROW);
		assertEquals(Severity.INFO, issue.getSeverity());
		assertEquals("20 points is more than a Distinction (18) on the 60 GLH row (line 7): confirm the handbook awards it.",
				issue.getMessage());
		validation.assertIssue(technical("10"), Literals.MEMBERSHIP, QualspecIssueCodes.POINTS_OVERRIDE_OUTSIDE_ROW,
				Severity.INFO, "10 points is less than a Pass (14)");
		validation.assertNoIssue(technical("16"), Literals.MEMBERSHIP, QualspecIssueCodes.POINTS_OVERRIDE_OUTSIDE_ROW);
	}

	@Test
	void aSynopticUnitNamesTheUnitsItDrawsOn() throws Exception {
		String text = "unit library x \"X\" {\n\tunit F/601/1609 \"A\" {\n\t}\n\tunit L/601/1614 \"B\" {\n\t\tsynoptic\n%s\t}\n}\n";
		validation.assertWarning(parseHelper.parse(text.formatted("")), Literals.UNIT,
				QualspecIssueCodes.SYNOPTIC_WITHOUT_LINKS, "name them with \"links to\"");
		validation.assertNoIssue(parseHelper.parse(text.formatted("\t\tlinks to F/601/1609\n")), Literals.UNIT,
				QualspecIssueCodes.SYNOPTIC_WITHOUT_LINKS);
	}

}
