package io.qualspec.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

/**
 * The names generated files take from a specification: a qualification's documents are filed under the slug
 * of its number, a unit's under the slugs of its library and URN. The generators write under these names and
 * the validator reports two libraries or qualifications whose names would share one (io.qualspec.duplicate.outputName),
 * so both use this one definition.
 */
public final class OutputNames {

	/** The longest slug, short enough for any file system once folders and extensions are added. */
	static final int MAX_LENGTH = 80;
	private static final int HASH_LENGTH = 8;

	private OutputNames() {
	}

	/**
	 * A safe file-name part: "500/8625/X" becomes "500-8625-x", "Ελληνικά Unit" becomes "ελληνικα-unit". Letters
	 * and digits of any script (accents dropped, lower case) and single hyphens remain, so no name can climb out of
	 * its folder or hide as a dot-file. A name cut to {@value #MAX_LENGTH} characters, or with no letter or digit at
	 * all, ends in a hash of the whole name, so that different names keep different slugs.
	 */
	public static String slug(String text) {
		String name = text == null ? "" : text;
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			return name.isEmpty() ? "unnamed" : "unnamed-" + hash(name);
		}
		if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
			String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH - HASH_LENGTH - 1)).replaceAll("-+$", "");
			return cut + "-" + hash(name);
		}
		return slug;
	}

	/**
	 * The slug of each name, where names that share a slug all get theirs followed by a hash of the name: the
	 * result is the same whatever the order of the names, and no two names share a slug.
	 */
	public static Map<String, String> distinctSlugs(Collection<String> names) {
		Map<String, Integer> uses = new HashMap<>();
		for (String name : new LinkedHashSet<>(names)) {
			uses.merge(slug(name), 1, Integer::sum);
		}
		Map<String, String> slugs = new LinkedHashMap<>();
		for (String name : names) {
			String slug = slug(name);
			slugs.put(name, uses.get(slug) > 1 ? slug + "-" + hash(name) : slug);
		}
		return slugs;
	}

	/** The first hex digits of the name's SHA-256: stable across runs and machines. */
	private static String hash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
