package io.qualspec.generators.register;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.qualspec.catalogue.Catalogue;
import io.qualspec.catalogue.QualificationProfile;
import io.qualspec.catalogue.QualificationProfile.Lifecycle;
import io.qualspec.catalogue.ResolvedQualification;
import io.qualspec.generators.tables.StructureTables;
import io.qualspec.rules.model.RuleSet.DeclaredSize;

/**
 * The qualification facts an awarding organisation submits to the Ofqual register, shaped like the register's own
 * qualification data set ({@link RegisterColumns}): one row per qualification, under the register's column names,
 * so that the register import reads it back. A fact the specification does not state is an empty cell.
 *
 * <ul>
 * <li>Level: "Entry Level" or "Level N". Status: the register's "Available to learners" for {@code status open},
 * {@value RegisterColumns#CLOSED_FOR_ENTRY} and {@value RegisterColumns#NO_LONGER_AWARDED} for the two closed
 * states.</li>
 * <li>GLH: a stated figure in "Guided Learning Hours"; a minimum ({@code glh at least 192}) in the minimum column, a
 * maximum in the maximum column, a range in both.</li>
 * <li>Dates as the register prints them, day/month/year ("01/09/2018"): first registration is the operational start
 * date, last entry the operational end date, last certification the certification end date. A date the specification
 * states to the month or year only is written as it states it ("2018-09"), since the register has no such date.</li>
 * </ul>
 * Text is made spreadsheet-safe as in the structure tables ({@link StructureTables#csvText}).
 */
public final class RegisterExport {

	private static final DateTimeFormatter REGISTER_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private RegisterExport() {
	}

	/** One qualification's row under the header. */
	public static void writeCsv(ResolvedQualification qualification, Writer out) throws IOException {
		write(List.of(qualification), out);
	}

	/** Every qualification of a catalogue, a row each, under one header. */
	public static void writeCsv(Catalogue catalogue, Writer out) throws IOException {
		write(catalogue.qualifications(), out);
	}

	private static void write(List<ResolvedQualification> qualifications, Writer out) throws IOException {
		@SuppressWarnings("resource") // not closed: that would close the caller's writer
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		printer.printRecord(RegisterColumns.ALL);
		for (ResolvedQualification qualification : qualifications) {
			List<String> cells = new ArrayList<>();
			for (Object value : row(qualification)) {
				cells.add(value == null ? "" : value instanceof String text ? StructureTables.csvText(text) : value.toString());
			}
			printer.printRecord(cells);
		}
		printer.flush();
	}

	private static List<Object> row(ResolvedQualification qualification) {
		QualificationProfile profile = qualification.profile();
		DeclaredSize size = profile.declared();
		Lifecycle lifecycle = profile.lifecycle();
		boolean range = size.glhUpTo() != null;
		Integer glh = size.glh() != null && !range && !size.glhAtLeast() && !size.glhAtMost() ? size.glh() : null;
		Integer minimum = size.glh() != null && (range || size.glhAtLeast()) ? size.glh() : null;
		Integer maximum = range ? size.glhUpTo() : size.glhAtMost() ? size.glh() : null;
		var organisation = qualification.organisation();
		return Arrays.asList(
				qualification.identifiedBy() == ResolvedQualification.IdentifiedBy.QUALIFICATION_NUMBER ? qualification.number() : null,
				qualification.title(), organisation == null ? null : organisation.title(),
				organisation == null ? null : organisation.name(), level(profile.level()), size.credits(), profile.sector(),
				status(lifecycle.status()), date(lifecycle.firstRegistration()), date(lifecycle.lastEntry()),
				date(lifecycle.lastCertification()), minimum, maximum, size.tqt(), glh);
	}

	private static String level(Integer level) {
		return level == null ? null : level == 0 ? "Entry Level" : "Level " + level;
	}

	private static String status(QualificationProfile.Status status) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case OPEN -> RegisterColumns.AVAILABLE;
			case CLOSED_FOR_ENTRY -> RegisterColumns.CLOSED_FOR_ENTRY;
			case CLOSED_FOR_CERTIFICATION -> RegisterColumns.NO_LONGER_AWARDED;
		};
	}

	/** A full date as the register prints it (day/month/year); a month or a year as the specification states it. */
	private static String date(String iso) {
		return iso == null || iso.length() != 10 ? iso : LocalDate.parse(iso).format(REGISTER_DATE);
	}
}
