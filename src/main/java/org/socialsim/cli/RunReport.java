package org.socialsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.socialsim.simulation.Explanation;
import org.socialsim.simulation.KpiBand;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.ReplicatedRun;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.Kpi;

/** The readable form of a run for {@code simulate --format table}: a weekly KPI table, then the why. */
final class RunReport {

    /** How many explanations the table form lists; the JSON form has all of them. */
    static final int TOP_EXPLANATIONS = 5;

    private record Column(String title, Function<KpiValues, String> cell) {}

    private static final List<Column> WEEKLY = List.of(
            new Column("posts", v -> count(v.posts())),
            new Column("reach", v -> count(v.reach())),
            new Column("impressions", v -> count(v.impressions())),
            new Column("engagements", v -> count(v.engagements())),
            new Column("eng. rate", v -> percent(v.engagementRate())),
            new Column("clicks", v -> count(v.linkClicks())),
            new Column("CTR", v -> percent(v.ctr())),
            new Column("conversions", v -> count(v.conversions())),
            new Column("revenue", v -> money(v.revenue())),
            new Column("spend", v -> money(v.spend())),
            new Column("ROAS", v -> ratio(v.roas())),
            new Column("followers", v -> count(v.followers())),
            new Column("net sentiment", v -> signed(v.netSentiment())),
            new Column("response rate", v -> percent(v.responseRate())));

    /** The KPIs shown for replications, one row each. */
    private static final List<Kpi> BANDED = List.of(
            Kpi.REACH,
            Kpi.ENGAGEMENTS,
            Kpi.ENGAGEMENT_RATE,
            Kpi.LINK_CLICKS,
            Kpi.CONVERSIONS,
            Kpi.REVENUE,
            Kpi.SPEND,
            Kpi.ROAS,
            Kpi.FOLLOWERS,
            Kpi.FOLLOWER_GROWTH,
            Kpi.NET_SENTIMENT,
            Kpi.RESPONSE_RATE);

    private RunReport() {}

    static String of(SimulationRun run, String currency) {
        StringBuilder text = new StringBuilder();
        text.append("Scenario ")
                .append(run.scenario())
                .append(", seed ")
                .append(run.seed())
                .append(", ")
                .append(run.weeksRun())
                .append(run.weeksRun() == 1 ? " week" : " weeks")
                .append(" (money in ")
                .append(currency)
                .append(")\n\n");
        List<String> header = new ArrayList<>(List.of("week"));
        WEEKLY.forEach(column -> header.add(column.title()));
        TextTable table = new TextTable(header);
        for (WeekResult week : run.weeks()) {
            table.row(cells(String.valueOf(week.week()), week.totals()));
        }
        table.row(cells("total", run.totals()));
        text.append(table.render());
        appendExplanations(text, "What moved the KPIs most:", run.explanations());
        return text.toString();
    }

    static String of(ReplicatedRun replicated, SimulationRun sample, String currency) {
        StringBuilder text = new StringBuilder();
        text.append("Scenario ")
                .append(replicated.scenario())
                .append(", ")
                .append(replicated.replications())
                .append(" replications from seed ")
                .append(replicated.seed())
                .append(" (money in ")
                .append(currency)
                .append("): mean and 90% band [5th–95th percentile]\n\n");
        List<String> header = new ArrayList<>(List.of("KPI", "total mean", "90% band"));
        for (int week = 1; week <= replicated.weeks().size(); week++) {
            header.add("week " + week);
        }
        TextTable table = new TextTable(header);
        BANDED.forEach(kpi -> {
            KpiBand total = replicated.total(kpi);
            List<String> row = new ArrayList<>(List.of(
                    kpi.name().toLowerCase(Locale.ROOT),
                    value(kpi, total.mean()),
                    "[" + value(kpi, total.p5()) + " – " + value(kpi, total.p95()) + "]"));
            for (int week = 1; week <= replicated.weeks().size(); week++) {
                row.add(value(kpi, replicated.week(week, kpi).mean()));
            }
            table.row(row);
        });
        text.append(table.render());
        appendExplanations(
                text, "What moved the KPIs most in the run with seed " + sample.seed() + ":", sample.explanations());
        return text.toString();
    }

    private static List<String> cells(String label, KpiValues values) {
        List<String> row = new ArrayList<>(List.of(label));
        WEEKLY.forEach(column -> row.add(column.cell().apply(values)));
        return row;
    }

    private static void appendExplanations(StringBuilder text, String heading, List<Explanation> explanations) {
        if (explanations.isEmpty()) {
            text.append("\nNo factor moved the KPIs noticeably against a competent plan.\n");
            return;
        }
        text.append('\n').append(heading).append('\n');
        explanations.stream()
                .limit(TOP_EXPLANATIONS)
                .forEach(e -> text.append("  - ").append(e.sentence()).append('\n'));
    }

    private static String value(Kpi kpi, double value) {
        return switch (kpi) {
            case ENGAGEMENT_RATE, CTR, CONVERSION_RATE, FOLLOWER_GROWTH, SHARE_OF_VOICE, RESPONSE_RATE ->
                percent(value);
            case REVENUE, SPEND, CPM, CPC, CPA -> money(value);
            case ROAS, MEDIAN_RESPONSE_HOURS -> ratio(value);
            case NET_SENTIMENT -> signed(value);
            default -> count(Math.round(value));
        };
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
