package org.socialsim.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.socialsim.attempt.work.ChartSpec;
import org.socialsim.base.ui.KpiChart;

/**
 * A dashboard chart with its title, its summary in words and its numbers as a table that opens on demand: a chart
 * alone says nothing to a screen reader, and a student citing numbers in the evaluation wants them exact.
 */
public final class ChartFigure extends Div {

    final KpiChart chart;
    final NativeTable table = new NativeTable();
    final NativeDetails details;
    private final ChartSpec spec;

    public ChartFigure(ChartSpec spec) {
        this.spec = spec;
        setId(spec.id());
        addClassName("chart-figure");
        H4 title = new H4(spec.title());
        chart = new KpiChart(spec.summary(), spec.option());
        Paragraph summary = new Paragraph(spec.summary());
        summary.addClassName("chart-summary");
        table.addClassName("chart-table");
        details = new NativeDetails(getTranslation("weeks.chart.table", spec.title()));
        details.addClassName("chart-data");
        // The table is built when first opened: a crisis timeline has hundreds of cells, and most students never open
        // most tables, so sending them all with every week's page would slow the step down for nothing.
        details.addToggleListener(toggle -> {
            if (toggle.isOpened()) {
                fillTable();
            }
        });
        add(title, chart, summary, details);
    }

    /** Fills the data table (once) and shows it. */
    void fillTable() {
        if (table.getElement().getChildCount() > 0) {
            return;
        }
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        for (String column : spec.columns()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        }
        head.add(headings);
        NativeTableBody body = new NativeTableBody();
        for (var row : spec.rows()) {
            NativeTableRow tableRow = new NativeTableRow();
            for (String value : row) {
                tableRow.add(new NativeTableCell(value));
            }
            body.add(tableRow);
        }
        table.add(head, body);
        details.setContent(table);
    }
}
