package io.qualspec.generators.versions;

import java.util.Locale;

/**
 * One meaningful change between two versions of a catalogue, found by comparing their resolved views (not their
 * text): what changed ({@link Kind}), where (the qualification, or the unit library, and the group, unit and
 * outcome or criterion it concerns; null where it does not apply), the field changed ("credits"), and the value
 * before and after (null where there was none, or for an addition or removal; a rule of combination or a
 * grading scheme in the words the handbooks print).
 */
public record Change(Kind kind, String qualification, String library, String group, String unit, String item,
		String field, String before, String after) {

	/** The kinds of change, each about a qualification or about a unit of a library. */
	public enum Kind {
		QUALIFICATION_ADDED, QUALIFICATION_REMOVED,
		/** The title, level, credits, GLH, TQT or another fact of the qualification profile. */
		QUALIFICATION_CHANGED,
		/** The current version or its issue date. */
		VERSION_CHANGED,
		/** An operational or certification date, or the status. */
		DATE_CHANGED,
		UNIT_ADDED_TO_GROUP, UNIT_REMOVED_FROM_GROUP, RULES_CHANGED, GRADING_CHANGED,
		UNIT_ADDED, UNIT_REMOVED,
		/** The title, level, credits, GLH, TQT, sector code, assessment or grade scale of a unit. */
		UNIT_CHANGED,
		OUTCOME_ADDED, OUTCOME_REMOVED, OUTCOME_REWORDED, CRITERION_ADDED, CRITERION_REMOVED, CRITERION_REWORDED;

		/** As JSON writes it: "unit-added-to-group". */
		public String word() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** Whether the change is about a unit of a library rather than about a qualification. */
		public boolean inLibrary() {
			return ordinal() >= UNIT_ADDED.ordinal();
		}
	}

	/** Where the change is: "500/8625/X" or "library ocr.customerservice.nvq". */
	public String place() {
		return qualification != null ? qualification : "library " + library;
	}

	/**
	 * What changed, in one line: "unit F/601/1609 credits changed from 4 to 5", "unit L/601/1614 added to group B",
	 * "rules of combination changed". Texts (wordings, rewordings) are in {@link #before()} and {@link #after()}.
	 */
	public String summary() {
		String unitPart = unit == null ? "" : "unit " + unit + (item == null ? "" : " ");
		String subject = unitPart + (item == null ? "" : item);
		return switch (kind) {
			case QUALIFICATION_ADDED -> "qualification added: " + after;
			case QUALIFICATION_REMOVED -> "qualification removed: " + before;
			case QUALIFICATION_CHANGED, VERSION_CHANGED, DATE_CHANGED, UNIT_CHANGED ->
				(subject.isEmpty() ? "" : subject + " ") + field + " " + fromTo();
			case UNIT_ADDED_TO_GROUP -> subject + titled(after) + " added to " + groupName();
			case UNIT_REMOVED_FROM_GROUP -> subject + titled(before) + " removed from " + groupName();
			case RULES_CHANGED -> "rules of combination changed";
			case GRADING_CHANGED -> "grading changed";
			case UNIT_ADDED -> subject + titled(after) + " added";
			case UNIT_REMOVED -> subject + titled(before) + " removed";
			case OUTCOME_ADDED, CRITERION_ADDED -> subject + " added: " + after;
			case OUTCOME_REMOVED, CRITERION_REMOVED -> subject + " removed (was: " + before + ")";
			case OUTCOME_REWORDED, CRITERION_REWORDED -> subject + " reworded";
		};
	}

	/** Whether {@link #before()} and {@link #after()} are texts shown in full under the summary. */
	public boolean hasTexts() {
		return switch (kind) {
			case RULES_CHANGED, GRADING_CHANGED, OUTCOME_REWORDED, CRITERION_REWORDED -> true;
			default -> false;
		};
	}

	private static String titled(String title) {
		return title == null ? "" : " \"" + title + "\"";
	}

	private String groupName() {
		return group == null ? "the units outside any group" : "group " + group;
	}

	private String fromTo() {
		if (before == null) {
			return "stated: " + after;
		}
		if (after == null) {
			return "no longer stated (was " + before + ")";
		}
		return "changed from " + before + " to " + after;
	}
}
