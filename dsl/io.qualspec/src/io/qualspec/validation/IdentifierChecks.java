package io.qualspec.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.AssessmentType;
import io.qualspec.qualspec.Membership;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.ResitPolicy;
import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitGroup;
import io.qualspec.qualspec.UnitLibrary;
import io.qualspec.scoping.QualspecScopeProvider;

/**
 * Identifiers and codes: shape and check characters of qualification and unit
 * reference numbers (a number "registered as printed" against the rule is information), look-alike characters, entry codes, and identifiers used twice within their scope.
 * Cheap, local checks: they run while typing.
 */
public class IdentifierChecks extends QualspecChecks {

	@Check
	public void checkQualificationNumber(Qualification qualification) {
		String number = qualification.getName();
		if (qualification.isOwnCode()) {
			checkOwnCode(qualification, number, CheckCharacters.QUALIFICATION_NUMBER.matcher(number == null ? "" : number),
					"a qualification number", "qualification", Literals.ELEMENT__NAME);
			checkEntryCode(qualification);
			return;
		}
		if (number == null || !ascii(qualification, number, Literals.ELEMENT__NAME)) {
			return;
		}
		Matcher m = CheckCharacters.QUALIFICATION_NUMBER.matcher(number);
		if (!m.matches()) {
			report("A qualification number has the shape ddd/dddd/c (three digits, four digits, a check digit or X), not '"
					+ number + "'.", qualification, Literals.ELEMENT__NAME, QualspecIssueCodes.IDENTIFIER_SHAPE);
			return;
		}
		String digits = m.group(1) + m.group(2);
		char expected = CheckCharacters.qualificationCheck(digits);
		if (m.group(3).charAt(0) != expected && qualification.isRegisteredAsPrinted()) {
			report(number + " is registered as printed; by the check-character rule it would end in " + expected + ".",
					qualification, Literals.QUALIFICATION__REGISTERED_AS_PRINTED, QualspecIssueCodes.REGISTERED_AS_PRINTED);
		} else if (m.group(3).charAt(0) != expected) {
			int sum = CheckCharacters.weightedSum(digits);
			report("The check character of " + number + " should be " + expected + ": the weighted digit sum is " + sum
					+ " and " + sum + " mod 11 = " + (sum % 11) + (expected == 'X' ? " (written X)" : "") + "; if "
					+ number + " is registered so, write \"registered as printed\" in the qualification.",
					qualification, Literals.ELEMENT__NAME, QualspecIssueCodes.QUALIFICATION_CHECK_CHARACTER,
					CheckCharacters.correctedQualificationNumber(number));
		}
		checkEntryCode(qualification);
	}

	private void checkEntryCode(Qualification qualification) {
		if (qualification.getEntryCode() != null && ascii(qualification, qualification.getEntryCode(), Literals.QUALIFICATION__ENTRY_CODE)
				&& !qualification.getEntryCode().matches("\\d{5}")) {
			report("An entry code is a string of five digits, such as \"05894\", not \"" + qualification.getEntryCode() + "\".",
					qualification, Literals.QUALIFICATION__ENTRY_CODE, QualspecIssueCodes.ENTRY_CODE_SHAPE);
		}
	}

	@Check
	public void checkUnitReferenceNumber(Unit unit) {
		String urn = unit.getName();
		if (unit.isOwnCode()) {
			checkOwnCode(unit, urn, CheckCharacters.UNIT_REFERENCE_NUMBER.matcher(urn == null ? "" : urn),
					"a unit reference number", "unit", Literals.UNIT__NAME);
			return;
		}
		if (urn == null || !ascii(unit, urn, Literals.UNIT__NAME)) {
			return;
		}
		Matcher m = CheckCharacters.UNIT_REFERENCE_NUMBER.matcher(urn);
		if (!m.matches()) {
			report("A unit reference number has the shape L/ddd/dddd (a check letter, three digits, four digits), not '"
					+ urn + "'.", unit, Literals.UNIT__NAME, QualspecIssueCodes.IDENTIFIER_SHAPE);
			return;
		}
		char expected = CheckCharacters.unitLetter(m.group(2) + m.group(3));
		if (m.group(1).charAt(0) != expected && unit.isRegisteredAsPrinted()) {
			report(urn + " is registered as printed; by the check-letter rule it would start with " + expected + ".", unit,
					Literals.UNIT__REGISTERED_AS_PRINTED, QualspecIssueCodes.REGISTERED_AS_PRINTED);
		} else if (m.group(1).charAt(0) != expected) {
			int sum = CheckCharacters.weightedSum(m.group(2) + m.group(3));
			report("The check letter of " + urn + " should be " + expected + ": the weighted digit sum is " + sum + ", "
					+ sum + " mod 11 = " + (sum % 11) + ", and letter " + (sum % 11) + " of ADFHJKLMRTY (counting from 0) is "
					+ expected + "; if " + urn + " is registered so, write \"registered as printed\" in the unit.", unit,
					Literals.UNIT__NAME, QualspecIssueCodes.UNIT_CHECK_LETTER,
					CheckCharacters.correctedUnitReferenceNumber(urn));
		}
	}

	/**
	 * An awarding organisation's own code ("5CO01", "QAA140083") is a code as printed: not empty, without spaces
	 * at its ends, plain ASCII. A code of the form of an Ofqual number is the number itself, to be written as such
	 * so that its check character is checked.
	 */
	private void checkOwnCode(EObject element, String code, Matcher numberForm, String numberKind, String keyword,
			EStructuralFeature name) {
		if (code == null) {
			return;
		}
		if (code.isBlank() || !code.equals(code.strip())) {
			report("The code \"" + code + "\" " + (code.isBlank() ? "is empty" : "has spaces at its ends")
					+ ": write the awarding organisation's code as printed" + (code.isBlank() ? "" : ", \"" + code.strip() + "\"")
					+ ".", element, name, QualspecIssueCodes.OWN_CODE_SHAPE, code.strip());
			return;
		}
		if (!ascii(element, code, name)) {
			return;
		}
		if (numberForm.matches()) {
			report("\"" + code + "\" has the form of " + numberKind + ": write it as one, " + keyword + " "
					+ code + " without \"code\" and quotes, so that its check character is checked.", element,
					name, QualspecIssueCodes.OWN_CODE_IS_NUMBER, code);
		}
	}

	@Check
	public void checkMembershipCodes(Membership membership) {
		check(membership, membership.getNumber(), Literals.MEMBERSHIP__NUMBER);
		check(membership, membership.getSectorCode(), Literals.MEMBERSHIP__SECTOR_CODE);
		check(membership, membership.getAoReference(), Literals.MEMBERSHIP__AO_REFERENCE);
	}

	@Check
	public void checkGroupId(UnitGroup group) {
		check(group, group.getName(), Literals.UNIT_GROUP__NAME);
	}

	@Check
	public void checkUnitsOnceInALibrary(UnitLibrary library) {
		Map<String, Unit> seen = new HashMap<>();
		for (Unit unit : library.getUnits()) {
			Unit first = unit.getName() == null ? null : seen.putIfAbsent(unit.getName(), unit);
			if (first != null) {
				report("Unit " + unit.getName() + " is already described in this library (line " + line(first)
						+ "); describe a unit once and change it there.", unit, Literals.UNIT__NAME,
						QualspecIssueCodes.DUPLICATE_UNIT_IN_LIBRARY);
			}
		}
	}

	@Check
	public void checkNamesOnceInAQualification(Qualification qualification) {
		Map<String, UnitGroup> groups = new HashMap<>();
		for (UnitGroup group : qualification.getGroups()) {
			UnitGroup first = group.getName() == null ? null : groups.putIfAbsent(group.getName(), group);
			if (first != null) {
				report("Group " + group.getName() + " is already defined in this qualification (line " + line(first) + ").",
						group, Literals.UNIT_GROUP__NAME, QualspecIssueCodes.DUPLICATE_GROUP);
			}
		}
		Map<AssessmentType, ResitPolicy> resits = new EnumMap<>(AssessmentType.class);
		for (ResitPolicy policy : qualification.getResits()) {
			ResitPolicy first = resits.putIfAbsent(policy.getAssessment(), policy);
			if (first != null) {
				report("Resits for " + policy.getAssessment().getLiteral() + " units are already stated (line " + line(first)
						+ "); state the resits for each kind of assessment once.", policy,
						Literals.RESIT_POLICY__ASSESSMENT, QualspecIssueCodes.DUPLICATE_RESITS);
			}
		}
		Map<String, Membership> numbers = new HashMap<>();
		Map<String, Membership> references = new HashMap<>();
		Map<EObject, Membership> units = new IdentityHashMap<>();
		for (Membership membership : QualspecScopeProvider.allMemberships(qualification)) {
			Membership sameReference = membership.getAoReference() == null ? null
					: references.putIfAbsent(membership.getAoReference(), membership);
			if (sameReference != null) {
				report("Reference \"" + membership.getAoReference() + "\" is already given to another unit of this "
						+ "qualification (line " + line(sameReference) + "); an awarding organisation's unit references "
						+ "are unique.", membership, Literals.MEMBERSHIP__AO_REFERENCE, QualspecIssueCodes.DUPLICATE_AO_REFERENCE);
			}
			Membership first = membership.getNumber() == null ? null : numbers.putIfAbsent(membership.getNumber(), membership);
			if (first != null) {
				report("Unit number " + membership.getNumber() + " is already used in this qualification (line "
						+ line(first) + "); local numbers run 1..N once each.", membership, Literals.MEMBERSHIP__NUMBER,
						QualspecIssueCodes.DUPLICATE_LOCAL_NUMBER);
			}
			Unit unit = membership.getUnit();
			Membership sameUnit = unit == null || unit.eIsProxy() ? null : units.putIfAbsent(unit, membership);
			if (sameUnit != null) {
				report("Unit " + unit.getName() + " is already in this qualification (line " + line(sameUnit) + ").",
						membership, Literals.MEMBERSHIP__UNIT, QualspecIssueCodes.DUPLICATE_UNIT_IN_QUALIFICATION);
			}
		}
	}

	private void check(EObject object, String value, EStructuralFeature feature) {
		if (value != null) {
			ascii(object, value, feature);
		}
	}

	/**
	 * Reports the first character outside printable ASCII (a Cyrillic В for a Latin B, an en dash, a no-break
	 * space) with its Unicode name; returns whether the value is plain ASCII.
	 */
	private boolean ascii(EObject object, String value, EStructuralFeature feature) {
		for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
			int c = value.codePointAt(i);
			if (c < 0x20 || c > 0x7e) {
				report("'" + value + "' contains " + String.format("U+%04X %s", c, Character.getName(c))
						+ ", which is not ASCII: identifiers and codes are plain ASCII (a look-alike letter, dash or space "
						+ "makes them differ from the same code elsewhere).", object, feature, QualspecIssueCodes.LOOK_ALIKE_CHARACTER);
				return false;
			}
		}
		return true;
	}
}
