package io.qualspec.tests;

import static io.qualspec.tests.SpecFolder.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.validation.QualspecIssueCodes;

/**
 * Checks across files through the index: one URN described differently in two libraries (the seeds' R/601/1601
 * has 73 GLH in one handbook and 47 in another), a qualification specified twice, and which files a change
 * to a shared unit makes an IDE revalidate.
 */
class CatalogueChecksTest {

	@TempDir
	Path dir;

	private static String library(String name, String title, int glh) {
		return "unit library " + name + " \"Units\" {\n\tunit R/601/1601 \"" + title + "\" {\n\t\tlevel 2\n\t\tcredits 6\n\t\tglh "
				+ glh + "\n\t}\n}\n";
	}

	@Test
	void aUnitDescribedDifferentlyIsReportedInEachFileNamingTheOther() {
		List<Issue> issues = new SpecFolder(dir)
				.file("nvq/units.qspec", library("ocr.customerservice.nvq", "Resolve customers' problems", 73))
				.file("contact-centre/units.qspec", library("ocr.contactcentre", "Resolve customers' problems", 47))
				.issues();
		List<Issue> differs = withCode(issues, QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		assertEquals(2, differs.size(), differs.toString());
		Issue inNvq = differs.stream().filter(i -> i.getUriToProblem().path().contains("/nvq/")).findFirst().orElseThrow();
		assertEquals("R/601/1601 has GLH 73 here but 47 in library ocr.contactcentre (units.qspec); every description of a "
				+ "unit must agree (only its group, local number and reference may vary).", inNvq.getMessage());
		assertEquals(Severity.WARNING, inNvq.getSeverity());
		assertEquals(5, inNvq.getLineNumber(), "at the GLH figure");
		assertEquals(List.of("glh", "47"), List.of(inNvq.getData()).subList(0, 2));
		assertTrue(differs.stream().anyMatch(i -> i.getMessage().startsWith("R/601/1601 has GLH 47 here but 73 in library "
				+ "ocr.customerservice.nvq")), differs.toString());
	}

	@Test
	void titlesThatDifferOnlyInCapitalsOrAFinalStopSaySo() {
		List<Issue> differs = withCode(new SpecFolder(dir)
				.file("a.qspec", library("a", "Give customers a positive impression of yourself and your organisation", 47))
				.file("b.qspec", library("b", "Give customers a positive impression of yourself and your organisation.", 47))
				.file("c.qspec", library("c", "Give Customers A Positive Impression Of Yourself And Your Organisation", 47))
				.issues(), QualspecIssueCodes.SHARED_UNIT_DIFFERS);
		assertEquals(6, differs.size(), "each of three descriptions differs from the two others");
		assertTrue(differs.stream().anyMatch(i -> i.getMessage().contains("(they differ only in a final full stop)")));
		assertTrue(differs.stream().anyMatch(i -> i.getMessage().contains("(they differ only in capitals)")));
	}

	@Test
	void descriptionsThatAgreeOrLeaveAFactOutAreSilent() {
		String withoutGlh = "unit library b \"Units\" {\n\tunit R/601/1601 \"Resolve customers' problems\" {\n\t\tlevel 2\n\t}\n}\n";
		List<Issue> issues = new SpecFolder(dir).file("a.qspec", library("a", "Resolve customers' problems", 47))
				.file("b.qspec", withoutGlh).file("c.qspec", library("c", "Resolve customers' problems", 47)).issues();
		assertEquals(List.of(), withCode(issues, QualspecIssueCodes.SHARED_UNIT_DIFFERS));
	}

	@Test
	void aQualificationSpecifiedTwiceIsAnErrorInBothFiles() {
		String qualification = "qualification 500/8625/X \"OCR Level 2 NVQ Certificate in Customer Service\" {\n}\n";
		List<Issue> twice = withCode(new SpecFolder(dir).file("one.qspec", qualification).file("two.qspec", qualification)
				.file("other.qspec", "qualification 500/8626/1 \"OCR Level 3 NVQ Diploma in Customer Service\" {\n}\n")
				.issues(), QualspecIssueCodes.DUPLICATE_QUALIFICATION);
		assertEquals(Set.of("one.qspec", "two.qspec"), twice.stream().map(SpecFolder::fileOf).collect(Collectors.toSet()));
		assertTrue(twice.stream().allMatch(i -> i.getSeverity() == Severity.ERROR));
		assertTrue(twice.stream().anyMatch(i -> i.getMessage().contains("also specified in two.qspec")), twice.toString());
	}

	@Test
	void aChangedUnitAffectsTheOtherLibrariesDescribingItAndTheFilesUsingIt() {
		new SpecFolder(dir).file("nvq.qspec", library("nvq", "Resolve customers' problems", 73))
				.file("cc.qspec", library("cc", "Resolve customers' problems", 47))
				.file("other.qspec", "unit library other \"Units\" {\n\tunit F/601/1609 \"Communicate\" {\n\t}\n}\n")
				.file("q.qspec", "use nvq\nqualification 500/8625/X \"Q\" {\n\tunits {\n\t\tunit 1 = R/601/1601\n\t}\n}\n");
		IResourceDescription.Manager manager = CatalogueLoader.injector().getInstance(IResourceDescription.Manager.class);
		IResourceDescription before = describe(dir).get("nvq.qspec");
		new SpecFolder(dir).file("nvq.qspec", library("nvq", "Resolve customers' problems", 47));
		Map<String, IResourceDescription> after = describe(dir);
		IResourceDescription.Delta delta = new DefaultResourceDescriptionDelta(before, after.get("nvq.qspec"));
		ResourceDescriptionsData index = new ResourceDescriptionsData(after.values());
		assertTrue(manager.isAffected(List.of(delta), after.get("cc.qspec"), index), "describes the same URN");
		assertTrue(manager.isAffected(List.of(delta), after.get("q.qspec"), index), "uses the unit");
		assertFalse(manager.isAffected(List.of(delta), after.get("other.qspec"), index), "another unit");
	}

	/** The index entries of every file in the folder, by file name, from a fresh load with references resolved. */
	private static Map<String, IResourceDescription> describe(Path folder) {
		XtextResourceSet resourceSet = CatalogueLoader.injector().getInstance(XtextResourceSet.class);
		IResourceDescription.Manager manager = CatalogueLoader.injector().getInstance(IResourceDescription.Manager.class);
		Map<String, Resource> resources = new TreeMap<>();
		for (Path file : CatalogueLoader.specificationFiles(List.of(folder), new ArrayList<>())) {
			resources.put(file.getFileName().toString(), resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		EcoreUtil.resolveAll(resourceSet);
		Map<String, IResourceDescription> descriptions = new TreeMap<>();
		resources.forEach((name, resource) -> descriptions.put(name, manager.getResourceDescription(resource)));
		return descriptions;
	}
}
