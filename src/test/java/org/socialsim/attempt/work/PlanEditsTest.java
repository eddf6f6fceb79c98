package org.socialsim.attempt.work;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.socialsim.attempt.work.WorkFixtures.campaign;
import static org.socialsim.attempt.work.WorkFixtures.deal;
import static org.socialsim.attempt.work.WorkFixtures.plan;
import static org.socialsim.attempt.work.WorkFixtures.post;
import static org.socialsim.attempt.work.WorkFixtures.posts;
import static org.socialsim.scenario.definition.Pillar.EDUCATIONAL;
import static org.socialsim.scenario.definition.Pillar.PROMOTIONAL;
import static org.socialsim.scenario.definition.Platform.INSTAGRAM;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;
import org.socialsim.simulation.plan.Post;
import org.socialsim.simulation.plan.SmartObjective;

class PlanEditsTest {

    @Test
    void the_first_post_of_a_week_is_numbered_one_and_the_next_one_above_the_highest() {
        assertThat(PlanEdits.nextPostId(Plan.empty(), 3)).isEqualTo("w3-p1");

        Plan plan = posts(
                post("w3-p1", 3, MONDAY, 8, INSTAGRAM, EDUCATIONAL),
                post("w3-p7", 3, MONDAY, 9, INSTAGRAM, EDUCATIONAL),
                post("w4-p9", 4, MONDAY, 9, INSTAGRAM, EDUCATIONAL));

        assertThat(PlanEdits.nextPostId(plan, 3)).isEqualTo("w3-p8");
        assertThat(PlanEdits.nextPostId(plan, 4)).isEqualTo("w4-p10");
        assertThat(PlanEdits.nextPostId(plan, 5)).isEqualTo("w5-p1");
    }

    @Test
    void a_post_moved_to_another_week_keeps_its_id_and_the_new_id_skips_it() {
        // w3-p1 was moved to week 4 and keeps its id; week 3's numbering must not hand it out again.
        Plan plan = posts(post("w3-p1", 4, MONDAY, 8, INSTAGRAM, EDUCATIONAL));

        assertThat(PlanEdits.nextPostId(plan, 3)).isEqualTo("w3-p2");
    }

    @Test
    void a_post_with_a_known_id_is_replaced_in_place_and_a_new_one_appended() {
        Plan plan =
                posts(post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL), post("b", 1, MONDAY, 9, INSTAGRAM, EDUCATIONAL));

        Plan edited = PlanEdits.withPost(plan, post("a", 1, FRIDAY, 18, INSTAGRAM, PROMOTIONAL));
        Plan added = PlanEdits.withPost(edited, post("c", 2, MONDAY, 9, INSTAGRAM, EDUCATIONAL));

        assertThat(edited.posts()).extracting(Post::id).containsExactly("a", "b");
        assertThat(edited.posts().getFirst().day()).isEqualTo(FRIDAY);
        assertThat(edited.posts().getFirst().pillar()).isEqualTo(PROMOTIONAL);
        assertThat(added.posts()).extracting(Post::id).containsExactly("a", "b", "c");
        assertThat(added.personas()).isEqualTo(plan.personas());
    }

    @Test
    void removing_a_post_keeps_the_others_and_the_rest_of_the_plan() {
        Plan plan = plan(
                List.of(),
                List.of(
                        post("a", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL),
                        post("b", 1, MONDAY, 9, INSTAGRAM, EDUCATIONAL)),
                List.of(campaign("c1", 100, 1, 2)),
                List.of());

        Plan removed = PlanEdits.withoutPost(plan, "a");

        assertThat(removed.posts()).extracting(Post::id).containsExactly("b");
        assertThat(removed.campaigns()).isEqualTo(plan.campaigns());
    }

    @Test
    void a_placed_post_changes_only_its_id_week_and_day() {
        Post original = post("w1-p1", 1, MONDAY, 8, INSTAGRAM, EDUCATIONAL);

        Post copy = PlanEdits.placed(original, "w3-p1", 3, FRIDAY);

        assertThat(copy)
                .usingRecursiveComparison()
                .ignoringFields("id", "week", "day")
                .isEqualTo(original);
        assertThat(copy.id()).isEqualTo("w3-p1");
        assertThat(copy.week()).isEqualTo(3);
        assertThat(copy.day()).isEqualTo(FRIDAY);
    }

    @Test
    void campaigns_get_unique_ids_and_are_replaced_added_and_removed_by_id() {
        Plan plan =
                plan(List.of(), List.of(), List.of(campaign("c2", 100, 1, 2), campaign("launch", 50, 1, 1)), List.of());

        assertThat(PlanEdits.nextCampaignId(plan)).isEqualTo("c3");
        assertThat(PlanEdits.nextCampaignId(Plan.empty())).isEqualTo("c1");
        Plan edited = PlanEdits.withCampaign(plan, campaign("c2", 900, 3, 4));
        assertThat(edited.campaigns()).extracting(AdCampaign::budget).containsExactly(900.0, 50.0);
        Plan added = PlanEdits.withCampaign(edited, campaign("c3", 10, 5, 5));
        assertThat(added.campaigns()).extracting(AdCampaign::id).containsExactly("c2", "launch", "c3");
        assertThat(PlanEdits.withoutCampaign(added, "launch").campaigns())
                .extracting(AdCampaign::id)
                .containsExactly("c2", "c3");
    }

    @Test
    void partnerships_are_replaced_and_removed_by_position_and_appended_with_minus_one() {
        Plan plan = plan(List.of(), List.of(), List.of(), List.of(deal("lucy", 1, 450), deal("zara", 2, 500)));

        Plan edited = PlanEdits.withInfluencer(plan, 1, deal("zara", 3, 1000));
        Plan added = PlanEdits.withInfluencer(edited, -1, deal("gabe", 4, 900));

        assertThat(edited.influencers()).extracting(InfluencerPartnership::week).containsExactly(1, 3);
        assertThat(added.influencers())
                .extracting(InfluencerPartnership::influencer)
                .containsExactly("lucy", "zara", "gabe");
        assertThat(PlanEdits.withoutInfluencer(added, 0).influencers())
                .extracting(InfluencerPartnership::influencer)
                .containsExactly("zara", "gabe");
    }

    @Test
    void hashtags_are_read_without_hashes_split_at_spaces_and_commas_and_kept_once_in_order() {
        assertThat(PlanEdits.hashtags("#coldbrew, oatmilk #coffee  #coldbrew;#uk"))
                .containsExactly("coldbrew", "oatmilk", "coffee", "uk");
        assertThat(PlanEdits.hashtags("   ")).isEmpty();
        assertThat(PlanEdits.hashtagText(List.of("coldbrew", "coffee"))).isEqualTo("#coldbrew #coffee");
        assertThat(PlanEdits.hashtags(PlanEdits.hashtagText(List.of("a", "b")))).containsExactly("a", "b");
    }

    @Test
    void the_next_id_is_the_first_number_no_item_uses() {
        assertThat(PlanEdits.nextId("o", List.of())).isEqualTo("o1");
        assertThat(PlanEdits.nextId("o", List.of("o1", "o2"))).isEqualTo("o3");
        // After o1 was removed its number is free again; ids from a plan file ("er") are left alone.
        assertThat(PlanEdits.nextId("o", List.of("o2", "er"))).isEqualTo("o1");
    }

    @Test
    void replacing_keeps_the_order_and_an_unknown_id_is_appended() {
        SmartObjective first = new SmartObjective("o1", "a", null, null, 0, 0, null, null);
        SmartObjective second = new SmartObjective("o2", "b", null, null, 0, 0, null, null);
        SmartObjective changed = new SmartObjective("o1", "a, reworded", null, null, 0, 0, null, null);
        SmartObjective third = new SmartObjective("o3", "c", null, null, 0, 0, null, null);

        assertThat(PlanEdits.replaced(List.of(first, second), changed, SmartObjective::id))
                .containsExactly(changed, second);
        assertThat(PlanEdits.replaced(List.of(first, second), third, SmartObjective::id))
                .containsExactly(first, second, third);
        assertThat(PlanEdits.without(List.of(first, second), "o1", SmartObjective::id))
                .containsExactly(second);
    }

    @Test
    void changing_objectives_or_personas_leaves_the_rest_of_the_plan_alone() {
        Persona chloe = PersonaChecksTest.chloe();
        Plan plan = PlanEdits.withPersonas(Plan.empty(), List.of(chloe));
        SmartObjective objective = new SmartObjective("o1", "a", null, null, 0, 0, null, null);

        Plan next = PlanEdits.withObjectives(plan, List.of(objective));

        assertThat(next.personas()).containsExactly(chloe);
        assertThat(next.objectives()).containsExactly(objective);
        assertThat(next.posts()).isEmpty();
    }
}
