package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.qualspec.qualspec.Specification;

/**
 * Spelling: a word written two ways ({@link SpellingVariants}) in the files read together (a library and the
 * qualifications using it, or a whole catalogue). The spelling written most often sets the norm (on a tie, the
 * one seen first in the order of the files' paths and then of their text); each text of the file being checked that spells the word the other way is
 * reported once, naming the first spelling and where it is written.
 */
public class SpellingChecks extends QualspecChecks {

	/**
	 * A word where it is written: the element and text holding it, the file, and the line breaks before it in the text
	 * (its line is looked up only for a message); with its key ({@link SpellingVariants#key}) and its spelling in small
	 * letters, computed once.
	 */
	private record Occurrence(String word, String key, String spelling, EObject element, EAttribute feature, Resource file,
			int lineBreaksBefore) {

		int line() {
			return firstLine(element, feature) + lineBreaksBefore;
		}
	}

	/**
	 * What one file contributes, cached until it changes: the first occurrence of each spelling of each word (by
	 * key) in reading order, and the keys of the words it spells differently from their key (every pair of variants
	 * has such a spelling, so only those keys can have variants). Not every word: a catalogue's files are read
	 * together, and their words would outweigh their models; the file being checked reads its own again.
	 */
	private record FileSpellings(Map<String, Map<String, Occurrence>> firsts, Map<String, Integer> counts,
			Set<String> variantKeys) {
	}

	@Inject
	private IResourceScopeCache cache;

	/** The norm of each word written two ways: its first occurrence in its most written spelling, and how often. */
	private record Norms(Map<String, Occurrence> first, Map<String, Integer> times) {
	}

	/**
	 * The norms of the files of one resource set, kept on it until a file changes (its cache is evicted) or one is
	 * added or removed. Every file's check reads them and computing them reads every file: worked out at each check, a
	 * catalogue of 5,000 files read spellings 25 million times.
	 */
	private static final class NormsOfFiles extends AdapterImpl implements OnChangeEvictingCache.Listener {

		private Norms norms;

		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
				forget();
			}
		}

		@Override
		public void onEvict(OnChangeEvictingCache.CacheAdapter file) {
			forget();
		}

		private synchronized void forget() {
			norms = null;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == NormsOfFiles.class;
		}
	}

	@Check(CheckType.NORMAL)
	public void checkSpellingVariants(Specification specification) {
		Resource own = specification.eResource();
		if (own == null) {
			return;
		}
		Norms norms = norms(own);
		Map<String, Occurrence> first = norms.first();
		Map<String, Integer> times = norms.times();
		Set<List<Object>> reported = new HashSet<>();
		for (Occurrence occurrence : occurrences(own)) {
			String key = occurrence.key();
			Occurrence norm = first.get(key);
			String spelling = occurrence.spelling();
			if (norm != null && !norm.spelling().equals(spelling)
					&& reported.add(List.of(occurrence.element(), occurrence.feature(), spelling))) {
				int written = times.get(key);
				report("\"" + occurrence.word() + "\" is spelt \"" + norm.word() + "\" " + (written == 1 ? "once" : written + " times")
						+ " in the files read together (first in " + where(norm, own) + "): spell a word one way.",
						occurrence.element(), occurrence.feature(), QualspecIssueCodes.SPELLING_VARIANT, norm.word());
			}
		}
	}

	private Norms norms(Resource own) {
		ResourceSet resourceSet = own.getResourceSet();
		if (resourceSet == null) {
			return norms(List.of(own));
		}
		if (!(cache instanceof OnChangeEvictingCache evictingCache)) {
			return norms(resourceSet.getResources());
		}
		NormsOfFiles kept = (NormsOfFiles) EcoreUtil.getExistingAdapter(resourceSet, NormsOfFiles.class);
		if (kept == null) {
			synchronized (NormsOfFiles.class) {
				kept = (NormsOfFiles) EcoreUtil.getExistingAdapter(resourceSet, NormsOfFiles.class);
				if (kept == null) {
					kept = new NormsOfFiles();
					resourceSet.eAdapters().add(kept);
				}
			}
		}
		synchronized (kept) {
			if (kept.norms == null) {
				List<Resource> files = new ArrayList<>(resourceSet.getResources());
				kept.norms = norms(files);
				for (Resource file : files) {
					evictingCache.getOrCreate(file).addCacheListener(kept);
				}
			}
			return kept.norms;
		}
	}

	/** The norms of these files, each word's spellings counted over them all. */
	private Norms norms(List<Resource> files) {
		List<Resource> inOrder = new ArrayList<>(files);
		inOrder.sort(Comparator.comparing(file -> String.valueOf(file.getURI())));
		List<FileSpellings> read = inOrder.stream().map(this::spellings).toList();
		Set<String> variantKeys = new HashSet<>();
		read.forEach(file -> variantKeys.addAll(file.variantKeys()));
		// the norm of each word that has variants: its most written spelling, on a tie the one seen first in the order
		// of the files' paths and then of their text; named by its first occurrence
		Map<String, Occurrence> first = new HashMap<>();
		Map<String, Integer> times = new HashMap<>();
		for (String key : variantKeys) {
			Map<String, Occurrence> firstOfEach = new LinkedHashMap<>();
			Map<String, Integer> written = new HashMap<>();
			for (FileSpellings file : read) {
				file.firsts().getOrDefault(key, Map.of()).forEach((spelling, occurrence) -> {
					firstOfEach.putIfAbsent(spelling, occurrence);
					written.merge(spelling, file.counts().get(spelling), Integer::sum);
				});
			}
			firstOfEach.keySet().stream().reduce((norm, other) -> written.get(other) > written.get(norm) ? other : norm)
					.ifPresent(norm -> {
						first.put(key, firstOfEach.get(norm));
						times.put(key, written.get(norm));
					});
		}
		return new Norms(first, times);
	}

	private FileSpellings spellings(Resource file) {
		return cache.get(FileSpellings.class, file, () -> {
			Map<String, Map<String, Occurrence>> firsts = new HashMap<>();
			Map<String, Integer> counts = new HashMap<>();
			Set<String> variantKeys = new HashSet<>();
			for (Occurrence occurrence : occurrences(file)) {
				String key = occurrence.key();
				String spelling = occurrence.spelling();
				firsts.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(spelling, occurrence);
				counts.merge(spelling, 1, Integer::sum);
				if (!key.equals(spelling)) {
					variantKeys.add(key);
				}
			}
			return new FileSpellings(firsts, counts, variantKeys);
		});
	}

	/** Every word of the texts of a file, in the order written. Names and codes are not words. */
	private static List<Occurrence> occurrences(Resource file) {
		List<Occurrence> occurrences = new ArrayList<>();
		file.getAllContents().forEachRemaining(element -> {
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isMany()
						|| "name".equals(attribute.getName()) || !(element.eGet(attribute) instanceof String text)) {
					continue;
				}
				int lineBreaksSeen = 0;
				int searchedTo = 0;
				for (String word : SpellingVariants.words(text)) {
					int at = text.indexOf(word, searchedTo);
					lineBreaksSeen += (int) text.substring(searchedTo, at).chars().filter(c -> c == '\n').count();
					searchedTo = at + word.length();
					occurrences.add(new Occurrence(word, SpellingVariants.key(word), word.toLowerCase(Locale.ROOT), element,
							attribute, file, lineBreaksSeen));
				}
			}
		});
		return occurrences;
	}

	private static int firstLine(EObject element, EAttribute attribute) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, attribute);
		return nodes.isEmpty() ? line(element) : nodes.get(0).getStartLine();
	}

	/** "line 12", or "customer-service-units.qspec, line 12" for another file, its path relative to this one. */
	private static String where(Occurrence occurrence, Resource own) {
		if (occurrence.file() == own) {
			return "line " + occurrence.line();
		}
		String path = own.getURI() == null ? String.valueOf(occurrence.file().getURI())
				: occurrence.file().getURI().deresolve(own.getURI(), true, true, false).toString();
		return path + ", line " + occurrence.line();
	}
}
