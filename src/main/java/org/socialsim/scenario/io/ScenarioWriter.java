package org.socialsim.scenario.io;

import static org.socialsim.base.io.YamlTree.block;
import static org.socialsim.base.io.YamlTree.blockList;
import static org.socialsim.base.io.YamlTree.bool;
import static org.socialsim.base.io.YamlTree.flowList;
import static org.socialsim.base.io.YamlTree.flowMap;
import static org.socialsim.base.io.YamlTree.integer;
import static org.socialsim.base.io.YamlTree.name;
import static org.socialsim.base.io.YamlTree.number;
import static org.socialsim.base.io.YamlTree.text;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.socialsim.base.io.YamlTree;
import org.socialsim.base.io.YamlValues;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.CrisisBeat;
import org.socialsim.scenario.definition.CrisisDefinition;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;

/**
 * Writes a scenario in the file format {@link ScenarioReader} reads: keys in the records' order,
 * block style, ranges and small maps on one line, multi-line text as literal blocks, optional keys
 * left out when they hold their default. Reading what it writes gives an equal definition.
 * Stateless and thread-safe.
 */
public final class ScenarioWriter {

    /** The YAML text of a scenario. */
    public String write(ScenarioDefinition scenario) {
        Node root = block().put("id", text(scenario.id()))
                .put("title", text(scenario.title()))
                .put("brief", text(scenario.brief()))
                .put(
                        "brand",
                        block().put("name", text(scenario.brand().name()))
                                .put("industry", text(scenario.brand().industry()))
                                .put("voice", text(scenario.brand().voice()))
                                .put(
                                        "mentions_per_week",
                                        integer(scenario.brand().mentionsPerWeek()))
                                .build())
                .put("weeks", integer(scenario.weeks()))
                .put("currency", text(scenario.currency()))
                .put("conversion", name(scenario.conversion()))
                .put(
                        "budget",
                        block().put("ads", number(scenario.budget().ads()))
                                .put("influencers", number(scenario.budget().influencers()))
                                .build())
                .put(
                        "business_objectives",
                        blockList(scenario.businessObjectives().stream()
                                .map(objective -> block().put("id", text(objective.id()))
                                        .put("kind", name(objective.kind()))
                                        .put("description", text(objective.description()))
                                        .build())
                                .toList()))
                .put("platforms", platforms(scenario))
                .put(
                        "segments",
                        blockList(scenario.segments().stream()
                                .map(ScenarioWriter::segment)
                                .toList()))
                .putIf(
                        !scenario.competitors().isEmpty(),
                        "competitors",
                        blockList(scenario.competitors().stream()
                                .map(ScenarioWriter::competitor)
                                .toList()))
                .putIf(
                        !scenario.influencers().isEmpty(),
                        "influencers",
                        blockList(scenario.influencers().stream()
                                .map(ScenarioWriter::influencer)
                                .toList()))
                .put(
                        "community",
                        blockList(scenario.community().stream()
                                .map(ScenarioWriter::message)
                                .toList()))
                .put("crisis", crisis(scenario.crisis()))
                .build();
        return YamlTree.dump(root);
    }

    private static Node platforms(ScenarioDefinition scenario) {
        YamlTree.MappingBuilder platforms = block();
        scenario.platforms()
                .forEach((platform, definition) -> platforms.put(YamlValues.yamlName(platform), platform(definition)));
        return platforms.build();
    }

    private static Node platform(PlatformDefinition platform) {
        return block().put("followers", integer(platform.followers()))
                .put("addressable_audience", integer(platform.addressableAudience()))
                .put("organic_reach", number(platform.organicReach()))
                .put("impressions_per_reach", number(platform.impressionsPerReach()))
                .put(
                        "engagement_rate",
                        block().put("rate", number(platform.engagementRate().rate()))
                                .put(
                                        "definition",
                                        name(platform.engagementRate().definition()))
                                .put("source", text(platform.engagementRate().source()))
                                .build())
                .put("organic_ctr", number(platform.organicCtr()))
                .put(
                        "ads",
                        block().put("cpm", range(platform.ads().cpm()))
                                .put("ctr", number(platform.ads().ctr()))
                                .build())
                .put("formats", flowMap(platform.formats()))
                .put("posts_per_week", range(platform.postsPerWeek()))
                .build();
    }

    private static Node segment(SegmentDefinition segment) {
        return block().put("id", text(segment.id()))
                .put("name", text(segment.name()))
                .putIf(!segment.description().isEmpty(), "description", text(segment.description()))
                .put("share", number(segment.share()))
                .put("age", range(segment.age()))
                .put("platforms", flowMap(segment.platforms()))
                .put("interests", flowMap(segment.interests()))
                .put(
                        "active_hours",
                        block().put("weekday", hours(segment.activeHours().weekday()))
                                .put("weekend", hours(segment.activeHours().weekend()))
                                .build())
                .put(
                        "funnel",
                        block().put("click_propensity", number(segment.funnel().clickPropensity()))
                                .put("conversion_rate", number(segment.funnel().conversionRate()))
                                .put("conversion_value", number(segment.funnel().conversionValue()))
                                .put("repeat_rate", number(segment.funnel().repeatRate()))
                                .build())
                .build();
    }

    private static Node competitor(CompetitorDefinition competitor) {
        return block().put("name", text(competitor.name()))
                .put("followers", flowMap(competitor.followers()))
                .put("engagement_rate", flowMap(competitor.engagementRate()))
                .put("posts_per_week", flowMap(competitor.postsPerWeek()))
                .put("follower_growth_monthly", number(competitor.followerGrowthMonthly()))
                .put("mentions_per_week", integer(competitor.mentionsPerWeek()))
                .build();
    }

    private static Node influencer(InfluencerDefinition influencer) {
        return block().put("id", text(influencer.id()))
                .put("name", text(influencer.name()))
                .put("platform", name(influencer.platform()))
                .put("niche", text(influencer.niche()))
                .put("audience", integer(influencer.audience()))
                .put("engagement_rate", number(influencer.engagementRate()))
                .put("overlap", number(influencer.overlap()))
                .put("authenticity", number(influencer.authenticity()))
                .put("fee", number(influencer.fee()))
                .build();
    }

    private static Node message(MessageTemplate message) {
        return block().put("id", text(message.id()))
                .put("kind", name(message.kind()))
                .put("channel", name(message.channel()))
                .putIf(
                        message.platform() != null,
                        "platform",
                        message.platform() == null ? text("") : name(message.platform()))
                .put("per_week", number(message.perWeek()))
                .putIf(message.weeks() != null, "weeks", message.weeks() == null ? text("") : range(message.weeks()))
                .put("author", text(message.author()))
                .put("text", text(message.text()))
                .put(
                        "good_actions",
                        flowList(message.goodActions().stream()
                                .map(YamlTree::name)
                                .toList()))
                .putIf(
                        !message.goodReply().isEmpty(),
                        "good_reply",
                        flowList(
                                message.goodReply().stream().map(YamlTree::name).toList()))
                .build();
    }

    private static Node crisis(CrisisDefinition crisis) {
        return block().put("week", integer(crisis.week()))
                .put("day", name(crisis.day()))
                .put("hour", integer(crisis.hour()))
                .put("kind", name(crisis.kind()))
                .put("responsibility", name(crisis.responsibility()))
                .put("prior_incidents", bool(crisis.priorIncidents()))
                .put("trigger", text(crisis.trigger()))
                .putIf(!crisis.facts().isEmpty(), "facts", text(crisis.facts()))
                .put(
                        "development",
                        blockList(crisis.development().stream()
                                .map(ScenarioWriter::beat)
                                .toList()))
                .build();
    }

    private static Node beat(CrisisBeat beat) {
        return block().put("hour", integer(beat.hour()))
                .put("mentions_per_hour", number(beat.mentionsPerHour()))
                .put("negative_share", number(beat.negativeShare()))
                .put("text", text(beat.text()))
                .build();
    }

    private static Node hours(List<Integer> hours) {
        return flowList(hours.stream().map(hour -> integer(hour)).toList());
    }

    private static Node range(Range range) {
        return YamlTree.pair(range.min(), range.max());
    }
}
