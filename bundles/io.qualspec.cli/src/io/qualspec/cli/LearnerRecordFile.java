package io.qualspec.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.qualspec.rules.json.RuleSetFormatException;
import io.qualspec.rules.json.RuleSetJson;
import io.qualspec.rules.model.Grade;
import io.qualspec.rules.model.LearnerRecord;

/**
 * A learner record file, JSON or CSV (by its extension), read as UTF-8 with or without a byte order mark.
 * Every problem is a {@link Problem} whose message is a sentence for the user: the file cannot be read, or
 * "line N: ..." (CSV) or "$.results[1].unit: ..." (JSON) — never the text of a library's exception.
 */
final class LearnerRecordFile {

	/** A learner record that cannot be read or is not valid; the message says why, in the user's terms. */
	static final class Problem extends Exception {
		private static final long serialVersionUID = 1L;

		Problem(String message) {
			super(message);
		}
	}

	private static final String GRADES = "achieved, not-achieved, pass, merit, distinction, distinction-star, unclassified, fail";

	private LearnerRecordFile() {
	}

	/**
	 * The record in a file.
	 *
	 * @throws Problem       when the file is not valid (the message is "line N: ..." or a JSON path)
	 * @throws UnreadableFile when there is no such file or it cannot be read
	 */
	static LearnerRecord read(Path file) throws Problem, UnreadableFile {
		String text = withoutByteOrderMark(utf8(file));
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
			return csv(file.getFileName().toString(), text);
		}
		try {
			return RuleSetJson.readLearnerRecord(text);
		} catch (RuleSetFormatException e) {
			throw new Problem(e.getMessage());
		}
	}

	/** A file that is missing or cannot be read; the message is the reason ("no such file"). */
	static final class UnreadableFile extends Exception {
		private static final long serialVersionUID = 1L;

		UnreadableFile(String reason) {
			super(reason);
		}
	}

	private static String utf8(Path file) throws Problem, UnreadableFile {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new UnreadableFile("no such file");
		} catch (AccessDeniedException e) {
			throw new UnreadableFile("permission denied");
		} catch (IOException e) {
			throw new UnreadableFile(Files.isDirectory(file) ? "it is a folder" : "the file cannot be read");
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new Problem("line " + line(bytes, in.position()) + ": not UTF-8 text (save the record as UTF-8)");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** The line (from 1) of a byte offset. */
	private static int line(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/** Spreadsheet programs save "CSV UTF-8" with a byte order mark, which would otherwise be part of the first column's name. */
	private static String withoutByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Columns unit, results (attempts in order, separated by ';'), criteria (optional, separated by ';'). */
	private static LearnerRecord csv(String name, String text) throws Problem {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		List<LearnerRecord.UnitResult> results = new ArrayList<>();
		Map<String, Long> lines = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			if (!parser.getHeaderNames().containsAll(List.of("unit", "results"))) {
				throw new Problem("line 1: the header must name the columns unit and results (and optionally criteria)");
			}
			try {
				for (CSVRecord row : parser) {
					long line = row.getRecordNumber() + 1; // the header is line 1
					String unit = row.isSet("unit") ? row.get("unit") : "";
					if (unit.isEmpty()) {
						throw new Problem("line " + line + ": no unit");
					}
					Long earlier = lines.putIfAbsent(unit, line);
					if (earlier != null) {
						throw new Problem("line " + line + ": a second result for unit \"" + unit + "\" (also line " + earlier
								+ "); give every attempt in one row, separated by ';'");
					}
					List<Grade> attempts = new ArrayList<>();
					for (String word : split(row.isSet("results") ? row.get("results") : "")) {
						attempts.add(Grade.fromWord(word).orElseThrow(
								() -> new Problem("line " + line + ": '" + word + "' is not a grade (" + GRADES + ")")));
					}
					List<String> criteria = row.isSet("criteria") ? split(row.get("criteria")) : List.of();
					results.add(new LearnerRecord.UnitResult(unit, attempts, criteria));
				}
			} catch (UncheckedIOException | IllegalStateException e) {
				// Commons CSV reports a malformed quoted value this way
				throw new Problem("line " + parser.getCurrentLineNumber()
						+ ": not valid CSV (a value in quotes must end with a quote; a quote inside it is written twice)");
			}
		} catch (IOException | IllegalArgumentException e) {
			// the header itself is malformed or names a column twice
			throw new Problem("line 1: the header is not a valid CSV header of distinct column names");
		}
		return new LearnerRecord(name, results);
	}

	private static List<String> split(String cell) {
		return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
