package io.qualspec.generators.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.ResolvedMembership;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.catalogue.ResolvedQualification.ChangeAspect;
import io.qualspec.catalogue.ResolvedQualification.Version;
import io.qualspec.catalogue.ResolvedQualification.VersionChange;
import io.qualspec.catalogue.SourceLocation;
import io.qualspec.generators.versions.Change.Kind;

/**
 * Checks each qualification's "Key updates to this handbook" against a diff: every change the diff finds in a
 * qualification present in both versions (its own facts, dates, groups, rules and grading, and the changes to the
 * units it uses) must be mentioned by a change of a version the new side declares and the old one does not. A
 * change mentions a unit with {@code about unit F/601/1609}, and the rest with {@code about profile}, {@code dates},
 * {@code structure} (units added to or removed from groups: {@code about unit} names them too), {@code rules}
 * or {@code grading}. A change of version is the table's own business and is not checked.
 */
public final class KeyUpdates {

	/** The code of a change the table does not mention (docs/issue-codes.md). */
	public static final String MISSING = "io.qualspec.versions.keyUpdateMissing";

	/**
	 * A change the table omits, reported at the newest version the new side adds (or, where it adds none, at its
	 * current version, else at the qualification).
	 */
	public record Finding(SourceLocation location, String qualification, String version, Change change, String message) {
	}

	private KeyUpdates() {
	}

	/** The changes of {@code diff} (from {@code old} to {@code current}) that the key updates omit, by file and position. */
	public static List<Finding> check(SpecificationDiff diff, Catalogue old, Catalogue current) {
		List<Finding> findings = new ArrayList<>();
		for (ResolvedQualification now : current.qualifications()) {
			Optional<ResolvedQualification> was = old.qualification(now.number());
			if (was.isEmpty()) {
				continue;
			}
			Set<String> urns = new HashSet<>();
			units(was.get(), urns);
			units(now, urns);
			List<Change> relevant = diff.changes().stream().filter(change -> change.kind() != Kind.VERSION_CHANGED
					&& (now.number().equals(change.qualification())
							|| change.kind().inLibrary() && urns.contains(change.library() + "\u0000" + change.unit())))
					.toList();
			if (relevant.isEmpty()) {
				continue;
			}
			Set<String> earlier = new HashSet<>();
			was.get().versions().forEach(v -> earlier.add(v.name()));
			List<Version> added = now.versions().stream().filter(v -> !earlier.contains(v.name())).toList();
			List<VersionChange> mentions = added.stream().flatMap(v -> v.changes().stream()).toList();
			for (Change change : relevant) {
				if (mentions.stream().noneMatch(mention -> mentions(mention, change))) {
					findings.add(finding(now, added, change));
				}
			}
		}
		// as diagnostics are listed: by file, then position (a stable sort keeps the diff's order at one place)
		findings.sort(Comparator.comparing((Finding f) -> String.valueOf(f.location().file()))
				.thenComparingInt(f -> f.location().offset()));
		return findings;
	}

	private static Finding finding(ResolvedQualification q, List<Version> added, Change change) {
		String what = (change.qualification() == null ? change.place() + ": " : "") + change.summary();
		String hint = "about " + (change.unit() != null ? "unit " + unitName(change.unit()) : aspect(change.kind()).name().toLowerCase(Locale.ROOT));
		if (!added.isEmpty()) {
			Version version = added.get(0);
			return new Finding(version.location(), q.number(), version.name(), change, "version \"" + version.name() + "\" of "
					+ q.number() + " does not mention a change: " + what + " (add: change \"...\" " + hint + ")");
		}
		Optional<Version> current = q.currentVersion();
		String message = q.number() + " changed but declares no new version: " + what + " (add a version before \""
				+ current.map(Version::name).orElse("") + "\" with: change \"...\" " + hint + ")";
		if (current.isEmpty()) {
			message = q.number() + " changed but declares no version: " + what + " (add: version \"...\" issued ... { change \"...\" "
					+ hint + " })";
		}
		return new Finding(current.map(Version::location).orElse(q.location()), q.number(),
				current.map(Version::name).orElse(null), change, message);
	}

	/** How the language names a unit in "about unit": its URN, or code "..." for an own code. */
	private static String unitName(String urn) {
		return urn.matches("[A-Z]/\\d{3}/\\d{4}") ? urn : "code \"" + urn + "\"";
	}

	private static boolean mentions(VersionChange mention, Change change) {
		if (change.unit() != null && mention.units().contains(change.unit())) {
			return true;
		}
		return !change.kind().inLibrary() && mention.aspects().contains(aspect(change.kind()));
	}

	/** The aspect a change of a qualification is about (a unit's changes are about the unit). */
	private static ChangeAspect aspect(Kind kind) {
		return switch (kind) {
			case DATE_CHANGED -> ChangeAspect.DATES;
			case UNIT_ADDED_TO_GROUP, UNIT_REMOVED_FROM_GROUP -> ChangeAspect.STRUCTURE;
			case RULES_CHANGED -> ChangeAspect.RULES;
			case GRADING_CHANGED -> ChangeAspect.GRADING;
			default -> ChangeAspect.PROFILE;
		};
	}

	/** The library and URN of every unit a qualification uses. */
	private static void units(ResolvedQualification q, Set<String> urns) {
		for (ResolvedMembership membership : q.memberships()) {
			if (membership.unit() != null) {
				urns.add(membership.unit().library() + "\u0000" + membership.unit().urn());
			}
		}
	}
}
