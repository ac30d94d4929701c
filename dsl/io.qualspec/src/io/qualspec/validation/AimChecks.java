package io.qualspec.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.CriterionGrade;
import io.qualspec.qualspec.GradingCriterion;
import io.qualspec.qualspec.LearningAim;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Unit;

/**
 * Learning aims of BTEC-style units and the grading criteria coded by them (A.P1, AB.D1): aims lettered once
 * each, every criterion code naming declared aims and its own grade's letter, codes with aims in a unit with
 * aims and without in a unit without, every aim with a pass criterion, and codes used once. Cheap, local
 * checks: they run while typing.
 */
public class AimChecks extends QualspecChecks {

	@Check
	public void checkAims(Unit unit) {
		Map<String, LearningAim> aims = new HashMap<>();
		for (LearningAim aim : unit.getAims()) {
			LearningAim first = aim.getLetter() == null ? null : aims.putIfAbsent(aim.getLetter(), aim);
			if (first != null) {
				report("Learning aim " + aim.getLetter() + " is already declared in this unit (line " + line(first)
						+ "); letter the aims A, B, C... once each.", aim, Literals.LEARNING_AIM__LETTER,
						QualspecIssueCodes.DUPLICATE_AIM);
			}
		}
		Map<String, GradingCriterion> codes = new HashMap<>();
		for (GradingCriterion criterion : unit.getGradingCriteria()) {
			if (criterion.getCode() == null) {
				continue;
			}
			GradingCriterion first = codes.putIfAbsent(criterion.getCode(), criterion);
			if (first != null) {
				report("Criterion " + criterion.getCode() + " is already in this unit (line " + line(first)
						+ "); number the criteria of each grade 1, 2, 3... once each.", criterion,
						Literals.GRADING_CRITERION__CODE, QualspecIssueCodes.DUPLICATE_CRITERION_CODE);
			}
			checkCode(unit, criterion, aims.keySet());
		}
		if (unit.getGradingCriteria().isEmpty()) {
			return; // criteria not written (yet, or an externally assessed unit): nothing to pass
		}
		for (LearningAim aim : unit.getAims()) {
			boolean passed = unit.getGradingCriteria().stream().anyMatch(c -> c.getGrade() == CriterionGrade.PASS
					&& names(aimLetters(c.getCode()), aim.getLetter()));
			if (aim.getLetter() != null && !passed) {
				report("Learning aim " + aim.getLetter() + " has no pass criterion: a learner passes a unit by meeting a pass "
						+ "criterion of every aim; add \"pass criterion " + aim.getLetter() + ".P1 ...\" (numbered after the "
						+ "unit's other pass criteria).", aim, Literals.LEARNING_AIM__LETTER, QualspecIssueCodes.AIM_WITHOUT_PASS);
			}
		}
	}

	/** "merit criterion A.M2": the aims of the code are declared, and the letter after the dot is the grade's. */
	private void checkCode(Unit unit, GradingCriterion criterion, Set<String> aims) {
		String code = criterion.getCode();
		String letters = aimLetters(code);
		String local = letters.isEmpty() ? code : code.substring(letters.length() + 1);
		if (aims.isEmpty() && !letters.isEmpty()) {
			report("Criterion " + code + " is coded by learning aim " + letters + ", but the unit declares no aims: declare "
					+ "the aims (aim " + letters.charAt(0) + " \"...\") or write the code without them, " + local + ".", criterion,
					Literals.GRADING_CRITERION__CODE, QualspecIssueCodes.CRITERION_AIM_CODING, local);
		} else if (!aims.isEmpty() && letters.isEmpty()) {
			report("Criterion " + code + " names no learning aim, but the unit's criteria are coded by aim: write the letter "
					+ "of the aim it assesses, such as " + aims.stream().sorted().findFirst().orElseThrow() + "." + code + ".",
					criterion, Literals.GRADING_CRITERION__CODE, QualspecIssueCodes.CRITERION_AIM_CODING);
		} else if (!aims.isEmpty()) {
			List<String> unknown = aimsNamed(letters, aims).stream().filter(aim -> !aims.contains(aim)).toList();
			if (!unknown.isEmpty()) {
				report("Criterion " + code + " names learning aim" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
						+ ", which the unit does not declare (it declares " + aims.stream().sorted().collect(Collectors.joining(", "))
						+ "): correct the code or declare the aim.", criterion, Literals.GRADING_CRITERION__CODE,
						QualspecIssueCodes.CRITERION_UNKNOWN_AIM);
			}
		}
		if (criterion.getGrade() == null || local.isEmpty()) {
			return;
		}
		char expected = switch (criterion.getGrade()) {
			case PASS -> 'P';
			case MERIT -> 'M';
			case DISTINCTION -> 'D';
		};
		if (local.charAt(0) != expected) {
			String corrected = (letters.isEmpty() ? "" : letters + ".") + expected + local.substring(1);
			report("Criterion " + code + " is a " + criterion.getGrade().getLiteral() + " criterion, but its code's letter "
					+ local.charAt(0) + " is not " + expected + ": write " + corrected + ", or make it the criterion of the "
					+ "grade its code names.", criterion, Literals.GRADING_CRITERION__CODE,
					QualspecIssueCodes.CRITERION_GRADE_LETTER, corrected);
		}
	}

	/** The aim letters of a code: "AB" for AB.D1, empty for P1. */
	private static String aimLetters(String code) {
		int dot = code == null ? -1 : code.indexOf('.');
		return dot < 0 ? "" : code.substring(0, dot);
	}

	/** The aims "AB" names: A and B where the aims are single letters, else the aim "AB". */
	private static List<String> aimsNamed(String letters, Set<String> aims) {
		if (aims.contains(letters) || aims.stream().anyMatch(aim -> aim.length() != 1)) {
			return List.of(letters);
		}
		return letters.chars().mapToObj(c -> String.valueOf((char) c)).distinct().toList();
	}

	private static boolean names(String letters, String aim) {
		return !letters.isEmpty() && aim != null && (letters.equals(aim) || aim.length() == 1 && letters.contains(aim));
	}
}
