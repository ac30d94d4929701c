package io.qualspec.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.qualspec.qualspec.AgeBand;
import io.qualspec.qualspec.Framework;
import io.qualspec.qualspec.Qualification;
import io.qualspec.qualspec.QualificationStatus;
import io.qualspec.qualspec.QualspecPackage.Literals;
import io.qualspec.qualspec.Version;

/**
 * What a regulator expects a specification to state about a qualification and its life: its size, the version
 * and issue date of the document, lifecycle dates in a possible order, and the UK age bands (pre-16, 16-18, 19+).
 * Dates keep their printed precision; a year-only date is "sometime that year", so an order is reported only
 * when it is certain. Size and version are expected of a qualification that states its framework (RQF or QCF):
 * the framework says what the regulator publishes of it; one without (an Access to HE Diploma, a BTEC
 * International, a sketch of a structure) is not held to it.
 */
public class LifecycleChecks extends QualspecChecks {

	/** A date as printed: 2018, 2018-09 or 2018-09-01; month and day null where not printed. */
	record PrintedDate(String text, int year, Integer month, Integer day) {

		/** The date, or null where the text is not a date. */
		static PrintedDate parse(String text) {
			if (text == null || !text.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
				return null;
			}
			String[] parts = text.split("-");
			return new PrintedDate(text, Integer.parseInt(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null,
					parts.length > 2 ? Integer.valueOf(parts[2]) : null);
		}

		/** Whether this date is before the other whatever days the less precise of the two stands for. */
		boolean certainlyBefore(PrintedDate other) {
			if (year != other.year) {
				return year < other.year;
			}
			if (month == null || other.month == null || !month.equals(other.month)) {
				return month != null && other.month != null && month < other.month;
			}
			return day != null && other.day != null && day < other.day;
		}
	}

	/**
	 * Two lifecycle dates in the order they must come, and what it means when they do not; reported at the date
	 * a reader would correct: the closing one ("Last entry ... is after last certification ...") when the
	 * earlier is a closing date, the opening one otherwise ("Last entry ... is before first registration ...").
	 */
	private record Order(String earlierName, EStructuralFeature earlier, String laterName, EStructuralFeature later,
			String consequence) {

		boolean reportedAtEarlier() {
			return earlier != Literals.QUALIFICATION__FIRST_REGISTRATION;
		}
	}

	private static final List<Order> ORDERS = List.of(
			new Order("first registration", Literals.QUALIFICATION__FIRST_REGISTRATION, "last entry",
					Literals.QUALIFICATION__LAST_ENTRY, "no learner could ever be registered"),
			new Order("first registration", Literals.QUALIFICATION__FIRST_REGISTRATION, "last certification",
					Literals.QUALIFICATION__LAST_CERTIFICATION, "no learner could ever be certificated"),
			new Order("first teaching", Literals.QUALIFICATION__FIRST_TEACHING, "last certification",
					Literals.QUALIFICATION__LAST_CERTIFICATION, "no learner taught could be certificated"),
			new Order("last entry", Literals.QUALIFICATION__LAST_ENTRY, "last certification",
					Literals.QUALIFICATION__LAST_CERTIFICATION, "a learner could register after certification has closed"));

	/** GLH, and TQT; a QCF qualification is sized by its credits instead of a TQT. */
	@Check
	public void checkSizeStated(Qualification qualification) {
		if (!qualification.isSetFramework()) {
			return;
		}
		boolean qcf = qualification.getFramework() == Framework.QCF;
		List<String> missing = new ArrayList<>();
		if (qualification.getGlh() == null) {
			missing.add("GLH");
		}
		if (qcf ? qualification.getCredits() == null : qualification.getTqt() == null) {
			missing.add(qcf ? "credits" : "TQT");
		}
		if (!missing.isEmpty()) {
			report(name(qualification) + " states no " + String.join(" or ", missing) + ": a specification gives the "
					+ "qualification's size as the regulator publishes it, e.g. glh 120, " + (qcf ? "credits 18" : "tqt 180") + ".",
					qualification, identifying(qualification), QualspecIssueCodes.SIZE_MISSING);
		}
	}

	@Check
	public void checkVersionStated(Qualification qualification) {
		if (!qualification.isSetFramework()) {
			return;
		}
		if (qualification.getVersions().isEmpty()) {
			report(name(qualification) + " states no version of its specification: write the version and issue date the "
					+ "document prints, e.g. version \"4\" issued 2019-02.", qualification, identifying(qualification),
					QualspecIssueCodes.VERSION_MISSING);
		} else if (qualification.getVersions().get(0).getIssued() == null) {
			Version current = qualification.getVersions().get(0);
			report("Version \"" + current.getName() + "\" has no issue date: write the date the document prints, "
					+ "e.g. version \"" + current.getName() + "\" issued 2019-02.", current,
					Literals.VERSION__NAME, QualspecIssueCodes.VERSION_MISSING);
		}
	}

	/** The history is newest first (the first version is the current one), each version once. */
	@Check
	public void checkVersionHistory(Qualification qualification) {
		List<Version> versions = qualification.getVersions();
		for (int i = 1; i < versions.size(); i++) {
			Version version = versions.get(i);
			for (int j = 0; j < i; j++) {
				if (version.getName().equals(versions.get(j).getName())) {
					report("Version \"" + version.getName() + "\" is written twice: give each version once, with all its changes.",
							version, Literals.VERSION__NAME, QualspecIssueCodes.VERSION_HISTORY);
				}
			}
			PrintedDate newer = PrintedDate.parse(versions.get(i - 1).getIssued());
			PrintedDate older = PrintedDate.parse(version.getIssued());
			if (newer != null && older != null && newer.certainlyBefore(older)) {
				report("Version \"" + version.getName() + "\" issued " + older.text() + " is written after version \""
						+ versions.get(i - 1).getName() + "\" issued " + newer.text()
						+ ": write the versions newest first, the current version first.", version, Literals.VERSION__ISSUED,
						QualspecIssueCodes.VERSION_HISTORY);
			}
		}
	}

	@Check
	public void checkLifecycleOrder(Qualification qualification) {
		for (Order order : ORDERS) {
			PrintedDate earlier = date(qualification, order.earlier());
			PrintedDate later = date(qualification, order.later());
			if (earlier != null && later != null && later.certainlyBefore(earlier)) {
				String message = order.reportedAtEarlier()
						? capitalised(order.earlierName()) + " " + earlier.text() + " is after " + order.laterName() + " " + later.text()
						: capitalised(order.laterName()) + " " + later.text() + " is before " + order.earlierName() + " " + earlier.text();
				report(message + ": " + order.consequence() + ".", qualification,
						order.reportedAtEarlier() ? order.earlier() : order.later(), QualspecIssueCodes.LIFECYCLE_ORDER);
			}
		}
	}

	@Check
	public void checkOpenStatus(Qualification qualification) {
		PrintedDate certification = PrintedDate.parse(qualification.getLastCertification());
		PrintedDate issued = qualification.getVersions().isEmpty() ? null
				: PrintedDate.parse(qualification.getVersions().get(0).getIssued());
		if (qualification.isSetStatus() && qualification.getStatus() == QualificationStatus.OPEN && certification != null
				&& issued != null && certification.certainlyBefore(issued)) {
			report(name(qualification) + " is documented as open but its certification ended (last certification "
					+ certification.text() + ") before this version was issued (" + issued.text()
					+ "): write the status the document's date gives, status closed-for-certification, or correct the date.",
					qualification, Literals.QUALIFICATION__STATUS, QualspecIssueCodes.OPEN_AFTER_CERTIFICATION);
		}
	}

	/** "18+" overlaps the 16-18 band; with no "19+" beside it, it is almost always 19+ shifted by a year. */
	@Check
	public void checkAgeBands(Qualification qualification) {
		List<AgeBand> bands = qualification.getAgeBands();
		int over18 = bands.indexOf(AgeBand.OVER18);
		if (over18 >= 0 && !bands.contains(AgeBand.OVER19)) {
			report("Age band 18+ overlaps 16-18: the UK bands are pre-16, 16-18 and 19+; write 19+.", qualification,
					Literals.QUALIFICATION__AGE_BANDS, over18, QualspecIssueCodes.AGE_BAND_SHIFTED, AgeBand.OVER19.getLiteral());
		}
	}

	private static PrintedDate date(Qualification qualification, EStructuralFeature feature) {
		return PrintedDate.parse((String) qualification.eGet(feature));
	}

	/** "Qualification 500/8625/X", or its title where it has no identifier. */
	private static String name(Qualification qualification) {
		return qualification.getName() != null ? "Qualification " + qualification.getName()
				: "Qualification \"" + qualification.getTitle() + "\"";
	}

	private static EStructuralFeature identifying(Qualification qualification) {
		return qualification.getName() != null ? Literals.ELEMENT__NAME : Literals.ELEMENT__TITLE;
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
