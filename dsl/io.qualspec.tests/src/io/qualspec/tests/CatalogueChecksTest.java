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
 * qualification specified twice, and which files a change to a shared unit makes an IDE revalidate.
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

	/** The index entries of the files of a project, by path, with their references resolved. */
	private Map<String, IResourceDescription> describe(String... pathsAndTexts) throws Exception {
		Map<String, Specification> files = project(pathsAndTexts);
		files.values().forEach(EcoreUtil::resolveAll);
		Map<String, IResourceDescription> index = new LinkedHashMap<>();
		files.forEach((path, file) -> index.put(path, descriptions.getResourceDescription(file.eResource())));
		return index;
	}
}
