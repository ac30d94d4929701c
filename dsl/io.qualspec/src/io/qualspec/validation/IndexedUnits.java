package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy.SharedUnitFacts;

/**
 * The index as the cross-file checks look things up in it: its entries grouped by the key a check asks for (a unit's
 * URN; a library and a unit title as a reader compares it; an output name; the sector codes qualifications give a
 * unit), so that a check costs one map lookup rather than a pass over every entry of the catalogue, which made
 * validation quadratic in the number of units.
 *
 * <p>The groups of a file are computed once per description of the file: an index replaces a file's description
 * when the file changes, so a description's groups never go stale, and they are dropped with it. The whole index's
 * groups are merged from its files' and reused while the index holds the same file descriptions; the checks ask for
 * them once per file they validate ({@link #of}), which costs a pass over the index's files, not over its units.
 */
final class IndexedUnits {

	private record Entries(Map<String, List<IEObjectDescription>> unitsByUrn,
			Map<List<String>, List<IEObjectDescription>> unitsByLibraryAndTitle,
			Map<EClass, Map<String, List<IEObjectDescription>>> byOutputName, Map<String, List<SectorCodeGiven>> sectorCodes) {

		Entries() {
			this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
		}

		/** Adds another's groups after this one's, in order. */
		void addAll(Entries other) {
			other.unitsByUrn.forEach((key, found) -> unitsByUrn.computeIfAbsent(key, k -> new ArrayList<>()).addAll(found));
			other.unitsByLibraryAndTitle.forEach(
					(key, found) -> unitsByLibraryAndTitle.computeIfAbsent(key, k -> new ArrayList<>()).addAll(found));
			other.byOutputName.forEach((type, bySlug) -> bySlug.forEach((slug, found) -> byOutputName
					.computeIfAbsent(type, k -> new HashMap<>()).computeIfAbsent(slug, k -> new ArrayList<>()).addAll(found)));
			other.sectorCodes.forEach((key, given) -> sectorCodes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(given));
		}
	}

	/** A sector code a qualification gives one of its units. */
	record SectorCodeGiven(IEObjectDescription qualification, String code) {
	}

	/** The whole index's groups, and the file descriptions they were merged from. */
	private record Snapshot(List<IResourceDescription> files, IndexedUnits groups) {
	}

	private static final Map<IResourceDescription, Entries> FILES = Collections.synchronizedMap(new WeakHashMap<>());
	private static volatile Snapshot last;

	private final Entries entries;

	private IndexedUnits(Entries entries) {
		this.entries = entries;
	}

	/** The groups of the index as it is now: the last ones merged if it holds the same file descriptions. */
	static IndexedUnits of(IResourceDescriptions index) {
		List<IResourceDescription> files = new ArrayList<>();
		index.getAllResourceDescriptions().forEach(files::add);
		Snapshot snapshot = last;
		if (snapshot != null && sameDescriptions(snapshot.files(), files)) {
			return snapshot.groups();
		}
		Entries merged = new Entries();
		for (IResourceDescription file : files) {
			merged.addAll(FILES.computeIfAbsent(file, IndexedUnits::entries));
		}
		IndexedUnits groups = new IndexedUnits(merged);
		last = new Snapshot(files, groups);
		return groups;
	}

	private static boolean sameDescriptions(List<IResourceDescription> one, List<IResourceDescription> other) {
		if (one.size() != other.size()) {
			return false;
		}
		for (int i = 0; i < one.size(); i++) {
			if (one.get(i) != other.get(i)) {
				return false;
			}
		}
		return true;
	}

	/** Every unit entry with this URN, in any library. */
	List<IEObjectDescription> unitsWithUrn(String urn) {
		return entries.unitsByUrn().getOrDefault(urn, List.of());
	}

	/** Every unit entry of this library whose title reads as this one ({@link CatalogueChecks#titleKey}). */
	List<IEObjectDescription> unitsTitled(String library, String titleKey) {
		return entries.unitsByLibraryAndTitle().getOrDefault(List.of(library, titleKey), List.of());
	}

	/** Every entry of this type whose name files its documents under this slug ({@link OutputNames#slug}). */
	List<IEObjectDescription> filedUnder(EClass type, String slug) {
		return entries.byOutputName().getOrDefault(type, Map.of()).getOrDefault(slug, List.of());
	}

	/** The sector codes qualifications give a unit, which they reference as written here (its URN or short name). */
	List<SectorCodeGiven> sectorCodesGiven(String unitReference) {
		return entries.sectorCodes().getOrDefault(unitReference, List.of());
	}

	private static Entries entries(IResourceDescription file) {
		Map<String, List<IEObjectDescription>> byUrn = new HashMap<>();
		Map<List<String>, List<IEObjectDescription>> byTitle = new HashMap<>();
		for (IEObjectDescription unit : file.getExportedObjectsByType(Literals.UNIT)) {
			String urn = unit.getUserData(SharedUnitFacts.URN.key());
			if (urn == null) {
				continue; // a short name's entry
			}
			byUrn.computeIfAbsent(urn, key -> new ArrayList<>()).add(unit);
			String title = unit.getUserData(SharedUnitFacts.TITLE.key());
			if (title != null) {
				byTitle.computeIfAbsent(List.of(unit.getQualifiedName().skipLast(1).toString(), CatalogueChecks.titleKey(title)),
						key -> new ArrayList<>()).add(unit);
			}
		}
		Map<EClass, Map<String, List<IEObjectDescription>>> byOutputName = new HashMap<>();
		for (EClass type : List.of(Literals.UNIT_LIBRARY, Literals.QUALIFICATION)) {
			Map<String, List<IEObjectDescription>> bySlug = new HashMap<>();
			for (IEObjectDescription entry : file.getExportedObjectsByType(type)) {
				bySlug.computeIfAbsent(OutputNames.slug(entry.getQualifiedName().toString()), key -> new ArrayList<>()).add(entry);
			}
			byOutputName.put(type, bySlug);
		}
		Map<String, List<SectorCodeGiven>> sectorCodes = new HashMap<>();
		for (IEObjectDescription qualification : file.getExportedObjectsByType(Literals.QUALIFICATION)) {
			String given = qualification.getUserData(QualspecResourceDescriptionStrategy.SECTOR_CODES);
			if (given == null || given.isEmpty()) {
				continue;
			}
			for (String entry : given.split(QualspecResourceDescriptionStrategy.ENTRY)) {
				String[] unitAndCode = entry.split(QualspecResourceDescriptionStrategy.FIELD, 2);
				sectorCodes.computeIfAbsent(unitAndCode[0], key -> new ArrayList<>())
						.add(new SectorCodeGiven(qualification, unitAndCode[1]));
			}
		}
		return new Entries(byUrn, byTitle, byOutputName, sectorCodes);
	}
}
