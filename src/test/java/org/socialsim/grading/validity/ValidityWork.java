package org.socialsim.grading.validity;

import static org.socialsim.scenario.definition.Pillar.EDUCATIONAL;
import static org.socialsim.scenario.definition.Pillar.ENTERTAINING;
import static org.socialsim.scenario.definition.Pillar.PROMOTIONAL;
import static org.socialsim.scenario.definition.Pillar.USER_GENERATED;
import static org.socialsim.scenario.definition.Platform.INSTAGRAM;
import static org.socialsim.scenario.definition.Platform.TIKTOK;

import java.util.List;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.simulation.plan.Kpi;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.SmartObjective;

/**
 * Objectives and personas shared by several validity samples, written as students at those levels would. Persona ids
 * are the reference plan's ({@code p-commuters}, ...) so its posts and campaigns keep pointing at them; the names,
 * ages, hours and reasoning are the students'.
 */
final class ValidityWork {

    private ValidityWork() {}

    /** Evidence-based personas close to the real audience: each attribute traceable to the brief's web-shop data. */
    static List<Persona> evidencedPersonas() {
        return List.of(
                new Persona(
                        "p-commuters",
                        "Commuter Chloe",
                        25,
                        40,
                        "Hybrid office worker commuting into Bristol three days a week (the brief's weekday-morning"
                                + " orders and 'commuting' reviews)",
                        "Proper coffee on the way in without queuing at the station kiosk; a can she can take from"
                                + " the fridge at 7:45",
                        "Kiosk coffee is bitter and £3.50 a cup; no time in the morning",
                        List.of(INSTAGRAM, TIKTOK),
                        List.of(8, 9, 10, 11, 12),
                        List.of(10, 11),
                        List.of(ENTERTAINING, PROMOTIONAL, EDUCATIONAL),
                        FunnelStage.CONSIDERATION),
                new Persona(
                        "p-students",
                        "Student Sam",
                        18,
                        24,
                        "Undergraduate who works weekend shifts (reviews mention 'studying'; TikTok is where the"
                                + " brand's 40,000-view video came from)",
                        "Cheap caffeine for late study sessions; trends and duets to share with friends",
                        "Little money; switches off at hard selling",
                        List.of(TIKTOK, INSTAGRAM),
                        List.of(14, 15, 16, 20, 21, 22),
                        List.of(12, 13, 21, 22),
                        List.of(ENTERTAINING, USER_GENERATED),
                        FunnelStage.AWARENESS),
                new Persona(
                        "p-home-baristas",
                        "Home-barista Ben",
                        28,
                        50,
                        "Engineer who already buys beans online and compares roasters ('proper coffee at home')",
                        "Understand sourcing, ratios and why cold brew tastes different; buy from roasters he trusts",
                        "Marketing fluff without facts",
                        List.of(INSTAGRAM),
                        List.of(10, 11, 12, 20),
                        List.of(9, 10, 11),
                        List.of(EDUCATIONAL, USER_GENERATED),
                        FunnelStage.CONVERSION),
                new Persona(
                        "p-gym-goers",
                        "Gym-goer Gabi",
                        20,
                        35,
                        "Physiotherapist who trains at 6:30 before work (reviews mention 'the gym')",
                        "A low-sugar caffeine hit before training that isn't an energy drink",
                        "Sugary energy drinks; long videos",
                        List.of(INSTAGRAM, TIKTOK),
                        List.of(6, 7, 17, 18, 19),
                        List.of(8, 9, 10),
                        List.of(EDUCATIONAL, ENTERTAINING),
                        FunnelStage.CONSIDERATION));
    }

    /**
     * Well-developed personas with one or two attributes assumed rather than evidenced: students online in the
     * afternoon and evening but not at weekends, Ben given TikTok although nothing in the brief puts him there.
     */
    static List<Persona> mostlyEvidencedPersonas() {
        List<Persona> evidenced = evidencedPersonas();
        Persona sam = evidenced.get(1);
        Persona ben = evidenced.get(2);
        return List.of(
                evidenced.get(0),
                new Persona(
                        sam.id(),
                        "Student Sam",
                        18,
                        24,
                        "University student",
                        "Cheap caffeine for studying",
                        "Money",
                        List.of(TIKTOK),
                        List.of(15, 16, 21, 22),
                        List.of(),
                        List.of(ENTERTAINING),
                        FunnelStage.AWARENESS),
                new Persona(
                        ben.id(),
                        "Home-barista Ben",
                        30,
                        45,
                        "Coffee hobbyist",
                        "Knows his coffee and wants the details",
                        "Fluff",
                        List.of(INSTAGRAM, TIKTOK),
                        List.of(11, 12, 19),
                        List.of(10),
                        List.of(EDUCATIONAL),
                        FunnelStage.CONSIDERATION),
                evidenced.get(3));
    }

    /** Sales, return on ad spend, share of voice, TikTok engagement and service: all SMART, each tied to the brief. */
    static List<SmartObjective> builtObjectives(int salesTarget) {
        return List.of(
                new SmartObjective(
                        "sales",
                        "Sell " + salesTarget + " four-packs of Oat Cold Brew through the web shop from social traffic"
                                + " by the end of week 6",
                        Kpi.CONVERSIONS,
                        null,
                        0,
                        salesTarget,
                        6,
                        "launch-sales"),
                new SmartObjective(
                        "roas",
                        "Earn at least £1.50 of web-shop revenue for every £1 of ad spend (ROAS 1.5×) across"
                                + " Instagram and TikTok by week 6",
                        Kpi.ROAS,
                        null,
                        0,
                        1.5,
                        6,
                        "launch-sales"),
                new SmartObjective(
                        "sov",
                        "Raise BrewHaven's share of voice against Bean There and Nitro North from 9% to 20% by week 6",
                        Kpi.SHARE_OF_VOICE,
                        null,
                        0.09,
                        0.20,
                        6,
                        "awareness"),
                new SmartObjective(
                        "tiktok-er",
                        "Lift TikTok engagement per follower from the 2.63% median to Nitro North's 4.1% by week 6",
                        Kpi.ENGAGEMENT_RATE,
                        TIKTOK,
                        0.0263,
                        0.041,
                        6,
                        "awareness"),
                new SmartObjective(
                        "service",
                        "Answer 95% of the messages that need a reply, every week up to week 6",
                        Kpi.RESPONSE_RATE,
                        null,
                        0.10,
                        0.95,
                        6,
                        "service"));
    }
}
