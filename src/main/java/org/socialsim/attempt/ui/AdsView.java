package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.work.BudgetSummary;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.InfluencerPartnership;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Plan;

/**
 * Step 6: paid campaigns and influencer partnerships, with what is left of both budgets always in view (campaigns and
 * boosted posts share the ads budget). The engine never spends more than a budget, so an over-committed plan is not
 * refused; the student is told plainly which campaigns or partnerships would fall away. Campaigns that have started
 * and partnerships of weeks that have run are history.
 */
@Route(value = AttemptStep.PREFIX + "ads", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class AdsView extends AttemptStepView {

    final Div budget = new Div();
    final Span adsRemaining = new Span();
    final Span influencersRemaining = new Span();
    final Paragraph adsOver = new Paragraph();
    final Paragraph influencersOver = new Paragraph();
    final Button addCampaign = new Button();
    final Div campaigns = new Div();
    final Div pool = new Div();
    final Div deals = new Div();

    @Nullable
    CampaignDialog campaignDialog;

    @Nullable
    InfluencerDialog dealDialog;

    AdsView(AttemptService attempts) {
        super(attempts, AttemptStep.ADS);
        addCampaign.addClickListener(click -> openCampaign(null));
    }

    @Override
    protected void render(AttemptState state) {
        H3 heading = new H3(getTranslation("ads.title"));
        Paragraph intro = new Paragraph(getTranslation("ads.intro"));
        intro.addClassName("muted");

        budget.setId("ads-budget");
        budget.addClassName("ads-budget");
        budget.getElement().setAttribute("role", "region");
        budget.getElement().setAttribute("aria-label", getTranslation("ads.budget"));
        adsRemaining.setId("ads-remaining");
        influencersRemaining.setId("influencers-remaining");
        adsOver.setId("ads-over-budget");
        adsOver.addClassName("ads-warning");
        influencersOver.setId("influencers-over-budget");
        influencersOver.addClassName("ads-warning");
        Div adsLine = new Div(adsRemaining);
        adsLine.addClassName("budget-line");
        Div influencerLine = new Div(influencersRemaining);
        influencerLine.addClassName("budget-line");
        budget.removeAll();
        budget.add(adsLine, influencerLine, adsOver, influencersOver);

        H4 campaignsHeading = new H4(getTranslation("ads.campaigns"));
        addCampaign.setId("ads-add-campaign");
        addCampaign.setText(getTranslation("ads.campaign.new"));
        addCampaign.setIcon(VaadinIcon.PLUS.create());
        addCampaign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCampaign.setVisible(editable() && !state().openWeeks().isEmpty());
        Paragraph campaignsHelp = new Paragraph(getTranslation("ads.campaigns.help"));
        campaignsHelp.addClassName("muted");
        campaigns.setId("ads-campaigns");
        campaigns.addClassName("ads-list");

        H4 influencersHeading = new H4(getTranslation("ads.influencers"));
        Paragraph disclosure = new Paragraph(getTranslation("ads.disclosure"));
        disclosure.addClassName("ads-disclosure");
        H5 poolHeading = new H5(getTranslation("ads.pool"));
        pool.setId("ads-influencers");
        pool.addClassName("ads-pool");
        H5 dealsHeading = new H5(getTranslation("ads.deals"));
        deals.setId("ads-deals");
        deals.addClassName("ads-list");

        add(
                heading,
                intro,
                budget,
                campaignsHeading,
                campaignsHelp,
                addCampaign,
                campaigns,
                influencersHeading,
                disclosure,
                poolHeading,
                pool,
                dealsHeading,
                deals);
        refresh();
    }

    private void refresh() {
        showBudget();
        showCampaigns();
        showPool();
        showDeals();
    }

    private void showBudget() {
        BudgetSummary summary = summary();
        // "−£2,500 left" reads like a typo: an overspent budget says how far over it is instead.
        adsRemaining.setText(
                summary.adsOver()
                        ? getTranslation(
                                "ads.budget.ads-over-line",
                                money(-summary.adsRemaining()),
                                money(summary.adsBudget()),
                                money(summary.campaigns()),
                                money(summary.boosts()))
                        : getTranslation(
                                "ads.budget.ads",
                                money(summary.adsRemaining()),
                                money(summary.adsBudget()),
                                money(summary.campaigns()),
                                money(summary.boosts())));
        influencersRemaining.setText(
                summary.influencersOver()
                        ? getTranslation(
                                "ads.budget.influencers-over-line",
                                money(-summary.influencersRemaining()),
                                money(summary.influencerBudget()),
                                money(summary.fees()))
                        : getTranslation(
                                "ads.budget.influencers",
                                money(summary.influencersRemaining()),
                                money(summary.influencerBudget()),
                                money(summary.fees())));
        adsRemaining.getElement().getClassList().set("over-budget", summary.adsOver());
        influencersRemaining.getElement().getClassList().set("over-budget", summary.influencersOver());
        adsOver.setText(getTranslation("ads.budget.ads-over", money(-summary.adsRemaining())));
        adsOver.setVisible(summary.adsOver());
        influencersOver.setText(getTranslation("ads.budget.influencers-over", money(-summary.influencersRemaining())));
        influencersOver.setVisible(summary.influencersOver());
    }

    private void showCampaigns() {
        campaigns.removeAll();
        AttemptState state = state();
        List<AdCampaign> all = state.plan().campaigns();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("ads.campaigns.none"));
            none.addClassName("muted");
            campaigns.add(none);
        }
        for (AdCampaign campaign : all) {
            Div card = new Div();
            card.setId("campaign-" + campaign.id());
            card.addClassName("ads-card");
            Span name = new Span(campaign.name());
            name.addClassName("ads-card-title");
            Span where = new Span(getTranslation(
                    "ads.campaign.summary",
                    label(campaign.platform()),
                    label(campaign.objective()),
                    campaign.fromWeek(),
                    campaign.toWeek()));
            Span creative = new Span(getTranslation(
                    "ads.campaign.creative", label(campaign.format()), label(campaign.stage()), targeting(campaign)));
            Span spend = new Span(getTranslation("ads.campaign.spend", money(campaign.budget()), bidding(campaign)));
            Div text = new Div(name, where, creative, spend);
            text.addClassName("ads-card-text");
            card.add(text);
            boolean started = state.weekHasRun(campaign.fromWeek());
            if (editable() && !started) {
                Button edit = new Button(getTranslation("ads.edit"), click -> openCampaign(campaign));
                edit.setId("campaign-edit-" + campaign.id());
                edit.getElement().setAttribute("aria-label", getTranslation("ads.edit.named", campaign.name()));
                Button remove = new Button(
                        getTranslation("ads.remove"),
                        click -> save(PlanEdits.withoutCampaign(state().plan(), campaign.id())));
                remove.setId("campaign-remove-" + campaign.id());
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("ads.remove.named", campaign.name()));
                Div actions = new Div(edit, remove);
                actions.addClassName("ads-card-actions");
                card.add(actions);
            } else if (started) {
                Span frozen = new Span(getTranslation("ads.campaign.started"));
                frozen.addClassName("ads-frozen");
                card.add(frozen);
            }
            campaigns.add(card);
        }
    }

    private void showPool() {
        pool.removeAll();
        AttemptState state = state();
        NumberFormat whole = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        for (InfluencerDefinition influencer : state.scenario().influencers()) {
            Div card = new Div();
            card.setId("influencer-" + influencer.id());
            card.addClassName("ads-card");
            Span name = new Span(influencer.name());
            name.addClassName("ads-card-title");
            Span niche = new Span(influencer.niche());
            // Only what a brand could see on the creator's profile and rate card: never the hidden overlap or
            // authenticity, which students must judge from the niche and the numbers.
            Span numbers = new Span(getTranslation(
                    "ads.influencer.numbers",
                    label(influencer.platform()),
                    whole.format(influencer.audience()),
                    percent.format(influencer.engagementRate()),
                    money(influencer.fee())));
            Div text = new Div(name, niche, numbers);
            text.addClassName("ads-card-text");
            card.add(text);
            if (editable() && !state().openWeeks().isEmpty()) {
                Button book = new Button(getTranslation("ads.influencer.book"), click -> openDeal(influencer, -1));
                book.setId("influencer-book-" + influencer.id());
                book.getElement()
                        .setAttribute("aria-label", getTranslation("ads.influencer.book.named", influencer.name()));
                card.add(book);
            }
            pool.add(card);
        }
        if (state.scenario().influencers().isEmpty()) {
            pool.add(new Paragraph(getTranslation("ads.pool.none")));
        }
    }

    private void showDeals() {
        deals.removeAll();
        AttemptState state = state();
        List<InfluencerPartnership> all = state.plan().influencers();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("ads.deals.none"));
            none.addClassName("muted");
            deals.add(none);
        }
        for (int i = 0; i < all.size(); i++) {
            InfluencerPartnership deal = all.get(i);
            int index = i;
            String creator = state.scenario()
                    .influencer(deal.influencer())
                    .map(InfluencerDefinition::name)
                    .orElse(deal.influencer());
            Div card = new Div();
            card.setId("deal-" + i);
            card.addClassName("ads-card");
            Span name = new Span(creator);
            name.addClassName("ads-card-title");
            Span what = new Span(getTranslation(
                    "ads.deal.summary", deal.week(), deal.posts(), label(deal.format()), money(deal.fee())));
            Span disclosure = new Span(
                    deal.disclosed()
                            ? getTranslation("ads.deal.is-disclosed")
                            : getTranslation("ads.deal.not-disclosed"));
            if (!deal.disclosed()) {
                disclosure.addClassName("ads-warning");
            }
            Div text = new Div(name, what, disclosure);
            text.addClassName("ads-card-text");
            card.add(text);
            boolean ran = state.weekHasRun(deal.week());
            if (editable() && !ran) {
                Button edit = new Button(
                        getTranslation("ads.edit"),
                        click -> state().scenario()
                                .influencer(deal.influencer())
                                .ifPresent(influencer -> openDeal(influencer, index)));
                edit.setId("deal-edit-" + i);
                edit.getElement().setAttribute("aria-label", getTranslation("ads.edit.named", creator));
                Button remove = new Button(
                        getTranslation("ads.remove"),
                        click -> save(PlanEdits.withoutInfluencer(state().plan(), index)));
                remove.setId("deal-remove-" + i);
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("ads.remove.named", creator));
                Div actions = new Div(edit, remove);
                actions.addClassName("ads-card-actions");
                card.add(actions);
            } else if (ran) {
                Span frozen = new Span(getTranslation("ads.deal.ran"));
                frozen.addClassName("ads-frozen");
                card.add(frozen);
            }
            deals.add(card);
        }
    }

    private void openCampaign(@Nullable AdCampaign existing) {
        AttemptState state = state();
        Plan plan = state.plan();
        List<Integer> weeks = state().openWeeks();
        Platform platform = state.scenario().platforms().keySet().iterator().next();
        AdCampaign campaign = existing != null
                ? existing
                : new AdCampaign(
                        PlanEdits.nextCampaignId(plan),
                        "",
                        platform,
                        AdObjective.AWARENESS,
                        List.of(),
                        state.scenario()
                                .platform(platform)
                                .formats()
                                .keySet()
                                .iterator()
                                .next(),
                        FunnelStage.AWARENESS,
                        0,
                        BidStrategy.LOWEST_COST,
                        null,
                        weeks.getFirst(),
                        weeks.getLast());
        double room = summary().adsRemainingBesides(existing == null ? 0 : existing.budget());
        CampaignDialog dialog = new CampaignDialog(
                state.scenario(), plan.personas(), campaign, existing == null, weeks, room, this::money, edited -> {
                    if (save(PlanEdits.withCampaign(state().plan(), edited)) && campaignDialog != null) {
                        campaignDialog.close();
                    }
                });
        campaignDialog = dialog;
        dialog.open();
    }

    private void openDeal(InfluencerDefinition influencer, int index) {
        AttemptState state = state();
        List<Integer> weeks = state().openWeeks();
        InfluencerPartnership deal = index >= 0
                ? state.plan().influencers().get(index)
                : new InfluencerPartnership(
                        influencer.id(),
                        weeks.getFirst(),
                        1,
                        firstFormat(influencer),
                        BudgetSummary.listedFee(influencer, 1),
                        true);
        double room = summary().influencersRemainingBesides(index >= 0 ? deal.fee() : 0);
        InfluencerDialog dialog = new InfluencerDialog(
                state.scenario(), influencer, deal, index < 0, weeks, room, this::money, edited -> {
                    if (save(PlanEdits.withInfluencer(state().plan(), index, edited)) && dealDialog != null) {
                        dealDialog.close();
                    }
                });
        dealDialog = dialog;
        dialog.open();
    }

    private Format firstFormat(InfluencerDefinition influencer) {
        return state().scenario()
                .platform(influencer.platform())
                .formats()
                .keySet()
                .iterator()
                .next();
    }

    private boolean save(Plan next) {
        boolean saved = save((id, version) -> attempts.savePlan(id, version, next));
        if (saved) {
            refresh();
        }
        return saved;
    }

    private String targeting(AdCampaign campaign) {
        if (campaign.personas().isEmpty()) {
            return getTranslation("ads.campaign.broad");
        }
        List<Persona> personas = state().plan().personas();
        return String.join(
                ", ",
                campaign.personas().stream()
                        .map(id -> personas.stream()
                                .filter(p -> p.id().equals(id))
                                .map(Persona::name)
                                .findFirst()
                                .orElse(id))
                        .toList());
    }

    private String bidding(AdCampaign campaign) {
        Double cap = campaign.bidCap();
        return switch (campaign.bidStrategy()) {
            case LOWEST_COST -> label(BidStrategy.LOWEST_COST);
            case COST_CAP -> getTranslation("ads.campaign.cost-cap-summary", money(cap == null ? 0 : cap));
            case BID_CAP -> getTranslation("ads.campaign.bid-cap-summary", money(cap == null ? 0 : cap));
        };
    }

    private BudgetSummary summary() {
        return BudgetSummary.of(state().scenario().budget(), state().plan());
    }
}
