package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

import io.qualspec.catalogue.OutputNames;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy;
import io.qualspec.scoping.QualspecResourceDescriptionStrategy.SharedUnitFacts;

/**
 * The index as the cross-file checks look things up in it: each file's entries grouped by the key a check asks
 * for (a unit's URN; a library and a unit title as a reader compares it; an output name; the sector codes
 * qualifications give a unit), so that a check costs
 * one lookup per file rather than a pass over every entry of the catalogue, which made validation quadratic in
 * the number of units. The groups of a file are computed once per description of the file: an index replaces a
 * file's description when the file changes, so a description's groups never go stale, and they are dropped with it.
 */
final class IndexedUnits {

	private record FileEntries(Map<String, List<IEObjectDescription>> unitsByUrn,
			Map<List<String>, List<IEObjectDescription>> unitsByLibraryAndTitle,
			Map<EClass, Map<String, List<IEObjectDescription>>> byOutputName, Map<String, List<SectorCodeGiven>> sectorCodes) {
	}

	/** A sector code a qualification gives one of its units. */
	record SectorCodeGiven(IEObjectDescription qualification, String code) {
	}

	private static final Map<IResourceDescription, FileEntries> FILES = Collections.synchronizedMap(new WeakHashMap<>());

	private IndexedUnits() {
	}

	/** Every unit entry with this URN, in any library. */
	static List<IEObjectDescription> unitsWithUrn(IResourceDescriptions index, String urn) {
		return collect(index, file -> file.unitsByUrn().get(urn));
	}

	/** Every unit entry of this library whose title reads as this one ({@link CatalogueChecks#titleKey}). */
	static List<IEObjectDescription> unitsTitled(IResourceDescriptions index, String library, String titleKey) {
		return collect(index, file -> file.unitsByLibraryAndTitle().get(List.of(library, titleKey)));
	}

	/** Every entry of this type whose name files its documents under this slug ({@link OutputNames#slug}). */
	static List<IEObjectDescription> filedUnder(IResourceDescriptions index, EClass type, String slug) {
		return collect(index, file -> file.byOutputName().getOrDefault(type, Map.of()).get(slug));
	}

	/** The sector codes qualifications give a unit, which they reference as written here (its URN or short name). */
	static List<SectorCodeGiven> sectorCodesGiven(IResourceDescriptions index, String unitReference) {
		return collect(index, file -> file.sectorCodes().get(unitReference));
	}

	private static <T> List<T> collect(IResourceDescriptions index, Function<FileEntries, List<T>> lookup) {
		List<T> found = new ArrayList<>();
		for (IResourceDescription file : index.getAllResourceDescriptions()) {
			List<T> entries = lookup.apply(FILES.computeIfAbsent(file, IndexedUnits::entries));
			if (entries != null) {
				found.addAll(entries);
			}
		}
		return found;
	}

	private static FileEntries entries(IResourceDescription file) {
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
		return new FileEntries(byUrn, byTitle, byOutputName, sectorCodes);
	}
}
