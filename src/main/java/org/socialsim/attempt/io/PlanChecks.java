package org.socialsim.attempt.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.CommunityReply;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * What a well-formed plan file can still get wrong about its scenario: weeks and hours out of
 * range, platforms the scenario lacks, formats a platform does not support, ids that point
 * nowhere, negative money. The engine would quietly run such a plan; a student or tutor replaying
 * a file should hear about it instead. Each finding names its key path, e.g. {@code posts[3].week}.
 */
public final class PlanChecks {

    /** One finding: where in the plan ({@code posts[3].week}) and what is wrong. */
    public record Finding(String path, String message) {}

    private final ScenarioDefinition scenario;
    private final List<Finding> findings = new ArrayList<>();

    private PlanChecks(ScenarioDefinition scenario) {
        this.scenario = scenario;
    }

    public static List<Finding> check(Plan plan, ScenarioDefinition scenario) {
        PlanChecks checks = new PlanChecks(scenario);
        checks.plan(plan);
        return List.copyOf(checks.findings);
    }

    private void plan(Plan plan) {
        Set<String> personas = unique("personas", plan.personas(), Persona::id);
        unique("objectives", plan.objectives(), SmartObjective::id);
        unique("posts", plan.posts(), Post::id);
        unique("campaigns", plan.campaigns(), AdCampaign::id);
        // One answer per message: the engine would silently use the first of two.
        unique("community", plan.community(), CommunityReply::message, "message");
        for (int i = 0; i < plan.objectives().size(); i++) {
            objective("objectives[" + i + "]", plan.objectives().get(i));
        }
        for (int i = 0; i < plan.personas().size(); i++) {
            persona("personas[" + i + "]", plan.personas().get(i));
        }
        for (int i = 0; i < plan.posts().size(); i++) {
            post("posts[" + i + "]", plan.posts().get(i), personas);
        }
        for (int i = 0; i < plan.campaigns().size(); i++) {
            campaign("campaigns[" + i + "]", plan.campaigns().get(i), personas);
        }
        for (int i = 0; i < plan.influencers().size(); i++) {
            influencer("influencers[" + i + "]", plan.influencers().get(i));
        }
        for (int i = 0; i < plan.community().size(); i++) {
            reply("community[" + i + "]", plan.community().get(i));
        }
        if (plan.crisis() != null) {
            crisis("crisis", plan.crisis());
        }
    }

    private void objective(String path, SmartObjective objective) {
        if (objective.platform() != null) {
            platform(path + ".platform", objective.platform());
        }
        if (objective.deadlineWeek() != null) {
            week(path + ".deadline_week", objective.deadlineWeek());
        }
        String business = objective.businessObjective();
        if (business != null && scenario.businessObjectives().stream().noneMatch(b -> b.id().equals(business))) {
            report(
                    path + ".business_objective",
                    "no business objective '" + business + "' in " + scenario.id() + "; expected one of: "
                            + scenario.businessObjectives().stream()
                                    .map(b -> b.id())
                                    .collect(Collectors.joining(", ")));
        }
    }

    private void persona(String path, Persona persona) {
        if (persona.minAge() > persona.maxAge()) {
            report(path + ".min_age", "min_age " + persona.minAge() + " is above max_age " + persona.maxAge());
        }
        hours(path + ".weekday_hours", persona.weekdayHours());
        hours(path + ".weekend_hours", persona.weekendHours());
    }

    private void post(String path, Post post, Set<String> personas) {
        week(path + ".week", post.week());
        hour(path + ".hour", post.hour());
        if (platform(path + ".platform", post.platform())) {
            format(path + ".format", post.platform(), post.format());
        }
        if (post.persona() != null) {
            persona(path + ".persona", post.persona(), personas);
        }
        notNegative(path + ".boost", post.boost());
    }

    private void campaign(String path, AdCampaign campaign, Set<String> personas) {
        if (platform(path + ".platform", campaign.platform())) {
            format(path + ".format", campaign.platform(), campaign.format());
        }
        for (int i = 0; i < campaign.personas().size(); i++) {
            persona(path + ".personas[" + i + "]", campaign.personas().get(i), personas);
        }
        notNegative(path + ".budget", campaign.budget());
        week(path + ".from_week", campaign.fromWeek());
        week(path + ".to_week", campaign.toWeek());
        if (campaign.fromWeek() > campaign.toWeek()) {
            report(path + ".to_week", "to_week " + campaign.toWeek() + " is before from_week " + campaign.fromWeek());
        }
        boolean capped = campaign.bidStrategy() != BidStrategy.LOWEST_COST;
        if (capped && (campaign.bidCap() == null || !(campaign.bidCap() > 0))) {
            report(path + ".bid_cap", "a " + lower(campaign.bidStrategy()) + " campaign needs a bid_cap above 0");
        }
    }

    private void influencer(String path, InfluencerPartnership deal) {
        week(path + ".week", deal.week());
        if (deal.posts() < 1) {
            report(path + ".posts", "posts must be at least 1, not " + deal.posts());
        }
        notNegative(path + ".fee", deal.fee());
        InfluencerDefinition influencer = scenario.influencer(deal.influencer()).orElse(null);
        if (influencer == null) {
            report(
                    path + ".influencer",
                    "no influencer '" + deal.influencer() + "' in " + scenario.id() + "; expected one of: "
                            + scenario.influencers().stream()
                                    .map(InfluencerDefinition::id)
                                    .collect(Collectors.joining(", ")));
        } else if (scenario.platforms().containsKey(influencer.platform())) {
            format(path + ".format", influencer.platform(), deal.format());
        }
    }

    private void reply(String path, CommunityReply reply) {
        boolean known = scenario.community().stream()
                .map(MessageTemplate::id)
                .anyMatch(id -> reply.message().equals(id) || reply.message().startsWith(id + "-w"));
        if (!known) {
            report(
                    path + ".message",
                    "'" + reply.message() + "' is neither a message template of " + scenario.id()
                            + " nor a message from one (template-wWEEK-N)");
        }
        notNegative(path + ".response_hours", reply.responseHours());
    }

    private void crisis(String path, CrisisResponse crisis) {
        notNegative(path + ".first_response_hours", crisis.firstResponseHours());
        for (int i = 0; i < crisis.channels().size(); i++) {
            platform(path + ".channels[" + i + "]", crisis.channels().get(i));
        }
        for (int i = 0; i < crisis.followUps().size(); i++) {
            if (crisis.followUps().get(i).hour() < 0) {
                report(path + ".follow_ups[" + i + "].hour", "hour must be 0 or more");
            }
        }
    }

    private <T> Set<String> unique(String path, List<T> items, Function<T, String> id) {
        return unique(path, items, id, "id");
    }

    private <T> Set<String> unique(String path, List<T> items, Function<T, String> id, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(id.apply(items.get(i)))) {
                report(path + "[" + i + "]." + key, key + " '" + id.apply(items.get(i)) + "' is used twice");
            }
        }
        return seen;
    }

    private void week(String path, int week) {
        if (week < 1 || week > scenario.weeks()) {
            report(path, "week " + week + " is outside 1.." + scenario.weeks() + " of " + scenario.id());
        }
    }

    private void hour(String path, int hour) {
        if (hour < 0 || hour > 23) {
            report(path, "hour " + hour + " is outside 0..23");
        }
    }

    private void hours(String path, List<Integer> hours) {
        for (int i = 0; i < hours.size(); i++) {
            hour(path + "[" + i + "]", hours.get(i));
        }
    }

    private boolean platform(String path, Platform platform) {
        if (scenario.platforms().containsKey(platform)) {
            return true;
        }
        report(
                path,
                lower(platform) + " is not a platform of " + scenario.id() + "; expected one of: "
                        + scenario.platforms().keySet().stream()
                                .map(PlanChecks::lower)
                                .collect(Collectors.joining(", ")));
        return false;
    }

    private void format(String path, Platform platform, Format format) {
        if (!scenario.platform(platform).formats().containsKey(format)) {
            report(
                    path,
                    lower(format) + " cannot be posted on " + lower(platform) + "; expected one of: "
                            + scenario.platform(platform).formats().keySet().stream()
                                    .map(PlanChecks::lower)
                                    .collect(Collectors.joining(", ")));
        }
    }

    private void persona(String path, String id, Set<String> personas) {
        if (!personas.contains(id)) {
            report(
                    path,
                    personas.isEmpty()
                            ? "no persona '" + id + "': the plan has no personas"
                            : "no persona '" + id + "' in this plan; expected one of: "
                                    + String.join(
                                            ", ", personas.stream().sorted().toList()));
        }
    }

    private void notNegative(String path, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            report(path, "must be 0 or more, not " + value);
        }
    }

    private void report(String path, String message) {
        findings.add(new Finding(path, message));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
