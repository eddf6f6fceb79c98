package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Kpi;

/**
 * Collects, per platform, the expected reach and engagements of the posts as planned and as they
 * would have been with one factor at its competent value (well timed, native format, within the
 * sweet spot, not quiet, well-targeted, a balanced pillar mix). The ratio of the two sums is each
 * factor's effect, in expectation, so noise never enters an explanation. Also gathers discrete
 * events (a crisis response, a backlash, an exhausted budget) that the mechanics report.
 */
final class Explainer {

    /** Effects smaller than this are not worth a student's attention. */
    static final double THRESHOLD = 0.1;

    enum Factor {
        TIMING("timing"),
        FORMAT("format"),
        FREQUENCY("frequency"),
        QUIET("quiet"),
        FIT("audience-fit"),
        CLIMATE("crisis-climate");

        final String id;

        Factor(String id) {
            this.id = id;
        }
    }

    private static final int P = ScenarioTables.PLATFORMS;
    private static final int F = Factor.values().length;

    final double[] reach = new double[P];
    final double[][] reachIdeal = new double[F][P];
    final double[] engagements = new double[P];
    final double[] engagementsPillarIdeal = new double[P];
    final double[] engagementsFitIdeal = new double[P];
    final int[] posts = new int[P];
    final int[] nightPosts = new int[P];
    final int[] offPeakPosts = new int[P];
    final int[] weakFormatPosts = new int[P];
    final int[][] pillarPosts = new int[P][Pillar.values().length];
    final int[][] formatPosts = new int[P][Format.values().length];
    final int[] lowFitPosts = new int[P];
    final int[] maxPostsInWeek = new int[P];
    final int[] overPostedWeeks = new int[P];
    final int[] quietWeeks = new int[P];
    final double[] lostToPromotion = new double[P];
    final double[] lostToOverPosting = new double[P];
    /** Events that also count for the whole run. */
    final List<Explanation> events = new ArrayList<>();
    /** Events only the week reports; the run reports its own summary of them. */
    final List<Explanation> weekEvents = new ArrayList<>();

    void post(
            int p,
            double expectedReach,
            double[] factors,
            double[] ideals,
            double expectedEngagements,
            double pillarFactor,
            double pillarIdeal,
            double fitFactor,
            double fitIdeal) {
        posts[p]++;
        reach[p] += expectedReach;
        for (int f = 0; f < F; f++) {
            reachIdeal[f][p] += factors[f] > 0 ? expectedReach / factors[f] * ideals[f] : 0;
        }
        engagements[p] += expectedEngagements;
        engagementsPillarIdeal[p] += pillarFactor > 0 ? expectedEngagements / pillarFactor * pillarIdeal : 0;
        engagementsFitIdeal[p] += fitFactor > 0 ? expectedEngagements / fitFactor * fitIdeal : 0;
    }

    void merge(Explainer week) {
        for (int p = 0; p < P; p++) {
            reach[p] += week.reach[p];
            for (int f = 0; f < F; f++) {
                reachIdeal[f][p] += week.reachIdeal[f][p];
            }
            engagements[p] += week.engagements[p];
            engagementsPillarIdeal[p] += week.engagementsPillarIdeal[p];
            engagementsFitIdeal[p] += week.engagementsFitIdeal[p];
            posts[p] += week.posts[p];
            nightPosts[p] += week.nightPosts[p];
            offPeakPosts[p] += week.offPeakPosts[p];
            weakFormatPosts[p] += week.weakFormatPosts[p];
            lowFitPosts[p] += week.lowFitPosts[p];
            for (int i = 0; i < pillarPosts[p].length; i++) {
                pillarPosts[p][i] += week.pillarPosts[p][i];
            }
            for (int i = 0; i < formatPosts[p].length; i++) {
                formatPosts[p][i] += week.formatPosts[p][i];
            }
            maxPostsInWeek[p] = Math.max(maxPostsInWeek[p], week.maxPostsInWeek[p]);
            overPostedWeeks[p] += week.overPostedWeeks[p];
            quietWeeks[p] += week.quietWeeks[p];
            lostToPromotion[p] += week.lostToPromotion[p];
            lostToOverPosting[p] += week.lostToOverPosting[p];
        }
        events.addAll(week.events);
    }

    /** The explanations, largest effect first. */
    List<Explanation> explain(ScenarioTables tables, String span) {
        List<Explanation> out = new ArrayList<>();
        for (Platform platform : tables.scenario.platforms().keySet()) {
            int p = platform.ordinal();
            if (posts[p] == 0) {
                continue;
            }
            String on = " on " + name(platform);
            double timing = effect(reach[p], reachIdeal[Factor.TIMING.ordinal()][p]);
            if (timing <= -THRESHOLD) {
                String why = nightPosts[p] > 0
                        ? nightPosts[p] + " of " + posts[p]
                                + " posts went out between 01:00 and 05:00, when your audience sleeps"
                        : offPeakPosts[p] > 0
                                ? offPeakPosts[p] + " of " + posts[p]
                                        + " posts went out at hours when your audience is rarely online"
                                : "your posts went out when only part of your audience is online";
                why += "; the busiest hour there is " + busiestHour(tables, p);
                out.add(new Explanation(
                        "timing",
                        Kpi.REACH,
                        platform,
                        timing,
                        "Reach" + on + " " + percent(timing) + " against a well-timed plan: " + why + "."));
            }
            double format = effect(reach[p], reachIdeal[Factor.FORMAT.ordinal()][p]);
            if (format <= -THRESHOLD) {
                Format worst = mostUsedWeakFormat(tables, platform);
                out.add(new Explanation(
                        "format",
                        Kpi.REACH,
                        platform,
                        format,
                        "Reach" + on + " " + percent(format) + " against native formats: " + weakFormatPosts[p] + " of "
                                + posts[p] + " posts used formats that travel poorly there"
                                + (worst == null
                                        ? ""
                                        : " (mostly " + name(worst) + ", weight "
                                                + String.format(
                                                        Locale.ROOT, "%.1f", tables.formatWeight(platform, worst))
                                                + " against the best format's "
                                                + String.format(Locale.ROOT, "%.1f", tables.bestFormatWeight(platform))
                                                + ")")
                                + "."));
            }
            double frequency = effect(reach[p], reachIdeal[Factor.FREQUENCY.ordinal()][p]);
            if (frequency <= -THRESHOLD) {
                out.add(new Explanation(
                        "frequency",
                        Kpi.REACH,
                        platform,
                        frequency,
                        "Each post" + on + " reached " + percent(-frequency).substring(1)
                                + " fewer people than it would at the sweet spot: you posted up to "
                                + maxPostsInWeek[p] + " times a week, above the "
                                + (int) tables.platform(platform).postsPerWeek().max()
                                + " the audience welcomes, so your posts compete with each other"
                                + (lostToOverPosting[p] >= 1
                                        ? " and about " + Math.round(lostToOverPosting[p]) + " followers unfollowed"
                                        : "")
                                + "."));
            }
            double quiet = effect(reach[p], reachIdeal[Factor.QUIET.ordinal()][p]);
            if (quiet <= -THRESHOLD) {
                out.add(
                        new Explanation(
                                "quiet",
                                Kpi.REACH,
                                platform,
                                quiet,
                                "Reach" + on + " " + percent(quiet) + ": after " + quietWeeks[p]
                                        + " quiet week(s) the algorithm showed your posts to fewer people; keep a steady rhythm."));
            }
            double fit = effect(reach[p], reachIdeal[Factor.FIT.ordinal()][p]);
            double engagementFit = effect(engagements[p], engagementsFitIdeal[p]);
            if (engagementFit <= -THRESHOLD) {
                out.add(
                        new Explanation(
                                "audience-fit",
                                Kpi.ENGAGEMENT_RATE,
                                platform,
                                engagementFit,
                                "Engagement rate" + on + " " + percent(engagementFit) + " and reach " + percent(fit)
                                        + " against content for the real audience: " + lowFitPosts[p] + " of "
                                        + posts[p]
                                        + " posts targeted personas that match the people actually there poorly (platforms, interests, hours or age)."));
            }
            double climate = effect(reach[p], reachIdeal[Factor.CLIMATE.ordinal()][p]);
            if (climate <= -THRESHOLD) {
                out.add(new Explanation(
                        "crisis-climate",
                        Kpi.REACH,
                        platform,
                        climate,
                        "Reach" + on + " " + percent(climate)
                                + ": posts during the crisis met an audience busy being angry."));
            }
            double pillar = effect(engagements[p], engagementsPillarIdeal[p]);
            if (Math.abs(pillar) >= THRESHOLD) {
                Pillar most = mostUsedPillar(p);
                Pillar favourite = favourite(tables, p);
                out.add(new Explanation(
                        "pillar-mix",
                        Kpi.ENGAGEMENT_RATE,
                        platform,
                        pillar,
                        "Engagement rate" + on + " " + percent(pillar) + " against a balanced content mix: "
                                + pillarPosts[p][most.ordinal()] + " of " + posts[p] + " posts were " + name(most)
                                + "; this audience is most interested in " + name(favourite) + " content."));
            }
            if (lostToPromotion[p] >= 1) {
                int promotional = pillarPosts[p][Pillar.PROMOTIONAL.ordinal()];
                out.add(new Explanation(
                        "over-promotion",
                        Kpi.FOLLOWERS,
                        platform,
                        -lostToPromotion[p]
                                / Math.max(1, tables.platform(platform).followers()),
                        "About " + Math.round(lostToPromotion[p]) + " followers" + on + " unfollowed because "
                                + promotional + " of " + posts[p]
                                + " posts were promotional; audiences tolerate selling in about one post in five."));
            }
        }
        out.addAll(events);
        out.addAll(weekEvents);
        out.sort(Comparator.comparingDouble((Explanation e) -> -Math.abs(e.effect())));
        return out;
    }

    /** The day and hour the platform's audience is most active, e.g. "Tuesday 21:00". */
    static String busiestHour(ScenarioTables tables, int p) {
        int bestDay = 0;
        int bestHour = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (tables.activity[p][d][h] > tables.activity[p][bestDay][bestHour]) {
                    bestDay = d;
                    bestHour = h;
                }
            }
        }
        return name(java.time.DayOfWeek.of(bestDay + 1)) + String.format(Locale.ROOT, " %02d:00", bestHour);
    }

    private Format mostUsedWeakFormat(ScenarioTables tables, Platform platform) {
        int p = platform.ordinal();
        Format worst = null;
        int count = 0;
        for (Format format : Format.values()) {
            if (formatPosts[p][format.ordinal()] > count
                    && tables.formatWeight(platform, format) < 0.8 * tables.bestFormatWeight(platform)) {
                worst = format;
                count = formatPosts[p][format.ordinal()];
            }
        }
        return worst;
    }

    private Pillar mostUsedPillar(int p) {
        Pillar most = Pillar.EDUCATIONAL;
        for (Pillar pillar : Pillar.values()) {
            if (pillarPosts[p][pillar.ordinal()] > pillarPosts[p][most.ordinal()]) {
                most = pillar;
            }
        }
        return most;
    }

    private static Pillar favourite(ScenarioTables tables, int p) {
        Pillar best = Pillar.EDUCATIONAL;
        for (Pillar pillar : Pillar.values()) {
            if (tables.interest[p][pillar.ordinal()] > tables.interest[p][best.ordinal()]) {
                best = pillar;
            }
        }
        return best;
    }

    static double effect(double actual, double ideal) {
        return ideal > 0 ? actual / ideal - 1 : 0;
    }

    /** A change of a score in points, e.g. "−12 points" for −0.12. */
    static String points(double change) {
        long rounded = Math.round(change * 100);
        return (rounded >= 0 ? "+" : "−") + Math.abs(rounded) + " points";
    }

    static String percent(double effect) {
        long rounded = Math.round(effect * 100);
        return (rounded >= 0 ? "+" : "−") + Math.abs(rounded) + "%";
    }

    static String name(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (value.name()) {
            case "TIKTOK" -> "TikTok";
            case "LINKEDIN" -> "LinkedIn";
            case "YOUTUBE" -> "YouTube";
            case "X" -> "X";
            case "INSTAGRAM",
                    "FACEBOOK",
                    "MONDAY",
                    "TUESDAY",
                    "WEDNESDAY",
                    "THURSDAY",
                    "FRIDAY",
                    "SATURDAY",
                    "SUNDAY" -> Character.toUpperCase(text.charAt(0)) + text.substring(1);
            default -> text;
        };
    }
}
