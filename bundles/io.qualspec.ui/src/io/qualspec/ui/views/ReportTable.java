package io.qualspec.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A two-column table of facts ("Valid selections" | "638"), as the analysis and learner views report. */
final class ReportTable {

	private final Table table;

	ReportTable(Composite parent, String firstHeading, String secondHeading) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn first = new TableColumn(table, SWT.LEFT);
		first.setText(firstHeading);
		first.setWidth(170);
		TableColumn second = new TableColumn(table, SWT.LEFT);
		second.setText(secondHeading);
		second.setWidth(640);
	}

	Table control() {
		return table;
	}

	void clear() {
		table.removeAll();
	}

	void row(String fact, String value) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(new String[] { fact, value });
		// the facts' labels are read whole ("Total qualification time (TQT), 10 hours per credit")
		table.getColumn(0).pack();
	}

	/** The rows as "fact: value" lines. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			lines.add(item.getText(0) + ": " + item.getText(1));
		}
		return lines;
	}
}
