package org.socialsim.grading.assessment;

import static org.socialsim.grading.assessment.StrategyText.and;
import static org.socialsim.grading.assessment.StrategyText.count;
import static org.socialsim.grading.assessment.StrategyText.objective;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.attempt.work.SmartCheck;
import org.socialsim.scenario.definition.BusinessObjective;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * {@code business_link}: whether the objectives serve the scenario's business objectives, and whether the
 * recommendations speak of business outcomes. Each objective earns 1 when it names a business objective of the brand
 * and its KPI shows progress on it (SmartCheck's Relevant test), half when it names one but measures something else,
 * a quarter when it names none but its KPI would show progress on one, and 0 otherwise; with {@code penalise_vanity}
 * an objective measured by likes, followers or impressions counts as unlinked. The score is 85% the objectives'
 * average and 15% the recommendations' mention of outcomes (two distinct outcome words for full credit), so the
 * written part can lift but never carry the score.
 */
final class BusinessLinkAssessor implements Assessor {

    /** Attention counted with no outcome behind it; the same three SmartCheck calls vanity. */
    static final Set<Kpi> VANITY = EnumSet.of(Kpi.LIKES, Kpi.FOLLOWERS, Kpi.IMPRESSIONS);

    static final double OBJECTIVES_WEIGHT = 0.85;

    /** Credit of an objective that names no business objective but measures progress on one. */
    static final double IMPLICIT_CREDIT = 0.25;

    /** Credit of an objective that names a business objective but measures something that does not show it. */
    static final double MISMATCH_CREDIT = 0.5;

    /** Distinct outcome words the recommendations need for full credit. */
    static final int OUTCOME_WORDS = 2;

    /** Words of business outcomes in any scenario; the scenario's own objectives add their words. */
    private static final List<String> OUTCOMES = List.of(
            "sales",
            "sell",
            "sold",
            "revenue",
            "profit",
            "orders",
            "leads",
            "bookings",
            "booking",
            "sign-ups",
            "signups",
            "subscribers",
            "subscriptions",
            "conversions",
            "conversion rate",
            "repeat",
            "customers",
            "cost per sale",
            "cost per acquisition",
            "cpa",
            "roas",
            "return on ad spend",
            "pipeline",
            "demos",
            "covers",
            "reservations",
            "basket");

    private static final Set<String> COMMON = Set.of(
            "through", "their", "there", "these", "those", "which", "while", "about", "after", "before", "brand",
            "social", "quickly", "known", "beyond", "launch", "weeks", "make", "into", "with", "from", "that");

    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{4,}");

    @Override
    public Assessment assess(Submission submission, AssessorParameters parameters) {
        boolean penaliseVanity = parameters.flag("penalise_vanity", true);
        ScenarioDefinition scenario = submission.scenario();
        List<SmartObjective> objectives = submission.plan().objectives();
        List<EvidenceLine> lines = new ArrayList<>();

        List<String> linked = new ArrayList<>();
        List<String> vanity = new ArrayList<>();
        List<String> mismatched = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        List<String> implicit = new ArrayList<>();
        Set<String> served = new LinkedHashSet<>();
        double credit = 0;
        for (SmartObjective objective : objectives) {
            Optional<BusinessObjective> business = business(objective, scenario);
            boolean relevant = SmartCheck.check(objective, scenario).get(3).met();
            boolean isVanity = objective.kpi() != null && VANITY.contains(objective.kpi());
            if (isVanity && penaliseVanity) {
                vanity.add(objective(objective) + " (" + StrategyText.kpi(objective.kpi()) + ")");
            } else if (business.isEmpty()) {
                Optional<BusinessObjective> implied = implied(objective, scenario);
                if (implied.isPresent()) {
                    credit += IMPLICIT_CREDIT;
                    implicit.add(objective(objective) + " measures progress on "
                            + StrategyText.quote(implied.get().description()));
                } else {
                    unlinked.add(objective(objective));
                }
            } else if (relevant) {
                credit += 1;
                linked.add(objective(objective));
                served.add(business.get().description());
            } else {
                credit += MISMATCH_CREDIT;
                mismatched.add(objective(objective) + " (" + kpiName(objective) + ")");
            }
        }
        double objectivesScore = objectives.isEmpty() ? 0 : credit / objectives.size();

        Set<String> outcomes = outcomeWords(submission.evaluation().recommendations(), scenario);
        double recommendationsScore = Math.min(1.0, (double) outcomes.size() / OUTCOME_WORDS);

        if (objectives.isEmpty()) {
            lines.add(EvidenceLine.gap("You set no objectives, so none serves a business objective: link each"
                    + " objective to one of the brand's, e.g. " + quoted(scenario) + "."));
        }
        if (!linked.isEmpty()) {
            lines.add(EvidenceLine.strength(and(linked) + " serve" + (linked.size() == 1 ? "s" : "") + " the"
                    + " business objective" + (served.size() == 1 ? " " : "s ")
                    + and(served.stream().map(StrategyText::quote).toList())
                    + " with a KPI that shows progress on it."));
        }
        if (!vanity.isEmpty()) {
            lines.add(EvidenceLine.gap(count(vanity.size(), "objective counts", "objectives count") + " as unlinked"
                    + " because "
                    + (vanity.size() == 1 ? "it is" : "they are") + " measured by a vanity metric: " + and(vanity)
                    + ". Measure what the attention should bring, such as clicks, conversions or revenue."));
        }
        if (!mismatched.isEmpty()) {
            lines.add(EvidenceLine.gap(and(mismatched) + (mismatched.size() == 1 ? " names" : " name") + " a"
                    + " business objective but measures something that does not show progress on it: choose the"
                    + " KPI that does."));
        }
        if (!implicit.isEmpty()) {
            lines.add(EvidenceLine.gap(and(implicit) + " but does not name it: link "
                    + (implicit.size() == 1 ? "it" : "each") + " to the business objective it serves."));
        }
        if (!unlinked.isEmpty()) {
            lines.add(EvidenceLine.gap(and(unlinked) + (unlinked.size() == 1 ? " serves" : " serve") + " no"
                    + " business objective of the brand: link " + (unlinked.size() == 1 ? "it" : "each") + " to one,"
                    + " e.g. " + quoted(scenario) + "."));
        }
        if (outcomes.isEmpty()) {
            lines.add(EvidenceLine.gap(
                    submission.evaluation().recommendations().isBlank()
                            ? "You wrote no recommendations: say what the business should do next and what it would"
                                    + " bring in sales, leads or customers."
                            : "Your recommendations do not mention a business outcome: say what each would bring in"
                                    + " sales, leads or customers, not only on social media."));
        } else {
            lines.add(EvidenceLine.strength("Your recommendations speak of business outcomes ("
                    + and(outcomes.stream().map(word -> "'" + word + "'").toList()) + ")."));
        }
        return new Assessment(
                StrategyText.unit(OBJECTIVES_WEIGHT * objectivesScore + (1 - OBJECTIVES_WEIGHT) * recommendationsScore),
                lines);
    }

    private static Optional<BusinessObjective> business(SmartObjective objective, ScenarioDefinition scenario) {
        String id = objective.businessObjective();
        return scenario.businessObjectives().stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst();
    }

    /** The first business objective the objective's KPI would show progress on, had the student named it. */
    private static Optional<BusinessObjective> implied(SmartObjective objective, ScenarioDefinition scenario) {
        for (BusinessObjective business : scenario.businessObjectives()) {
            SmartObjective linked = new SmartObjective(
                    objective.id(),
                    objective.statement(),
                    objective.kpi(),
                    objective.platform(),
                    objective.baseline(),
                    objective.target(),
                    objective.deadlineWeek(),
                    business.id());
            if (objective.kpi() != null
                    && SmartCheck.check(linked, scenario).get(3).met()) {
                return Optional.of(business);
            }
        }
        return Optional.empty();
    }

    private static String kpiName(SmartObjective objective) {
        return objective.kpi() == null ? "no KPI" : StrategyText.kpi(objective.kpi());
    }

    /** The brand's first business objective in its own words, as an example to link to. */
    private static String quoted(ScenarioDefinition scenario) {
        return StrategyText.quote(scenario.businessObjectives().getFirst().description());
    }

    /** The distinct outcome words {@code text} uses: the general ones and those of the brand's business objectives. */
    static Set<String> outcomeWords(String text, ScenarioDefinition scenario) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
        Set<String> found = new LinkedHashSet<>();
        for (String word : OUTCOMES) {
            if (lower.contains(" " + word + " ")) {
                found.add(word);
            }
        }
        String brand = scenario.brand().name().toLowerCase(Locale.ROOT);
        for (BusinessObjective business : scenario.businessObjectives()) {
            Matcher words = WORD.matcher(business.description().toLowerCase(Locale.ROOT));
            while (words.find()) {
                String word = words.group();
                if (!COMMON.contains(word) && !brand.contains(word) && lower.contains(" " + word + " ")) {
                    found.add(word);
                }
            }
        }
        return found;
    }
}
