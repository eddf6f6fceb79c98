package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AdsViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("student1")
    void a_campaign_added_through_the_dialog_is_stored_and_the_remaining_budget_follows() {
        AttemptState state = withPlan(open(), withPersonas(open()));
        AdsView view = ads(state);
        assertThat(view.adsRemaining.getText()).startsWith("Ads budget left: £5,000 of £5,000");

        test(view.addCampaign).click();
        roundTrip();
        CampaignDialog dialog = Objects.requireNonNull(view.campaignDialog);
        test(dialog.name).setValue("Launch reach");
        test(dialog.objective).selectItem("Traffic");
        test(dialog.personas).selectItem(state.plan().personas().getFirst().name());
        test(dialog.budget).setValue(1200.0);
        test(dialog.fromWeek).selectItem("Week 2");
        test(dialog.toWeek).selectItem("Week 4");
        test(dialog.apply).click();

        List<AdCampaign> stored = attempts.attempt(state.attemptId()).plan().campaigns();
        assertThat(stored).hasSize(1);
        AdCampaign campaign = stored.getFirst();
        assertThat(campaign.id()).isEqualTo("c1");
        assertThat(campaign.name()).isEqualTo("Launch reach");
        assertThat(campaign.personas())
                .containsExactly(state.plan().personas().getFirst().id());
        assertThat(campaign.budget()).isEqualTo(1200);
        assertThat(campaign.bidStrategy()).isEqualTo(BidStrategy.LOWEST_COST);
        assertThat(campaign.bidCap()).isNull();
        assertThat(campaign.fromWeek()).isEqualTo(2);
        assertThat(campaign.toWeek()).isEqualTo(4);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.adsRemaining.getText()).startsWith("Ads budget left: £3,800 of £5,000");
        assertThat(text(view.campaigns)).contains("Launch reach", "weeks 2–4", "Traffic");
    }

    @Test
    @WithUserDetails("student1")
    void a_bid_cap_is_asked_for_only_by_the_strategies_that_need_one_and_then_required() {
        AdsView view = ads(open());
        test(view.addCampaign).click();
        roundTrip();
        CampaignDialog dialog = Objects.requireNonNull(view.campaignDialog);
        test(dialog.name).setValue("Capped");
        test(dialog.budget).setValue(300.0);
        assertThat(dialog.bidCap.isVisible()).isFalse();

        test(dialog.bidStrategy).selectItem("Bid cap");
        assertThat(dialog.bidCap.isVisible()).isTrue();
        assertThat(dialog.bidCap.getLabel()).isEqualTo("Bid cap per 1,000 impressions (GBP)");
        test(dialog.apply).click();
        assertThat(dialog.bidCap.isInvalid()).isTrue();
        assertThat(attempts.attempt(view.attemptId()).plan().campaigns()).isEmpty();

        test(dialog.bidCap).setValue(9.5);
        test(dialog.apply).click();

        AdCampaign stored =
                attempts.attempt(view.attemptId()).plan().campaigns().getFirst();
        assertThat(stored.bidStrategy()).isEqualTo(BidStrategy.BID_CAP);
        assertThat(stored.bidCap()).isEqualTo(9.5);
    }

    @Test
    @WithUserDetails("student1")
    void a_new_campaigns_stage_follows_its_objective_until_the_student_picks_one() {
        AdsView view = ads(open());
        test(view.addCampaign).click();
        roundTrip();
        CampaignDialog dialog = Objects.requireNonNull(view.campaignDialog);

        test(dialog.objective).selectItem("Conversions");
        assertThat(dialog.stage.getValue()).isEqualTo(FunnelStage.CONVERSION);
        test(dialog.stage).selectItem("Loyalty");
        test(dialog.objective).selectItem("Traffic");
        assertThat(dialog.stage.getValue()).isEqualTo(FunnelStage.LOYALTY);
    }

    @Test
    @WithUserDetails("student1")
    void a_campaigns_formats_follow_its_platform_and_its_last_week_cannot_come_first() {
        AdsView view = ads(open());
        test(view.addCampaign).click();
        roundTrip();
        CampaignDialog dialog = Objects.requireNonNull(view.campaignDialog);

        test(dialog.platform).selectItem("TikTok");
        assertThat(dialog.format.getListDataView().getItems())
                .contains(Format.SHORT_VIDEO)
                .doesNotContain(Format.REEL);

        test(dialog.name).setValue("Backwards");
        test(dialog.budget).setValue(100.0);
        test(dialog.fromWeek).selectItem("Week 4");
        test(dialog.toWeek).selectItem("Week 2");
        test(dialog.apply).click();
        assertThat(dialog.toWeek.isInvalid()).isTrue();
        assertThat(attempts.attempt(view.attemptId()).plan().campaigns()).isEmpty();
    }

    @Test
    @WithUserDetails("student1")
    void committing_more_than_the_ads_budget_shows_a_clear_warning_until_it_is_fixed() {
        AttemptState state = withPlan(open(), plan(List.of(campaign("c1", 4800, 2, 3))));
        AdsView view = ads(state);
        assertThat(view.adsOver.isVisible()).isFalse();

        test(button(view.campaigns, "campaign-edit-c1")).click();
        roundTrip();
        CampaignDialog dialog = Objects.requireNonNull(view.campaignDialog);
        assertThat(dialog.budget.getHelperText()).contains("£5,000");
        test(dialog.budget).setValue(5600.0);
        assertThat(dialog.budget.getHelperText()).startsWith("£600 more than is left in the ads budget (£5,000)");
        test(dialog.apply).click();

        assertThat(view.adsOver.isVisible()).isTrue();
        assertThat(view.adsOver.getText()).startsWith("Your campaigns and boosts are £600 over the ads budget.");
        assertThat(view.adsRemaining.getClassNames()).contains("over-budget");
        assertThat(view.adsRemaining.getText()).startsWith("Ads budget: £600 over the £5,000");

        test(button(view.campaigns, "campaign-remove-c1")).click();
        assertThat(attempts.attempt(state.attemptId()).plan().campaigns()).isEmpty();
        assertThat(view.adsOver.isVisible()).isFalse();
        assertThat(view.adsRemaining.getText()).startsWith("Ads budget left: £5,000 of £5,000");
    }

    @Test
    @WithUserDetails("student1")
    void booking_a_creator_defaults_to_the_listed_fee_per_post_and_warns_when_undisclosed() {
        AttemptState state = open();
        AdsView view = ads(state);
        assertThat(view.influencersRemaining.getText()).startsWith("Influencer budget left: £3,000 of £3,000");

        test(button(view.pool, "influencer-book-latte-art-lucy")).click();
        roundTrip();
        InfluencerDialog dialog = Objects.requireNonNull(view.dealDialog);
        assertThat(dialog.fee.getValue()).isEqualTo(450);
        assertThat(dialog.disclosed.getValue()).isTrue();
        assertThat(dialog.undisclosedWarning.isVisible()).isFalse();
        assertThat(dialog.format.getListDataView().getItems())
                .contains(Format.REEL)
                .doesNotContain(Format.SHORT_VIDEO);
        test(dialog.posts).setValue(2);
        assertThat(dialog.fee.getValue()).isEqualTo(900);
        test(dialog.week).selectItem("Week 3");
        test(dialog.disclosed).click();
        assertThat(dialog.undisclosedWarning.isVisible()).isTrue();
        test(dialog.apply).click();

        InfluencerPartnership stored =
                attempts.attempt(state.attemptId()).plan().influencers().getFirst();
        assertThat(stored).isEqualTo(new InfluencerPartnership("latte-art-lucy", 3, 2, stored.format(), 900, false));
        assertThat(view.influencersRemaining.getText()).startsWith("Influencer budget left: £2,100 of £3,000");
        assertThat(text(view.deals)).contains("@latteartlucy", "Week 3", "Not disclosed");
    }

    @Test
    @WithUserDetails("student1")
    void a_fee_the_student_typed_is_kept_when_the_posts_change_and_over_budget_fees_are_warned_about() {
        AdsView view = ads(open());
        test(button(view.pool, "influencer-book-gym-fuel-gabe")).click();
        roundTrip();
        InfluencerDialog dialog = Objects.requireNonNull(view.dealDialog);
        test(dialog.fee).setValue(3500.0);
        assertThat(dialog.fee.getHelperText()).contains("£500 more than is left in the influencer budget (£3,000)");
        test(dialog.posts).setValue(3);
        assertThat(dialog.fee.getValue()).isEqualTo(3500);
        test(dialog.apply).click();

        assertThat(view.influencersOver.isVisible()).isTrue();
        assertThat(view.influencersOver.getText()).startsWith("Your partnerships are £500 over the influencer budget.");
        assertThat(view.influencersRemaining.getText())
                .isEqualTo("Influencer budget: £500 over the £3,000 (fees £3,500)");
    }

    @Test
    @WithUserDetails("student1")
    void the_pool_shows_what_a_brand_could_see_but_never_the_hidden_overlap_or_authenticity() {
        AdsView view = ads(open());

        String lucy = text(find(view.pool, "influencer-latte-art-lucy").orElseThrow());

        assertThat(lucy)
                .contains("@latteartlucy", "Latte art", "Instagram", "38,000 followers", "2.1%", "£450 per post");
        assertThat(lucy).doesNotContain("55", "92", "0.55", "0.92");
    }

    @Test
    @WithUserDetails("student1")
    void campaigns_that_have_started_and_partnerships_of_run_weeks_are_read_only() {
        AttemptState state = open();
        Plan competent = ReferencePlans.competent(state.scenario());
        List<InfluencerPartnership> deals = List.of(
                new InfluencerPartnership("latte-art-lucy", 1, 1, Format.REEL, 450, true),
                new InfluencerPartnership("study-break-zara", 3, 1, Format.SHORT_VIDEO, 500, true));
        Plan plan = new Plan(
                competent.objectives(),
                competent.personas(),
                competent.posts(),
                List.of(campaign("early", 500, 1, 2), campaign("late", 500, 3, 4)),
                deals,
                competent.community(),
                competent.crisis());
        state = attempts.savePlan(state.attemptId(), state.version(), plan);
        state = attempts.runWeek(state.attemptId(), state.version());
        AdsView view = ads(state);

        assertThat(find(view.campaigns, "campaign-edit-early")).isEmpty();
        assertThat(find(view.campaigns, "campaign-remove-early")).isEmpty();
        assertThat(text(find(view.campaigns, "campaign-early").orElseThrow())).contains("Started");
        assertThat(find(view.campaigns, "campaign-edit-late")).isPresent();
        assertThat(find(view.deals, "deal-edit-0")).isEmpty();
        assertThat(text(find(view.deals, "deal-0").orElseThrow())).contains("read only");
        assertThat(find(view.deals, "deal-edit-1")).isPresent();

        test(view.addCampaign).click();
        roundTrip();
        assertThat(Objects.requireNonNull(view.campaignDialog)
                        .fromWeek
                        .getListDataView()
                        .getItems())
                .containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_sees_campaigns_and_partnerships_read_only() {
        AttemptState state = as("student1", () -> {
            AttemptState opened =
                    attempts.open(attempts.myAssignments().getFirst().assignmentId());
            return attempts.savePlan(opened.attemptId(), opened.version(), plan(List.of(campaign("c1", 500, 2, 3))));
        });
        AdsView view = ads(state);

        assertThat(view.addCampaign.isVisible()).isFalse();
        assertThat(find(view.campaigns, "campaign-edit-c1")).isEmpty();
        assertThat(find(view.pool, "influencer-book-latte-art-lucy")).isEmpty();
        assertThat(view.adsRemaining.getText()).startsWith("Ads budget left: £4,500 of £5,000");
    }

    private AttemptState open() {
        return attempts.open(attempts.myAssignments().getFirst().assignmentId());
    }

    private AdsView ads(AttemptState state) {
        return navigate(AttemptStep.ADS.path(state.attemptId()), AdsView.class);
    }

    private AttemptState withPlan(AttemptState state, Plan plan) {
        return attempts.savePlan(
                state.attemptId(), attempts.attempt(state.attemptId()).version(), plan);
    }

    private static Plan withPersonas(AttemptState state) {
        Plan competent = ReferencePlans.competent(state.scenario());
        return new Plan(List.of(), competent.personas(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static Plan plan(List<AdCampaign> campaigns) {
        return new Plan(List.of(), List.of(), List.of(), campaigns, List.of(), List.of(), null);
    }

    private static AdCampaign campaign(String id, double budget, int from, int to) {
        return new AdCampaign(
                id,
                "Campaign " + id,
                Platform.INSTAGRAM,
                org.socialsim.simulation.plan.AdObjective.AWARENESS,
                List.of(),
                Format.REEL,
                org.socialsim.scenario.definition.FunnelStage.AWARENESS,
                budget,
                BidStrategy.LOWEST_COST,
                null,
                from,
                to);
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().orElse("").equals(id)) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(child -> find(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Button button(Component root, String id) {
        return (Button) find(root, id).orElseThrow(() -> new AssertionError("no " + id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private <T> T as(String username, Supplier<T> action) {
        var details = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(details, details.getPassword(), details.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
