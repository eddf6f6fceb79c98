package org.socialsim.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain table of numbers for the reports: a caption, column headings and rows whose first cell heads the row, so a
 * screen reader reads "Strategy, Same level, 2 of 3" rather than loose numbers.
 */
final class ReportTable extends NativeTable {

    private final NativeTableBody body = new NativeTableBody();

    ReportTable(String id, String caption, List<String> columns) {
        setId(id);
        addClassName("report-table");
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        tableCaption.addClassName("report-caption");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        }
        head.add(headings);
        add(tableCaption, head, body);
    }

    /** Adds a row headed by {@code heading}; returns it so a caller can mark it (e.g. as flagged). */
    NativeTableRow row(String heading, List<String> cells) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell head = new NativeTableHeaderCell(heading);
        head.getElement().setAttribute("scope", "row");
        row.add(head);
        for (String value : cells) {
            row.add(new NativeTableCell(value));
        }
        body.add(row);
        return row;
    }

    /** Adds a row whose cells are components (links, badges). */
    NativeTableRow row(String heading, Component... cells) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell head = new NativeTableHeaderCell(heading);
        head.getElement().setAttribute("scope", "row");
        row.add(head);
        for (Component value : cells) {
            row.add(new NativeTableCell(value));
        }
        body.add(row);
        return row;
    }
}
