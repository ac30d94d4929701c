package io.qualspec.generators;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedUnit;
import io.qualspec.generators.DocumentGenerator.FileNames;
import io.qualspec.generators.DocumentGenerator.UnitUse;
import io.qualspec.generators.document.Index;

/**
 * An output folder kept up to date with a catalogue that changes ({@code qualspec generate --watch}): generated
 * whole once, then after each change only the documents whose content changed are generated again. A
 * qualification's files (handbook, tables, rule set, grading, CASE package) are made from its resolved view, so they
 * are generated again when that view differs from the last one (the qualification's text changed, or a unit it
 * uses); a unit document is made from its {@link io.qualspec.generators.document.UnitPage}, generated again when the
 * page differs; the index is generated every time and written only when it differs. Files of qualifications and
 * units no longer in the catalogue are deleted.
 */
public final class DocumentUpdater {

	private final DocumentGenerator generator;
	private final Path output;
	/** What each qualification's files were made from, by qualification number. */
	private Map<String, Generated> qualifications = Map.of();
	/** What each unit document was made from, by library and URN. */
	private Map<List<String>, Generated> units = Map.of();

	/** The input a document was generated from (compared by value) and its index entry, which lists its files. */
	private record Generated(List<Object> input, Index.Entry entry) {
	}

	/**
	 * What an update did.
	 *
	 * @param written the files written (new or changed), relative to the output folder
	 * @param deleted the files deleted (their qualification or unit is gone)
	 */
	public record Update(List<String> written, List<String> deleted) {
	}

	public DocumentUpdater(DocumentGenerator generator, Path output) {
		this.generator = generator;
		this.output = output;
	}

	/**
	 * Generates every document, the output folder replaced as a whole ({@link OutputFolder}); returns the files
	 * written, relative to the output folder.
	 */
	public List<String> generateAll(Catalogue catalogue, BiConsumer<Integer, String> progress) throws IOException {
		qualifications = Map.of();
		units = Map.of();
		try (OutputFolder folder = new OutputFolder(output)) {
			regenerate(catalogue, folder, progress);
			folder.commit();
			return folder.written();
		}
	}

	/**
	 * Generates again the documents whose content changed since the last generation, each file replaced on its own
	 * ({@link InPlaceOutput}).
	 */
	public Update update(Catalogue catalogue) throws IOException {
		InPlaceOutput folder = new InPlaceOutput(output);
		List<String> stale = regenerate(catalogue, folder, (done, what) -> {
		});
		folder.delete(stale);
		return new Update(folder.written(), stale);
	}

	/** Writes what changed and returns the files written last time that this generation no longer has. */
	private List<String> regenerate(Catalogue catalogue, DocumentSink folder, BiConsumer<Integer, String> progress)
			throws IOException {
		Map<ResolvedUnit, UnitUse> uses = DocumentGenerator.unitDocuments(catalogue);
		FileNames names = new FileNames(catalogue.qualifications(), uses.keySet());
		int step = 0;
		Map<String, Generated> nowQualifications = new LinkedHashMap<>();
		for (ResolvedQualification qualification : catalogue.qualifications()) {
			progress.accept(step++, qualification.number());
			List<Object> input = List.of(names.qualifications().get(qualification.number()), qualification);
			Generated last = qualifications.get(qualification.number());
			nowQualifications.put(qualification.number(), last != null && last.input().equals(input) ? last
					: new Generated(input, generator.qualification(folder, names, qualification)));
		}
		Map<List<String>, Generated> nowUnits = new LinkedHashMap<>();
		for (Map.Entry<ResolvedUnit, UnitUse> use : uses.entrySet()) {
			ResolvedUnit unit = use.getKey();
			progress.accept(step++, unit.urn());
			List<Object> input = List.of(names.libraries().get(unit.library()), names.units().get(unit.urn()),
					DocumentGenerator.page(unit, use.getValue()));
			Generated last = units.get(List.of(unit.library(), unit.urn()));
			nowUnits.put(List.of(unit.library(), unit.urn()), last != null && last.input().equals(input) ? last
					: new Generated(input, generator.unit(folder, names, unit, use.getValue())));
		}
		folder.writeString("index.html", generator.index(entries(nowQualifications), entries(nowUnits)));
		progress.accept(step, "done");
		Set<String> stale = new LinkedHashSet<>(files(qualifications));
		stale.addAll(files(units));
		stale.removeAll(files(nowQualifications));
		stale.removeAll(files(nowUnits));
		qualifications = nowQualifications;
		units = nowUnits;
		return List.copyOf(stale);
	}

	private static List<Index.Entry> entries(Map<?, Generated> generated) {
		return generated.values().stream().map(Generated::entry).toList();
	}

	private static List<String> files(Map<?, Generated> generated) {
		List<String> files = new ArrayList<>();
		generated.values().forEach(g -> g.entry().files().forEach(file -> files.add(file.path())));
		return files;
	}
}
