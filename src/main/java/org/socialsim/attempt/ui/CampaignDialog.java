package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.CampaignStage;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.AdCampaign;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.Persona;

/**
 * One paid campaign to add or change. The format list follows the platform; the bid cap is asked for only by the
 * strategies that need one, under the name of what it caps. The dialog reports the campaign; the ads step saves it.
 */
final class CampaignDialog extends Dialog {

    final TextField name = new TextField();
    final Select<AdObjective> objective = new Select<>();
    final Select<Platform> platform = new Select<>();
    final MultiSelectComboBox<Persona> personas = new MultiSelectComboBox<>();
    final Select<Format> format = new Select<>();
    final Select<FunnelStage> stage = new Select<>();
    final NumberField budget = new NumberField();
    final Select<BidStrategy> bidStrategy = new Select<>();
    final NumberField bidCap = new NumberField();
    final Select<Integer> fromWeek = new Select<>();
    final Select<Integer> toWeek = new Select<>();
    final Button apply = new Button();
    final Button cancel = new Button();

    private final ScenarioDefinition scenario;
    private final AdCampaign original;

    /**
     * @param openWeeks weeks a campaign may still start and end in
     * @param room what is left of the ads budget besides this campaign
     * @param money formats an amount in the scenario's currency
     */
    CampaignDialog(
            ScenarioDefinition scenario,
            List<Persona> studentPersonas,
            AdCampaign campaign,
            boolean isNew,
            List<Integer> openWeeks,
            double room,
            DoubleFunction<String> money,
            Consumer<AdCampaign> applied) {
        this.scenario = scenario;
        this.original = campaign;
        setId("campaign-dialog");
        setHeaderTitle(isNew ? getTranslation("ads.campaign.new") : getTranslation("ads.campaign.edit"));
        setWidth("min(44rem, 96vw)");

        name.setId("campaign-name");
        name.setLabel(getTranslation("ads.campaign.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        name.setErrorMessage(getTranslation("ads.campaign.name-required"));
        name.setValue(campaign.name());
        select(
                objective,
                "campaign-objective",
                getTranslation("ads.campaign.objective"),
                List.of(AdObjective.values()));
        objective.setValue(campaign.objective());
        select(
                platform,
                "campaign-platform",
                getTranslation("ads.campaign.platform"),
                List.copyOf(scenario.platforms().keySet()));
        platform.setValue(campaign.platform());
        personas.setId("campaign-personas");
        personas.setLabel(getTranslation("ads.campaign.personas"));
        personas.setHelperText(getTranslation("ads.campaign.personas-help"));
        personas.setItems(studentPersonas);
        personas.setItemLabelGenerator(Persona::name);
        personas.setValue(new LinkedHashSet<>(studentPersonas.stream()
                .filter(p -> campaign.personas().contains(p.id()))
                .toList()));
        select(format, "campaign-format", getTranslation("ads.campaign.format"), formatsOf(campaign.platform()));
        format.setValue(campaign.format());
        platform.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                Format current = format.getValue();
                List<Format> formats = formatsOf(change.getValue());
                format.setItems(formats);
                format.setValue(current != null && formats.contains(current) ? current : formats.getFirst());
            }
        });
        select(stage, "campaign-stage", getTranslation("ads.campaign.stage"), List.of(FunnelStage.values()));
        stage.setValue(campaign.stage());
        // A new campaign's stage follows its objective until the student picks a stage themselves.
        boolean[] stagePicked = {!isNew};
        stage.addValueChangeListener(change -> stagePicked[0] |= change.isFromClient());
        objective.addValueChangeListener(change -> {
            if (!stagePicked[0] && change.getValue() != null) {
                stage.setValue(CampaignStage.typicalFor(change.getValue()));
            }
        });
        budget.setId("campaign-budget");
        budget.setLabel(getTranslation("ads.campaign.budget", scenario.currency()));
        // Said while typing, not only after the save: the student is deciding how much to spend right now.
        budget.addValueChangeListener(change -> showRoom(budget, change.getValue(), room, money));
        showRoom(budget, campaign.budget(), room, money);
        budget.setMin(0);
        budget.setRequired(true);
        budget.setErrorMessage(getTranslation("ads.campaign.budget-invalid"));
        budget.setValue(campaign.budget());
        select(
                bidStrategy,
                "campaign-bid-strategy",
                getTranslation("ads.campaign.bid-strategy"),
                List.of(BidStrategy.values()));
        bidStrategy.setHelperText(getTranslation("ads.campaign.bid-strategy-help"));
        bidStrategy.setValue(campaign.bidStrategy());
        bidCap.setId("campaign-bid-cap");
        bidCap.setMin(0);
        bidCap.setErrorMessage(getTranslation("ads.campaign.bid-cap-invalid"));
        bidCap.setValue(campaign.bidCap());
        bidStrategy.addValueChangeListener(change -> showBidCap());
        showBidCap();
        List<Integer> weeks = new ArrayList<>(openWeeks);
        weeks(fromWeek, "campaign-from", getTranslation("ads.campaign.from"), weeks);
        weeks(toWeek, "campaign-to", getTranslation("ads.campaign.to"), weeks);
        fromWeek.setItemLabelGenerator(w -> getTranslation("calendar.week", w));
        toWeek.setItemLabelGenerator(w -> getTranslation("calendar.week", w));
        fromWeek.setValue(weeks.contains(campaign.fromWeek()) ? campaign.fromWeek() : weeks.getFirst());
        toWeek.setValue(weeks.contains(campaign.toWeek()) ? campaign.toWeek() : weeks.getLast());
        toWeek.setErrorMessage(getTranslation("ads.campaign.weeks-invalid"));

        FormLayout form = new FormLayout(
                name, objective, platform, format, stage, personas, budget, bidStrategy, bidCap, fromWeek, toWeek);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        form.setColspan(personas, 2);
        add(form);

        apply.setId("campaign-apply");
        apply.setText(isNew ? getTranslation("ads.campaign.add") : getTranslation("ads.campaign.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> {
            AdCampaign edited = read();
            if (edited != null) {
                applied.accept(edited);
            }
        });
        cancel.setId("campaign-cancel");
        cancel.setText(getTranslation("calendar.post.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, apply);
    }

    private void showRoom(NumberField field, @Nullable Double amount, double room, DoubleFunction<String> money) {
        boolean over = amount != null && amount - room > 0.005;
        field.setHelperText(
                over
                        ? getTranslation("ads.campaign.budget-over", money.apply(amount - room), money.apply(room))
                        : getTranslation("ads.campaign.budget-help", money.apply(room)));
        field.getElement().getClassList().set("over-room", over);
    }

    private void showBidCap() {
        BidStrategy strategy = bidStrategy.getValue();
        bidCap.setVisible(strategy != null && strategy != BidStrategy.LOWEST_COST);
        if (strategy == BidStrategy.BID_CAP) {
            bidCap.setLabel(getTranslation("ads.campaign.bid-cap", scenario.currency()));
        } else if (strategy == BidStrategy.COST_CAP) {
            bidCap.setLabel(getTranslation("ads.campaign.cost-cap", scenario.currency()));
        }
    }

    /** The campaign as the form now says, or {@code null} (with the fields marked) when something is wrong. */
    @Nullable
    AdCampaign read() {
        boolean valid = true;
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            valid = false;
        }
        Double money = budget.getValue();
        if (budget.isInvalid() || money == null || money < 0 || !Double.isFinite(money)) {
            budget.setInvalid(true);
            valid = false;
        }
        BidStrategy strategy = Objects.requireNonNull(bidStrategy.getValue());
        Double cap = bidCap.getValue();
        boolean needsCap = strategy != BidStrategy.LOWEST_COST;
        if (needsCap && (cap == null || cap <= 0 || !Double.isFinite(cap))) {
            bidCap.setInvalid(true);
            valid = false;
        }
        int from = Objects.requireNonNull(fromWeek.getValue());
        int to = Objects.requireNonNull(toWeek.getValue());
        if (to < from) {
            toWeek.setInvalid(true);
            valid = false;
        } else {
            toWeek.setInvalid(false);
        }
        if (!valid || money == null) {
            return null;
        }
        return new AdCampaign(
                original.id(),
                name.getValue().strip(),
                Objects.requireNonNull(platform.getValue()),
                Objects.requireNonNull(objective.getValue()),
                personas.getSelectedItems().stream().map(Persona::id).toList(),
                Objects.requireNonNull(format.getValue()),
                Objects.requireNonNull(stage.getValue()),
                money,
                strategy,
                needsCap ? cap : null,
                from,
                to);
    }

    private List<Format> formatsOf(Platform chosen) {
        return List.copyOf(scenario.platform(chosen).formats().keySet());
    }

    private <T extends Enum<T>> void select(Select<T> select, String id, String label, List<T> items) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(value -> getTranslation(AttemptKeys.label(value)));
    }

    private void weeks(Select<Integer> select, String id, String label, List<Integer> items) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
    }
}
