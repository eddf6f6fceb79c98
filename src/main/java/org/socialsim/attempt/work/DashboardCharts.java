package org.socialsim.attempt.work;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.CrisisHour;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.KpiBand;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.ObjectiveProgress;
import org.socialsim.simulation.ReplicatedRun;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * The KPI dashboard's charts as Apache ECharts options with their summaries and data tables, built from a run and
 * the plan behind it. Plain Java (no Vaadin): what a chart shows is decided and tested here; the view only draws it.
 * Rates are shown in percent and money in the scenario's currency, as a student reads them on a platform's insights.
 */
public final class DashboardCharts {

    /** The translations the charts need; a view passes its own {@code getTranslation}. */
    @FunctionalInterface
    public interface Texts {
        String getTranslation(String key, Object... arguments);
    }

    /** Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito), brand first. */
    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999");

    private static final String NEGATIVE = "#D55E00";
    private static final String NEUTRAL = "#BBBBBB";
    private static final String POSITIVE = "#009E73";

    private final ScenarioDefinition scenario;
    private final Plan plan;
    private final SimulationRun run;
    private final @Nullable ReplicatedRun bands;
    private final Texts texts;
    private final Locale locale;
    private final List<Platform> platforms;

    /**
     * @param bands the run replayed with many seeds, for uncertainty bands; {@code null} for none
     */
    public DashboardCharts(
            ScenarioDefinition scenario,
            Plan plan,
            SimulationRun run,
            @Nullable ReplicatedRun bands,
            Texts texts,
            Locale locale) {
        this.scenario = scenario;
        this.plan = plan;
        this.run = run;
        this.bands = bands;
        this.texts = texts;
        this.locale = locale;
        this.platforms = List.copyOf(scenario.platforms().keySet());
    }

    /** A KPI week by week, one line per platform; with replications, the all-platform mean and its 5–95% band. */
    public ChartSpec trend(Kpi kpi) {
        String kpiName = label(kpi);
        List<String> weekLabels = weekLabels();
        List<Object> series = new ArrayList<>();
        List<String> columns = new ArrayList<>(List.of(texts.getTranslation("chart.week")));
        for (Platform platform : platforms) {
            List<Object> data = new ArrayList<>();
            for (WeekResult week : run.weeks()) {
                data.add(plotted(kpi, week.platforms().get(platform).value(kpi)));
            }
            series.add(line(label(platform), data));
            columns.add(label(platform));
        }
        if (bands != null) {
            List<Object> low = new ArrayList<>();
            List<Object> width = new ArrayList<>();
            List<Object> mean = new ArrayList<>();
            for (int week = 1; week <= run.weeksRun(); week++) {
                KpiBand band = bands.week(week, kpi);
                low.add(plotted(kpi, band.p5()));
                width.add(round(plotted(kpi, band.p95()) - plotted(kpi, band.p5())));
                mean.add(plotted(kpi, band.mean()));
            }
            String bandName = texts.getTranslation("chart.band", bands.replications());
            series.add(json().with("name", bandName)
                    .with("type", "line")
                    .with("data", low)
                    .with("stack", "band")
                    .with("symbol", "none")
                    // The legend shows the band in its own pale blue.
                    .with("itemStyle", json().with("color", "#B3D4EC"))
                    .with("lineStyle", json().with("opacity", 0))
                    .with("tooltip", json().with("show", false)));
            series.add(json().with("name", bandName)
                    .with("type", "line")
                    .with("data", width)
                    .with("stack", "band")
                    .with("symbol", "none")
                    // The legend shows the band in its own pale blue.
                    .with("itemStyle", json().with("color", "#B3D4EC"))
                    .with("lineStyle", json().with("opacity", 0))
                    .with("areaStyle", json().with("color", "#0072B2").with("opacity", 0.15))
                    .with("tooltip", json().with("show", false)));
            Map<String, Object> meanLine = line(texts.getTranslation("chart.all-platforms-mean"), mean);
            meanLine.put("lineStyle", json().with("type", "dashed").with("color", "#333333"));
            meanLine.put("itemStyle", json().with("color", "#333333"));
            series.add(meanLine);
            columns.add(texts.getTranslation("chart.mean"));
            columns.add(texts.getTranslation("chart.p5"));
            columns.add(texts.getTranslation("chart.p95"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (WeekResult week : run.weeks()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(week.week()));
            for (Platform platform : platforms) {
                row.add(format(kpi, week.platforms().get(platform).value(kpi)));
            }
            if (bands != null) {
                KpiBand band = bands.week(week.week(), kpi);
                row.add(format(kpi, band.mean()));
                row.add(format(kpi, band.p5()));
                row.add(format(kpi, band.p95()));
            }
            rows.add(row);
        }
        WeekResult last = run.week(run.weeksRun());
        List<String> latest = new ArrayList<>();
        for (Platform platform : platforms) {
            latest.add(label(platform) + " "
                    + format(kpi, last.platforms().get(platform).value(kpi)));
        }
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "axis"));
        option.put("legend", json().with("top", 0).with("data", legendOf(series)));
        option.put(
                "xAxis",
                json().with("type", "category").with("boundaryGap", false).with("data", weekLabels));
        option.put("yAxis", valueAxis(kpi));
        option.put("series", series);
        String summary =
                texts.getTranslation("chart.trend.summary", kpiName, run.weeksRun(), String.join(", ", latest));
        return new ChartSpec(
                "chart-trend-" + AttemptKeys.kebab(kpi),
                texts.getTranslation("chart.trend.title", kpiName),
                summary,
                option,
                columns,
                rows);
    }

    /** Link clicks (bars) and conversions (line, own axis) per week, all platforms together. */
    public ChartSpec clicksAndConversions() {
        List<Object> clicks = new ArrayList<>();
        List<Object> conversions = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (WeekResult week : run.weeks()) {
            clicks.add(week.totals().linkClicks());
            conversions.add(week.totals().conversions());
            rows.add(List.of(
                    Integer.toString(week.week()),
                    integer(week.totals().linkClicks()),
                    integer(week.totals().conversions()),
                    percent(week.totals().conversionRate())));
        }
        String clicksName = label(Kpi.LINK_CLICKS);
        String conversionsName = label(Kpi.CONVERSIONS);
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "axis"));
        option.put("legend", json().with("top", 0).with("data", List.of(clicksName, conversionsName)));
        option.put("xAxis", json().with("type", "category").with("data", weekLabels()));
        option.put(
                "yAxis",
                List.of(
                        json().with("type", "value")
                                .with("name", clicksName)
                                .with("nameTextStyle", json().with("align", "left")),
                        json().with("type", "value")
                                .with("name", conversionsName)
                                .with("nameTextStyle", json().with("align", "right"))
                                .with("splitLine", json().with("show", false))));
        Map<String, Object> bars = json().with("name", clicksName)
                .with("type", "bar")
                .with("data", clicks)
                .with("barMaxWidth", 32);
        Map<String, Object> line = line(conversionsName, conversions);
        line.put("yAxisIndex", 1);
        option.put("series", List.of(bars, line));
        KpiValues totals = run.totals();
        return new ChartSpec(
                "chart-clicks-conversions",
                texts.getTranslation("chart.clicks.title"),
                texts.getTranslation(
                        "chart.clicks.summary",
                        integer(totals.linkClicks()),
                        integer(totals.conversions()),
                        percent(totals.conversionRate()),
                        run.weeksRun()),
                option,
                List.of(texts.getTranslation("chart.week"), clicksName, conversionsName, label(Kpi.CONVERSION_RATE)),
                rows);
    }

    /** Each SMART objective's progress towards its target (100% = on target); empty without objectives. */
    public Optional<ChartSpec> objectives() {
        if (run.objectives().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int met = 0;
        for (ObjectiveProgress progress : run.objectives()) {
            String name = objectiveName(progress.objective());
            names.add(name);
            // The axis stops at −50% and 200% so one runaway objective does not flatten the others; the label keeps
            // the true figure.
            double shown = Math.max(-50, Math.min(200, progress.progress() * 100));
            data.add(json().with("value", round(shown))
                    .with("itemStyle", json().with("color", progress.met() ? POSITIVE : "#0072B2"))
                    .with("label", json().with("formatter", percent(progress.progress()))));
            if (progress.met()) {
                met++;
            }
            Kpi kpi = progress.kpi();
            rows.add(List.of(
                    name,
                    kpi == null ? "—" : label(kpi),
                    progress.platform() == null
                            ? texts.getTranslation("chart.all-platforms")
                            : label(progress.platform()),
                    kpi == null ? "—" : format(kpi, progress.target()),
                    kpi == null ? "—" : format(kpi, progress.actual()),
                    percent(progress.progress()),
                    progress.met()
                            ? texts.getTranslation("chart.objectives.met", progress.measuredThroughWeek())
                            : texts.getTranslation("chart.objectives.not-met", progress.measuredThroughWeek())));
        }
        JsonObject option = base();
        option.put(
                "grid",
                json().with("left", 8)
                        .with("right", 48)
                        .with("top", 16)
                        .with("bottom", 24)
                        .with("containLabel", true));
        option.put("tooltip", json().with("trigger", "axis").with("axisPointer", json().with("type", "shadow")));
        option.put(
                "xAxis",
                json().with("type", "value")
                        .with("min", -50)
                        .with("max", 200)
                        .with("axisLabel", json().with("formatter", "{value}%")));
        option.put(
                "yAxis",
                json().with("type", "category")
                        .with("data", names)
                        .with("inverse", true)
                        .with("axisLabel", json().with("width", 220).with("overflow", "truncate")));
        option.put(
                "series",
                List.of(json().with("name", texts.getTranslation("chart.objectives.progress"))
                        .with("type", "bar")
                        .with("data", data)
                        .with("barMaxWidth", 24)
                        .with(
                                "label",
                                json().with("show", true)
                                        .with("position", "right")
                                        .with("formatter", "{c}%"))
                        .with(
                                "markLine",
                                json().with("symbol", "none")
                                        .with("silent", true)
                                        .with(
                                                "lineStyle",
                                                json().with("color", "#333333").with("type", "dashed"))
                                        .with("label", json().with("show", false))
                                        .with("data", List.of(json().with("xAxis", 100))))));
        return Optional.of(new ChartSpec(
                "chart-objectives",
                texts.getTranslation("chart.objectives.title"),
                texts.getTranslation(
                        "chart.objectives.summary", met, run.objectives().size()),
                option,
                List.of(
                        texts.getTranslation("chart.objectives.objective"),
                        texts.getTranslation("chart.objectives.kpi"),
                        texts.getTranslation("chart.objectives.platform"),
                        texts.getTranslation("chart.objectives.target-value"),
                        texts.getTranslation("chart.objectives.actual"),
                        texts.getTranslation("chart.objectives.progress"),
                        texts.getTranslation("chart.objectives.status")),
                rows));
    }

    /** Paid impressions → clicks → conversions over the weeks run, with spend, CPC and CPA; empty without spend. */
    public Optional<ChartSpec> paidFunnel() {
        KpiValues totals = run.totals();
        if (totals.spend() <= 0 && totals.paidImpressions() == 0) {
            return Optional.empty();
        }
        String impressions = texts.getTranslation("chart.funnel.impressions");
        String clicks = texts.getTranslation("chart.funnel.clicks");
        String conversions = texts.getTranslation("chart.funnel.conversions");
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "item").with("formatter", "{b}"));
        option.put(
                "series",
                List.of(json().with("type", "funnel")
                        .with("sort", "none")
                        .with("left", "4%")
                        .with("width", "56%")
                        .with("top", 8)
                        .with("bottom", 8)
                        .with("min", 0)
                        .with("max", Math.max(1, totals.paidImpressions()))
                        .with("minSize", "12%")
                        .with("gap", 4)
                        .with(
                                "label",
                                json().with("show", true)
                                        .with("position", "right")
                                        .with("formatter", "{b}")
                                        .with("color", "#333333"))
                        .with("labelLine", json().with("show", true))
                        .with(
                                "data",
                                List.of(
                                        json().with("name", impressions + ": " + integer(totals.paidImpressions()))
                                                .with("value", totals.paidImpressions())
                                                .with("itemStyle", json().with("color", "#56B4E9")),
                                        json().with("name", clicks + ": " + integer(totals.paidClicks()))
                                                .with("value", totals.paidClicks())
                                                .with("itemStyle", json().with("color", "#0072B2")),
                                        json().with("name", conversions + ": " + integer(totals.paidConversions()))
                                                .with("value", totals.paidConversions())
                                                .with("itemStyle", json().with("color", "#004C7A"))))));
        List<List<String>> rows = List.of(
                List.of(impressions, integer(totals.paidImpressions())),
                List.of(clicks, integer(totals.paidClicks())),
                List.of(conversions, integer(totals.paidConversions())),
                List.of(label(Kpi.SPEND), money(totals.spend())),
                List.of(label(Kpi.CPC), money(totals.cpc())),
                List.of(label(Kpi.CPA), money(totals.cpa())),
                List.of(label(Kpi.ROAS), ratio(totals.roas())));
        return Optional.of(new ChartSpec(
                "chart-paid-funnel",
                texts.getTranslation("chart.funnel.title"),
                texts.getTranslation(
                        "chart.funnel.summary",
                        integer(totals.paidImpressions()),
                        integer(totals.paidClicks()),
                        integer(totals.paidConversions()),
                        money(totals.spend()),
                        money(totals.cpc()),
                        money(totals.cpa())),
                option,
                List.of(texts.getTranslation("chart.funnel.stage"), texts.getTranslation("chart.value")),
                rows));
    }

    /** The share of positive, neutral and negative mentions per week (stacked) and net sentiment as a line. */
    public ChartSpec sentiment() {
        List<Object> positive = new ArrayList<>();
        List<Object> neutral = new ArrayList<>();
        List<Object> negative = new ArrayList<>();
        List<Object> net = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (WeekResult week : run.weeks()) {
            KpiValues totals = week.totals();
            positive.add(round(totals.positiveShare() * 100));
            neutral.add(round(totals.neutralShare() * 100));
            negative.add(round(totals.negativeShare() * 100));
            net.add(round(totals.netSentiment() * 100));
            rows.add(List.of(
                    Integer.toString(week.week()),
                    percent(totals.positiveShare()),
                    percent(totals.neutralShare()),
                    percent(totals.negativeShare()),
                    points(totals.netSentiment())));
        }
        String positiveName = texts.getTranslation("chart.sentiment.positive");
        String neutralName = texts.getTranslation("chart.sentiment.neutral");
        String negativeName = texts.getTranslation("chart.sentiment.negative");
        String netName = label(Kpi.NET_SENTIMENT);
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "axis"));
        option.put(
                "legend",
                json().with("top", 0).with("data", List.of(positiveName, neutralName, negativeName, netName)));
        option.put("xAxis", json().with("type", "category").with("data", weekLabels()));
        option.put(
                "yAxis",
                List.of(
                        json().with("type", "value")
                                .with("min", 0)
                                .with("max", 100)
                                .with("axisLabel", json().with("formatter", "{value}%")),
                        json().with("type", "value")
                                .with("min", -100)
                                .with("max", 100)
                                .with("splitLine", json().with("show", false))));
        Map<String, Object> netLine = line(netName, net);
        netLine.put("yAxisIndex", 1);
        netLine.put("lineStyle", json().with("color", "#333333").with("width", 2));
        netLine.put("itemStyle", json().with("color", "#333333"));
        option.put(
                "series",
                List.of(
                        stackedBar(positiveName, positive, POSITIVE),
                        stackedBar(neutralName, neutral, NEUTRAL),
                        stackedBar(negativeName, negative, NEGATIVE),
                        netLine));
        WeekResult last = run.week(run.weeksRun());
        return new ChartSpec(
                "chart-sentiment",
                texts.getTranslation("chart.sentiment.title"),
                texts.getTranslation(
                        "chart.sentiment.summary",
                        run.weeksRun(),
                        points(last.totals().netSentiment()),
                        percent(last.totals().negativeShare())),
                option,
                List.of(texts.getTranslation("chart.week"), positiveName, neutralName, negativeName, netName),
                rows);
    }

    /** The brand's mentions against its competitors' per week, and its share of voice. */
    public ChartSpec shareOfVoice() {
        String brand = scenario.brand().name();
        String competitors = texts.getTranslation("chart.voice.competitors");
        String share = label(Kpi.SHARE_OF_VOICE);
        List<Object> mentions = new ArrayList<>();
        List<Object> theirs = new ArrayList<>();
        List<Object> shares = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (WeekResult week : run.weeks()) {
            KpiValues totals = week.totals();
            mentions.add(totals.mentions());
            theirs.add(totals.competitorMentions());
            shares.add(round(totals.shareOfVoice() * 100));
            rows.add(List.of(
                    Integer.toString(week.week()),
                    integer(totals.mentions()),
                    integer(totals.competitorMentions()),
                    percent(totals.shareOfVoice())));
        }
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "axis"));
        option.put("legend", json().with("top", 0).with("data", List.of(brand, competitors, share)));
        option.put("xAxis", json().with("type", "category").with("data", weekLabels()));
        option.put(
                "yAxis",
                List.of(
                        json().with("type", "value"),
                        json().with("type", "value")
                                .with("min", 0)
                                .with("max", 100)
                                .with("axisLabel", json().with("formatter", "{value}%"))
                                .with("splitLine", json().with("show", false))));
        Map<String, Object> shareLine = line(share, shares);
        shareLine.put("yAxisIndex", 1);
        shareLine.put("lineStyle", json().with("color", "#333333").with("width", 2));
        shareLine.put("itemStyle", json().with("color", "#333333"));
        option.put(
                "series",
                List.of(
                        json().with("name", brand)
                                .with("type", "bar")
                                .with("data", mentions)
                                .with("barMaxWidth", 28),
                        json().with("name", competitors)
                                .with("type", "bar")
                                .with("data", theirs)
                                .with("barMaxWidth", 28),
                        shareLine));
        return new ChartSpec(
                "chart-share-of-voice",
                texts.getTranslation("chart.voice.title"),
                texts.getTranslation(
                        "chart.voice.summary",
                        brand,
                        percent(run.totals().shareOfVoice()),
                        scenario.competitors().size()),
                option,
                List.of(texts.getTranslation("chart.week"), brand, competitors, share),
                rows);
    }

    /** The brand's engagement rate per platform over the weeks run beside each competitor's benchmark rate. */
    public ChartSpec competitorEngagement() {
        String brand = scenario.brand().name();
        List<String> platformNames = platforms.stream().map(this::label).toList();
        List<Object> series = new ArrayList<>();
        List<Object> ours = new ArrayList<>();
        for (Platform platform : platforms) {
            ours.add(plotted(Kpi.ENGAGEMENT_RATE, run.platforms().get(platform).engagementRate()));
        }
        series.add(json().with("name", brand)
                .with("type", "bar")
                .with("data", ours)
                .with("barMaxWidth", 28));
        List<String> columns = new ArrayList<>(List.of(texts.getTranslation("chart.objectives.platform"), brand));
        for (CompetitorDefinition competitor : scenario.competitors()) {
            List<Object> data = new ArrayList<>();
            for (Platform platform : platforms) {
                Double rate = competitor.engagementRate().get(platform);
                data.add(rate == null ? null : plotted(Kpi.ENGAGEMENT_RATE, rate));
            }
            series.add(json().with("name", competitor.name())
                    .with("type", "bar")
                    .with("data", data)
                    .with("barMaxWidth", 28));
            columns.add(competitor.name());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Platform platform : platforms) {
            List<String> row = new ArrayList<>();
            row.add(label(platform));
            row.add(percent(run.platforms().get(platform).engagementRate()));
            for (CompetitorDefinition competitor : scenario.competitors()) {
                Double rate = competitor.engagementRate().get(platform);
                row.add(rate == null ? "—" : percent(rate));
            }
            rows.add(row);
        }
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "axis").with("axisPointer", json().with("type", "shadow")));
        option.put("legend", json().with("top", 0));
        option.put("xAxis", json().with("type", "category").with("data", platformNames));
        option.put("yAxis", valueAxis(Kpi.ENGAGEMENT_RATE));
        option.put("series", series);
        return new ChartSpec(
                "chart-competitor-engagement",
                texts.getTranslation("chart.competitors.title"),
                texts.getTranslation(
                        "chart.competitors.summary",
                        brand,
                        String.join(
                                ", ",
                                rows.stream()
                                        .map(row -> row.get(0) + " " + row.get(1))
                                        .toList())),
                option,
                columns,
                rows);
    }

    /** When the posts of the weeks run went out: day × hour, coloured by how many. */
    public ChartSpec postingHeatmap() {
        int[][] counts = new int[7][24];
        int total = 0;
        for (Post post : plan.posts()) {
            if (post.week() <= run.weeksRun()) {
                counts[post.day().getValue() - 1][post.hour()]++;
                total++;
            }
        }
        List<Object> data = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int max = 0;
        int night = 0;
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                int count = counts[day][hour];
                if (count > 0) {
                    data.add(List.of(hour, day, count));
                    rows.add(List.of(dayName(day), hour(hour), Integer.toString(count)));
                    max = Math.max(max, count);
                    if (hour < 6) {
                        night += count;
                    }
                }
            }
        }
        List<String> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(String.format(Locale.ROOT, "%02d", hour));
        }
        List<String> days = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            days.add(dayName(day));
        }
        JsonObject option = base();
        option.put(
                "grid",
                json().with("left", 8)
                        .with("right", 16)
                        .with("top", 8)
                        .with("bottom", 56)
                        .with("containLabel", true));
        option.put("tooltip", json().with("position", "top"));
        option.put(
                "xAxis",
                json().with("type", "category").with("data", hours).with("splitArea", json().with("show", true)));
        option.put(
                "yAxis",
                json().with("type", "category")
                        .with("data", days)
                        .with("inverse", true)
                        .with("splitArea", json().with("show", true)));
        option.put(
                "visualMap",
                json().with("min", 0)
                        .with("max", Math.max(1, max))
                        .with("calculable", false)
                        .with("orient", "horizontal")
                        .with("left", "center")
                        .with("bottom", 0)
                        .with("itemHeight", 120)
                        .with(
                                "text",
                                List.of(
                                        texts.getTranslation("chart.heatmap.more"),
                                        texts.getTranslation("chart.heatmap.fewer")))
                        .with("inRange", json().with("color", List.of("#f3f7fb", "#0072B2"))));
        option.put(
                "series",
                List.of(json().with("name", texts.getTranslation("chart.heatmap.posts"))
                        .with("type", "heatmap")
                        .with("data", data)
                        .with("label", json().with("show", true))
                        .with(
                                "emphasis",
                                json().with(
                                                "itemStyle",
                                                json().with("borderColor", "#333333")
                                                        .with("borderWidth", 1)))));
        return new ChartSpec(
                "chart-posting-times",
                texts.getTranslation("chart.heatmap.title"),
                texts.getTranslation("chart.heatmap.summary", total, run.weeksRun(), night),
                option,
                List.of(
                        texts.getTranslation("chart.heatmap.day"),
                        texts.getTranslation("chart.heatmap.hour"),
                        texts.getTranslation("chart.heatmap.posts")),
                rows);
    }

    /**
     * The crisis hour by hour: mentions as the brand handled it, as they would have gone unanswered, the negative
     * share, and when the first statement went out; empty before the crisis.
     */
    public Optional<ChartSpec> crisisTimeline() {
        List<CrisisHour> hours = CrisisRoom.timeline(run);
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        List<Object> mentions = new ArrayList<>();
        List<Object> unanswered = new ArrayList<>();
        List<Object> negative = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Integer firstResponse = null;
        long total = 0;
        long peak = 0;
        for (CrisisHour hour : hours) {
            String at = shortDay(hour.day()) + " " + hour(hour.hour());
            labels.add(at);
            mentions.add(hour.mentions());
            unanswered.add(round(hour.unansweredMentions()));
            negative.add(round(hour.negativeShare() * 100));
            total += hour.mentions();
            peak = Math.max(peak, hour.mentions());
            if (hour.responded() && firstResponse == null) {
                firstResponse = hour.sinceTrigger();
            }
            // Every hour of the first two days, then every sixth: the table stays readable.
            if (hour.sinceTrigger() < 48 || hour.sinceTrigger() % 6 == 0) {
                rows.add(List.of(
                        Integer.toString(hour.sinceTrigger()),
                        at,
                        integer(hour.mentions()),
                        integer(Math.round(hour.unansweredMentions())),
                        percent(hour.negativeShare()),
                        hour.responded()
                                ? texts.getTranslation("chart.crisis.yes")
                                : texts.getTranslation("chart.crisis.no")));
            }
        }
        String mentionsName = texts.getTranslation("chart.crisis.mentions");
        String unansweredName = texts.getTranslation("chart.crisis.unanswered");
        String negativeName = texts.getTranslation("chart.crisis.negative-share");
        Map<String, Object> mentionsLine = line(mentionsName, mentions);
        mentionsLine.put("symbol", "none");
        mentionsLine.put("areaStyle", json().with("opacity", 0.2));
        if (firstResponse != null) {
            mentionsLine.put(
                    "markLine",
                    json().with("symbol", "none")
                            .with("silent", true)
                            .with("lineStyle", json().with("color", POSITIVE).with("width", 2))
                            .with(
                                    "label",
                                    json().with("formatter", texts.getTranslation("chart.crisis.first-statement"))
                                            .with("position", "insideEndTop"))
                            .with("data", List.of(json().with("xAxis", firstResponse))));
        }
        Map<String, Object> unansweredLine = line(unansweredName, unanswered);
        unansweredLine.put("symbol", "none");
        unansweredLine.put("lineStyle", json().with("type", "dashed").with("color", "#999999"));
        unansweredLine.put("itemStyle", json().with("color", "#999999"));
        Map<String, Object> negativeLine = line(negativeName, negative);
        negativeLine.put("symbol", "none");
        negativeLine.put("yAxisIndex", 1);
        negativeLine.put("lineStyle", json().with("color", NEGATIVE));
        negativeLine.put("itemStyle", json().with("color", NEGATIVE));
        JsonObject option = base();
        option.put("tooltip", json().with("trigger", "axis"));
        option.put("legend", json().with("top", 0).with("data", List.of(mentionsName, unansweredName, negativeName)));
        option.put(
                "xAxis",
                json().with("type", "category")
                        .with("boundaryGap", false)
                        .with("data", labels)
                        .with("axisLabel", json().with("interval", 11)));
        option.put(
                "yAxis",
                List.of(
                        json().with("type", "value").with("name", texts.getTranslation("chart.crisis.per-hour")),
                        json().with("type", "value")
                                .with("min", 0)
                                .with("max", 100)
                                .with("axisLabel", json().with("formatter", "{value}%"))
                                .with("splitLine", json().with("show", false))));
        option.put(
                "dataZoom",
                List.of(
                        json().with("type", "inside"),
                        json().with("type", "slider").with("height", 18).with("bottom", 4)));
        option.put(
                "grid",
                json().with("left", 8)
                        .with("right", 16)
                        .with("top", 48)
                        .with("bottom", 40)
                        .with("containLabel", true));
        option.put("series", List.of(mentionsLine, unansweredLine, negativeLine));
        String summary = firstResponse == null
                ? texts.getTranslation("chart.crisis.summary-silent", hours.size(), integer(total), integer(peak))
                : texts.getTranslation(
                        "chart.crisis.summary", hours.size(), integer(total), integer(peak), firstResponse);
        return Optional.of(new ChartSpec(
                "chart-crisis-timeline",
                texts.getTranslation("chart.crisis.title"),
                summary,
                option,
                List.of(
                        texts.getTranslation("chart.crisis.since"),
                        texts.getTranslation("chart.crisis.when"),
                        mentionsName,
                        unansweredName,
                        negativeName,
                        texts.getTranslation("chart.crisis.responded")),
                rows));
    }

    /** Why week {@code week} went as it did: its explanations, largest effect first. */
    public List<Explanation> explanations(int week) {
        return run.week(week).explanations().stream()
                .sorted(Comparator.comparingDouble((Explanation e) -> -Math.abs(e.effect())))
                .toList();
    }

    /** An explanation's effect as a signed percentage, e.g. "−38%". */
    public String effect(Explanation explanation) {
        double value = explanation.effect() * 100;
        String number = NumberFormat.getIntegerInstance(locale).format(Math.round(Math.abs(value)));
        return (value < 0 ? "−" : "+") + number + "%";
    }

    /** A KPI's value formatted the way the dashboard shows it: rates in percent, money in the scenario currency. */
    public String format(Kpi kpi, double value) {
        return switch (kpi) {
            case ENGAGEMENT_RATE, FOLLOWER_GROWTH, CTR, CONVERSION_RATE, SHARE_OF_VOICE, RESPONSE_RATE ->
                percent(value);
            case NET_SENTIMENT -> points(value);
            case REVENUE, SPEND, CPM, CPC, CPA -> money(value);
            case ROAS -> ratio(value);
            case MEDIAN_RESPONSE_HOURS -> String.format(locale, "%.1f h", value);
            case REACH, IMPRESSIONS, ENGAGEMENTS, LIKES, FOLLOWERS, LINK_CLICKS, CONVERSIONS ->
                integer(Math.round(value));
        };
    }

    private String objectiveName(String id) {
        for (SmartObjective objective : plan.objectives()) {
            if (objective.id().equals(id)) {
                String statement = objective.statement().strip();
                return statement.isEmpty() ? id : statement;
            }
        }
        return id;
    }

    /** The number a chart plots for a KPI: rates in percent (2 decimals), net sentiment in points, others as they are. */
    static double plotted(Kpi kpi, double value) {
        return switch (kpi) {
            case ENGAGEMENT_RATE, FOLLOWER_GROWTH, CTR, CONVERSION_RATE, SHARE_OF_VOICE, RESPONSE_RATE, NET_SENTIMENT ->
                round(value * 100);
            default -> round(value);
        };
    }

    private Map<String, Object> valueAxis(Kpi kpi) {
        Map<String, Object> axis = json().with("type", "value").with("scale", kpi == Kpi.FOLLOWERS);
        if (plotted(kpi, 1) == 100) {
            axis.put("axisLabel", json().with("formatter", "{value}%"));
        }
        return axis;
    }

    private static JsonObject base() {
        JsonObject option = json();
        // No animation: the numbers change as the student answers, and a moving chart distracts from them.
        option.put("animation", false);
        option.put("color", PALETTE);
        option.put("textStyle", json().with("fontFamily", "inherit"));
        option.put(
                "grid",
                json().with("left", 8)
                        .with("right", 16)
                        .with("top", 40)
                        .with("bottom", 8)
                        .with("containLabel", true));
        return option;
    }

    private static Map<String, Object> line(String name, List<Object> data) {
        return json().with("name", name).with("type", "line").with("data", data).with("symbolSize", 6);
    }

    private static Map<String, Object> stackedBar(String name, List<Object> data, String colour) {
        return json().with("name", name)
                .with("type", "bar")
                .with("stack", "share")
                .with("data", data)
                .with("barMaxWidth", 32)
                .with("itemStyle", json().with("color", colour));
    }

    private static List<Object> legendOf(List<Object> series) {
        List<Object> names = new ArrayList<>();
        for (Object one : series) {
            Object name = ((Map<?, ?>) one).get("name");
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private List<String> weekLabels() {
        List<String> labels = new ArrayList<>();
        for (int week = 1; week <= run.weeksRun(); week++) {
            labels.add(texts.getTranslation("chart.week-short", week));
        }
        return labels;
    }

    private String label(Enum<?> value) {
        return texts.getTranslation(AttemptKeys.label(value));
    }

    private String dayName(int index) {
        return label(DayOfWeek.of(index + 1));
    }

    private String shortDay(DayOfWeek day) {
        String name = label(day);
        return name.length() > 3 ? name.substring(0, 3) : name;
    }

    private static String hour(int hour) {
        return String.format(Locale.ROOT, "%02d:00", hour);
    }

    private String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String percent(double fraction) {
        return String.format(locale, "%.1f%%", fraction * 100);
    }

    private String points(double netSentiment) {
        return String.format(locale, "%+.0f", netSentiment * 100);
    }

    private String ratio(double value) {
        return String.format(locale, "%.2f×", value);
    }

    private String money(double value) {
        return Money.exact(value, scenario.currency(), locale);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A JSON object for an ECharts option, built key by key in order. */
    static JsonObject json() {
        return new JsonObject();
    }

    /** An ECharts option object: an ordered map that reads as the JSON it becomes. */
    static final class JsonObject extends LinkedHashMap<String, Object> {

        JsonObject with(String key, @Nullable Object value) {
            put(key, value);
            return this;
        }
    }
}
