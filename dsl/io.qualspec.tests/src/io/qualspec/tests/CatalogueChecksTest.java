package io.qualspec.tests;

import static io.qualspec.tests.Issues.only;
import static io.qualspec.tests.Issues.withCode;
import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper.Mode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Checks across files through the index: one URN described differently in two libraries (R/601/1601 has 73
 * GLH in the OCR Customer Service NVQ handbook and 47 in the OCR Contact Centre Operations handbook), a
 * qualification specified twice, two URNs with one title, sector codes that misprint each other, and which files a change to a shared unit makes an IDE revalidate.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class CatalogueChecksTest extends SpecificationTest {

	@Inject
	private IResourceDescription.Manager descriptions;

	private final ValidationTestHelper exactly = new ValidationTestHelper(Mode.EXACT);

	private static String library(String name, String title, int glh) {
		return "unit library " + name + " \"Units\" {\n\tunit R/601/1601 \"" + title + "\" {\n\t\tlevel 2\n\t\tcredits 6\n\t\tglh "
				+ glh + "\n\t}\n}\n";
	}

	/** The files of one project, parsed into one resource set, by path. */
	private Map<String, Specification> project(String... pathsAndTexts) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<String, Specification> files = new LinkedHashMap<>();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			files.put(pathsAndTexts[i], parseHelper.parse(pathsAndTexts[i + 1], uri(pathsAndTexts[i]), resourceSet));
		}
		return files;
	}

	@Test
	void aUnitDescribedDifferentlyIsReportedInEachFileNamingTheOther() throws Exception {
		Map<String, Specification> files = project(
				"nvq/units.qspec", library("ocr.customerservice.nvq", "Resolve customers' problems", 73),
				"contact-centre/units.qspec", library("ocr.contactcentre", "Resolve customers' problems", 47));
		Specification nvq = files.get("nvq/units.qspec");
		exactly.assertWarning(nvq, Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS, "R/601/1601 has GLH 73 here but 47 in "
				+ "library ocr.contactcentre (units.qspec); every description of a unit must agree (only its group, local "
				+ "number and reference may vary).");
		Issue inNvq = only(validation.validate(nvq), QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		assertEquals(5, inNvq.getLineNumber(), "at the GLH figure");
		assertEquals(List.of("glh", "47"), List.of(inNvq.getData()).subList(0, 2));
		validation.assertWarning(files.get("contact-centre/units.qspec"), Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS,
				"R/601/1601 has GLH 47 here but 73 in library ocr.customerservice.nvq");
	}

	/** A qualification whose purpose section names unit R/601/1601 as the text prints it. */
	private static String mentioning(String mention) {
		return "use ocr.cs\nqualification 500/8625/X \"NVQ\" {\n\tsection purpose {\n\t\t\"Learners take unit R/601/1601.\" "
				+ "mentions R/601/1601 " + mention + "\n\t}\n\tunits {\n\t\tunit 1 = R/601/1601\n\t}\n}\n";
	}

	@Test
	void aUnitNamedInTextWithAnotherTitleOrLevel() throws Exception {
		Map<String, Specification> files = project("units.qspec", library("ocr.cs", "Resolve customers' problems", 73),
				"q.qspec", mentioning("\"Resolve customer problems\" level 3"));
		List<Issue> issues = validation.validate(files.get("q.qspec"));
		List<Issue> differs = withCode(issues, QualspecIssueCodes.MENTION_DIFFERS);
		assertEquals(2, differs.size(), differs.toString());
		assertEquals("The text names unit R/601/1601 \"Resolve customer problems\", but its description (line 2 of units.qspec) "
				+ "titles it \"Resolve customers' problems\": correct the text, or the unit's title.", differs.get(0).getMessage());
		assertEquals(List.of("Resolve customers' problems"), List.of(differs.get(0).getData()));
		assertEquals("The text puts unit R/601/1601 at level 3, but its description says level 2: correct the text, or the "
				+ "unit's level.", differs.get(1).getMessage());
		assertEquals(List.of("2"), List.of(differs.get(1).getData()));
	}

	@Test
	void aUnitNamedInTextWithATitleThatDiffersOnlyInStyleIsMilder() throws Exception {
		Map<String, Specification> files = project("units.qspec", library("ocr.cs", "Resolve customers' problems", 73),
				"q.qspec", mentioning("\"Resolve Customers' Problems.\""));
		Issue issue = only(validation.validate(files.get("q.qspec")), QualspecIssueCodes.MENTION_TITLE_STYLE);
		assertEquals(org.eclipse.xtext.diagnostics.Severity.INFO, issue.getSeverity());
		assertEquals(List.of(), withCode(validation.validate(files.get("q.qspec")), QualspecIssueCodes.MENTION_DIFFERS));
		// printed as described: silent; a mention that prints only the level checks only the level
		for (String agreeing : List.of("\"Resolve customers' problems\" level 2", "level 2")) {
			Specification q = project("units.qspec", library("ocr.cs", "Resolve customers' problems", 73), "q.qspec",
					mentioning(agreeing)).get("q.qspec");
			List<Issue> issues = validation.validate(q);
			assertEquals(List.of(), withCode(issues, QualspecIssueCodes.MENTION_DIFFERS), agreeing);
			assertEquals(List.of(), withCode(issues, QualspecIssueCodes.MENTION_TITLE_STYLE), agreeing);
		}
	}

	@Test
	void aUnitNamedInGuidanceThatTheQualificationDoesNotList() throws Exception {
		String guidance = "use ocr.cs\nqualification 500/8626/1 \"NVQ\" {\n\tsection %s \"Candidate guidance\" {\n"
				+ "\t\t\"Group C: B1 Do your job in a customer-friendly way\" mentions R/601/1601 \"Resolve customers' problems\"\n\t}\n\tunits {\n%s\t}\n}\n";
		Specification unlisted = project("units.qspec", library("ocr.cs", "Resolve customers' problems", 73), "q.qspec",
				guidance.formatted("guidance", "")).get("q.qspec");
		exactly.assertWarning(unlisted, Literals.UNIT_MENTION, QualspecIssueCodes.MENTION_NOT_LISTED, "The text names unit "
				+ "R/601/1601 \"Resolve customers' problems\", which 500/8626/1 does not list in any group: add it to its group, "
				+ "or correct the text.");
		// listed: silent; a progression section may name another qualification's unit
		for (List<String> silent : List.of(List.of("guidance", "\t\tunit 1 = R/601/1601\n"), List.of("progression", ""))) {
			Specification q = project("units.qspec", library("ocr.cs", "Resolve customers' problems", 73), "q.qspec",
					guidance.formatted(silent.get(0), silent.get(1))).get("q.qspec");
			assertEquals(List.of(), withCode(validation.validate(q), QualspecIssueCodes.MENTION_NOT_LISTED), silent.toString());
		}
	}

	@Test
	void titlesThatDifferOnlyInCapitalsOrAFinalStopSaySo() throws Exception {
		Map<String, Specification> files = project(
				"a.qspec", library("a", "Give customers a positive impression of yourself and your organisation", 47),
				"b.qspec", library("b", "Give customers a positive impression of yourself and your organisation.", 47),
				"c.qspec", library("c", "Give Customers A Positive Impression Of Yourself And Your Organisation", 47));
		for (Specification file : files.values()) {
			assertEquals(2, withCode(validation.validate(file), QualspecIssueCodes.SHARED_UNIT_DIFFERS).size(),
					"each description differs from the two others");
		}
		validation.assertWarning(files.get("a.qspec"), Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS,
				"in library b (b.qspec) (they differ only in a final full stop)");
		validation.assertWarning(files.get("a.qspec"), Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS,
				"in library c (c.qspec) (they differ only in capitals)");
	}

	@Test
	void descriptionsThatAgreeOrLeaveAFactOutAreSilent() throws Exception {
		String withoutGlh = "unit library b \"Units\" {\n\tunit R/601/1601 \"Resolve customers' problems\" {\n\t\tlevel 2\n\t}\n}\n";
		for (Specification file : project("a.qspec", library("a", "Resolve customers' problems", 47), "b.qspec", withoutGlh,
				"c.qspec", library("c", "Resolve customers' problems", 47)).values()) {
			validation.assertNoIssue(file, Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		}
	}

	/** A library of one unit with the given lines inside it. */
	private static String library(String name, String urn, String title, String lines) {
		return "unit library " + name + " \"Units\" {\n\tunit " + urn + " \"" + title + "\" {\n" + lines + "\t}\n}\n";
	}

	@Test
	void everyPrintedFactOfAUnitIsCompared() throws Exception {
		String facts = "\t\tlevel 2\n\t\tcredits 6\n\t\tglh 47\n\t\ttqt 60\n\t\tsector code \"CS A4\"\n\t\tkind competence\n"
				+ "\t\tassessment internal\n\t\tgrade scale achieved-or-not\n\t\texpires 2022-12-31\n";
		String other = facts.replace("tqt 60", "tqt 50").replace("competence", "knowledge").replace("internal", "external")
				.replace("achieved-or-not", "pass-merit-distinction").replace("2022-12-31", "2021-12-31");
		Map<String, Specification> files = project("a.qspec", library("a", "R/601/1601", "Resolve customers' problems", facts),
				"b.qspec", library("b", "R/601/1601", "Resolve customers' problems", other));
		List<Issue> issues = withCode(validation.validate(files.get("a.qspec")), QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		assertEquals(List.of("tqt", "kind", "assessment", "grade_scale", "expiry"), issues.stream().map(i -> i.getData()[0]).toList());
		validation.assertWarning(files.get("a.qspec"), Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS,
				"R/601/1601 has grade scale achieved-or-not here but pass-merit-distinction in library b (b.qspec)");
		validation.assertWarning(files.get("a.qspec"), Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS,
				"R/601/1601 has assessment internal here but external in library b");
		// an expiry printed to the month agrees with one printed to the day in that month
		for (Specification file : project("c.qspec", library("c", "R/601/1601", "Resolve customers' problems", "\t\texpires 2022-12\n"),
				"d.qspec", library("d", "R/601/1601", "Resolve customers' problems", "\t\texpires 2022-12-31\n")).values()) {
			validation.assertNoIssue(file, Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		}
	}

	@Test
	void sectorCodesSayWhetherTheyDifferOnlyInPrintingOrInOneCharacter() throws Exception {
		Map<String, Specification> files = project(
				"a.qspec", library("a", "R/601/1601", "Resolve customers' problems", "\t\tsector code \"CS A1\"\n"),
				"b.qspec", library("b", "R/601/1601", "Resolve customers' problems", "\t\tsector code \"CSA1\"\n"),
				"c.qspec", library("c", "R/601/1601", "Resolve customers' problems", "\t\tsector code \"CS A7\"\n"),
				"d.qspec", library("d", "R/601/1601", "Resolve customers' problems", "\t\tsector code \"CC 12\"\n"));
		Specification a = files.get("a.qspec");
		validation.assertWarning(a, Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS, "R/601/1601 has sector code \"CS A1\" "
				+ "here but \"CSA1\" in library b (b.qspec) (they differ only in spacing or capitals: the same code printed two ways)");
		validation.assertWarning(a, Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS,
				"\"CS A7\" in library c (c.qspec) (they differ in one character: possibly a misprint);");
		validation.assertWarning(a, Literals.UNIT, QualspecIssueCodes.SHARED_UNIT_DIFFERS, "\"CC 12\" in library d (d.qspec); every");
	}

	@Test
	void aSectorCodeOverrideThatMisprintsTheUnitsOwnIsAWarning() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parseHelper.parse(library("ocr.customerservice", "L/601/0933", "Deal with customers across a language divide",
				"\t\tsector code \"CS A4\"\n"), uri("units.qspec"), resourceSet);
		Specification model = parseHelper.parse("use ocr.customerservice\nqualification 500/8625/X \"Q\" {\n\tunits {\n"
				+ "\t\tunit 30 = L/601/0933 sector \"CS A5\"\n\t\tunit 31 = L/601/0933 sector \"cs a4\"\n"
				+ "\t\tunit 32 = L/601/0933 sector \"CC 14\"\n\t\tunit 33 = L/601/0933 sector \"CS A4\"\n\t}\n}\n",
				uri("q.qspec"), resourceSet);
		List<Issue> issues = withCode(validation.validate(model), QualspecIssueCodes.SECTOR_CODE_MISPRINT);
		assertEquals(List.of(4, 5), issues.stream().map(Issue::getLineNumber).toList(), "a different code and the same code are not misprints");
		exactly.assertWarning(model, Literals.MEMBERSHIP, QualspecIssueCodes.SECTOR_CODE_MISPRINT, "Unit 30 (L/601/0933) is given "
				+ "sector code \"CS A5\" here but its own is \"CS A4\" (they differ in one character: possibly a misprint); write "
				+ "\"CS A4\", or leave the sector out to use the unit's own.");
		assertEquals(List.of("CS A4"), List.of(issues.get(0).getData()));
	}

	@Test
	void aSectorCodeTwoQualificationsPrintTwoWaysIsAWarningWhereTheUnitHasNoneOfItsOwn() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parseHelper.parse(library("ocr.customerservice", "H/601/1540", "Support customers using on-line customer services", ""),
				uri("units.qspec"), resourceSet);
		String qualification = "use ocr.customerservice\nqualification %s \"Q\" {\n\tunits {\n\t\tunit %s = H/601/1540 sector \"%s\"\n\t}\n}\n";
		Specification level2 = parseHelper.parse(qualification.formatted("600/2451/3", "31", "CA D4"), uri("l2.qspec"), resourceSet);
		Specification level3 = parseHelper.parse(qualification.formatted("600/2338/7", "33", "CS D4"), uri("l3.qspec"), resourceSet);
		parseHelper.parse(qualification.formatted("600/2356/9", "40", "ICS 7"), uri("l4.qspec"), resourceSet);
		exactly.assertWarning(level2, Literals.MEMBERSHIP, QualspecIssueCodes.SECTOR_CODE_MISPRINT, "Unit 31 (H/601/1540) is given "
				+ "sector code \"CA D4\" here but \"CS D4\" in 600/2338/7 (l3.qspec) (they differ in one character: possibly a "
				+ "misprint); print a unit's code one way wherever it is given, or give the unit its code in its library.");
		validation.assertWarning(level3, Literals.MEMBERSHIP, QualspecIssueCodes.SECTOR_CODE_MISPRINT,
				"\"CS D4\" here but \"CA D4\" in 600/2451/3 (l2.qspec)");
		// "ICS 7" differs more: the qualification's own code, silent
		Specification level4 = (Specification) resourceSet.getResource(uri("l4.qspec"), false).getContents().get(0);
		validation.assertNoIssue(level4, Literals.MEMBERSHIP, QualspecIssueCodes.SECTOR_CODE_MISPRINT);
		// one warning per membership, however many qualifications print the code otherwise
		Specification spaced = parseHelper.parse(qualification.formatted("600/2456/2", "19", "CAD4"), uri("l1.qspec"), resourceSet);
		assertEquals(1, withCode(validation.validate(spaced), QualspecIssueCodes.SECTOR_CODE_MISPRINT).size());
	}

	@Test
	void twoUrnsWithOneTitleAtOneLevelInOneLibraryAreReported() throws Exception {
		// one library written in four files; the fifth file is another library
		Map<String, Specification> files = project(
				"a.qspec", library("ocr.cs", "F/601/1609", "Communicate using customer service language", "\t\tlevel 2\n"),
				"b.qspec", library("ocr.cs", "H/601/1610", "Communicate using customer service language.", "\t\tlevel 2\n"),
				"c.qspec", library("ocr.cs", "J/601/1611", "Communicate using customer service language", "\t\tlevel 3\n"),
				"d.qspec", library("ocr.cs", "K/601/1612", "Communicate using Customer Service language", ""),
				"e.qspec", library("cfa", "M/601/1613", "Communicate using customer service language", "\t\tlevel 2\n"));
		Specification a = files.get("a.qspec");
		exactly.assertIssue(a, Literals.UNIT, QualspecIssueCodes.SAME_TITLE, org.eclipse.xtext.diagnostics.Severity.INFO,
				"F/601/1609 has the same title as H/601/1610 in library ocr.cs (b.qspec), both at level 2: one unit under two URNs, "
						+ "or a mis-keyed URN? Check both against the regulator's unit register; units that share a title are told "
						+ "apart by their level.");
		validation.assertIssue(a, Literals.UNIT, QualspecIssueCodes.SAME_TITLE, org.eclipse.xtext.diagnostics.Severity.INFO,
				"as K/601/1612 in library ocr.cs (d.qspec), and one of them states no level");
		assertEquals(2, withCode(validation.validate(a), QualspecIssueCodes.SAME_TITLE).size(),
				"level 3 is a level variant, another library a re-registration");
		assertEquals(1, withCode(validation.validate(files.get("c.qspec")), QualspecIssueCodes.SAME_TITLE).size(), "only d");
		validation.assertNoIssue(files.get("e.qspec"), Literals.UNIT, QualspecIssueCodes.SAME_TITLE);
	}

	@Test
	void oneUrnDescribedInTwoFilesOfALibraryIsNotASameTitle() throws Exception {
		for (Specification file : project("a.qspec", library("ocr.cs", "Resolve customers' problems", 47),
				"b.qspec", library("ocr.cs", "Resolve customers' problems", 47)).values()) {
			validation.assertNoIssue(file, Literals.UNIT, QualspecIssueCodes.SAME_TITLE);
		}
	}

	@Test
	void aQualificationSpecifiedTwiceIsAnErrorInBothFiles() throws Exception {
		String qualification = "qualification 500/8625/X \"OCR Level 2 NVQ Certificate in Customer Service\" {\n}\n";
		Map<String, Specification> files = project("one.qspec", qualification, "two.qspec", qualification,
				"other.qspec", "qualification 500/8626/1 \"OCR Level 3 NVQ Diploma in Customer Service\" {\n}\n");
		validation.assertError(files.get("one.qspec"), Literals.QUALIFICATION, QualspecIssueCodes.DUPLICATE_QUALIFICATION,
				"also specified in two.qspec");
		validation.assertError(files.get("two.qspec"), Literals.QUALIFICATION, QualspecIssueCodes.DUPLICATE_QUALIFICATION,
				"also specified in one.qspec");
		validation.assertNoIssue(files.get("other.qspec"), Literals.QUALIFICATION, QualspecIssueCodes.DUPLICATE_QUALIFICATION);
	}

	@Test
	void librariesWhoseNamesShareAnOutputNameAreAnErrorInBothFiles() throws Exception {
		Map<String, Specification> files = project("dotted.qspec", library("ocr.customerservice", "Resolve customers' problems", 47),
				"underscored.qspec", "unit library ocr_customerservice \"Units\" {\n}\n",
				"other.qspec", "unit library ocr.contactcentre \"Units\" {\n}\n");
		exactly.assertError(files.get("dotted.qspec"), Literals.UNIT_LIBRARY, QualspecIssueCodes.DUPLICATE_OUTPUT_NAME,
				"Library ocr.customerservice and ocr_customerservice (underscored.qspec) would both file their unit documents "
						+ "under \"ocr-customerservice\"; rename one so that the names differ in more than punctuation or case.");
		Issue inUnderscored = only(validation.validate(files.get("underscored.qspec")), QualspecIssueCodes.DUPLICATE_OUTPUT_NAME);
		assertEquals(1, inUnderscored.getLineNumber());
		assertEquals(List.of("ocr.customerservice"), List.of(inUnderscored.getData()));
		validation.assertNoIssue(files.get("other.qspec"), Literals.UNIT_LIBRARY, QualspecIssueCodes.DUPLICATE_OUTPUT_NAME);
	}

	@Test
	void oneLibraryWrittenInTwoFilesSharesItsOutputNameSilently() throws Exception {
		for (Specification file : project("a.qspec", library("ocr.customerservice", "Resolve customers' problems", 47),
				"b.qspec", "unit library ocr.customerservice \"More units\" {\n}\n").values()) {
			validation.assertNoIssue(file, Literals.UNIT_LIBRARY, QualspecIssueCodes.DUPLICATE_OUTPUT_NAME);
		}
	}

	@Test
	void aChangedUnitAffectsTheOtherLibrariesDescribingItAndTheFilesUsingIt() throws Exception {
		String[] before = { "nvq.qspec", library("nvq", "Resolve customers' problems", 73),
				"cc.qspec", library("cc", "Resolve customers' problems", 47),
				"other.qspec", "unit library other \"Units\" {\n\tunit F/601/1609 \"Communicate\" {\n\t}\n}\n",
				"q.qspec", "use nvq\nqualification 500/8625/X \"Q\" {\n\tunits {\n\t\tunit 1 = R/601/1601\n\t}\n}\n" };
		String[] after = before.clone();
		after[1] = library("nvq", "Resolve customers' problems", 47);
		IResourceDescription changed = describe(before).get("nvq.qspec");
		Map<String, IResourceDescription> index = describe(after);
		List<IResourceDescription.Delta> deltas = List.of(new DefaultResourceDescriptionDelta(changed, index.get("nvq.qspec")));
		ResourceDescriptionsData data = new ResourceDescriptionsData(index.values());
		assertTrue(descriptions.isAffected(deltas, index.get("cc.qspec"), data), "describes the same URN");
		assertTrue(descriptions.isAffected(deltas, index.get("q.qspec"), data), "uses the unit");
		assertFalse(descriptions.isAffected(deltas, index.get("other.qspec"), data), "another unit");
	}

	@Test
	void aQualificationThatListsAnotherUnitAffectsTheLibraryWhosePermissionNamesIt() throws Exception {
		String units = "unit library cs \"Units\" {\n\tunit R/601/1601 \"Resolve\" {\n\t\tsimulation allowed in 500/8625/X\n\t}\n"
				+ "\tunit F/601/1609 \"Communicate\" {\n\t}\n}\n";
		String[] before = { "units.qspec", units,
				"q.qspec", "use cs\nqualification 500/8625/X \"Q\" {\n\tunits {\n\t\tunit 1 = F/601/1609\n\t}\n}\n" };
		String[] after = before.clone();
		after[3] = before[3].replace("F/601/1609", "R/601/1601");
		IResourceDescription changed = describe(before).get("q.qspec");
		Map<String, IResourceDescription> index = describe(after);
		List<IResourceDescription.Delta> deltas = List.of(new DefaultResourceDescriptionDelta(changed, index.get("q.qspec")));
		assertTrue(descriptions.isAffected(deltas, index.get("units.qspec"), new ResourceDescriptionsData(index.values())),
				"the permission's qualification now lists the unit");
	}

	/** The index entries of the files of a project, by path, with their references resolved. */
	private Map<String, IResourceDescription> describe(String... pathsAndTexts) throws Exception {
		Map<String, Specification> files = project(pathsAndTexts);
		files.values().forEach(EcoreUtil::resolveAll);
		Map<String, IResourceDescription> index = new LinkedHashMap<>();
		files.forEach((path, file) -> index.put(path, descriptions.getResourceDescription(file.eResource())));
		return index;
	}
}
