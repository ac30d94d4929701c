package io.qualspec.generators.document;

import java.util.List;

/** The index page of a generated output folder: each qualification and unit with the files written for it. */
public record Index(String title, List<Entry> qualifications, List<Entry> units) {

	public Index {
		qualifications = List.copyOf(qualifications);
		units = List.copyOf(units);
	}

	/** A generated file: its path relative to the output folder and a label ("Handbook (PDF)"). */
	public record File(String path, String label) {
	}

	/** A qualification or unit ({@code subtitle}: its awarding organisation or unit library) with its files. */
	public record Entry(String title, String subtitle, List<File> files) {
		public Entry {
			files = List.copyOf(files);
		}
	}
}
