package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.BudgetSummary;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.InfluencerDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.InfluencerPartnership;

/**
 * A partnership with one creator from the scenario's pool: the week, how many sponsored posts in which format, the
 * fee (the listed fee per post until the student negotiates another) and whether the posts are disclosed as paid.
 */
final class InfluencerDialog extends Dialog {

    /** A creator delivers at most this many sponsored posts in one week. */
    static final int MAX_POSTS = 10;

    final Select<Integer> week = new Select<>();
    final IntegerField posts = new IntegerField();
    final Select<Format> format = new Select<>();
    final NumberField fee = new NumberField();
    final Checkbox disclosed = new Checkbox();
    final Paragraph undisclosedWarning = new Paragraph();
    final Button apply = new Button();
    final Button cancel = new Button();

    private final InfluencerDefinition influencer;

    /** Whether the fee still follows the listed fee, i.e. the student has not typed one of their own. */
    private boolean feeFollowsList;

    InfluencerDialog(
            ScenarioDefinition scenario,
            InfluencerDefinition influencer,
            InfluencerPartnership deal,
            boolean isNew,
            List<Integer> openWeeks,
            double room,
            DoubleFunction<String> money,
            Consumer<InfluencerPartnership> applied) {
        this.influencer = influencer;
        setId("deal-dialog");
        setHeaderTitle(getTranslation("ads.deal.title", influencer.name()));
        setWidth("min(36rem, 96vw)");

        week.setId("deal-week");
        week.setLabel(getTranslation("calendar.post.week"));
        week.setItems(openWeeks);
        week.setItemLabelGenerator(w -> getTranslation("calendar.week", w));
        week.setValue(openWeeks.contains(deal.week()) ? deal.week() : openWeeks.getFirst());
        posts.setId("deal-posts");
        posts.setLabel(getTranslation("ads.deal.posts"));
        posts.setMin(1);
        posts.setMax(MAX_POSTS);
        posts.setStepButtonsVisible(true);
        posts.setErrorMessage(getTranslation("ads.deal.posts-invalid", MAX_POSTS));
        posts.setValue(deal.posts());
        format.setId("deal-format");
        format.setLabel(getTranslation("ads.deal.format"));
        format.setItems(
                List.copyOf(scenario.platform(influencer.platform()).formats().keySet()));
        format.setItemLabelGenerator(f -> getTranslation(AttemptKeys.label(f)));
        format.setValue(deal.format());
        fee.setId("deal-fee");
        fee.setLabel(getTranslation("ads.deal.fee", scenario.currency()));
        fee.addValueChangeListener(change -> showRoom(change.getValue(), room, money));
        showRoom(deal.fee(), room, money);
        fee.setMin(0);
        fee.setErrorMessage(getTranslation("ads.deal.fee-invalid"));
        fee.setValue(deal.fee());
        feeFollowsList = isNew;
        fee.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                feeFollowsList = false;
            }
        });
        posts.addValueChangeListener(change -> {
            Integer count = change.getValue();
            if (feeFollowsList && count != null && count >= 1) {
                fee.setValue(BudgetSummary.listedFee(influencer, count));
            }
        });
        disclosed.setId("deal-disclosed");
        disclosed.setLabel(getTranslation("ads.deal.disclosed"));
        disclosed.setHelperText(getTranslation("ads.deal.disclosure-rules"));
        disclosed.setValue(deal.disclosed());
        undisclosedWarning.setText(getTranslation("ads.deal.undisclosed-warning"));
        undisclosedWarning.addClassName("ads-warning");
        undisclosedWarning.setId("deal-undisclosed-warning");
        undisclosedWarning.setVisible(!deal.disclosed());
        disclosed.addValueChangeListener(change -> undisclosedWarning.setVisible(!change.getValue()));

        FormLayout form = new FormLayout(week, posts, format, fee, disclosed, undisclosedWarning);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(disclosed, 2);
        form.setColspan(undisclosedWarning, 2);
        add(form);

        apply.setId("deal-apply");
        apply.setText(isNew ? getTranslation("ads.deal.add") : getTranslation("ads.campaign.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> {
            InfluencerPartnership edited = read();
            if (edited != null) {
                applied.accept(edited);
            }
        });
        cancel.setId("deal-cancel");
        cancel.setText(getTranslation("calendar.post.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, apply);
    }

    private void showRoom(@Nullable Double amount, double room, DoubleFunction<String> money) {
        boolean over = amount != null && amount - room > 0.005;
        String listed = money.apply(influencer.fee());
        fee.setHelperText(
                over
                        ? getTranslation("ads.deal.fee-over", listed, money.apply(amount - room), money.apply(room))
                        : getTranslation("ads.deal.fee-help", listed, money.apply(room)));
        fee.getElement().getClassList().set("over-room", over);
    }

    /** The partnership as the form now says, or {@code null} (with the fields marked) when something is wrong. */
    @Nullable
    InfluencerPartnership read() {
        boolean valid = true;
        Integer count = posts.getValue();
        if (posts.isInvalid() || count == null || count < 1 || count > MAX_POSTS) {
            posts.setInvalid(true);
            valid = false;
        }
        Double amount = fee.getValue();
        if (fee.isInvalid() || amount == null || amount < 0 || !Double.isFinite(amount)) {
            fee.setInvalid(true);
            valid = false;
        }
        if (!valid || count == null || amount == null) {
            return null;
        }
        return new InfluencerPartnership(
                influencer.id(),
                Objects.requireNonNull(week.getValue()),
                count,
                Objects.requireNonNull(format.getValue()),
                amount,
                disclosed.getValue());
    }
}
