package io.qualspec.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import io.qualspec.qualspec.Unit;
import io.qualspec.qualspec.UnitLibrary;

/**
 * A unit's new reference number, for Rename Unit in the workbench and the language server: whether a number can be
 * it, and where the old one is written.
 */
public final class NewUnitNumber {

	private NewUnitNumber() {
	}

	/**
	 * Why a reference number cannot be the unit's new one (its shape and check letter by the rules the validator
	 * applies, and not a number its library already describes), or null when it can.
	 */
	public static String problem(Unit unit, String urn) {
		Matcher number = CheckCharacters.UNIT_REFERENCE_NUMBER.matcher(urn);
		if (!number.matches()) {
			return "A unit reference number is a check letter, three digits and four digits: L/ddd/dddd.";
		}
		String corrected = CheckCharacters.correctedUnitReferenceNumber(urn);
		if (!corrected.equals(urn)) {
			return "The check letter of " + number.group(2) + "/" + number.group(3) + " is " + corrected.charAt(0) + ": "
					+ corrected + ".";
		}
		if (urn.equals(unit.getName())) {
			return urn + " is the unit's reference number now.";
		}
		if (unit.eContainer() instanceof UnitLibrary library && library.getUnits().stream().anyMatch(u -> urn.equals(u.getName()))) {
			return library.getName() + " already describes a unit " + urn + ".";
		}
		return null;
	}

	/** Where a number is written at the end of a name or reference ("F/601/1609", "ocr.customerservice.nvq.F/601/1609"). */
	public static Optional<ITextRegion> writtenAtEnd(INode node, String number) {
		List<ILeafNode> leaves = new ArrayList<>();
		node.getLeafNodes().forEach(leaf -> {
			if (!leaf.isHidden()) {
				leaves.add(leaf);
			}
		});
		String written = "";
		for (int i = leaves.size() - 1; i >= 0 && written.length() < number.length(); i--) {
			written = leaves.get(i).getText() + written;
			if (written.equals(number)) {
				int start = leaves.get(i).getOffset();
				return Optional.of(new TextRegion(start, leaves.get(leaves.size() - 1).getEndOffset() - start));
			}
		}
		return Optional.empty();
	}
}
