package org.socialsim.scenario.io;

import static org.socialsim.base.io.YamlValues.allRead;
import static org.socialsim.base.io.YamlValues.bool;
import static org.socialsim.base.io.YamlValues.distinctListOf;
import static org.socialsim.base.io.YamlValues.enumMap;
import static org.socialsim.base.io.YamlValues.enumOf;
import static org.socialsim.base.io.YamlValues.fraction;
import static org.socialsim.base.io.YamlValues.id;
import static org.socialsim.base.io.YamlValues.integer;
import static org.socialsim.base.io.YamlValues.listOf;
import static org.socialsim.base.io.YamlValues.mapping;
import static org.socialsim.base.io.YamlValues.number;
import static org.socialsim.base.io.YamlValues.numberAbove;
import static org.socialsim.base.io.YamlValues.pair;
import static org.socialsim.base.io.YamlValues.text;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.socialsim.base.io.NumberPair;
import org.socialsim.base.io.ReadResult;
import org.socialsim.base.io.YamlContext;
import org.socialsim.base.io.YamlMapping;
import org.socialsim.base.io.YamlValue;
import org.socialsim.base.io.YamlValues;
import org.socialsim.scenario.definition.ActiveHours;
import org.socialsim.scenario.definition.AdMarket;
import org.socialsim.scenario.definition.Brand;
import org.socialsim.scenario.definition.Budget;
import org.socialsim.scenario.definition.BusinessObjective;
import org.socialsim.scenario.definition.Channel;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.CompetitorDefinition;
import org.socialsim.scenario.definition.ConversionKind;
import org.socialsim.scenario.definition.CrisisBeat;
import org.socialsim.scenario.definition.CrisisDefinition;
import org.socialsim.scenario.definition.CrisisKind;
import org.socialsim.scenario.definition.EngagementBenchmark;
import org.socialsim.scenario.definition.EngagementDefinition;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelBehaviour;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ObjectiveKind;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.Range;
import org.socialsim.scenario.definition.ReplyQuality;
import org.socialsim.scenario.definition.ResponsibilityCluster;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.definition.SegmentDefinition;

/**
 * One read of one scenario file: walks the node tree in the records' shape and checks what a single
 * value cannot show on its own (sums, references to the scenario's platforms and weeks, order of
 * crisis beats). Ranges and sizes are the ones stated in the definition records' Javadoc.
 */
final class ScenarioMapping {

    static final List<String> SCENARIO = List.of(
            "id",
            "title",
            "brief",
            "brand",
            "weeks",
            "currency",
            "conversion",
            "budget",
            "business_objectives",
            "platforms",
            "segments",
            "competitors",
            "influencers",
            "community",
            "crisis");
    static final List<String> BRAND = List.of("name", "industry", "voice", "mentions_per_week");
    static final List<String> BUDGET = List.of("ads", "influencers");
    static final List<String> OBJECTIVE = List.of("id", "kind", "description");
    static final List<String> PLATFORM = List.of(
            "followers",
            "addressable_audience",
            "organic_reach",
            "impressions_per_reach",
            "engagement_rate",
            "organic_ctr",
            "ads",
            "formats",
            "posts_per_week");
    static final List<String> BENCHMARK = List.of("rate", "definition", "source");
    static final List<String> AD_MARKET = List.of("cpm", "ctr");
    static final List<String> SEGMENT =
            List.of("id", "name", "description", "share", "age", "platforms", "interests", "active_hours", "funnel");
    static final List<String> ACTIVE_HOURS = List.of("weekday", "weekend");
    static final List<String> FUNNEL =
            List.of("click_propensity", "conversion_rate", "conversion_value", "repeat_rate");
    static final List<String> COMPETITOR = List.of(
            "name", "followers", "engagement_rate", "posts_per_week", "follower_growth_monthly", "mentions_per_week");
    static final List<String> INFLUENCER =
            List.of("id", "name", "platform", "niche", "audience", "engagement_rate", "overlap", "authenticity", "fee");
    static final List<String> MESSAGE = List.of(
            "id", "kind", "channel", "platform", "per_week", "weeks", "author", "text", "good_actions", "good_reply");
    static final List<String> CRISIS = List.of(
            "week", "day", "hour", "kind", "responsibility", "prior_incidents", "trigger", "facts", "development");
    static final List<String> BEAT = List.of("hour", "mentions_per_hour", "negative_share", "text");

    /** Shares and mixes must add up to 1 within this, so authors can write thirds as 0.333. */
    static final double SUM_TOLERANCE = 0.001;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int TEN_MILLION = 10_000_000;

    private final YamlContext context;

    /** The weeks the scenario runs; the format's maximum until the file's own value is read. */
    private int weeks = 12;

    /** The platforms the scenario defines; all until they are read, so one mistake is not reported twice. */
    private Set<Platform> platforms = EnumSet.allOf(Platform.class);

    ScenarioMapping(String file) {
        this.context = new YamlContext(file);
    }

    ReadResult<ScenarioDefinition> read(Node root) {
        ScenarioDefinition scenario = mapping(SCENARIO, this::scenario).read(context, root, "");
        return context.result(scenario);
    }

    private @Nullable ScenarioDefinition scenario(YamlMapping m) {
        String id = m.required("id", id(3, 60));
        String title = m.required("title", text(1, 120));
        String brief = m.required("brief", text(1, 20_000));
        Brand brand = m.required("brand", mapping(BRAND, this::brand));
        Integer weekCount = m.required("weeks", integer(1, 12));
        if (weekCount != null) {
            weeks = weekCount;
        }
        String currency = m.required(
                "currency",
                YamlValues.matching(CURRENCY, "an ISO 4217 currency code of three capital letters (GBP, EUR, USD)"));
        ConversionKind conversion = m.required("conversion", enumOf(ConversionKind.class));
        Budget budget = m.required("budget", mapping(BUDGET, this::budget));
        List<BusinessObjective> objectives = m.required(
                "business_objectives", listOf(mapping(OBJECTIVE, this::objective), 1, 8, "business objectives"));
        YamlValues.reportDuplicateIds(context, m.valueNode("business_objectives"), m.path("business_objectives"), "id");
        Map<Platform, PlatformDefinition> platformDefinitions = m.required("platforms", platforms());
        List<SegmentDefinition> segments =
                m.required("segments", listOf(mapping(SEGMENT, this::segment), 1, 8, "segments"));
        YamlValues.reportDuplicateIds(context, m.valueNode("segments"), m.path("segments"), "id");
        if (segments != null) {
            checkSum(
                    m.keyNode("segments"),
                    m.path("segments"),
                    "segment shares",
                    segments.stream()
                            .collect(Collectors.toMap(
                                    SegmentDefinition::id,
                                    SegmentDefinition::share,
                                    (a, b) -> a + b,
                                    LinkedHashMap::new)));
        }
        List<CompetitorDefinition> competitors = m.optional(
                "competitors", listOf(mapping(COMPETITOR, this::competitor), 0, 6, "competitors"), List.of());
        List<InfluencerDefinition> influencers = m.optional(
                "influencers", listOf(mapping(INFLUENCER, this::influencer), 0, 20, "influencers"), List.of());
        YamlValues.reportDuplicateIds(context, m.valueNode("influencers"), m.path("influencers"), "id");
        List<MessageTemplate> community =
                m.required("community", listOf(mapping(MESSAGE, this::message), 1, 60, "message templates"));
        YamlValues.reportDuplicateIds(context, m.valueNode("community"), m.path("community"), "id");
        CrisisDefinition crisis = m.required("crisis", mapping(CRISIS, this::crisis));
        if (!allRead(
                id,
                title,
                brief,
                brand,
                weekCount,
                currency,
                conversion,
                budget,
                objectives,
                platformDefinitions,
                segments,
                community,
                crisis)) {
            return null;
        }
        return new ScenarioDefinition(
                id,
                title,
                brief,
                brand,
                weekCount,
                currency,
                conversion,
                budget,
                objectives,
                platformDefinitions,
                segments,
                competitors,
                influencers,
                community,
                crisis);
    }

    private @Nullable Brand brand(YamlMapping m) {
        String name = m.required("name", text(1, 80));
        String industry = m.required("industry", text(1, 80));
        String voice = m.required("voice", text(1, 500));
        Integer mentions = m.required("mentions_per_week", integer(0, TEN_MILLION));
        return allRead(name, industry, voice, mentions) ? new Brand(name, industry, voice, mentions) : null;
    }

    private @Nullable Budget budget(YamlMapping m) {
        Double ads = m.required("ads", number(0, TEN_MILLION));
        Double influencers = m.required("influencers", number(0, TEN_MILLION));
        return allRead(ads, influencers) ? new Budget(ads, influencers) : null;
    }

    private @Nullable BusinessObjective objective(YamlMapping m) {
        String id = m.required("id", id(1, 40));
        ObjectiveKind kind = m.required("kind", enumOf(ObjectiveKind.class));
        String description = m.required("description", text(1, 300));
        return allRead(id, kind, description) ? new BusinessObjective(id, kind, description) : null;
    }

    /** The platforms mapping, keyed by platform name; its keys become the scenario's platforms. */
    private YamlValue<Map<Platform, PlatformDefinition>> platforms() {
        YamlValue<Platform> key = enumOf(Platform.class);
        YamlValue<PlatformDefinition> value = mapping(PLATFORM, this::platform);
        String expected = "a mapping of 1 to 6 platforms (" + key.expected().substring("one of ".length())
                + ") to their parameters";
        return new YamlValue<>(expected, (context, node, path) -> {
            if (!(node instanceof MappingNode mapping)) {
                context.report(node, path, "found " + YamlValues.describe(node) + ", expected " + expected);
                return null;
            }
            Set<Platform> named = EnumSet.noneOf(Platform.class);
            Map<Platform, PlatformDefinition> read = new EnumMap<>(Platform.class);
            boolean usable = !mapping.getValue().isEmpty();
            if (!usable) {
                context.report(node, path, "found no platforms, expected " + expected);
            }
            for (NodeTuple entry : mapping.getValue()) {
                String written = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String entryPath = YamlMapping.child(path, written);
                Platform platform = key.read(context, entry.getKeyNode(), entryPath);
                if (platform != null && !named.add(platform)) {
                    context.report(
                            entry.getKeyNode(),
                            entryPath,
                            "duplicate platform `" + written + "`; expected each platform once");
                }
                PlatformDefinition definition = value.read(context, entry.getValueNode(), entryPath);
                if (platform == null || definition == null) {
                    usable = false;
                } else {
                    read.put(platform, definition);
                }
            }
            if (!named.isEmpty()) {
                this.platforms = named;
            }
            return usable ? read : null;
        });
    }

    private @Nullable PlatformDefinition platform(YamlMapping m) {
        Integer followers = m.required("followers", integer(0, 100_000_000));
        Integer addressable = m.required("addressable_audience", integer(0, Integer.MAX_VALUE));
        if (followers != null && addressable != null && addressable < followers) {
            m.context()
                    .report(
                            m.valueNode("addressable_audience"),
                            m.path("addressable_audience"),
                            "found %d, expected at least the followers (%d): the people the brand could reach include those who already follow it"
                                    .formatted(addressable, followers));
            addressable = null;
        }
        Double organicReach = m.required("organic_reach", fraction());
        Double impressions = m.required("impressions_per_reach", number(1, 10));
        EngagementBenchmark benchmark = m.required("engagement_rate", mapping(BENCHMARK, this::benchmark));
        Double organicCtr = m.required("organic_ctr", fraction());
        AdMarket ads = m.required("ads", mapping(AD_MARKET, this::adMarket));
        Map<Format, Double> formats =
                m.required("formats", enumMap(Format.class, EnumSet.allOf(Format.class), "formats", number(0, 3), 1));
        NumberPair postsPerWeek = m.required("posts_per_week", pair(number(0, 50)));
        if (!allRead(
                followers, addressable, organicReach, impressions, benchmark, organicCtr, ads, formats, postsPerWeek)) {
            return null;
        }
        return new PlatformDefinition(
                followers,
                addressable,
                organicReach,
                impressions,
                benchmark,
                organicCtr,
                ads,
                formats,
                range(postsPerWeek));
    }

    private @Nullable EngagementBenchmark benchmark(YamlMapping m) {
        Double rate = m.required("rate", fraction());
        EngagementDefinition definition = m.required("definition", enumOf(EngagementDefinition.class));
        String source = m.required("source", text(1, 200));
        return allRead(rate, definition, source) ? new EngagementBenchmark(rate, definition, source) : null;
    }

    private @Nullable AdMarket adMarket(YamlMapping m) {
        NumberPair cpm = m.required("cpm", pair(number(0.1, 500)));
        Double ctr = m.required("ctr", fraction());
        return allRead(cpm, ctr) ? new AdMarket(range(cpm), ctr) : null;
    }

    private @Nullable SegmentDefinition segment(YamlMapping m) {
        String id = m.required("id", id(1, 40));
        String name = m.required("name", text(1, 80));
        String description = m.optional("description", text(0, 2_000), "");
        Double share = m.required("share", numberAbove(0, 1));
        NumberPair age = m.required("age", pair(integer(13, 100)));
        Map<Platform, Double> platformShares = m.required(
                "platforms", enumMap(Platform.class, platforms, "platforms the scenario defines", fraction(), 1));
        if (platformShares != null) {
            checkSum(m.keyNode("platforms"), m.path("platforms"), "platform shares", named(platformShares));
        }
        Map<Pillar, Double> interests = m.required(
                "interests", enumMap(Pillar.class, EnumSet.allOf(Pillar.class), "content pillars", fraction(), 1));
        if (interests != null) {
            checkSum(m.keyNode("interests"), m.path("interests"), "interests", named(interests));
        }
        ActiveHours activeHours = m.required("active_hours", mapping(ACTIVE_HOURS, this::activeHours));
        FunnelBehaviour funnel = m.required("funnel", mapping(FUNNEL, this::funnel));
        if (!allRead(id, name, share, age, platformShares, interests, activeHours, funnel)) {
            return null;
        }
        return new SegmentDefinition(
                id, name, description, share, range(age), platformShares, interests, activeHours, funnel);
    }

    private @Nullable ActiveHours activeHours(YamlMapping m) {
        YamlValue<List<Integer>> hours =
                distinctListOf(integer(0, 23, "an hour of the day from 0 to 23"), 1, 24, "hours of the day (0..23)");
        List<Integer> weekday = m.required("weekday", hours);
        List<Integer> weekend = m.required("weekend", hours);
        return allRead(weekday, weekend) ? new ActiveHours(weekday, weekend) : null;
    }

    private @Nullable FunnelBehaviour funnel(YamlMapping m) {
        Double clicks = m.required("click_propensity", number(0, 5));
        Double conversion = m.required("conversion_rate", fraction());
        Double value = m.required("conversion_value", number(0, 1_000_000));
        Double repeat = m.required("repeat_rate", fraction());
        return allRead(clicks, conversion, value, repeat)
                ? new FunnelBehaviour(clicks, conversion, value, repeat)
                : null;
    }

    private @Nullable CompetitorDefinition competitor(YamlMapping m) {
        Set<Platform> any = EnumSet.allOf(Platform.class);
        String name = m.required("name", text(1, 80));
        Map<Platform, Integer> followers =
                m.required("followers", enumMap(Platform.class, any, "platforms", integer(0, 100_000_000), 1));
        Map<Platform, Double> engagement =
                m.required("engagement_rate", enumMap(Platform.class, any, "platforms", fraction(), 1));
        Map<Platform, Double> posts =
                m.required("posts_per_week", enumMap(Platform.class, any, "platforms", number(0, 100), 1));
        Double growth = m.required("follower_growth_monthly", number(-1, 1));
        Integer mentions = m.required("mentions_per_week", integer(0, TEN_MILLION));
        if (!allRead(name, followers, engagement, posts, growth, mentions)) {
            return null;
        }
        return new CompetitorDefinition(name, followers, engagement, posts, growth, mentions);
    }

    private @Nullable InfluencerDefinition influencer(YamlMapping m) {
        String id = m.required("id", id(1, 40));
        String name = m.required("name", text(1, 80));
        Platform platform = m.required("platform", definedPlatform());
        String niche = m.required("niche", text(1, 200));
        Integer audience = m.required("audience", integer(100, 500_000_000));
        Double engagement = m.required("engagement_rate", fraction());
        Double overlap = m.required("overlap", fraction());
        Double authenticity = m.required("authenticity", fraction());
        Double fee = m.required("fee", number(0, 1_000_000));
        if (!allRead(id, name, platform, niche, audience, engagement, overlap, authenticity, fee)) {
            return null;
        }
        return new InfluencerDefinition(id, name, platform, niche, audience, engagement, overlap, authenticity, fee);
    }

    private @Nullable MessageTemplate message(YamlMapping m) {
        String id = m.required("id", id(1, 40));
        MessageKind kind = m.required("kind", enumOf(MessageKind.class));
        Channel channel = m.required("channel", enumOf(Channel.class));
        Platform platform = m.optional("platform", definedPlatform());
        Double perWeek = m.required("per_week", number(0, 50));
        NumberPair inWeeks = m.optional("weeks", pair(integer(1, weeks, "a week of the scenario, from 1 to " + weeks)));
        String author = m.required("author", text(1, 60));
        String text = m.required("text", text(1, 1_000));
        List<CommunityAction> actions =
                m.required("good_actions", distinctListOf(enumOf(CommunityAction.class), 1, 5, "community actions"));
        List<ReplyQuality> reply = m.optional(
                "good_reply", distinctListOf(enumOf(ReplyQuality.class), 0, 12, "reply qualities"), List.of());
        if (!allRead(id, kind, channel, perWeek, author, text, actions)
                || m.has("platform") && platform == null
                || m.has("weeks") && inWeeks == null) {
            return null;
        }
        return new MessageTemplate(
                id,
                kind,
                channel,
                platform,
                perWeek,
                inWeeks == null ? null : range(inWeeks),
                author,
                text,
                actions,
                reply);
    }

    private @Nullable CrisisDefinition crisis(YamlMapping m) {
        Integer week = m.required("week", integer(1, weeks, "a week of the scenario, from 1 to " + weeks));
        DayOfWeek day = m.required("day", enumOf(DayOfWeek.class));
        Integer hour = m.required("hour", integer(0, 23, "an hour of the day from 0 to 23"));
        CrisisKind kind = m.required("kind", enumOf(CrisisKind.class));
        ResponsibilityCluster responsibility = m.required("responsibility", enumOf(ResponsibilityCluster.class));
        Boolean prior = m.required("prior_incidents", bool());
        String trigger = m.required("trigger", text(1, 1_000));
        String facts = m.optional("facts", text(0, 4_000), "");
        List<CrisisBeat> development = m.required("development", listOf(mapping(BEAT, this::beat), 1, 50, "beats"));
        if (development != null) {
            checkBeats(development, (SequenceNode) m.valueNode("development"), m.path("development"));
        }
        if (!allRead(week, day, hour, kind, responsibility, prior, trigger, development)) {
            return null;
        }
        return new CrisisDefinition(week, day, hour, kind, responsibility, prior, trigger, facts, development);
    }

    private @Nullable CrisisBeat beat(YamlMapping m) {
        Integer hour = m.required("hour", integer(0, 336));
        Double mentions = m.required("mentions_per_hour", number(0, 1_000_000));
        Double negative = m.required("negative_share", fraction());
        String text = m.required("text", text(1, 500));
        return allRead(hour, mentions, negative, text) ? new CrisisBeat(hour, mentions, negative, text) : null;
    }

    /** The story starts when the crisis breaks and only moves forward. */
    private void checkBeats(List<CrisisBeat> beats, SequenceNode list, String path) {
        if (beats.getFirst().hour() != 0) {
            context.report(
                    list.getValue().getFirst(),
                    path + "[0].hour",
                    "the first beat is at hour %d, expected hour 0 (the moment the crisis breaks)"
                            .formatted(beats.getFirst().hour()));
        }
        for (int i = 1; i < beats.size(); i++) {
            if (beats.get(i).hour() <= beats.get(i - 1).hour()) {
                context.report(
                        list.getValue().get(i),
                        path + "[" + i + "].hour",
                        "found hour %d after hour %d, expected beats in ascending hours, each later than the one before"
                                .formatted(beats.get(i).hour(), beats.get(i - 1).hour()));
            }
        }
    }

    /** A platform that the scenario defines under {@code platforms}. */
    private YamlValue<Platform> definedPlatform() {
        YamlValue<Platform> any = enumOf(Platform.class);
        return new YamlValue<>(any.expected(), (context, node, path) -> {
            Platform platform = any.read(context, node, path);
            if (platform != null && !platforms.contains(platform)) {
                context.report(
                        node,
                        path,
                        "found `%s`, expected one of the scenario's platforms: %s (add it under `platforms` first)"
                                .formatted(YamlValues.yamlName(platform), names(platforms)));
                return null;
            }
            return platform;
        });
    }

    private void checkSum(Node at, String path, String what, Map<String, Double> parts) {
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            String listed = parts.entrySet().stream()
                    .map(e -> e.getKey() + " " + YamlValues.format(e.getValue()))
                    .collect(Collectors.joining(" + "));
            context.report(
                    at,
                    path,
                    "%s add up to %s (%s), expected 1 (±%s)"
                            .formatted(
                                    what,
                                    YamlValues.format(Math.round(sum * 1e6) / 1e6),
                                    listed,
                                    YamlValues.format(SUM_TOLERANCE)));
        }
    }

    private static <K extends Enum<K>> Map<String, Double> named(Map<K, Double> values) {
        return values.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> YamlValues.yamlName(e.getKey()), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String names(Set<Platform> platforms) {
        return platforms.stream().map(YamlValues::yamlName).collect(Collectors.joining(", "));
    }

    private static Range range(NumberPair pair) {
        return new Range(pair.min(), pair.max());
    }
}
