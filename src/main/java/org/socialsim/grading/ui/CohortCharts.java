package org.socialsim.grading.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.attempt.work.ChartSpec;
import org.socialsim.grading.agreement.CohortReport;
import org.socialsim.grading.agreement.CohortReport.CriterionSpread;
import org.socialsim.grading.agreement.CohortReport.LevelCount;
import org.socialsim.grading.agreement.MarkDistribution;
import org.socialsim.grading.agreement.MarkDistribution.Bin;

/**
 * The cohort view's charts as Apache ECharts options with a summary and the numbers as a table, built from a
 * {@link CohortReport}. No Vaadin here: what a chart shows is decided and tested as plain Java; the view only draws it.
 */
final class CohortCharts {

    /** The translations the charts need; a view passes its own {@code getTranslation}. */
    @FunctionalInterface
    interface Texts {
        String getTranslation(String key, Object... arguments);
    }

    /** The dashboards' colour-vision-safe blue (Okabe–Ito), so the cohort's charts look like the students' ones. */
    private static final String BAR = "#0072B2";

    private final Texts texts;

    CohortCharts(Texts texts) {
        this.texts = texts;
    }

    /** The totals as a histogram over the whole range of marks, one bar per bin. */
    ChartSpec totals(MarkDistribution totals) {
        List<String> labels = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Bin bin : totals.histogram()) {
            String label = range(bin);
            labels.add(label);
            counts.add(bin.count());
            rows.add(List.of(label, Integer.toString(bin.count())));
        }
        MarkDistribution.Summary summary = totals.summary().orElseThrow();
        String scripts = texts.getTranslation("cohort.column.scripts");
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis"));
        // Room below the bars for the axis's name, "Marks".
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 28, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        labels,
                        "name",
                        texts.getTranslation("cohort.column.marks"),
                        "nameLocation",
                        "middle",
                        "nameGap",
                        28));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", scripts));
        option.put(
                "series",
                List.of(Map.of(
                        "name",
                        scripts,
                        "type",
                        "bar",
                        "data",
                        counts,
                        "barCategoryGap",
                        "10%",
                        "itemStyle",
                        Map.of("color", BAR))));
        return new ChartSpec(
                "chart-cohort-totals",
                texts.getTranslation("cohort.totals.title"),
                texts.getTranslation(
                        "cohort.totals.summary",
                        totals.marks().size(),
                        totals.maximum(),
                        summary.median(),
                        summary.lowerQuartile(),
                        summary.upperQuartile()),
                option,
                List.of(texts.getTranslation("cohort.column.marks"), scripts),
                rows);
    }

    /** How many scripts got each level of one criterion, best level first. */
    ChartSpec criterion(CriterionSpread criterion) {
        List<String> labels = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (LevelCount level : criterion.levels()) {
            labels.add(level.level());
            counts.add(level.count());
            rows.add(List.of(level.level(), Integer.toString(level.count())));
        }
        LevelCount commonest = criterion.levels().stream()
                .max(Comparator.comparingInt(LevelCount::count))
                .orElseThrow();
        int scripts = criterion.levels().stream().mapToInt(LevelCount::count).sum();
        // Naming one level "the most common" when others were given as often would mislead.
        boolean tied = criterion.levels().stream()
                        .filter(level -> level.count() == commonest.count())
                        .count()
                > 1;
        String summary = tied
                ? texts.getTranslation("cohort.criterion.summary.spread", criterion.title(), commonest.count(), scripts)
                : texts.getTranslation(
                        "cohort.criterion.summary", criterion.title(), commonest.level(), commonest.count(), scripts);
        String scriptsName = texts.getTranslation("cohort.column.scripts");
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        labels,
                        "inverse",
                        true,
                        "axisLabel",
                        Map.of("width", 120, "overflow", "truncate")));
        option.put(
                "series",
                List.of(Map.of(
                        "name",
                        scriptsName,
                        "type",
                        "bar",
                        "data",
                        counts,
                        "barMaxWidth",
                        24,
                        "itemStyle",
                        Map.of("color", BAR),
                        "label",
                        Map.of("show", true, "position", "right"))));
        return new ChartSpec(
                "chart-cohort-criterion-" + criterion.criterion(),
                texts.getTranslation("cohort.criterion.title", criterion.title(), criterion.maxMarks()),
                summary,
                option,
                List.of(texts.getTranslation("cohort.column.level"), scriptsName),
                rows);
    }

    private String range(Bin bin) {
        return bin.from() == bin.to()
                ? Integer.toString(bin.from())
                : texts.getTranslation("cohort.range", bin.from(), bin.to());
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        // No animation, like the dashboards: the numbers matter, not the motion.
        option.put("animation", false);
        option.put("textStyle", Map.of("fontFamily", "inherit"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        return option;
    }
}
