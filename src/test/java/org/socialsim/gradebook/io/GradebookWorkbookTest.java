package org.socialsim.gradebook.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialsim.gradebook.Gradebook;
import org.socialsim.gradebook.Gradebook.CriterionGrade;
import org.socialsim.gradebook.Gradebook.GradeRow;
import org.socialsim.gradebook.Gradebook.KpiUnit;
import org.socialsim.gradebook.Gradebook.ObjectiveKpi;
import org.socialsim.gradebook.Gradebook.StudentKpis;
import org.socialsim.grading.assessment.Submissions;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

class GradebookWorkbookTest {

    static final String INJECTION = "=HYPERLINK(\"http://x\",\"y\")";
    static final String ARABIC = "ليلى العمري";

    static RubricDefinition rubric;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void write_a_gradebook_of_four_students_and_read_it_back() throws IOException {
        rubric = Submissions.rubric("smm-coursework");
        List<GradeRow> rows = List.of(
                graded("S001", "李伟", "li.wei@example.edu", 0, null, "-5 for the missing budget"),
                graded("S002", "Zoë Brontë", null, 1, Duration.ofHours(26).plusMinutes(30), "Good work."),
                graded("S003", INJECTION, "@evil@example.edu", 2, null, "+ fine"),
                new GradeRow(
                        null,
                        ARABIC,
                        null,
                        "Group A",
                        "BrewHaven",
                        1,
                        rubric.title(),
                        2,
                        null,
                        null,
                        rubric.criteria().stream()
                                .map(c -> new CriterionGrade(c.id(), null, null, ""))
                                .toList(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<StudentKpis> kpis = List.of(
                new StudentKpis(
                        "S002",
                        "Zoë Brontë",
                        List.of(
                                new ObjectiveKpi(
                                        "Raise the engagement rate to 3% on Instagram by week 6",
                                        "engagement rate",
                                        "instagram",
                                        KpiUnit.PERCENT,
                                        0.021,
                                        0.03,
                                        0.0345,
                                        6,
                                        (0.0345 - 0.021) / (0.03 - 0.021),
                                        true),
                                new ObjectiveKpi(
                                        "-Cut the cost per acquisition to 12 by week 8",
                                        "cpa",
                                        null,
                                        KpiUnit.MONEY,
                                        20,
                                        12,
                                        14.5,
                                        8,
                                        (14.5 - 20) / (12 - 20.0),
                                        false)),
                        123_456,
                        0.0412,
                        3_456,
                        210,
                        1_500.5,
                        3.25),
                new StudentKpis(null, ARABIC, List.of(), 1_000, 0.01, 20, 1, 0, 0));
        GradebookWorkbook.write(new Gradebook("Coursework", "Group A", rubric, rows, "EUR", kpis), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** A student whose every criterion sits at level {@code levelIndex} (0 = best) at that level's highest mark. */
    static GradeRow graded(
            String number, String name, @Nullable String email, int levelIndex, @Nullable Duration late, String note) {
        List<CriterionGrade> criteria = new ArrayList<>();
        int total = 0;
        for (CriterionDefinition criterion : rubric.criteria()) {
            LevelDefinition level = criterion.levels().get(levelIndex);
            criteria.add(new CriterionGrade(criterion.id(), level.label(), level.maxMarks(), note));
            total += level.maxMarks();
        }
        return new GradeRow(
                number,
                name,
                email,
                "Group A",
                "BrewHaven",
                1,
                rubric.title(),
                2,
                LocalDateTime.of(2026, 11, 20, 17, 45),
                late,
                criteria,
                total,
                total / (double) rubric.marks(),
                rubric.bandFor(total),
                "Tutor One",
                levelIndex == 1 ? "Tutor Two" : null,
                levelIndex == 1,
                true,
                note);
    }

    @Test
    void the_workbook_has_one_sheet_per_concern_in_order() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
        assertThat(List.of(
                        workbook.getSheetName(0),
                        workbook.getSheetName(1),
                        workbook.getSheetName(2),
                        workbook.getSheetName(3),
                        workbook.getSheetName(4)))
                .containsExactly("Grades", "Feedback", "KPIs", "Rubric", "Summary");
    }

    @Test
    void every_sheet_freezes_its_header_row_and_has_an_autofilter() {
        for (XSSFSheet sheet : List.of(
                workbook.getSheet("Grades"),
                workbook.getSheet("Feedback"),
                workbook.getSheet("KPIs"),
                workbook.getSheet("Rubric"),
                workbook.getSheet("Summary"))) {
            assertThat(sheet.getPaneInformation().isFreezePane())
                    .as(sheet.getSheetName())
                    .isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as(sheet.getSheetName())
                    .isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter())
                    .as(sheet.getSheetName())
                    .isNotNull();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
        }
        int criteria = rubric.criteria().size();
        String lastGradesColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(10 + 2 * criteria + 6);
        assertThat(workbook.getSheet("Grades").getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:" + lastGradesColumn + "5");
    }

    @Test
    void grades_have_a_header_for_every_column_and_a_row_per_student_with_formatted_values() {
        XSSFSheet grades = workbook.getSheet("Grades");
        List<String> header = texts(grades.getRow(0));
        CriterionDefinition first = rubric.criteria().getFirst();
        assertThat(header.subList(0, 12))
                .containsExactly(
                        "Student number",
                        "Name",
                        "Email",
                        "Cohort",
                        "Scenario",
                        "Scenario version",
                        "Rubric",
                        "Rubric version",
                        "Submitted at",
                        "Late by (h:mm)",
                        first.title() + " – level",
                        first.title() + " – mark");
        assertThat(header.subList(header.size() - 7, header.size()))
                .containsExactly("Total", "Percent", "Band", "First marker", "Second marker", "Agreed", "Released");

        Row zoe = row(grades, "Zoë Brontë");
        DataFormatter shown = new DataFormatter();
        assertThat(zoe.getCell(0).getStringCellValue()).isEqualTo("S002");
        assertThat(zoe.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(zoe.getCell(5).getNumericCellValue()).isEqualTo(1);
        assertThat(zoe.getCell(8).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 20, 17, 45));
        assertThat(zoe.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(zoe.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm");
        assertThat(shown.formatCellValue(zoe.getCell(9))).isEqualTo("26:30");
        LevelDefinition second = first.levels().get(1);
        assertThat(zoe.getCell(10).getStringCellValue()).isEqualTo(second.label());
        assertThat(zoe.getCell(11).getNumericCellValue()).isEqualTo(second.maxMarks());
        int totalColumn = header.indexOf("Total");
        int total = rubric.criteria().stream()
                .mapToInt(c -> c.levels().get(1).maxMarks())
                .sum();
        assertThat(zoe.getCell(totalColumn).getNumericCellValue()).isEqualTo(total);
        assertThat(zoe.getCell(totalColumn + 1).getCellStyle().getDataFormatString())
                .isEqualTo("0.0%");
        assertThat(zoe.getCell(totalColumn + 1).getNumericCellValue()).isEqualTo(total / (double) rubric.marks());
        assertThat(zoe.getCell(totalColumn + 2).getStringCellValue()).isEqualTo(rubric.bandFor(total));
        assertThat(texts(zoe).subList(totalColumn + 3, totalColumn + 7))
                .containsExactly("Tutor One", "Tutor Two", "yes", "yes");

        Row unmarked = row(grades, ARABIC);
        assertThat(unmarked.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(unmarked.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(unmarked.getCell(totalColumn).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(unmarked.getCell(totalColumn + 6).getStringCellValue()).isEqualTo("no");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_neutralised_with_a_leading_apostrophe() {
        XSSFSheet grades = workbook.getSheet("Grades");
        Row injected = row(grades, "'" + INJECTION);
        assertThat(injected.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(injected.getCell(1).getStringCellValue()).isEqualTo("'" + INJECTION);
        assertThat(injected.getCell(2).getStringCellValue()).isEqualTo("'@evil@example.edu");
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        Row feedback = row(workbook.getSheet("Feedback"), "李伟");
        assertThat(feedback.getCell(2).getStringCellValue()).isEqualTo("'-5 for the missing budget");
        assertThat(row(workbook.getSheet("Feedback"), "'" + INJECTION)
                        .getCell(2)
                        .getStringCellValue())
                .isEqualTo("'+ fine");
    }

    @Test
    void names_in_any_script_survive_the_round_trip() {
        XSSFSheet grades = workbook.getSheet("Grades");
        assertThat(row(grades, "李伟").getCell(0).getStringCellValue()).isEqualTo("S001");
        assertThat(row(grades, "Zoë Brontë")).isNotNull();
        assertThat(row(grades, ARABIC).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void kpis_have_a_row_per_objective_with_values_formatted_by_unit_and_the_run_totals() {
        XSSFSheet kpis = workbook.getSheet("KPIs");
        assertThat(texts(kpis.getRow(0)))
                .containsExactly(
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
                        "Spend (EUR) (run)",
                        "ROAS (run)");
        assertThat(kpis.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R4");

        Row rate = kpis.getRow(1);
        DataFormatter shown = new DataFormatter();
        assertThat(texts(rate).subList(0, 6))
                .containsExactly(
                        "S002",
                        "Zoë Brontë",
                        "Raise the engagement rate to 3% on Instagram by week 6",
                        "engagement rate",
                        "instagram",
                        "%");
        assertThat(rate.getCell(6).getNumericCellValue()).isEqualTo(6);
        assertThat(rate.getCell(7).getNumericCellValue()).isEqualTo(0.021);
        assertThat(rate.getCell(9).getNumericCellValue()).isEqualTo(0.0345);
        assertThat(rate.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(shown.formatCellValue(rate.getCell(9))).isEqualTo("3.45%");
        assertThat(rate.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(shown.formatCellValue(rate.getCell(10))).isEqualTo("150.0%");
        assertThat(rate.getCell(11).getStringCellValue()).isEqualTo("yes");
        assertThat(shown.formatCellValue(rate.getCell(12))).isEqualTo("123,456");
        assertThat(shown.formatCellValue(rate.getCell(13))).isEqualTo("4.12%");
        assertThat(shown.formatCellValue(rate.getCell(16))).isEqualTo("1,500.50");
        assertThat(shown.formatCellValue(rate.getCell(17))).isEqualTo("3.25");

        Row money = kpis.getRow(2);
        assertThat(money.getCell(2).getStringCellValue()).isEqualTo("'-Cut the cost per acquisition to 12 by week 8");
        assertThat(money.getCell(4).getStringCellValue()).isEqualTo("all");
        assertThat(money.getCell(5).getStringCellValue()).isEqualTo("EUR");
        assertThat(shown.formatCellValue(money.getCell(9))).isEqualTo("14.50");
        assertThat(money.getCell(11).getStringCellValue()).isEqualTo("no");
        assertThat(money.getCell(12).getNumericCellValue()).isEqualTo(123_456);

        // A student without objectives still shows the run's totals, on one row.
        Row totalsOnly = kpis.getRow(3);
        assertThat(totalsOnly.getCell(1).getStringCellValue()).isEqualTo(ARABIC);
        assertThat(totalsOnly.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(totalsOnly.getCell(12).getNumericCellValue()).isEqualTo(1_000);
    }

    @Test
    void feedback_holds_each_criterions_comment_and_the_overall_feedback_in_wrapped_text() {
        XSSFSheet feedback = workbook.getSheet("Feedback");
        List<String> header = texts(feedback.getRow(0));
        assertThat(header.getFirst()).isEqualTo("Student number");
        assertThat(header.get(2)).isEqualTo(rubric.criteria().getFirst().title() + " – comment");
        assertThat(header.getLast()).isEqualTo("Overall feedback");
        Row zoe = row(feedback, "Zoë Brontë");
        assertThat(zoe.getCell(2).getStringCellValue()).isEqualTo("Good work.");
        assertThat(zoe.getCell(header.size() - 1).getStringCellValue()).isEqualTo("Good work.");
        assertThat(zoe.getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(feedback.getColumnWidth(header.size() - 1)).isGreaterThan(feedback.getColumnWidth(1));
    }

    @Test
    void the_rubric_sheet_lists_every_level_of_every_criterion_with_its_mark_range_and_descriptor() {
        XSSFSheet sheet = workbook.getSheet("Rubric");
        assertThat(texts(sheet.getRow(0)))
                .containsExactly(
                        "Criterion id",
                        "Criterion",
                        "Criterion marks",
                        "Level",
                        "Lowest mark",
                        "Highest mark",
                        "Descriptor");
        int levels = rubric.criteria().stream().mapToInt(c -> c.levels().size()).sum();
        assertThat(sheet.getLastRowNum()).isEqualTo(levels);
        CriterionDefinition first = rubric.criteria().getFirst();
        LevelDefinition best = first.levels().getFirst();
        Row row = sheet.getRow(1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first.id());
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(first.marks());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(best.label());
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(best.minMarks());
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(best.maxMarks());
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(SpreadsheetText.safe(best.descriptor()));
    }

    @Test
    void the_summary_counts_bands_gives_statistics_per_criterion_and_total_and_charts_the_bands() {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertThat(texts(summary.getRow(0)).subList(0, 8))
                .containsExactly(
                        "Measure",
                        "Marks available",
                        "Graded",
                        "Mean",
                        "Median",
                        "Standard deviation",
                        "Lowest",
                        "Highest");
        int criteria = rubric.criteria().size();
        Row first = summary.getRow(1);
        assertThat(first.getCell(0).getStringCellValue())
                .isEqualTo(rubric.criteria().getFirst().title());
        assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3);
        List<Integer> marks = rubric.criteria().getFirst().levels().subList(0, 3).stream()
                .map(LevelDefinition::maxMarks)
                .toList();
        assertThat(first.getCell(3).getNumericCellValue())
                .isCloseTo(
                        marks.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.getCell(4).getNumericCellValue())
                .isEqualTo(marks.get(1).doubleValue());
        assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        Row total = summary.getRow(criteria + 1);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
        assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(rubric.marks());

        int bands = rubric.boundaries().size();
        int counted = 0;
        for (int i = 1; i <= bands; i++) {
            Row row = summary.getRow(i);
            assertThat(row.getCell(GradebookWorkbook.BAND_COLUMN).getStringCellValue())
                    .isEqualTo(rubric.boundaries().get(bands - i).band());
            counted += (int) row.getCell(GradebookWorkbook.BAND_COLUMN + 2).getNumericCellValue();
        }
        assertThat(counted).isEqualTo(3);
        Row none = summary.getRow(bands + 1);
        assertThat(none.getCell(GradebookWorkbook.BAND_COLUMN).getStringCellValue())
                .isEqualTo("No final marks");
        assertThat(none.getCell(GradebookWorkbook.BAND_COLUMN + 2).getNumericCellValue())
                .isEqualTo(1);

        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.getFirst();
        assertThat(chart.getTitleText().getString()).isEqualTo("Students per band");
        assertThat(chart.getCTChart().getPlotArea().getBarChartArray()).hasSize(1);
        var series = chart.getChartSeries().getFirst().getSeries(0);
        assertThat(series.getCategoryData().getPointCount()).isEqualTo(bands);
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Summary'!$L$2:$L$" + (bands + 1));
    }

    private static Row row(XSSFSheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (row.getRowNum() > 0 && cell != null && name.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name + " in " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
