package io.qualspec.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The unit tables of the example handbooks (docs/handbooks.md), one per qualification, as the handbooks print them
 * (fixtures/handbook-tables/qn-*.csv, with the titles of qualifications.csv; the folder's
 * README names the handbook and section of each).
 */
public final class HandbookTables {

	/** One printed row: every cell as printed, empty where the table prints nothing. */
	public record Row(String qualificationNumber, String group, String groupKind, String unitNo, String sectorUnitNo,
			String title, String urn, String credits, String level, String glh, String assessment) {
	}

	/** The table of one qualification, its rows in printed order, with the title the handbook prints. */
	public record Table(String qualificationNumber, String title, List<Row> rows) {

		/** The qualification number, so that a parameterised test names the table by it. */
		@Override
		public String toString() {
			return qualificationNumber;
		}
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private HandbookTables() {
	}

	/** The tables of all 11 example qualifications, in file name order. */
	public static List<Table> all() {
		Map<String, String> titles = read(Repository.fixture("handbook-tables/qualifications.csv")).stream()
				.collect(Collectors.toMap(record -> record.get("qualification_number"), record -> record.get("title")));
		try (Stream<Path> files = Files.list(Repository.fixture("handbook-tables"))) {
			return files.filter(file -> file.getFileName().toString().matches("qn-.*\\.csv")).sorted().map(file -> {
				List<Row> rows = read(file).stream().map(HandbookTables::row).toList();
				String number = rows.get(0).qualificationNumber();
				return new Table(number, titles.get(number), rows);
			}).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The table of one qualification. */
	public static Table of(String qualificationNumber) {
		return all().stream().filter(table -> table.qualificationNumber().equals(qualificationNumber)).findFirst()
				.orElseThrow(() -> new AssertionError("no handbook table of " + qualificationNumber));
	}

	private static List<CSVRecord> read(Path file) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, FORMAT)) {
			return parser.getRecords();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Row row(CSVRecord record) {
		return new Row(record.get("qualification_number"), record.get("group"), record.get("group_kind"), record.get("unit_no"),
				record.get("sector_unit_no"), record.get("title"), record.get("urn"), record.get("credits"), record.get("level"),
				record.get("glh"), record.get("assessment"));
	}
}
