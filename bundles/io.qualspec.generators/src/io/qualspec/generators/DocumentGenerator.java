package io.qualspec.generators;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.casepackage.CasePackageExport;
import io.qualspec.generators.document.Handbook;
import io.qualspec.generators.document.Index;
import io.qualspec.generators.document.UnitPage;
import io.qualspec.generators.html.HtmlDocuments;
import io.qualspec.generators.office.UnitDocx;
import io.qualspec.generators.register.RegisterExport;
import io.qualspec.generators.tables.StructureTables;
import io.qualspec.rules.analysis.Analyses;
import io.qualspec.rules.dmn.GradingDmn;
import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.RuleSet;

/**
 * Generates every document and export of a catalogue into an output folder: per qualification a handbook
 * (HTML, PDF), structure tables (CSV, XLSX), its Ofqual register row (CSV), the rule set (JSON), grading (DMN) and a CASE package; per unit
 * a unit document (HTML, PDF, DOCX); and an index.html linking everything. The run is all or nothing: see
 * {@link OutputFolder}.
 */
public final class DocumentGenerator {

	private final Set<OutputFormat> formats;
	private final HtmlDocuments html;
	private final Path templates;
	/** The earlier version CASE packages link their changed items to, or null. */
	private Catalogue previous;

	/**
	 * @param formats   what to generate
	 * @param templates a folder of templates overriding the built-in ones (house style), or null
	 */
	public DocumentGenerator(Set<OutputFormat> formats, Path templates) {
		this.formats = formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
		this.html = new HtmlDocuments(templates);
		this.templates = templates;
	}

	/**
	 * Links the CASE packages of this version to those of {@code earlier} (replacedBy associations from each
	 * changed item to its successor; a qualification that declares no version after the earlier one's is exported
	 * unlinked, its items keeping their identifiers: {@link CasePackageExport#write(ResolvedQualification, Instant, CasePackageExport.Options, ResolvedQualification)}).
	 */
	public DocumentGenerator withPrevious(Catalogue earlier) {
		this.previous = earlier;
		return this;
	}

	/** Only a qualification that declares a version of its own after the earlier one is linked to it. */
	private static boolean declaresNewVersion(ResolvedQualification qualification, ResolvedQualification earlier) {
		String version = qualification.profile().lifecycle().version();
		return version != null && !version.equals(earlier.profile().lifecycle().version());
	}

	/**
	 * Generates into the output folder; {@code progress} hears (done, total) with what is being written.
	 * Returns the files written, relative to the output folder.
	 */
	public List<String> generate(Catalogue catalogue, Path output, BiConsumer<Integer, String> progress) throws IOException {
		List<ResolvedQualification> qualifications = catalogue.qualifications();
		Map<ResolvedUnit, UnitUse> units = unitDocuments(catalogue);
		List<Index.Entry> qualificationEntries = new ArrayList<>();
		List<Index.Entry> unitEntries = new ArrayList<>();
		FileNames names = new FileNames(qualifications, units.keySet());
		int step = 0;
		try (OutputFolder folder = new OutputFolder(output)) {
			for (ResolvedQualification qualification : qualifications) {
				progress.accept(step++, qualification.number());
				qualificationEntries.add(qualification(folder, names, qualification));
			}
			for (Map.Entry<ResolvedUnit, UnitUse> unit : units.entrySet()) {
				progress.accept(step++, unit.getKey().urn());
				unitEntries.add(unit(folder, names, unit.getKey(), unit.getValue()));
			}
			folder.writeString("index.html", index(qualificationEntries, unitEntries));
			folder.commit();
			progress.accept(step, "done");
			return folder.written();
		}
	}

	/** The number of steps {@link #generate} reports progress for. */
	public static int steps(Catalogue catalogue) {
		return catalogue.qualifications().size() + unitDocuments(catalogue).size();
	}

	Index.Entry qualification(DocumentSink folder, FileNames names, ResolvedQualification qualification)
			throws IOException {
		String base = "qualifications/" + names.qualifications().get(qualification.number()) + "/";
		List<Index.File> files = new ArrayList<>();
		RuleSet ruleSet = qualification.ruleSet();
		if (wants(OutputFormat.HTML) || wants(OutputFormat.PDF)) {
			String handbook = html.handbook(Handbook.of(qualification, Analyses.of(ruleSet)));
			if (wants(OutputFormat.HTML)) {
				files.add(write(folder, base + "handbook.html", "Handbook", handbook));
			}
			if (wants(OutputFormat.PDF)) {
				folder.write(base + "handbook.pdf", out -> PdfDocuments.render(handbook, templates, out));
				files.add(new Index.File(base + "handbook.pdf", "Handbook (PDF)"));
			}
		}
		if (wants(OutputFormat.CSV)) {
			writeCsv(folder, base + "structure.csv", writer -> StructureTables.writeCsv(qualification, writer));
			files.add(new Index.File(base + "structure.csv", "Structure (CSV)"));
		}
		if (wants(OutputFormat.REGISTER)) {
			writeCsv(folder, base + "register.csv", writer -> RegisterExport.writeCsv(qualification, writer));
			files.add(new Index.File(base + "register.csv", "Ofqual register row (CSV)"));
		}
		if (wants(OutputFormat.XLSX)) {
			folder.write(base + "structure.xlsx", out -> StructureTables.writeXlsx(qualification, out));
			files.add(new Index.File(base + "structure.xlsx", "Structure (Excel)"));
		}
		if (wants(OutputFormat.JSON)) {
			files.add(write(folder, base + "ruleset.json", "Rule set (JSON)", RuleSetJson.write(ruleSet)));
		}
		if (wants(OutputFormat.DMN)) {
			GradingDmn.export(ruleSet).ifPresent(dmn -> files.add(write(folder, base + "grading.dmn", "Grading (DMN)", dmn)));
		}
		if (wants(OutputFormat.CASE)) {
			// dated by the specification (its issue date), so re-exports of an unchanged spec are identical
			Instant lastChange = CasePackageExport.lastChangeOf(qualification);
			ResolvedQualification predecessor = previous == null ? null : previous.qualification(qualification.number())
					.filter(earlier -> declaresNewVersion(qualification, earlier)).orElse(null);
			files.add(write(folder, base + "case.json", "CASE 1.1 package", predecessor == null
					? CasePackageExport.write(qualification, lastChange)
					: CasePackageExport.write(qualification, lastChange, CasePackageExport.Options.DEFAULT, predecessor)));
		}
		return new Index.Entry(qualification.label(), organisation(qualification), files);
	}

	Index.Entry unit(DocumentSink folder, FileNames names, ResolvedUnit unit, UnitUse use) throws IOException {
		String base = "units/" + names.libraries().get(unit.library()) + "/" + names.units().get(unit.urn());
		List<Index.File> files = new ArrayList<>();
		UnitPage page = page(unit, use);
		if (wants(OutputFormat.HTML) || wants(OutputFormat.PDF)) {
			String document = html.unitDocument(page);
			if (wants(OutputFormat.HTML)) {
				files.add(write(folder, base + ".html", "Unit document", document));
			}
			if (wants(OutputFormat.PDF)) {
				folder.write(base + ".pdf", out -> PdfDocuments.render(document, templates, out));
				files.add(new Index.File(base + ".pdf", "PDF"));
			}
		}
		if (wants(OutputFormat.DOCX)) {
			folder.write(base + ".docx", out -> UnitDocx.write(page, out));
			files.add(new Index.File(base + ".docx", "Word"));
		}
		return new Index.Entry(unit.urn() + " " + unit.title(), unit.library(), files);
	}

	/** The unit document's content: the unit in the one qualification that uses it, else as its library describes it. */
	static UnitPage page(ResolvedUnit unit, UnitUse use) {
		return use == null ? UnitPage.of(unit) : UnitPage.of(use.qualification(), use.membership());
	}

	/** The index page linking every qualification's and unit's files. */
	String index(List<Index.Entry> qualifications, List<Index.Entry> units) {
		return html.index(new Index("Qualspec documents", qualifications, units));
	}

	/** A CSV file in UTF-8 with a byte order mark, so that spreadsheet programs read it as UTF-8. */
	private static void writeCsv(DocumentSink folder, String path, CsvContent content) {
		folder.write(path, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			content.writeTo(writer);
			writer.flush();
		});
	}

	/** What writes a CSV file's text. */
	@FunctionalInterface
	private interface CsvContent {
		void writeTo(Writer writer) throws IOException;
	}

	private static Index.File write(DocumentSink folder, String path, String label, String content) {
		folder.writeString(path, content);
		return new Index.File(path, label);
	}

	private boolean wants(OutputFormat format) {
		return formats.contains(format);
	}

	private static String organisation(ResolvedQualification qualification) {
		return qualification.organisation() == null ? "" : qualification.organisation().title();
	}

	/**
	 * The file-name part of each qualification number, library name and URN of a run: slugs, made distinct where
	 * two names would share one (the validator reports that as io.qualspec.duplicate.outputName).
	 */
	record FileNames(Map<String, String> qualifications, Map<String, String> libraries, Map<String, String> units) {

		FileNames(List<ResolvedQualification> qualifications, Collection<ResolvedUnit> units) {
			this(OutputNames.distinctSlugs(qualifications.stream().map(ResolvedQualification::number).toList()),
					OutputNames.distinctSlugs(units.stream().map(ResolvedUnit::library).toList()),
					OutputNames.distinctSlugs(units.stream().map(ResolvedUnit::urn).toList()));
		}
	}

	/** The qualification a unit document prints a unit for, and the unit's membership there. */
	record UnitUse(ResolvedQualification qualification, ResolvedMembership membership) {
	}

	/**
	 * Each unit description of the catalogue, once, with its use when exactly one qualification uses it; a
	 * unit shared by several qualifications, or used by none (a unit library on its own), gets a document of
	 * its own, without any one qualification's local number or group (null). Units in use come first, in
	 * the order of the qualifications.
	 */
	static Map<ResolvedUnit, UnitUse> unitDocuments(Catalogue catalogue) {
		Map<ResolvedUnit, UnitUse> units = new LinkedHashMap<>();
		Map<ResolvedUnit, ResolvedQualification> usedBy = new IdentityHashMap<>();
		for (ResolvedQualification qualification : catalogue.qualifications()) {
			for (ResolvedMembership membership : qualification.memberships()) {
				ResolvedUnit unit = membership.unit();
				if (unit == null) {
					continue;
				}
				ResolvedQualification first = usedBy.putIfAbsent(unit, qualification);
				if (first == null) {
					units.put(unit, new UnitUse(qualification, membership));
				} else if (first != qualification) {
					units.put(unit, null);
				}
			}
		}
		catalogue.units().stream().filter(unit -> !usedBy.containsKey(unit)).forEach(unit -> units.put(unit, null));
		return units;
	}
}
