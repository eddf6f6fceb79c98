package org.socialsim.attempt.work;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.KpiValues;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Kpi;

/**
 * Real KPI values for an evaluation to cite: picks one value out of a run (a week or the whole run, a platform or all)
 * and writes it the way a marketer reads it: rates as percentages, money in the scenario's currency, counts with
 * thousands separators. Students who cite the numbers the simulation produced write evaluations a marker can check.
 */
public final class KpiCitation {

    private KpiCitation() {}

    /**
     * The value of {@code kpi} in {@code run}.
     *
     * @param week 1-based week, or {@code null} for every week run so far
     * @param platform a platform, or {@code null} for all platforms together
     * @return empty when the week has not run or the scenario does not use the platform
     */
    public static OptionalDouble value(
            SimulationRun run, @Nullable Integer week, @Nullable Platform platform, Kpi kpi) {
        if (week != null && (week < 1 || week > run.weeks().size())) {
            return OptionalDouble.empty();
        }
        KpiValues values;
        if (week == null) {
            values = platform == null ? run.totals() : run.platforms().get(platform);
        } else {
            values = platform == null
                    ? run.week(week).totals()
                    : run.week(week).platforms().get(platform);
        }
        return values == null ? OptionalDouble.empty() : OptionalDouble.of(values.value(kpi));
    }

    /** {@code value} as text: {@code 12,340}, {@code 4.2%}, {@code £1,250.00}, {@code 3.1×}, {@code +24%}, {@code 2.5 h}. */
    public static String format(Kpi kpi, double value, String currencyCode, Locale locale) {
        return switch (kind(kpi)) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(Math.round(value));
            case RATE -> percent(value, locale, false);
            case SIGNED_SHARE -> percent(value, locale, true);
            case MONEY -> Money.exact(value, currencyCode, locale);
            case MULTIPLE -> decimal(value, locale) + "×";
            case HOURS -> decimal(value, locale) + " h";
        };
    }

    /** How a KPI's number is read. */
    public enum Kind {
        COUNT,
        /** A fraction shown as a percentage. */
        RATE,
        /** A balance in [−1, 1] shown as a signed percentage (net sentiment). */
        SIGNED_SHARE,
        MONEY,
        /** Revenue per unit spent (ROAS). */
        MULTIPLE,
        HOURS
    }

    public static Kind kind(Kpi kpi) {
        return switch (kpi) {
            case REACH, IMPRESSIONS, ENGAGEMENTS, LIKES, FOLLOWERS, LINK_CLICKS, CONVERSIONS -> Kind.COUNT;
            case ENGAGEMENT_RATE, FOLLOWER_GROWTH, CTR, CONVERSION_RATE, SHARE_OF_VOICE, RESPONSE_RATE -> Kind.RATE;
            case NET_SENTIMENT -> Kind.SIGNED_SHARE;
            case REVENUE, SPEND, CPM, CPC, CPA -> Kind.MONEY;
            case ROAS -> Kind.MULTIPLE;
            case MEDIAN_RESPONSE_HOURS -> Kind.HOURS;
        };
    }

    private static String percent(double fraction, Locale locale, boolean signed) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        // Engagement rates and CTRs live around 0.5–5%: one decimal keeps them apart, two would be false precision.
        format.setMaximumFractionDigits(Math.abs(fraction) < 0.1 ? 2 : 1);
        format.setMinimumFractionDigits(0);
        String text = format.format(fraction);
        return signed && fraction > 0 ? "+" + text : text;
    }

    private static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value != 0 && Math.abs(value) < 10 ? 2 : 1);
        return format.format(value);
    }
}
