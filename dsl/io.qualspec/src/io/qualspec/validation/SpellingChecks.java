package io.qualspec.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.Specification;

/**
 * Spelling: a word written two ways ({@link SpellingVariants}) in the files read together (a library and the
 * qualifications using it, or a whole catalogue). The spelling seen first, in the order of the files' paths and
 * then of their text, sets the norm; each text of the file being checked that spells the word the other way is
 * reported once, naming the first spelling and where it is written.
 */
public class SpellingChecks extends QualspecChecks {

	/** A word where it is written: the element and text holding it, and the file and line for messages. */
	private record Occurrence(String word, EObject element, EAttribute feature, Resource file, int line) {
	}

	@Check
	public void checkSpellingVariants(Specification specification) {
		Resource own = specification.eResource();
		if (own == null) {
			return;
		}
		List<Resource> files = new ArrayList<>(own.getResourceSet() == null ? List.of(own) : own.getResourceSet().getResources());
		files.sort(Comparator.comparing(file -> String.valueOf(file.getURI())));
		// for each word (by its key), the first occurrence of each of its spellings, in reading order
		Map<String, Map<String, Occurrence>> spellings = new LinkedHashMap<>();
		List<Occurrence> inOwnFile = new ArrayList<>();
		for (Resource file : files) {
			for (Occurrence occurrence : occurrences(file)) {
				spellings.computeIfAbsent(SpellingVariants.key(occurrence.word()), key -> new LinkedHashMap<>())
						.putIfAbsent(occurrence.word().toLowerCase(Locale.ROOT), occurrence);
				if (file == own) {
					inOwnFile.add(occurrence);
				}
			}
		}
		Set<List<Object>> reported = new HashSet<>();
		for (Occurrence occurrence : inOwnFile) {
			Occurrence first = spellings.get(SpellingVariants.key(occurrence.word())).values().iterator().next();
			String spelling = occurrence.word().toLowerCase(Locale.ROOT);
			if (!first.word().toLowerCase(Locale.ROOT).equals(spelling)
					&& reported.add(List.of(occurrence.element(), occurrence.feature(), spelling))) {
				report("\"" + occurrence.word() + "\" is spelt \"" + first.word() + "\" in " + where(first, own)
						+ ": spell a word one way in the files read together.", occurrence.element(), occurrence.feature(),
						QualspecIssueCodes.SPELLING_VARIANT, first.word());
			}
		}
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
				int line = firstLine(element, attribute);
				int lineBreaksSeen = 0;
				int searchedTo = 0;
				for (String word : SpellingVariants.words(text)) {
					int at = text.indexOf(word, searchedTo);
					lineBreaksSeen += (int) text.substring(searchedTo, at).chars().filter(c -> c == '\n').count();
					searchedTo = at + word.length();
					occurrences.add(new Occurrence(word, element, attribute, file, line + lineBreaksSeen));
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
