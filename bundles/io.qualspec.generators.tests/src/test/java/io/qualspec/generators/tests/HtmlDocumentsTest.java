package io.qualspec.generators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qualspec.loading.CatalogueLoader;
import io.qualspec.loading.LoadedCatalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.document.ComputedFigures;
import io.qualspec.generators.document.Handbook;
import io.qualspec.generators.document.UnitPage;
import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.rules.analysis.Analyser;
import io.qualspec.testing.Examples;
import io.qualspec.testing.Fixtures;
import io.qualspec.testing.HandbookTables;

/**
 * The handbook and the unit document: every specification text escaped, self-contained HTML5 that is also
 * well-formed XML (the PDF renderer reads it so), the handbook's parts as the printed handbooks lay them out (docs/handbooks.md), the
 * engine's figures marked as computed, and the override folder for house-style templates.
 */
class HtmlDocumentsTest {

	private static final HtmlDocuments DOCUMENTS = new HtmlDocuments();

	/** A specification whose texts are markup and ampersands, in every place the documents print text. */
	private static final String HOSTILE = """
			use evil.lib

			awarding organisation EVIL "Evil <b>Awards</b> & Co" {
				website "www.example.org/?a=1&b=<2>"
				unit reference label "Ref <i>no</i>"
				method X "Observe <script>alert('m')</script>" category "Watch & <see>"
				section contact "Contact <script>alert('c')</script>" {
					"Call <script>alert('s')</script> & \\"ask\\""
					- "Bullet </li></ul><script>alert('b')</script>"
				}
			}

			unit library evil.lib "Evil units" {
				unit A/506/2130 "Deliver <script>alert('u')</script> & serve" {
					level 2
					credits 5
					glh 27
					assessment internal
					outcome 1 "Understand <em>things</em> & stuff" {
						criterion 1.1 "Explain <script>alert(2)</script> & \\"why\\"" guidance "Guide <b>me</b> & you"
					}
					section purpose "Purpose <i>" {
						"Para <img src=x onerror=alert(1)>"
					}
				}
			}

			qualification 500/8625/X "Level 2 <script>alert(1)</script> & Certificate" {
				awarded by EVIL
				entry code "<03455>"
				display name "Display <script>alert('d')</script> & name"
				level 2
				credits 5
				assessment model "Assessed & <verified>"
				funding "Fund <a href='x'>me</a> & more"
				funding "Funded twice & over"
				section "Title with <script>alert('t')</script>" {
					"Paragraph with <script>alert(4)</script> & ampersand"
				}
				group A "Mandatory <units> & more" mandatory {
					unit 1 = A/506/2130 sector "CS <A1>" reference "8&2"
				}
				rules {
					require all units from A (1 units, 5 credits)
					credits at least 5
				}
				example "Learner <script>alert('e')</script>" {
					unit 1 achieved
					expect eligible
				}
			}
			""";

	@TempDir
	Path temp;

	private LoadedCatalogue hostile() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("spec"));
		LoadedCatalogue loaded = load(folder, HOSTILE);
		assertEquals(List.of(), loaded.errors());
		return loaded;
	}

	/** Loads one specification text (written to a temporary folder) and returns its catalogue. */
	private static LoadedCatalogue load(Path folder, String specification) throws IOException {
		Files.writeString(folder.resolve("spec.qspec"), specification);
		return CatalogueLoader.create().load(List.of(folder));
	}

	// ---------------------------------------------------------------------------------------------
	// Escaping
	// ---------------------------------------------------------------------------------------------

	@Test
	void everySpecificationTextIsEscapedInTheHandbook() throws Exception {
		ResolvedQualification qualification = hostile().catalogue().qualification("500/8625/X").orElseThrow();
		String html = DOCUMENTS.handbook(qualification, new Analyser(qualification.ruleSet()).analyse());
		assertNoMarkupFromTheSpecification(html);
		assertTrue(html.contains("<title>Level 2 &lt;script&gt;alert(1)&lt;/script&gt; &amp; Certificate (500/8625/X)"), html);
		assertTrue(html.contains("<h1>Level 2 &lt;script&gt;alert(1)&lt;/script&gt; &amp; Certificate</h1>"), html);
		assertTrue(html.contains("Evil &lt;b&gt;Awards&lt;/b&gt; &amp; Co"), html);
		assertTrue(html.contains("Paragraph with &lt;script&gt;alert(4)&lt;/script&gt; &amp; ampersand"), html);
		assertTrue(html.contains("Call &lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt; &amp; &quot;ask&quot;"), html);
		assertTrue(html.contains("Para &lt;img src=x onerror=alert(1)&gt;"), html);
		assertTrue(html.contains("Fund &lt;a href=&#39;x&#39;&gt;me&lt;/a&gt; &amp; more"), html);
		// a second funding statement adds to the first
		assertTrue(html.indexOf("Funded twice &amp; over") > html.indexOf("Fund &lt;a href"), html);
		// in attribute values too
		assertTrue(html.contains("data-sector=\"CS &lt;A1&gt;\""), html);
		assertTrue(html.contains("data-reference=\"8&amp;2\""), html);
		GeneratedHtml.xml(html);
	}

	@Test
	void everySpecificationTextIsEscapedInTheUnitDocument() throws Exception {
		ResolvedQualification qualification = hostile().catalogue().qualification("500/8625/X").orElseThrow();
		String html = DOCUMENTS.unitDocument(UnitPage.of(qualification, qualification.memberships().get(0)));
		assertNoMarkupFromTheSpecification(html);
		assertTrue(html.contains("Explain &lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;why&quot;"), html);
		assertTrue(html.contains("Guide &lt;b&gt;me&lt;/b&gt; &amp; you"), html);
		assertTrue(html.contains("Understand &lt;em&gt;things&lt;/em&gt; &amp; stuff"), html);
		assertTrue(html.contains("<th scope=\"row\">Ref &lt;i&gt;no&lt;/i&gt;</th><td>8&amp;2</td>"), html);
		GeneratedHtml.xml(html);
	}

	@Test
	void anOverridingTemplateEscapesToo() throws Exception {
		ResolvedQualification qualification = hostile().catalogue().qualification("500/8625/X").orElseThrow();
		Path templates = Files.createDirectories(temp.resolve("templates"));
		Files.writeString(templates.resolve(HtmlDocuments.HANDBOOK), """
				<!DOCTYPE html>
				<html lang="en-GB"><head><meta charset="utf-8" /><title>${handbook.title}</title></head>
				<body><p class="house">${handbook.organisation}</p></body></html>
				""");
		String html = new HtmlDocuments(templates).handbook(qualification, null);
		assertNoMarkupFromTheSpecification(html);
		assertTrue(html.contains("<p class=\"house\">Evil &lt;b&gt;Awards&lt;/b&gt; &amp; Co</p>"), html);
	}

	private static void assertNoMarkupFromTheSpecification(String html) {
		String lower = html.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("<script"), "a script element");
		assertFalse(lower.contains("<img"), "an img element");
		assertFalse(lower.contains("<b>") || lower.contains("<i>") || lower.contains("<units>") || lower.contains("<see>"),
				"markup from the specification");
		assertFalse(lower.contains("<a href='x'"), "a link from the specification");
		assertFalse(html.contains("& ") || html.contains("&2"), "an unescaped ampersand");
	}

	@Test
	void builtInTemplatesNeverTurnEscapingOff() throws IOException {
		for (String name : List.of(HtmlDocuments.HANDBOOK, HtmlDocuments.UNIT, HtmlDocuments.INDEX, HtmlDocuments.MACROS,
				HtmlDocuments.STYLE)) {
			try (InputStream in = HtmlDocuments.class.getResourceAsStream("/templates/" + name)) {
				assertNotNull(in, name);
				String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				assertFalse(template.contains("?no_esc") || template.contains("noautoesc") || template.contains("<#outputformat"),
						name);
			}
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Self-contained HTML5, well-formed XML
	// ---------------------------------------------------------------------------------------------

	@Test
	void everyHandbookAndUnitDocumentIsSelfContainedAndWellFormed() throws Exception {
		for (ResolvedQualification qualification : Examples.qualifications()) {
			String html = DOCUMENTS.handbook(qualification, null);
			assertSelfContained(html, qualification.number());
			// the title the handbook prints (the seeds' as transcribed), with the number or code where there is one
			String title = Examples.seedQualifications().contains(qualification) ? HandbookTables.of(qualification.number()).title()
					: qualification.title();
			String number = qualification.printedNumber() == null ? "" : " (" + qualification.printedNumber() + ")";
			assertTrue(html.contains("<title>" + title + number + ": qualification handbook</title>"), qualification.number());
			for (ResolvedMembership membership : qualification.memberships()) {
				String unit = DOCUMENTS.unitDocument(UnitPage.of(qualification, membership));
				assertSelfContained(unit, membership.unit().urn());
				assertTrue(unit.contains("<title>" + membership.unit().urn() + " "), membership.unit().urn());
			}
		}
	}

	private static void assertSelfContained(String html, String what) throws Exception {
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), what);
		assertTrue(html.contains("<meta charset=\"utf-8\" />"), what);
		assertTrue(html.contains("@page") && html.contains("size: A4;") && html.contains("@media print"), what);
		String lower = html.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("<script") || lower.contains("<link") || lower.contains("<img") || lower.contains("<iframe"), what);
		assertFalse(lower.contains(" src=") || lower.contains("href=\"http") || lower.contains("url(") || lower.contains("@import"), what);
		assertFalse(Pattern.compile("<table(?![^>]*class=\"(profile|unit-header|exam-details)\")[^>]*>\\s*<tbody>").matcher(html).find(),
				what + ": a data table without a header");
		GeneratedHtml.xml(html);
	}

	// ---------------------------------------------------------------------------------------------
	// The handbook's parts
	// ---------------------------------------------------------------------------------------------

	@Test
	void theProfileShowsOnlyWhatTheSpecificationStates() {
		List<String> cambridge = profile("603/2730/3");
		assertTrue(cambridge.contains("OCR entry code | 05894"), cambridge.toString());
		assertTrue(cambridge.contains("Guided learning hours (GLH) | 360"), cambridge.toString());
		assertTrue(cambridge.contains("Total qualification time (TQT) | 485"), cambridge.toString());
		assertTrue(cambridge.contains("Age group approved | Pre-16 16-18 18+ 19+ No Yes No Yes"), cambridge.toString());
		assertTrue(cambridge.contains("First registration date | 1 September 2017"), cambridge.toString());
		assertTrue(cambridge.contains("First teaching | September 2018"), cambridge.toString());
		assertTrue(cambridge.contains("Exam sessions each year | January and June"), cambridge.toString());
		assertTrue(cambridge.contains("Grading | Pass, Merit, Distinction, Distinction*"), cambridge.toString());

		List<String> diploma = profile("601/3432/X");
		assertTrue(diploma.contains("Age group approved | Pre-16 16-18 18+ 19+ No Yes Yes Yes"), diploma.toString());
		assertTrue(diploma.contains("Credit value | A minimum of 45 credits"), diploma.toString());
		assertTrue(diploma.contains("Guided learning hours (GLH) | A minimum of 245"), diploma.toString());

		List<String> contactCentre = profile("600/2451/3");
		assertTrue(contactCentre.contains("Last entry date | 31 December 2013 (subject to change)"), contactCentre.toString());

		// SFJ prints no entry code and no age groups, only a minimum age
		List<String> sfj = profile("603/4767/3");
		assertTrue(sfj.stream().noneMatch(row -> row.startsWith("Age group approved") || row.contains("entry code")), sfj.toString());
		assertTrue(sfj.contains("Minimum age | 16 years and over"), sfj.toString());
		assertTrue(sfj.contains("Version | V1, issued 1 July 2019"), sfj.toString());
	}

	private static List<String> profile(String number) {
		String html = DOCUMENTS.handbook(Examples.qualification(number), null);
		int start = html.indexOf("<table class=\"profile\">");
		String table = html.substring(start, html.indexOf("</section>", start));
		List<String> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td></tr>\n", Pattern.DOTALL).matcher(table);
		while (row.find()) {
			rows.add(GeneratedHtml.text(row.group(1)) + " | " + GeneratedHtml.text(row.group(2)));
		}
		return rows;
	}

	@Test
	void theRuleOfCombinationIsWorded() {
		String html = DOCUMENTS.handbook(Examples.qualification("600/2451/3"), null);
		assertTrue(html.contains("<p>To achieve this qualification, candidates must achieve a total of at least 28 credits made up as follows:</p>"), html);
		assertTrue(html.contains("<li>no more than 2 units from Group D can count towards the full qualification (further Group D units may be achieved but do not count)</li>"), html);
		assertTrue(html.contains("<p>Barred unit combinations (a candidate may take either, but not both):</p>"), html);
		assertTrue(html.contains("<li>10 &amp; 18</li>"), html);
	}

	@Test
	void theComputedFiguresAreMarkedAsComputed() {
		ResolvedQualification qualification = Examples.qualification("500/8625/X");
		String html = DOCUMENTS.handbook(qualification, new Analyser(qualification.ruleSet()).analyse());
		int box = html.indexOf("<aside class=\"computed\" id=\"computed\"");
		assertTrue(box > 0, html);
		String computed = html.substring(box, html.indexOf("</aside>", box));
		assertTrue(computed.contains("Computed by Qualspec"), computed);
		assertTrue(computed.contains("Not printed in the handbook."), computed);
		// the least GLH over all valid selections is the stated "minimum of 192 glh" (OCR Customer Service NVQ handbook, v4, §2.8)
		assertTrue(computed.contains("<tr><th scope=\"row\">Guided learning hours (GLH)</th><td class=\"num\">192</td>"), computed);
		assertTrue(computed.contains("at least 192<br /><span class=\"remark\">the least equals the stated minimum</span>"), computed);
		assertTrue(computed.contains("<tr><th scope=\"row\">Credits</th><td class=\"num\">28</td>"), computed);
		assertTrue(computed.contains("Number of valid selections: <strong>139,550,330,338,090</strong>"), computed);
		// without an analysis there is no box
		assertFalse(DOCUMENTS.handbook(qualification, null).contains("id=\"computed\""));
	}

	@Test
	void theGradingAndTheWorkedExamplesAsPrintedWithTheComputedResults() {
		String html = DOCUMENTS.handbook(Examples.qualification("603/2730/3"), null);
		assertTrue(html.contains("<tr><th scope=\"row\">30</th><td class=\"num\">7</td><td class=\"num\">8</td><td class=\"num\">9</td><td class=\"num\">0</td></tr>"), html);
		assertTrue(html.contains("<p>An achievement of unit 1 will be awarded 20 points.</p>"), html);
		assertTrue(html.contains("<tr><td>107 and above</td><th scope=\"row\">Distinction*</th><td>D*</td></tr>"), html);
		assertTrue(html.contains("<tr><td>Below 90</td><th scope=\"row\">Unclassified</th><td>U</td></tr>"), html);
		assertTrue(html.contains("To be awarded the qualification, candidates must achieve unit 1 and at least a Pass grade for all other units."), html);

		String learnerA = article(html, "example-1");
		assertTrue(learnerA.contains("<h3 id=\"example-1-heading\">Learner A</h3>"), learnerA);
		assertTrue(learnerA.contains("<tr><th scope=\"row\">1</th><td class=\"num\">60</td><td>Achieved</td><td class=\"computed-value\">= 20 points</td></tr>"), learnerA);
		assertTrue(learnerA.contains("<tr><th scope=\"row\">Total GLH</th><td class=\"num\">360</td><th scope=\"row\">Total number of points</th><td>= 92 points</td></tr>"), learnerA);
		assertTrue(learnerA.contains("<tr><th scope=\"row\">Total number of points</th><td>92</td><td class=\"computed-value\">92 <span class=\"mark-agrees\">(agrees)</span></td></tr>"), learnerA);
		assertTrue(learnerA.contains("<tr><th scope=\"row\">Qualification grade</th><td>Pass</td><td class=\"computed-value\">Pass <span class=\"mark-agrees\">(agrees)</span></td></tr>"), learnerA);
		assertTrue(learnerA.contains("<p class=\"verdict agrees\">The computed result agrees with the handbook."), learnerA);

		String learnerB = article(html, "example-2");
		assertTrue(learnerB.contains("<td>= 91 points</td>"), learnerB);
		assertTrue(learnerB.contains("<tr><th scope=\"row\">Eligible for the qualification</th><td>No</td><td class=\"computed-value\">No <span class=\"mark-agrees\">(agrees)</span></td></tr>"), learnerB);
		assertTrue(learnerB.contains("<td>Unclassified</td><td class=\"computed-value\">Unclassified <span class=\"mark-agrees\">(agrees)</span></td>"), learnerB);
	}

	private static String article(String html, String id) {
		int start = html.indexOf("<article class=\"example\" id=\"" + id + "\"");
		assertTrue(start > 0, id);
		return html.substring(start, html.indexOf("</article>", start));
	}

	@Test
	void theExamSummaryOfTheExternallyAssessedUnits() {
		String html = DOCUMENTS.handbook(Examples.qualification("603/2730/3"), null);
		assertTrue(html.contains("<tr><th scope=\"row\">Unit 1 Principles of working in service sector organisations</th><td class=\"num\">60</td><td class=\"nowrap\">45 minutes</td><td>Computer based test</td><td class=\"nowrap\">40 marks</td><td>OCR set and marked</td>"), html);
		assertTrue(html.contains("<td class=\"nowrap\">1 hour</td>"), html);
		assertTrue(html.contains("<li>a calculator may be used</li>"), html);
		assertFalse(DOCUMENTS.handbook(Examples.qualification("500/8625/X"), null).contains("id=\"exams\""));
	}

	@Test
	void assessmentMethodCodesComeFromTheOrganisation() {
		String html = DOCUMENTS.handbook(Examples.qualification("500/8625/X"), null);
		assertTrue(html.contains("<tr><th scope=\"rowgroup\" colspan=\"2\" class=\"category\">Examination of the evidence by the assessor</th></tr>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\" class=\"in-category\">Examination of the witness testimony</th><td class=\"code\">EWT</td></tr>"), html);
		assertFalse(DOCUMENTS.handbook(Examples.qualification("603/4767/3"), null).contains("id=\"methods\""));
	}

	@Test
	void evidencePermissionsNameTheKindOfUnitAndTheQualificationTheyHoldFor() throws Exception {
		LoadedCatalogue fixtures = CatalogueLoader.create().load(List.of(Fixtures.allConstructsSpecifications()));
		ResolvedQualification qualification = fixtures.catalogue().qualification("500/8625/X").orElseThrow();
		String html = DOCUMENTS.handbook(qualification, null);
		assertTrue(html.contains("Workplace: allowed for competence units"), html);
		// the unit's page in the qualification its permission names shows it; a unit's mention shows as the text prints it
		String unit = DOCUMENTS.unitDocument(UnitPage.of(qualification, qualification.memberships().get(0)));
		assertTrue(unit.contains("Realistic working environment (RWE): allowed in 500/8625/X"), unit);
		assertTrue(unit.contains("It is followed by F/506/2131 Resolve customers&#39; problems (Entry Level).")
				|| unit.contains("It is followed by F/506/2131 Resolve customers' problems (Entry Level)."), unit);
		assertFalse(unit.contains("mentions"), unit);
	}

	@Test
	void keyUpdatesTableOpensTheHandbookNewestVersionFirst() throws Exception {
		LoadedCatalogue fixtures = CatalogueLoader.create().load(List.of(Fixtures.allConstructsSpecifications()));
		ResolvedQualification qualification = fixtures.catalogue().qualification("500/8625/X").orElseThrow();
		// as the OCR Customer Service Centre Handbook (Version 4, §1 "Key updates to this handbook") prints it:
		// Section | Title of section and change | Version and date issued, the version on its first change only
		assertEquals(List.of(new Handbook.Change("1.5", "Updated contact details", "Version V1, 1 July 2019"),
				new Handbook.Change("All sections", "Unit 1 sector code and the rules of combination updated", null)),
				Handbook.of(qualification, null).changes());
		String html = DOCUMENTS.handbook(qualification, null);
		assertTrue(html.contains("<h2 id=\"changes-heading\">Key updates to this handbook</h2>"), html);
		assertTrue(html.indexOf("id=\"changes\"") < html.indexOf("id=\"profile\""), "the table opens the handbook");
	}

	@Test
	void textSectionsKeepParagraphsBulletsAndLineBreaks() {
		String html = DOCUMENTS.handbook(Examples.qualification("603/4767/3"), null);
		assertTrue(html.contains("<p>SFJ Awards<br />Consult House<br />Meadowcourt Business Park<br />4 Hayland Street<br />Sheffield<br />S9 1BY</p>"), html);
		assertTrue(html.contains("<ul>\n<li>Understanding the needs of customers and their employer</li>"), html);
	}

	// ---------------------------------------------------------------------------------------------
	// Unit documents
	// ---------------------------------------------------------------------------------------------

	@Test
	void theSfjUnitPageHeaderRowsAndOutcomesBesideCriteria() {
		ResolvedQualification sfj = Examples.qualification("603/4767/3");
		String html = DOCUMENTS.unitDocument(UnitPage.of(sfj, sfj.memberships().get(0)));
		List<String> header = new ArrayList<>();
		String table = html.substring(html.indexOf("<table class=\"unit-header\">"), html.indexOf("</table>", html.indexOf("<table class=\"unit-header\">")));
		Pattern.compile("<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td></tr>").matcher(table).results()
				.forEach(m -> header.add(GeneratedHtml.text(m.group(1)) + " | " + GeneratedHtml.text(m.group(2))));
		// the SFJ unit page's header rows: Title, Level, Unit Number, Credit Value, GLH (SFJ Customer Service handbook, V1 01.07.19, §3 unit pages)
		assertEquals(List.of("Title | Deliver customer service", "Level | 2", "Unit Number | A/506/2130", "Credit Value | 5",
				"GLH | 27", "Odyssey Reference | 882", "Group | Mandatory Group A", "Assessment | Internal assessment (I)"), header);
		assertTrue(html.contains("<th scope=\"col\" class=\"lo\">Learning Outcomes<br /><em>The learner will:</em></th>"), html);
		assertTrue(html.contains("<th scope=\"col\" class=\"ac\">Assessment Criteria<br /><em>The learner can:</em></th>"), html);
		assertTrue(html.contains("<th scope=\"row\" class=\"lo\">1. Understand customer service delivery</th>\n<td class=\"ac\"><ul class=\"criteria\">\n<li><span class=\"num\">1.1</span>Explain the relationship between customers&#39; needs and expectations and customer satisfaction</li>"), html);
		// a shared criterion text with its part filled in
		assertTrue(html.contains("<li><span class=\"num\">4.6</span>Adhere to organisational policies and procedures, legal and ethical requirements when providing customer service</li>"), html);
		assertTrue(html.contains("<p class=\"unit-context\">Unit of the SFJ Awards Level 2 Certificate in Customer Service (603/4767/3)</p>"), html);
	}

	@Test
	void aUnitAloneHasNoQualificationRows() {
		ResolvedUnit unit = Examples.qualification("603/4767/3").memberships().get(0).unit();
		String html = DOCUMENTS.unitDocument(UnitPage.of(unit));
		assertFalse(html.contains("Odyssey Reference") || html.contains("class=\"unit-context\"") || html.contains(">Group<"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">Unit Number</th><td>A/506/2130</td></tr>"), html);
	}

	@Test
	void criteriaAreInNumericOrder() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("order"));
		LoadedCatalogue loaded = load(folder, """
				unit library order.units {
					unit A/506/2130 "Deliver customer service" {
						level 2
						outcome 2 "Be able to deliver" {
							criterion 2.10 "Tenth"
							criterion 2.9 "Ninth"
							criterion 2.1 "First"
						}
					}
				}
				""");
		String html = DOCUMENTS.unitDocument(UnitPage.of(loaded.catalogue().units().get(0)));
		assertTrue(html.indexOf(">2.1<") < html.indexOf(">2.9<") && html.indexOf(">2.9<") < html.indexOf(">2.10<"), html);
	}

	@Test
	void aGradedUnitWithGradingCriteriaTeachingContentAndExam() throws Exception {
		LoadedCatalogue fixtures = CatalogueLoader.create().load(List.of(Fixtures.allConstructsSpecifications()));
		ResolvedQualification qualification = fixtures.catalogue().qualification("500/8625/X").orElseThrow();
		String html = DOCUMENTS.unitDocument(UnitPage.of(qualification, qualification.memberships().get(1)));
		assertTrue(html.contains("<caption>Grading criteria</caption>"), html);
		assertTrue(html.contains("<th scope=\"col\">Pass<span class=\"stem\">To achieve a Pass, the learner must be able to:</span></th>"), html);
		assertTrue(html.contains("<th scope=\"col\">Distinction<span class=\"stem\">"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">1. Know how to resolve problems</th><td><ul class=\"criteria\">\n<li><span class=\"num\">P1</span>Describe two problems</li>"), html);
		assertTrue(html.contains("<span class=\"qualifier\">i.e.</span> types of problems"), html);
		assertTrue(html.contains("<span class=\"weighting\">Weighting: 40%</span>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">Duration</th><td>45 minutes</td></tr>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">Level</th><td>Entry</td></tr>"), html);
		GeneratedHtml.xml(html);
	}

	@Test
	void aBtecUnitPrintsItsLearningAimsWithTheirCriteriaByGrade() throws Exception {
		// Pearson BTEC International Level 3 IT, Issue 3, Unit 4: a row per aim, B and C in one row as BC.D2 spans them
		ResolvedQualification qualification = ExportFixtures.btecStyle();
		String html = DOCUMENTS.unitDocument(UnitPage.of(qualification, qualification.memberships().get(1)));
		org.w3c.dom.Document document = GeneratedHtml.xml(html);
		org.w3c.dom.Element grid = elements(document.getElementsByTagName("table")).stream()
				.filter(t -> t.getAttribute("class").equals("grading-criteria")).findFirst().orElseThrow();
		List<String> heads = elements(((org.w3c.dom.Element) grid.getElementsByTagName("thead").item(0)).getElementsByTagName("th"))
				.stream().map(th -> th.getFirstChild().getTextContent()).toList();
		assertEquals(List.of("Learning aim", "Pass", "Merit", "Distinction"), heads);
		List<org.w3c.dom.Element> rows = elements(((org.w3c.dom.Element) grid.getElementsByTagName("tbody").item(0)).getChildNodes());
		assertEquals(2, rows.size());
		assertEquals(List.of("Learning aim AA Examine the computational thinking skills and principles of computer programming",
				"A.P1 A.P2", "A.M1", "A.D1"), cells(rows.get(0)));
		assertEquals(List.of("Learning aims B and CB Design a software solution to meet client requirementsC Develop a software solution to meet client requirements",
				"B.P4 C.P6", "B.M2", "BC.D2"), cells(rows.get(1)));
		assertTrue(html.contains("<span class=\"num\">B.M2</span>Justify design decisions, showing how the design will result in an effective solution.</li>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">Unit code</th><td>4</td></tr>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">GLH</th><td>90</td></tr>"), html);
		String setUnit = DOCUMENTS.unitDocument(UnitPage.of(qualification, qualification.memberships().get(2)));
		assertTrue(setUnit.contains("<td>Internal, set by the awarding organisation (Int Set)</td>"), setUnit);
	}

	@Test
	void aHandbookPrintsTheThresholdsOfGradesOfSeveralLettersInOrder() throws Exception {
		// the Diploma's thresholds and points per unit size (Pearson BTEC International Level 3 IT, Issue 3)
		ResolvedQualification qualification = ExportFixtures.btecStyle();
		String html = DOCUMENTS.handbook(qualification, null);
		org.w3c.dom.Document document = GeneratedHtml.xml(html);
		List<List<String>> bands = new ArrayList<>();
		List<List<String>> points = new ArrayList<>();
		for (org.w3c.dom.Element table : elements(document.getElementsByTagName("table"))) {
			List<List<String>> into = table.getAttribute("class").equals("bands") ? bands
					: table.getAttribute("class").equals("points") ? points : null;
			if (into != null) {
				elements(((org.w3c.dom.Element) table.getElementsByTagName("tbody").item(0)).getChildNodes())
						.forEach(row -> into.add(elements(row.getChildNodes()).stream().map(c -> c.getTextContent().strip()).toList()));
			}
		}
		assertEquals(List.of(List.of("180 and above", "D*D*", ""), List.of("162–179", "D*D", ""), List.of("144–161", "DD", ""),
				List.of("124–143", "DM", ""), List.of("104–123", "MM", ""), List.of("88–103", "MP", ""), List.of("72–87", "PP", ""),
				List.of("Below 72", "Unclassified", "U")), bands);
		assertEquals(List.of(List.of("60", "6", "10", "16", "0"), List.of("90", "9", "15", "24", "0"),
				List.of("120", "12", "20", "32", "0")), points);
		// identified by its title only: no number or code is printed
		assertFalse(html.contains("Qualification code") || html.contains("Qualification number"), html);
		// every unit is identified by its own code
		assertTrue(html.contains("<th scope=\"col\" class=\"col-urn\">Unit code</th>"), html);
	}

	@Test
	void aStatedGlhRangeOrMaximumIsComparedWithTheComputedRange() {
		// units of 60 GLH (mandatory), 90 and 30 (optional, at least one): valid selections have 90, 150 or 180 GLH
		String units = """
				use test.sizes
				unit library test.sizes "Sizes" {
					unit code "M" "Mandatory" { glh 60 }
					unit code "O1" "Option one" { glh 90 }
					unit code "O2" "Option two" { glh 30 }
				}
				""";
		String qualification = """
				qualification code "Q" "Test" {
					%s
					group A "Mandatory" mandatory { unit 1 = "M" }
					group B "Optional" optional { unit 2 = "O1" unit 3 = "O2" }
					rules {
						require all units from A
						units from B at least 1
					}
				}
				""";
		record Case(String glh, String stated, String remark) {
		}
		for (Case c : List.of(new Case("glh at most 180", "at most 180", "every valid selection is within the stated figure"),
				new Case("glh 90 to 150", "90 to 150", "some valid selections are outside the stated figure"),
				new Case("glh at most 80", "at most 80", "every valid selection is outside the stated figure"))) {
			ResolvedQualification q = ExportFixtures.loadText(units + qualification.formatted(c.glh())).qualifications().get(0);
			ComputedFigures.Figure glh = ComputedFigures.of(q.ruleSet(), new Analyser(q.ruleSet()).analyse()).figures().get(0);
			assertEquals(new ComputedFigures.Figure("Guided learning hours (GLH)", "90", "180", c.stated(), c.remark()), glh);
		}
	}

	@Test
	void creditGradingCompensationDescriptorsAndOwnCodes() {
		ResolvedQualification qualification = ExportFixtures.loadText(ExportFixtures.CREDIT_GRADED).qualifications().get(0);
		String html = DOCUMENTS.handbook(qualification, null);
		assertTrue(html.contains("<tr><th scope=\"row\">Qualification code</th><td>QAA140083</td></tr>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">Guided learning hours (GLH)</th><td>143 to 178</td></tr>"), html);
		assertTrue(html.contains("Points table for units based on credits"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">Per credit</th><td class=\"num\">7</td><td class=\"num\">8</td><td class=\"num\">9</td></tr>"), html);
		assertTrue(html.contains("(Pass 7 points per credit, Merit 8 points per credit, Distinction 9 points per credit)"), html);
		assertTrue(html.contains("A learner may achieve a grade below a Pass in optional units of up to 15 credits in total and still achieve the qualification"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">2</th><td>Application of knowledge</td></tr>"), html);
		// the worked example: 15 × 8 + 15 × 7 = 225, in the band MP
		assertTrue(html.contains("<tr><th scope=\"row\">Qualification grade</th><td>MP</td><td class=\"computed-value\">MP <span class=\"mark-agrees\">(agrees)</span></td></tr>"), html);
		assertTrue(html.contains("<tr><th scope=\"row\">1</th><td class=\"num\">15</td><td class=\"num\"></td><td>Merit</td><td class=\"computed-value\">= 120 points</td></tr>"), html);

		String unit = DOCUMENTS.unitDocument(UnitPage.of(qualification, qualification.memberships().get(0)));
		assertTrue(unit.contains("<tr><th scope=\"row\">Unit code</th><td>AHE-1</td></tr>"), unit);
		assertTrue(unit.contains("<tr><th scope=\"row\">TQT</th><td>150</td></tr>"), unit);
		assertTrue(unit.contains("<tr><th scope=\"row\">Grading</th><td>Pass / Fail</td></tr>"), unit);
		assertTrue(unit.contains("<li>1 Understanding of the subject</li>"), unit);
		assertTrue(unit.contains("<li>2 Application of knowledge</li>"), unit);
		String library = DOCUMENTS.unitDocument(UnitPage.of(qualification.memberships().get(1).unit()));
		assertTrue(library.contains("<li>Grade descriptor 2</li>") && library.contains("<li>Grade descriptor 7</li>"), library);
	}

	private static List<org.w3c.dom.Element> elements(org.w3c.dom.NodeList nodes) {
		List<org.w3c.dom.Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof org.w3c.dom.Element element) {
				elements.add(element);
			}
		}
		return elements;
	}

	/** A grid row's cells: the heading's text, then each grade cell's criterion codes. */
	private static List<String> cells(org.w3c.dom.Element row) {
		List<String> cells = new ArrayList<>();
		for (org.w3c.dom.Element cell : elements(row.getChildNodes())) {
			if (cell.getTagName().equals("th")) {
				cells.add(cell.getTextContent().strip());
			} else {
				cells.add(String.join(" ", elements(cell.getElementsByTagName("span")).stream()
						.filter(span -> span.getAttribute("class").equals("num")).map(span -> span.getTextContent()).toList()));
			}
		}
		return cells;
	}

	// ---------------------------------------------------------------------------------------------
	// The override folder
	// ---------------------------------------------------------------------------------------------

	@Test
	void aTemplateInTheOverrideFolderReplacesTheBuiltInOne() throws IOException {
		Path templates = Files.createDirectories(temp.resolve("house"));
		Files.writeString(templates.resolve(HtmlDocuments.HANDBOOK), """
				<!DOCTYPE html>
				<html lang="en-GB"><head><meta charset="utf-8" /><title>${handbook.title}</title></head>
				<body><p class="house">House style for ${handbook.number}</p></body></html>
				""");
		ResolvedQualification qualification = Examples.qualification("500/8625/X");
		String html = new HtmlDocuments(templates).handbook(qualification, null);
		assertTrue(html.contains("<p class=\"house\">House style for 500/8625/X</p>"), html);
		assertFalse(html.contains("Qualification at a glance"), html);
		// the templates the folder does not hold are the built-in ones
		UnitPage page = UnitPage.of(qualification, qualification.memberships().get(0));
		assertEquals(DOCUMENTS.unitDocument(page), new HtmlDocuments(templates).unitDocument(page));
	}

	@Test
	void anOverridingStyleSheetRestylesEveryDocument() throws IOException {
		Path templates = Files.createDirectories(temp.resolve("style"));
		Files.writeString(templates.resolve(HtmlDocuments.STYLE), "body { color: #123456; }\n");
		HtmlDocuments house = new HtmlDocuments(templates);
		ResolvedQualification qualification = Examples.qualification("603/4767/3");
		String handbook = house.handbook(qualification, null);
		assertTrue(handbook.contains("body { color: #123456; }"), handbook);
		assertTrue(handbook.contains("Qualification at a glance"), handbook);
		assertFalse(handbook.contains("@page"), handbook);
		assertTrue(house.unitDocument(UnitPage.of(qualification, qualification.memberships().get(0)))
				.contains("body { color: #123456; }"));
	}

	@Test
	void anEmptyOverrideFolderChangesNothing() throws IOException {
		Path templates = Files.createDirectories(temp.resolve("empty"));
		ResolvedQualification qualification = Examples.qualification("600/2451/3");
		assertEquals(DOCUMENTS.handbook(qualification, null), new HtmlDocuments(templates).handbook(qualification, null));
	}

	@Test
	void anOverrideFolderThatIsNotAFolderIsRefused() throws IOException {
		Path file = Files.writeString(temp.resolve("not-a-folder.ftlh"), "x");
		assertThrows(IllegalArgumentException.class, () -> new HtmlDocuments(file));
		assertThrows(IllegalArgumentException.class, () -> new HtmlDocuments(temp.resolve("missing")));
	}

	@Test
	void documentsAreDeterministic() {
		// from an independent load of the same files: nothing depends on object identity or run time
		ResolvedQualification qualification = Examples.qualification("603/2730/3");
		ResolvedQualification again = Examples.load().catalogue().qualification("603/2730/3").orElseThrow();
		assertEquals(DOCUMENTS.handbook(qualification, null), new HtmlDocuments().handbook(again, null));
	}
}
