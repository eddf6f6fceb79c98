package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.scenario.definition.CrisisDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.CrisisRules;
import org.socialsim.simulation.plan.CrisisFollowUp;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.CrisisStrategy;

/**
 * {@code crisis_response}: the brand's answer to the scenario's crisis, judged by Situational Crisis Communication
 * Theory (Coombs) as the engine simulates it.
 *
 * <pre>
 * score = core × (0.35 + 0.65 × speed) × (1 if promotion paused, else 0.6)
 * core  = 0.60 × strategy fit + 0.10 × channels + 0.15 × holding statement + 0.15 × follow-ups
 * </pre>
 *
 * Strategy fit is the engine's SCCT fit for the attributed cluster ({@link CrisisRules}) over the best fit, 0 when it
 * backfires; speed is 1 up to {@code first_response_hours} and falls as 1 / (1 + overrun / 2 h); channels is the share
 * of followers on the platforms the statement went out on; the holding statement earns a quarter each for
 * acknowledging, giving a fact, saying what is being done and when the next update comes, halved when it overstates
 * ("completely safe"); follow-ups count ½ each up to two. Denial in a preventable crisis caps the score at 0.35, as the
 * rubric's guidance caps the criterion at Adequate. A crisis that has not broken in the weeks run scores 0 with a note:
 * the work is incomplete, and nothing of it can be credited.
 */
final class CrisisResponseAssessor implements Assessor {

    static final String FIRST_RESPONSE_HOURS = "first_response_hours";
    static final double DEFAULT_FIRST_RESPONSE_HOURS = 1;
    static final double DENIAL_CAP = 0.35;
    static final double PROMOTION_FACTOR = 0.6;

    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(am|pm)\\b");
    private static final Pattern HOURS = Pattern.compile("\\b\\d+\\s*(hours?|hrs?|h|minutes?|mins?)\\b");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]{2,40})\\*\\*");

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        double expected = parameters.number(FIRST_RESPONSE_HOURS, DEFAULT_FIRST_RESPONSE_HOURS);
        CrisisDefinition crisis = submission.scenario().crisis();
        if (submission.weeksRun() < crisis.week()) {
            String run = submission.weeksRun() == 0
                    ? "no week was run"
                    : "only weeks 1–" + submission.weeksRun() + " were run";
            return new Assessment(
                    0,
                    List.of(EvidenceLine.note("The crisis breaks in week " + crisis.week() + " and " + run
                            + ", so there was no crisis to answer and nothing here can be credited yet.")));
        }
        CrisisResponse response = submission.plan().crisis();
        if (response == null) {
            return new Assessment(
                    0,
                    List.of(EvidenceLine.gap("The brand never answered the crisis that broke in week " + crisis.week()
                            + ". Post a holding statement within " + Excerpt.hours(expected)
                            + ", pause promotion and follow up until the story closes.")));
        }
        ResponsibilityCluster cluster = CrisisRules.attributed(crisis.responsibility(), crisis.priorIncidents());
        double fit = Math.max(0, CrisisRules.strategyFit(cluster, response.strategy())) / CrisisRules.bestFit(cluster);
        double speed = speed(response.firstResponseHours(), expected);
        double channels = coverage(submission.scenario(), response.channels());
        Statement statement = Statement.read(response.holdingStatement(), crisis.facts());
        long followUps = followUps(response);
        double core = 0.60 * fit + 0.10 * channels + 0.15 * statement.score() + 0.15 * Math.min(1, followUps / 2.0);
        double score = core * (0.35 + 0.65 * speed) * (response.pausePromotion() ? 1 : PROMOTION_FACTOR);
        boolean denial = cluster == ResponsibilityCluster.PREVENTABLE && response.strategy() == CrisisStrategy.DENY;
        if (denial) {
            score = Math.min(score, DENIAL_CAP);
        }
        List<EvidenceLine> lines = new ArrayList<>();
        lines.add(strategyLine(submission.scenario(), cluster, response, fit));
        lines.add(speedLine(response.firstResponseHours(), expected));
        lines.add(
                response.pausePromotion()
                        ? EvidenceLine.strength("You paused scheduled promotion while the crisis ran.")
                        : EvidenceLine.gap("Scheduled promotion kept running during the crisis and looked tone-deaf;"
                                + " pause promotional posts and ads when a crisis breaks."));
        lines.add(statement.line(response.holdingStatement(), cluster));
        if (channels < 0.999) {
            lines.add(channelLine(submission.scenario(), response.channels(), channels));
        }
        lines.add(
                followUps >= 2
                        ? EvidenceLine.strength("You followed up " + followUps + " times after the first statement.")
                        : EvidenceLine.gap(
                                followUps == 0
                                        ? "No follow-up after the first statement; post updates until the story closes."
                                        : "Only one follow-up after the first statement; keep updating until the"
                                                + " story closes (what you found, then how you make it right)."));
        Assessment assessment = new Assessment(Math.clamp(score, 0.0, 1.0), Excerpt.mostImportantFirst(lines));
        if (denial) {
            // Rubric guidance: "Denial in a preventable crisis is a serious error and should normally cap the
            // criterion at Adequate", however well the inbox was run.
            List<EvidenceLine> capped = new ArrayList<>(assessment.evidence());
            capped.add(
                    1,
                    EvidenceLine.gap("Denying a crisis the brand caused keeps community and crisis management at"
                            + " Adequate at best, however well the rest was handled."));
            assessment = new Assessment(assessment.score(), capped).cappedAt(Assessment.AT_MOST_ADEQUATE);
        }
        return assessment;
    }

    /** 1 up to the expected hours, then falling: half two hours later, a fifth eight hours later. */
    static double speed(double hours, double expected) {
        if (Double.isNaN(hours) || Double.isInfinite(hours)) {
            return 0;
        }
        return hours <= expected ? 1 : 1 / (1 + (hours - expected) / 2);
    }

    /** Share of the brand's followers on the platforms the statement went out on. */
    static double coverage(ScenarioDefinition scenario, List<Platform> channels) {
        double all = scenario.platforms().values().stream()
                .mapToDouble(PlatformDefinition::followers)
                .sum();
        if (all <= 0) {
            return channels.isEmpty() ? 0 : 1;
        }
        return Math.min(
                1,
                channels.stream()
                                .distinct()
                                .filter(scenario.platforms()::containsKey)
                                .mapToDouble(p -> scenario.platform(p).followers())
                                .sum()
                        / all);
    }

    static long followUps(CrisisResponse response) {
        return response.followUps().stream()
                .filter(f ->
                        f.hour() >= response.firstResponseHours() && !f.text().isBlank())
                .map(CrisisFollowUp::hour)
                .distinct()
                .count();
    }

    private static EvidenceLine strategyLine(
            ScenarioDefinition scenario, ResponsibilityCluster cluster, CrisisResponse response, double fit) {
        String held = switch (cluster) {
            case PREVENTABLE ->
                "a preventable crisis: the public holds " + scenario.brand().name() + " fully responsible";
            case ACCIDENTAL ->
                "an accidental crisis: the public holds " + scenario.brand().name() + " partly responsible";
            case VICTIM ->
                "a victim crisis: the public hardly blames " + scenario.brand().name();
        };
        if (scenario.crisis().priorIncidents()) {
            held += " (raised by past incidents)";
        }
        String advice = switch (cluster) {
            case PREVENTABLE -> "rebuild: apologise, recall and compensate";
            case ACCIDENTAL -> "give people instructing information first, then diminish or rebuild";
            case VICTIM -> "give people instructing information and show concern";
        };
        String chose = strategyName(response.strategy());
        if (cluster == ResponsibilityCluster.PREVENTABLE && response.strategy() == CrisisStrategy.DENY) {
            return EvidenceLine.gap("You chose to deny " + held
                    + "; denial against the facts is a serious error that makes the story grow. " + capitalised(advice)
                    + ".");
        }
        if (fit >= 0.999) {
            return EvidenceLine.strength("You chose to " + chose + ", which fits " + held + ".");
        }
        return EvidenceLine.gap("You chose to " + chose + ", which fits " + held + " only partly; " + advice + ".");
    }

    private static EvidenceLine speedLine(double hours, double expected) {
        if (Double.isNaN(hours) || Double.isInfinite(hours)) {
            return EvidenceLine.gap("Your response has no time for the first statement; post one within "
                    + Excerpt.hours(expected) + ".");
        }
        if (hours <= expected) {
            return EvidenceLine.strength("Your first statement came after " + Excerpt.hours(hours) + ", within the "
                    + Excerpt.hours(expected) + " people expect.");
        }
        return EvidenceLine.gap("Your first statement came after " + Excerpt.hours(hours)
                + "; people expect one within " + Excerpt.hours(expected)
                + " and the story grew in the silence. Post a short holding statement first.");
    }

    private static EvidenceLine channelLine(ScenarioDefinition scenario, List<Platform> channels, double coverage) {
        List<String> missing = scenario.platforms().keySet().stream()
                .filter(p -> !channels.contains(p))
                .map(CrisisResponseAssessor::platformName)
                .toList();
        return EvidenceLine.gap("Your statement reached platforms with " + Math.round(100 * coverage)
                + "% of your followers; post it on " + String.join(" and ", missing) + " too.");
    }

    static String platformName(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case FACEBOOK -> "Facebook";
            case LINKEDIN -> "LinkedIn";
            case X -> "X";
            case YOUTUBE -> "YouTube";
        };
    }

    private static String strategyName(CrisisStrategy strategy) {
        return switch (strategy) {
            case DENY -> "deny";
            case DIMINISH -> "diminish (excuse or justify)";
            case REBUILD -> "rebuild (apologise and put it right)";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What a holding statement does, read with plain keyword cues; the tutor reads the statement itself. */
    record Statement(
            boolean blank,
            boolean acknowledges,
            boolean givesFacts,
            boolean saysAction,
            boolean promisesUpdate,
            boolean overstates,
            boolean denies) {

        static Statement read(String text, String crisisFacts) {
            String lower = text.toLowerCase(Locale.ROOT);
            // A time ("update at 21:00", "within 2 hours") promises an update; it is not a fact about the crisis.
            String withoutTimes =
                    HOURS.matcher(CLOCK_TIME.matcher(lower).replaceAll(" ")).replaceAll(" ");
            boolean facts = withoutTimes.chars().anyMatch(Character::isDigit)
                    || Excerpt.any(lower, "batch", "what we know", "so far", "confirmed", "affected");
            Matcher bold = BOLD.matcher(crisisFacts);
            while (!facts && bold.find()) {
                facts = lower.contains(bold.group(1).toLowerCase(Locale.ROOT).strip());
            }
            return new Statement(
                    text.isBlank(),
                    Excerpt.any(
                            lower,
                            "sorry",
                            "apolog",
                            "we know",
                            "we're aware",
                            "we are aware",
                            "aware of",
                            "we have seen",
                            "we've seen",
                            "concern",
                            "understand",
                            "acknowledge",
                            "we hear"),
                    facts,
                    Excerpt.any(
                            lower,
                            "investigat",
                            "recall",
                            "withdraw",
                            "pulled",
                            "stopp",
                            "paus",
                            "testing",
                            "working on",
                            "working with",
                            "contact",
                            "refund",
                            "replace",
                            "checking",
                            "looking into",
                            "review"),
                    Excerpt.any(lower, "update", "will share", "next", "tomorrow", "tonight", "later today", "within")
                            || CLOCK_TIME.matcher(lower).find(),
                    Excerpt.any(
                            lower,
                            "completely safe",
                            "totally safe",
                            "perfectly safe",
                            "100%",
                            "no risk",
                            "nothing wrong",
                            "guarantee",
                            "fully resolved",
                            "isolated incident",
                            "no one was harmed"),
                    Excerpt.any(lower, "false", "not true", "untrue", "fake", "lies", "no evidence"));
        }

        double score() {
            if (blank) {
                return 0;
            }
            double parts =
                    (acknowledges ? 1 : 0) + (givesFacts ? 1 : 0) + (saysAction ? 1 : 0) + (promisesUpdate ? 1 : 0);
            return parts / 4 * (overstates ? 0.5 : 1);
        }

        EvidenceLine line(String text, ResponsibilityCluster cluster) {
            if (blank) {
                return EvidenceLine.gap("Your response has no holding statement; say that you know, what you know,"
                        + " what you are doing and when you will update.");
            }
            String quoted = "'" + Excerpt.quote(text, 70) + "'";
            if (overstates) {
                return EvidenceLine.gap("Your holding statement " + quoted
                        + " claims more than the brand knows; state only confirmed facts.");
            }
            if (denies && cluster == ResponsibilityCluster.PREVENTABLE) {
                return EvidenceLine.gap("Your holding statement " + quoted
                        + " dismisses what people saw although the brand is at fault; acknowledge it.");
            }
            List<String> missing = new ArrayList<>();
            if (!acknowledges) {
                missing.add("acknowledge the problem");
            }
            if (!givesFacts) {
                missing.add("give a fact you know (what, which batch, how many)");
            }
            if (!saysAction) {
                missing.add("say what you are doing");
            }
            if (!promisesUpdate) {
                missing.add("say when the next update comes");
            }
            if (missing.isEmpty()) {
                return EvidenceLine.strength("Your holding statement " + quoted
                        + " acknowledges the problem, gives facts, says what you are doing and when you will update.");
            }
            String last = missing.removeLast();
            return EvidenceLine.gap("Your holding statement " + quoted + " does not "
                    + (missing.isEmpty() ? last : String.join("; ", missing) + " or " + last) + ".");
        }
    }
}
