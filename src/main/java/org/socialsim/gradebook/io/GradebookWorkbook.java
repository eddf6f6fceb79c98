package org.socialsim.gradebook.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.jspecify.annotations.Nullable;
import org.socialsim.gradebook.Gradebook;
import org.socialsim.gradebook.Gradebook.CriterionGrade;
import org.socialsim.gradebook.Gradebook.GradeRow;
import org.socialsim.gradebook.Gradebook.KpiUnit;
import org.socialsim.gradebook.Gradebook.ObjectiveKpi;
import org.socialsim.gradebook.Gradebook.StudentKpis;
import org.socialsim.grading.agreement.MarkDistribution;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;

/**
 * Writes a {@link Gradebook} as an .xlsx workbook with the sheets Grades, Feedback, KPIs, Rubric and Summary, streaming rows
 * to disk ({@link SXSSFWorkbook}) so a large cohort never sits in memory whole. Every sheet has a frozen header row
 * and an autofilter; every text cell goes through {@link SpreadsheetText#safe}. Column by column in docs/exports.md.
 */
public final class GradebookWorkbook {

    public static final String GRADES = "Grades";
    public static final String FEEDBACK = "Feedback";
    public static final String KPIS = "KPIs";
    public static final String RUBRIC = "Rubric";
    public static final String SUMMARY = "Summary";

    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    static final String DURATION_FORMAT = "[h]:mm";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DECIMAL_FORMAT = "0.00";
    static final String INTEGER_FORMAT = "0";
    static final String COUNT_FORMAT = "#,##0";
    static final String MONEY_FORMAT = "#,##0.00";
    static final String RATE_FORMAT = "0.00%";
    static final String HOURS_FORMAT = "0.0";

    /** Rows kept in memory while streaming; older ones are flushed to a temporary file. */
    private static final int WINDOW = 200;

    /** Summary: the band table starts in this column, to the right of the statistics. */
    static final int BAND_COLUMN = 9;

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle duration;
    private final CellStyle integer;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final CellStyle count;
    private final CellStyle money;
    private final CellStyle rate;
    private final CellStyle hours;

    private GradebookWorkbook(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        date = numberStyle(formats, DATE_FORMAT);
        duration = numberStyle(formats, DURATION_FORMAT);
        integer = numberStyle(formats, INTEGER_FORMAT);
        percent = numberStyle(formats, PERCENT_FORMAT);
        decimal = numberStyle(formats, DECIMAL_FORMAT);
        count = numberStyle(formats, COUNT_FORMAT);
        money = numberStyle(formats, MONEY_FORMAT);
        rate = numberStyle(formats, RATE_FORMAT);
        hours = numberStyle(formats, HOURS_FORMAT);
    }

    /** Writes the workbook to {@code out}, which it does not close. */
    public static void write(Gradebook gradebook, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            GradebookWorkbook writer = new GradebookWorkbook(workbook);
            writer.grades(gradebook);
            writer.feedback(gradebook);
            writer.kpis(gradebook);
            writer.rubric(gradebook);
            writer.summary(gradebook);
            workbook.write(out);
        }
    }

    // ---- sheets ----------------------------------------------------------------------------------------------

    private void grades(Gradebook gradebook) {
        List<String> headers = new ArrayList<>(List.of(
                "Student number",
                "Name",
                "Email",
                "Cohort",
                "Scenario",
                "Scenario version",
                "Rubric",
                "Rubric version",
                "Submitted at",
                "Late by (h:mm)"));
        List<Integer> widths = new ArrayList<>(List.of(16, 28, 32, 20, 28, 10, 28, 10, 18, 12));
        for (CriterionDefinition criterion : gradebook.rubric().criteria()) {
            headers.add(criterion.title() + " – level");
            headers.add(criterion.title() + " – mark");
            widths.add(18);
            widths.add(12);
        }
        headers.addAll(List.of("Total", "Percent", "Band", "First marker", "Second marker", "Agreed", "Released"));
        widths.addAll(List.of(9, 9, 14, 22, 22, 9, 9));
        SXSSFSheet sheet = sheet(GRADES, headers, widths);
        int r = 1;
        for (GradeRow grade : gradebook.rows()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            text(row, c++, grade.studentNumber());
            text(row, c++, grade.name());
            text(row, c++, grade.email());
            text(row, c++, grade.cohort());
            text(row, c++, grade.scenario());
            number(row, c++, grade.scenarioVersion(), integer);
            text(row, c++, grade.rubric());
            number(row, c++, grade.rubricVersion(), integer);
            date(row, c++, grade.submittedAt());
            duration(row, c++, grade.lateBy());
            for (CriterionGrade criterion : grade.criteria()) {
                text(row, c++, criterion.level());
                number(row, c++, criterion.mark(), integer);
            }
            number(row, c++, grade.total(), integer);
            number(row, c++, grade.fraction(), percent);
            text(row, c++, grade.band());
            text(row, c++, grade.firstMarker());
            text(row, c++, grade.secondMarker());
            text(row, c++, grade.agreed() ? "yes" : "no");
            text(row, c, grade.released() ? "yes" : "no");
        }
        filter(sheet, r - 1, headers.size());
    }

    private void feedback(Gradebook gradebook) {
        List<String> headers = new ArrayList<>(List.of("Student number", "Name"));
        List<Integer> widths = new ArrayList<>(List.of(16, 28));
        for (CriterionDefinition criterion : gradebook.rubric().criteria()) {
            headers.add(criterion.title() + " – comment");
            widths.add(45);
        }
        headers.add("Overall feedback");
        widths.add(70);
        SXSSFSheet sheet = sheet(FEEDBACK, headers, widths);
        int r = 1;
        for (GradeRow grade : gradebook.rows()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            text(row, c++, grade.studentNumber());
            text(row, c++, grade.name());
            for (CriterionGrade criterion : grade.criteria()) {
                wrapped(row, c++, criterion.comment());
            }
            wrapped(row, c, grade.overallFeedback());
        }
        filter(sheet, r - 1, headers.size());
    }

    /**
     * One row per objective of each submitted attempt, the student's run totals of the headline KPIs repeated on each
     * of their rows so a filtered row still reads whole; a student without objectives gets one row of totals.
     */
    private void kpis(Gradebook gradebook) {
        String currency = gradebook.currency().isEmpty() ? "" : " (" + gradebook.currency() + ")";
        List<String> headers = List.of(
                "Student number",
                "Name",
                "Objective",
                "KPI",
                "Platform",
                "Unit",
                "Measured through week",
                "Baseline",
                "Target",
                "Actual",
                "Progress",
                "Met",
                "Reach (run)",
                "Engagement rate (run)",
                "Link clicks (run)",
                "Conversions (run)",
                "Spend" + currency + " (run)",
                "ROAS (run)");
        SXSSFSheet sheet =
                sheet(KPIS, headers, List.of(16, 28, 50, 20, 12, 8, 10, 12, 12, 12, 10, 6, 12, 12, 12, 12, 14, 9));
        int r = 1;
        for (StudentKpis student : gradebook.kpis()) {
            List<@Nullable ObjectiveKpi> objectives = student.objectives().isEmpty()
                    ? Collections.singletonList(null)
                    : List.copyOf(student.objectives());
            for (@Nullable ObjectiveKpi objective : objectives) {
                Row row = sheet.createRow(r++);
                text(row, 0, student.studentNumber());
                text(row, 1, student.name());
                if (objective != null) {
                    CellStyle style = style(objective.unit());
                    wrapped(row, 2, objective.statement());
                    text(row, 3, objective.kpi());
                    text(row, 4, objective.platform() == null ? "all" : objective.platform());
                    text(row, 5, unit(objective.unit(), gradebook.currency()));
                    number(row, 6, objective.measuredThroughWeek(), integer);
                    number(row, 7, objective.baseline(), style);
                    number(row, 8, objective.target(), style);
                    number(row, 9, objective.actual(), style);
                    number(row, 10, objective.progress(), percent);
                    text(row, 11, objective.met() ? "yes" : "no");
                } else {
                    for (int c = 2; c <= 11; c++) {
                        text(row, c, null);
                    }
                }
                number(row, 12, student.reach(), count);
                number(row, 13, student.engagementRate(), rate);
                number(row, 14, student.linkClicks(), count);
                number(row, 15, student.conversions(), count);
                number(row, 16, student.spend(), money);
                number(row, 17, student.roas(), decimal);
            }
        }
        filter(sheet, r - 1, headers.size());
    }

    private CellStyle style(KpiUnit unit) {
        return switch (unit) {
            case COUNT -> count;
            case PERCENT -> rate;
            case MONEY -> money;
            case RATIO -> decimal;
            case HOURS -> hours;
        };
    }

    private static String unit(KpiUnit unit, String currency) {
        return switch (unit) {
            case COUNT -> "count";
            case PERCENT -> "%";
            case MONEY -> currency;
            case RATIO -> "ratio";
            case HOURS -> "hours";
        };
    }

    private void rubric(Gradebook gradebook) {
        List<String> headers = List.of(
                "Criterion id", "Criterion", "Criterion marks", "Level", "Lowest mark", "Highest mark", "Descriptor");
        SXSSFSheet sheet = sheet(RUBRIC, headers, List.of(16, 30, 10, 16, 10, 10, 80));
        int r = 1;
        for (CriterionDefinition criterion : gradebook.rubric().criteria()) {
            for (LevelDefinition level : criterion.levels()) {
                Row row = sheet.createRow(r++);
                text(row, 0, criterion.id());
                text(row, 1, criterion.title());
                number(row, 2, criterion.marks(), integer);
                text(row, 3, level.label());
                number(row, 4, level.minMarks(), integer);
                number(row, 5, level.maxMarks(), integer);
                wrapped(row, 6, level.descriptor());
            }
        }
        filter(sheet, r - 1, headers.size());
    }

    private void summary(Gradebook gradebook) {
        List<String> headers = new ArrayList<>(List.of(
                "Measure", "Marks available", "Graded", "Mean", "Median", "Standard deviation", "Lowest", "Highest"));
        List<Integer> widths = new ArrayList<>(List.of(30, 10, 9, 9, 9, 11, 9, 9, 3));
        // The band table stands to the right, so one frozen header row serves both tables.
        headers.addAll(List.of("", "Band", "From (marks)", "Students"));
        widths.addAll(List.of(16, 10, 10));
        SXSSFSheet sheet = sheet(SUMMARY, headers, widths);
        int r = 1;
        for (int i = 0; i < gradebook.rubric().criteria().size(); i++) {
            CriterionDefinition criterion = gradebook.rubric().criteria().get(i);
            int index = i;
            List<Integer> marks = gradebook.rows().stream()
                    .map(row -> row.criteria().get(index).mark())
                    .filter(mark -> mark != null)
                    .toList();
            statistics(sheet.createRow(r++), criterion.title(), MarkDistribution.of(marks, criterion.marks()));
        }
        List<Integer> totals = gradebook.rows().stream()
                .map(GradeRow::total)
                .filter(total -> total != null)
                .toList();
        statistics(
                sheet.createRow(r++),
                "Total",
                MarkDistribution.of(totals, gradebook.rubric().marks()));
        int statisticsEnd = r - 1;

        // Bands from highest to lowest, as a results list reads; then those without final marks.
        List<GradeBoundary> bands = new ArrayList<>(gradebook.rubric().boundaries()).reversed();
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (GradeBoundary band : bands) {
            names.add(band.band());
            counts.add((int) gradebook.rows().stream()
                    .filter(row -> band.band().equals(row.band()))
                    .count());
        }
        for (int i = 0; i < bands.size(); i++) {
            Row row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
            text(row, BAND_COLUMN, names.get(i));
            number(row, BAND_COLUMN + 1, bands.get(i).from(), integer);
            number(row, BAND_COLUMN + 2, counts.get(i), integer);
        }
        int notGraded = (int)
                gradebook.rows().stream().filter(row -> row.total() == null).count();
        int notGradedRow = bands.size() + 1;
        Row row = sheet.getRow(notGradedRow) != null ? sheet.getRow(notGradedRow) : sheet.createRow(notGradedRow);
        text(row, BAND_COLUMN, "No final marks");
        number(row, BAND_COLUMN + 2, notGraded, integer);
        filter(sheet, statisticsEnd, 8);
        bandChart(sheet, names, counts, Math.max(statisticsEnd, notGradedRow) + 2);
    }

    private void statistics(Row row, String measure, MarkDistribution distribution) {
        text(row, 0, measure);
        number(row, 1, distribution.maximum(), integer);
        number(row, 2, distribution.marks().size(), integer);
        distribution.summary().ifPresent(summary -> {
            number(row, 3, summary.mean(), decimal);
            number(row, 4, summary.median(), decimal);
            number(row, 5, summary.standardDeviation(), decimal);
            number(row, 6, summary.min(), integer);
            number(row, 7, summary.max(), integer);
        });
    }

    /**
     * A native column chart of students per band, under the tables. SXSSF's own drawing cannot hold charts, but the
     * sheet's template (the {@code XSSFSheet} behind it) can: the chart lives in a drawing part, not in the streamed
     * rows. The series carries its values as a cache and points at the band table, so Excel redraws it if edited.
     */
    private void bandChart(SXSSFSheet sheet, List<String> names, List<Integer> counts, int topRow) {
        XSSFDrawing drawing =
                workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, 8, topRow + 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Students per band");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bandsAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bandsAxis.setTitle("Band");
        XDDFValueAxis studentsAxis = chart.createValueAxis(AxisPosition.LEFT);
        studentsAxis.setTitle("Students");
        studentsAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        studentsAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        String quoted = "'" + sheet.getSheetName() + "'!";
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                names.toArray(String[]::new), quoted + range(BAND_COLUMN, names.size()));
        XDDFNumericalDataSource<Integer> values = XDDFDataSourcesFactory.fromArray(
                counts.toArray(Integer[]::new), quoted + range(BAND_COLUMN + 2, counts.size()));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bandsAxis, studentsAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.addSeries(categories, values).setTitle("Students", null);
        chart.plot(data);
    }

    private static String range(int column, int rows) {
        String letter = CellReference.convertNumToColString(column);
        return "$" + letter + "$2:$" + letter + "$" + (rows + 1);
    }

    // ---- cells -----------------------------------------------------------------------------------------------

    private SXSSFSheet sheet(String name, List<String> headers, List<Integer> widthsInCharacters) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(SpreadsheetText.safe(headers.get(c)));
            cell.setCellStyle(header);
        }
        for (int c = 0; c < widthsInCharacters.size(); c++) {
            sheet.setColumnWidth(c, Math.min(255, widthsInCharacters.get(c)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void filter(Sheet sheet, int lastRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
    }

    private void text(Row row, int column, @Nullable String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(text);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(SpreadsheetText.safe(value));
        }
    }

    private void wrapped(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(wrapped);
        if (!value.isEmpty()) {
            cell.setCellValue(SpreadsheetText.safe(value));
        }
    }

    private static void number(Row row, int column, @Nullable Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private void date(Row row, int column, @Nullable LocalDateTime value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A duration as spreadsheets keep one: a fraction of a day, shown as hours and minutes. */
    private void duration(Row row, int column, @Nullable Duration value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(duration);
        if (value != null) {
            cell.setCellValue(value.toSeconds() / 86_400.0);
        }
    }

    private CellStyle numberStyle(DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
