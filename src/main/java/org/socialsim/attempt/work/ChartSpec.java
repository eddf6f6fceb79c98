package org.socialsim.attempt.work;

import java.util.List;
import java.util.Map;

/**
 * One dashboard chart, ready to draw: the Apache ECharts option (plain maps and lists, serialised to JSON by the
 * chart component), a one-sentence summary for screen readers, and the same numbers as a table for anyone who cannot
 * or would rather not read a chart.
 *
 * @param id a stable id, unique on the page (for tests and the end-to-end journey)
 * @param title what the chart shows
 * @param summary what a reader should take from it, read out as the chart's accessible name
 * @param option the ECharts option
 * @param columns the table's column headings
 * @param rows the table's rows, formatted for reading, each as long as {@code columns}
 */
public record ChartSpec(
        String id,
        String title,
        String summary,
        Map<String, Object> option,
        List<String> columns,
        List<List<String>> rows) {

    public ChartSpec {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
