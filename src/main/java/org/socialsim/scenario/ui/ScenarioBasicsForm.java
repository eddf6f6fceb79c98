package org.socialsim.scenario.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Consumer;
import org.socialsim.scenario.ScenarioBasics;

/**
 * The structured form for a scenario's top-level facts. It reports each completed change as a whole
 * {@link ScenarioBasics}; the editor turns that into YAML with the writer, so the YAML stays the one source of truth
 * and the reader checks every range.
 */
final class ScenarioBasicsForm extends Composite<Div> implements com.vaadin.flow.component.HasEnabled {

    final TextField title = new TextField();
    final TextField brandName = new TextField();
    final TextField industry = new TextField();
    final TextArea voice = new TextArea();
    final IntegerField weeks = new IntegerField();
    final TextField currency = new TextField();
    final NumberField adsBudget = new NumberField();
    final NumberField influencerBudget = new NumberField();
    final TextArea brief = new TextArea();
    final Paragraph note = new Paragraph();

    private boolean filling;
    private Consumer<ScenarioBasics> onChange = basics -> {};

    ScenarioBasicsForm() {
        title.setLabel(getTranslation("form.title"));
        brandName.setLabel(getTranslation("form.brand"));
        industry.setLabel(getTranslation("form.industry"));
        voice.setLabel(getTranslation("form.voice"));
        weeks.setLabel(getTranslation("form.weeks"));
        weeks.setMin(1);
        weeks.setMax(12);
        weeks.setStepButtonsVisible(true);
        currency.setLabel(getTranslation("form.currency"));
        currency.setHelperText(getTranslation("form.currency.help"));
        currency.setMaxLength(3);
        adsBudget.setLabel(getTranslation("form.ads-budget"));
        adsBudget.setMin(0);
        influencerBudget.setLabel(getTranslation("form.influencer-budget"));
        influencerBudget.setMin(0);
        brief.setLabel(getTranslation("form.brief"));
        brief.setHelperText(getTranslation("form.brief.help"));
        brief.addClassName("brief-field");
        for (var field :
                new com.vaadin.flow.data.value.HasValueChangeMode[] {title, brandName, industry, voice, currency, brief
                }) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        note.setText(getTranslation("form.note"));
        note.addClassName("muted");

        FormLayout layout =
                new FormLayout(title, brandName, industry, weeks, currency, adsBudget, influencerBudget, voice, brief);
        layout.setColspan(title, 2);
        layout.setColspan(voice, 2);
        layout.setColspan(brief, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        getContent().add(note, layout);
        getContent().addClassName("basics-form");

        title.addValueChangeListener(change -> changed());
        brandName.addValueChangeListener(change -> changed());
        industry.addValueChangeListener(change -> changed());
        voice.addValueChangeListener(change -> changed());
        weeks.addValueChangeListener(change -> changed());
        currency.addValueChangeListener(change -> changed());
        adsBudget.addValueChangeListener(change -> changed());
        influencerBudget.addValueChangeListener(change -> changed());
        brief.addValueChangeListener(change -> changed());
    }

    void onChange(Consumer<ScenarioBasics> listener) {
        this.onChange = listener;
    }

    void fill(ScenarioBasics basics) {
        filling = true;
        try {
            title.setValue(basics.title());
            brandName.setValue(basics.brandName());
            industry.setValue(basics.industry());
            voice.setValue(basics.voice());
            weeks.setValue(basics.weeks());
            currency.setValue(basics.currency());
            adsBudget.setValue(basics.adsBudget());
            influencerBudget.setValue(basics.influencerBudget());
            brief.setValue(basics.brief());
        } finally {
            filling = false;
        }
    }

    private void changed() {
        if (!filling) {
            basics().ifPresent(onChange);
        }
    }

    /** The form as basics, while every number field holds a number; an empty one waits for the author. */
    Optional<ScenarioBasics> basics() {
        Integer weekCount = weeks.getValue();
        Double ads = adsBudget.getValue();
        Double influencers = influencerBudget.getValue();
        if (weekCount == null || ads == null || influencers == null) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioBasics(
                title.getValue(),
                brief.getValue(),
                brandName.getValue(),
                industry.getValue(),
                voice.getValue(),
                weekCount,
                currency.getValue(),
                ads,
                influencers));
    }
}
