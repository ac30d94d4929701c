package io.qualspec.generators.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.loading.CatalogueLoader;

/** What the CASE, DOCX and table tests share: small specifications written for one test. */
final class ExportFixtures {

	/** The qualification with learning outcome and assessment criterion texts. */
	static final String SFJ = "603/4767/3";

	private ExportFixtures() {
	}

	/**
	 * The BTEC-style fixture (bundles/io.qualspec.testing/fixtures/btec-style): its qualification, whose second
	 * unit is Unit 4 "Programming" with learning aims A, B and C.
	 */
	static io.qualspec.catalogue.ResolvedQualification btecStyle() {
		var loaded = CatalogueLoader.create().load(List.of(io.qualspec.testing.Fixtures.btecStyle()));
		if (!loaded.errors().isEmpty()) {
			throw new AssertionError(loaded.errors().toString());
		}
		return loaded.catalogue().qualification("Pearson BTEC International Level 3 Diploma in Information Technology").orElseThrow();
	}

	/**
	 * Loads specification text written for a test (one file in a fresh temporary folder). Diagnostics are
	 * not checked: a test may write what a validator would warn about, as long as it parses and links.
	 */
	static Catalogue loadText(String specification) {
		try {
			Path folder = Files.createTempDirectory("qualspec-generators-test");
			Path file = folder.resolve("test.qspec");
			Files.writeString(file, specification);
			try {
				return CatalogueLoader.create().load(List.of(folder)).catalogue();
			} finally {
				Files.deleteIfExists(file);
				Files.deleteIfExists(folder);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A graded, externally assessed unit with teaching content, guidance, grading criteria and an exam, and a
	 * qualification using it: the constructs the examples' units do not use.
	 */
	static final String GRADED_UNIT = """
			use demo.graded
			awarding organisation DEMO "Demo Awards" {
				unit reference label "Demo Reference"
			}
			unit library demo.graded "Graded demo units" {
				criterion text Adhere "Adhere to organisational policies and procedures when {activity}"
				unit F/506/2131 "Resolve customers' problems" {
					level entry
					credits 4
					glh 30
					sector code "CS B7"
					assessment external
					grade scale pass-merit-distinction
					synoptic
					section purpose {
						"This unit is about resolving problems."
						- "first point"
						- "second point"
					}
					outcome 1 "Know how to resolve problems" weighting 40% {
						content i.e. "types of problems"
						content e.g. "late delivery"
						criterion 1.1 "Describe problems" guidance "Face to face or by telephone."
						criterion 1.2 uses Adhere ("resolving problems")
					}
					outcome 2 "Be able to resolve problems" weighting 60% {
						criterion 2.1 "Resolve a problem"
					}
					pass criterion P1 "Describe two problems" for outcome 1
					pass criterion P2 "Resolve a simple problem" for outcome 2
					merit criterion M1 "Explain how the problems were resolved"
					distinction criterion D1 "Evaluate the resolution"
					exam {
						duration 45 minutes
						format "Computer based test"
						marks 40
						set by "Demo set and marked"
						calculator allowed
						question types "multiple choice", "short answer"
						series january, june
					}
					section resources {
						"A quiet room."
					}
				}
			}
			qualification 603/2730/3 "Demo Level 1 Award in Resolving Problems" {
				awarded by DEMO
				level 1
				version "V2" issued 2020-03
				group A "Mandatory units" mandatory {
					unit 1 = F/506/2131 reference "77"
				}
			}
			""";

	/**
	 * Written for the tests: an Access to HE style qualification (own codes, a GLH range, points per credit,
	 * compensation, grade descriptors) whose worked example comes to a grade of two letters.
	 */
	static final String CREDIT_GRADED = """
			use test.access
			unit library test.access "Access units" {
				unit code "AHE-1" "Academic writing" {
					level 3
					credits 15
					tqt 150
					grade scale pass-or-fail
					grade descriptors 1, 2
					outcome 1 "Write an academic essay" {
						criterion 1.1 "Structure an argument"
					}
				}
				unit code "AHE-2" "Research skills" {
					level 3
					credits 15
					grade descriptors 2, 7
					outcome 1 "Plan a literature search" {
						criterion 1.1 "Choose sources"
					}
				}
			}

			qualification code "QAA140083" "Access to HE Diploma (Test)" {
				glh 143 to 178
				group A "Mandatory units" mandatory {
					unit 1 = "AHE-1"
				}
				group B "Optional units" optional {
					unit 2 = "AHE-2"
				}
				rules {
					require all units from A
				}
				grading {
					points per credit: pass 7, merit 8, distinction 9
					band "MM" from 240
					band "MP" from 210 to 239
					band "PP" from 180 to 209
					band unclassified "U" below 180
					compensation unclassified in optional units up to 15 credits
					descriptor 1 "Understanding of the subject"
					descriptor 2 "Application of knowledge"
				}
				example "Learner A" {
					unit 1 merit
					unit 2 pass
					expect eligible, points 225, grade "MP"
				}
			}
			""";
}
