package io.qualspec.generators.tests;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Reads the markup the HTML templates write: the structure tables ({@code <table class="structure ..."
 * data-group="A" data-group-kind="mandatory">}, one {@code <tr class="unit" data-urn=... data-credits=...>}
 * per unit, cells marked {@code data-col="urn"}) and the document as XML (the PDF renderer parses it so).
 */
final class GeneratedHtml {

	private static final Pattern TABLE = Pattern.compile("<table class=\"structure[^\"]*\"([^>]*)>(.*?)</table>", Pattern.DOTALL);
	private static final Pattern ROW = Pattern.compile("<tr class=\"unit\"([^>]*)>(.*?)</tr>", Pattern.DOTALL);
	private static final Pattern CELL = Pattern.compile("<(td|th)\\b[^>]*\\bdata-col=\"([a-z]+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);
	private static final Pattern ATTRIBUTE = Pattern.compile("\\b(data-[a-z-]+)=\"([^\"]*)\"");
	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private GeneratedHtml() {
	}

	/** A structure table: its data attributes and its unit rows. */
	record Table(Map<String, String> attributes, List<UnitRow> rows) {
		String group() {
			return attributes.getOrDefault("data-group", "");
		}
	}

	/** A unit row: its data attributes and the visible text of each marked cell, by column key. */
	record UnitRow(Map<String, String> attributes, Map<String, String> cells) {
		String data(String name) {
			return attributes.getOrDefault("data-" + name, "");
		}
	}

	static List<Table> structureTables(String html) {
		List<Table> tables = new ArrayList<>();
		Matcher table = TABLE.matcher(html);
		while (table.find()) {
			List<UnitRow> rows = new ArrayList<>();
			Matcher row = ROW.matcher(table.group(2));
			while (row.find()) {
				Map<String, String> cells = new LinkedHashMap<>();
				Matcher cell = CELL.matcher(row.group(2));
				while (cell.find()) {
					cells.put(cell.group(2), text(cell.group(3)));
				}
				rows.add(new UnitRow(attributes(row.group(1)), cells));
			}
			tables.add(new Table(attributes(table.group(1)), rows));
		}
		return tables;
	}

	private static Map<String, String> attributes(String markup) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(markup);
		while (attribute.find()) {
			attributes.put(attribute.group(1), unescape(attribute.group(2)));
		}
		return attributes;
	}

	/** The text of an HTML fragment: tags removed, character references resolved, spaces collapsed. */
	static String text(String fragment) {
		return unescape(TAG.matcher(fragment).replaceAll(" ")).replaceAll("\\s+", " ").strip();
	}

	static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&amp;", "&");
	}

	/** Parses the document as XML: it must be well formed for the PDF renderer (openhtmltopdf). */
	static Document xml(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setValidating(false);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
	}
}
