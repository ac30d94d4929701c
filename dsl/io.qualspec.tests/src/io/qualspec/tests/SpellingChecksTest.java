package io.qualspec.tests;

import static io.qualspec.tests.TestProject.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Specification;
import io.qualspec.validation.QualspecIssueCodes;
import io.qualspec.validation.SpellingVariants;

/**
 * Spelling variants across the files read together (text.spellingVariant): the OCR Customer Service NVQ handbook
 * (v4, Feb 2019) writes "on-line" in its unit titles where the SFJ Customer Service handbook (V1, 01.07.19), §3,
 * writes "online".
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(QualspecInjectorProvider.class)
class SpellingChecksTest extends SpecificationTest {

	@Test
	void theSameWordSpeltTwoWays() {
		for (List<String> pair : List.of(List.of("online", "on-line"), List.of("e-mail", "Email"),
				List.of("co-ordinate", "coordinate"), List.of("organisation", "organization"), List.of("realised", "realized"),
				List.of("judgement", "judgment"), List.of("behaviours", "behaviors"))) {
			assertEquals(SpellingVariants.key(pair.get(0)), SpellingVariants.key(pair.get(1)), pair.toString());
		}
	}

	@Test
	void differentWordsThatLookAlike() {
		for (List<String> pair : List.of(List.of("re-mark", "remark"), List.of("re-sign", "resign"), List.of("size", "sise"),
				List.of("prize", "prise"), List.of("four", "for"), List.of("licence", "license"))) {
			assertNotEquals(SpellingVariants.key(pair.get(0)), SpellingVariants.key(pair.get(1)), pair.toString());
		}
	}

	private static final String OCR_UNITS = """
			unit library ocr.customerservice "Units" {
				unit M/601/1218 "Deliver customer service using on-line technology" {
					level 2
				}
			}
			""";

	private static final String SFJ_UNITS = """
			unit library cfa.customerservice "Customer service units" {
				unit T/506/2157 "Deliver customer service using online technology" {
					outcome 1 "Be able to deal with customers online" competence {
						criterion 1.1 "Respond to customers' online requests"
						criterion 1.2 "Confirm the customer's e-mail address"
					}
				}
			}
			""";

	@Test
	void aWordSpeltOtherwiseInAnotherFile() throws Exception {
		XtextResourceSet catalogue = resourceSets.get();
		Specification ocr = parseHelper.parse(OCR_UNITS, uri("ocr/units.qspec"), catalogue);
		Specification sfj = parseHelper.parse(SFJ_UNITS, uri("sfj/units.qspec"), catalogue);
		// the spelling written most often is the norm: "online" three times in the SFJ file, "on-line" once
		validation.assertIssue(ocr, Literals.UNIT, QualspecIssueCodes.SPELLING_VARIANT, Severity.INFO,
				"\"on-line\" is spelt \"online\" 3 times in the files read together (first in ../sfj/units.qspec, line 2): "
						+ "spell a word one way.");
		List<Issue> variants = validation.validate(ocr).stream()
				.filter(issue -> QualspecIssueCodes.SPELLING_VARIANT.equals(issue.getCode())).toList();
		assertEquals(List.of(2), variants.stream().map(Issue::getLineNumber).toList());
		assertArrayEquals(new String[] { "online" }, variants.get(0).getData());
		validation.assertNoIssue(sfj, Literals.UNIT, QualspecIssueCodes.SPELLING_VARIANT);
		// with one more "on-line" in the OCR file the spellings tie, and the file read first sets the norm
		Specification tied = parseHelper.parse(OCR_UNITS.replace("level 2", "level 2\n\t\toutcome 1 \"Be able to use on-line systems\" {\n\t\t}"),
				uri("ocr/units.qspec"), resourceSets.get());
		parseHelper.parse(SFJ_UNITS.replace("Respond to customers' online requests", "Respond to customers' requests"),
				uri("sfj/units.qspec"), tied.eResource().getResourceSet());
		validation.assertNoIssue(tied, Literals.UNIT, QualspecIssueCodes.SPELLING_VARIANT);
	}

	@Test
	void theNormFollowsAnEditAndANewFile() throws Exception {
		XtextResourceSet catalogue = resourceSets.get();
		Specification ocr = parseHelper.parse(OCR_UNITS, uri("ocr/units.qspec"), catalogue);
		XtextResource sfj = (XtextResource) parseHelper.parse(SFJ_UNITS, uri("sfj/units.qspec"), catalogue).eResource();
		validation.assertIssue(ocr, Literals.UNIT, QualspecIssueCodes.SPELLING_VARIANT, Severity.INFO,
				"\"on-line\" is spelt \"online\" 3 times");
		// the SFJ file edited to write "on-line" too: no word is spelt two ways any more
		sfj.update(0, SFJ_UNITS.length(), SFJ_UNITS.replace("online", "on-line"));
		validation.assertNoIssue(ocr, Literals.UNIT, QualspecIssueCodes.SPELLING_VARIANT);
		// a third file read with them writes "online" five times: the norm again, against four "on-line"
		parseHelper.parse("""
				unit library sfj.more "More units" {
					unit A/506/2158 "Sell online" {
						outcome 1 "Be able to sell online, take payments online and answer online enquiries online" {
						}
					}
				}
				""", uri("sfj/more.qspec"), catalogue);
		validation.assertIssue(ocr, Literals.UNIT, QualspecIssueCodes.SPELLING_VARIANT, Severity.INFO,
				"\"on-line\" is spelt \"online\" 5 times");
	}

	@Test
	void aWordSpeltOtherwiseLaterInTheSameFile() throws Exception {
		Specification model = parseHelper.parse(SFJ_UNITS.replace("Confirm the customer's e-mail address",
				"Confirm the customer's email address and e-mail them"), uri("units.qspec"), resourceSets.get());
		validation.assertIssue(model, Literals.ASSESSMENT_CRITERION, QualspecIssueCodes.SPELLING_VARIANT, Severity.INFO,
				"\"e-mail\" is spelt \"email\" once in the files read together (first in line 5)");
		validation.assertNoIssue(parseHelper.parse(SFJ_UNITS, uri("units.qspec"), resourceSets.get()), Literals.UNIT,
				QualspecIssueCodes.SPELLING_VARIANT);
	}
}
