package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.work.PlanEdits;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.scenario.definition.PlatformDefinition;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.Persona;
import org.socialsim.simulation.plan.Post;

/**
 * One post of the content calendar, to add, change, copy, move or delete. The format list follows the platform: a
 * platform only offers the formats it supports in the scenario. Read only for posts of weeks that have run and for
 * tutors, who still see every detail. The dialog reports what the student did; the calendar saves it.
 */
final class PostDialog extends Dialog {

    /** What the student asked for. */
    interface Actions {
        void apply(Post post);

        void delete(Post post);

        void copy(Post post);

        void move(Post post);
    }

    final Select<Integer> week = new Select<>();
    final Select<DayOfWeek> day = new Select<>();
    final Select<Integer> hour = new Select<>();
    final Select<Platform> platform = new Select<>();
    final Select<Format> format = new Select<>();
    final Select<Pillar> pillar = new Select<>();
    final Select<String> persona = new Select<>();
    final Select<FunnelStage> stage = new Select<>();
    final Select<CallToAction> callToAction = new Select<>();
    final TextArea caption = new TextArea();
    final TextField link = new TextField();
    final TextField hashtags = new TextField();
    final NumberField boost = new NumberField();
    final Button apply = new Button();
    final Button delete = new Button();
    final Button copy = new Button();
    final Button move = new Button();
    final Button close = new Button();

    private final ScenarioDefinition scenario;
    private final List<Persona> personas;
    private final Post original;

    /**
     * @param post the post to show; for a new post, its defaults
     * @param isNew whether it is not in the plan yet
     * @param openWeeks the weeks a post may be planned in (those that have not run)
     * @param readOnly show only: a week that has run, or someone else's attempt
     * @param canCopy whether copying to an open week is possible (the student's own attempt with weeks left)
     */
    PostDialog(
            ScenarioDefinition scenario,
            List<Persona> personas,
            Post post,
            boolean isNew,
            List<Integer> openWeeks,
            boolean readOnly,
            boolean canCopy,
            Actions actions) {
        this.scenario = scenario;
        this.personas = personas;
        this.original = post;
        setId("post-dialog");
        addClassName("post-dialog");
        setHeaderTitle(
                isNew
                        ? getTranslation("calendar.post.new")
                        : readOnly ? getTranslation("calendar.post.view") : getTranslation("calendar.post.edit"));
        setWidth("min(44rem, 96vw)");

        List<Integer> weeks = new ArrayList<>(openWeeks);
        if (!weeks.contains(post.week())) {
            weeks.addFirst(post.week());
        }
        configure(
                week,
                "post-week",
                getTranslation("calendar.post.week"),
                weeks,
                w -> getTranslation("calendar.week", w));
        configure(day, "post-day", getTranslation("calendar.post.day"), List.of(DayOfWeek.values()), d -> label(d));
        configure(
                hour,
                "post-hour",
                getTranslation("calendar.post.time"),
                IntStream.range(0, 24).boxed().toList(),
                PostDialog::hourLabel);
        configure(
                platform,
                "post-platform",
                getTranslation("calendar.post.platform"),
                List.copyOf(scenario.platforms().keySet()),
                p -> label(p));
        configure(
                format,
                "post-format",
                getTranslation("calendar.post.format"),
                formatsOf(post.platform()),
                f -> label(f));
        configure(
                pillar, "post-pillar", getTranslation("calendar.post.pillar"), List.of(Pillar.values()), p -> label(p));
        configure(
                persona,
                "post-persona",
                getTranslation("calendar.post.persona"),
                personas.stream().map(Persona::id).toList(),
                this::personaName);
        persona.setEmptySelectionCaption(getTranslation("calendar.post.no-persona"));
        persona.setEmptySelectionAllowed(true);
        configure(
                stage,
                "post-stage",
                getTranslation("calendar.post.stage"),
                List.of(FunnelStage.values()),
                s -> label(s));
        configure(
                callToAction,
                "post-cta",
                getTranslation("calendar.post.cta"),
                List.of(CallToAction.values()),
                c -> label(c));
        caption.setId("post-caption");
        caption.setLabel(getTranslation("calendar.post.caption"));
        caption.setRequired(true);
        caption.setMaxLength(2200);
        caption.setErrorMessage(getTranslation("calendar.post.caption-required"));
        link.setId("post-link");
        link.setLabel(getTranslation("calendar.post.link"));
        link.setHelperText(getTranslation("calendar.post.link-help"));
        link.setClearButtonVisible(true);
        hashtags.setId("post-hashtags");
        hashtags.setLabel(getTranslation("calendar.post.hashtags"));
        hashtags.setHelperText(getTranslation("calendar.post.hashtags-help"));
        boost.setId("post-boost");
        boost.setLabel(getTranslation("calendar.post.boost", scenario.currency()));
        boost.setHelperText(getTranslation("calendar.post.boost-help"));
        boost.setMin(0);
        boost.setErrorMessage(getTranslation("calendar.post.boost-invalid"));

        week.setValue(post.week());
        day.setValue(post.day());
        hour.setValue(post.hour());
        platform.setValue(post.platform());
        format.setValue(post.format());
        pillar.setValue(post.pillar());
        // A persona deleted since the post was planned shows as none, which is what the engine makes of it too.
        persona.setValue(personas.stream().anyMatch(p -> p.id().equals(post.persona())) ? post.persona() : null);
        stage.setValue(post.stage());
        callToAction.setValue(post.callToAction());
        caption.setValue(post.caption());
        link.setValue(post.link() == null ? "" : post.link());
        hashtags.setValue(PlanEdits.hashtagText(post.hashtags()));
        boost.setValue(post.boost());
        platform.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showFormatsOf(change.getValue());
            }
        });
        showSweetSpot(post.platform());

        FormLayout form = new FormLayout(
                week,
                day,
                hour,
                platform,
                format,
                pillar,
                persona,
                stage,
                callToAction,
                caption,
                link,
                hashtags,
                boost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        form.setColspan(caption, 3);
        form.setColspan(link, 2);
        form.setColspan(hashtags, 2);
        add(form);

        for (var field : List.of(week, day, hour, platform, format, pillar, persona, stage, callToAction)) {
            field.setReadOnly(readOnly);
        }
        caption.setReadOnly(readOnly);
        link.setReadOnly(readOnly);
        hashtags.setReadOnly(readOnly);
        boost.setReadOnly(readOnly);

        apply.setId("post-apply");
        apply.setText((isNew ? getTranslation("calendar.post.add") : getTranslation("calendar.post.apply")));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> {
            Post edited = read();
            if (edited != null) {
                actions.apply(edited);
            }
        });
        delete.setId("post-delete");
        delete.setText(getTranslation("calendar.post.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> actions.delete(original));
        copy.setId("post-copy");
        copy.setText(getTranslation("calendar.post.copy"));
        copy.addClickListener(click -> actions.copy(original));
        move.setId("post-move");
        move.setText(getTranslation("calendar.post.move"));
        move.addClickListener(click -> actions.move(original));
        close.setId("post-cancel");
        close.setText((readOnly ? getTranslation("calendar.post.close") : getTranslation("calendar.post.cancel")));
        close.addClickListener(click -> close());

        if (readOnly) {
            Span why = new Span(
                    (canCopy
                            ? getTranslation("calendar.post.read-only-copy")
                            : getTranslation("calendar.post.read-only")));
            why.addClassName("muted");
            getFooter().add(why);
            if (canCopy && !isNew) {
                getFooter().add(copy);
            }
            getFooter().add(close);
        } else {
            if (!isNew) {
                getFooter().add(delete, copy, move);
            }
            getFooter().add(close, apply);
        }
    }

    /** The post as the form now says, or {@code null} (with the fields marked) when something is missing. */
    @Nullable
    Post read() {
        boolean valid = true;
        if (caption.getValue().isBlank()) {
            caption.setInvalid(true);
            valid = false;
        }
        Double boostValue = boost.getValue();
        if (boost.isInvalid() || (boostValue != null && (boostValue < 0 || !Double.isFinite(boostValue)))) {
            boost.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return null;
        }
        String linkValue = link.getValue().strip();
        return new Post(
                original.id(),
                value(week),
                value(day),
                value(hour),
                value(platform),
                value(format),
                value(pillar),
                persona.getValue(),
                value(stage),
                value(callToAction),
                linkValue.isEmpty() ? null : linkValue,
                caption.getValue().strip(),
                PlanEdits.hashtags(hashtags.getValue()),
                boostValue == null ? 0 : boostValue);
    }

    private void showFormatsOf(Platform chosen) {
        Format current = format.getValue();
        List<Format> formats = formatsOf(chosen);
        format.setItems(formats);
        format.setValue(current != null && formats.contains(current) ? current : formats.getFirst());
        showSweetSpot(chosen);
    }

    private void showSweetSpot(Platform chosen) {
        PlatformDefinition definition = scenario.platform(chosen);
        platform.setHelperText(getTranslation(
                "calendar.post.sweet-spot", (int) definition.postsPerWeek().min(), (int)
                        definition.postsPerWeek().max()));
    }

    private List<Format> formatsOf(Platform chosen) {
        Map<Format, Double> formats = scenario.platform(chosen).formats();
        return List.copyOf(formats.keySet());
    }

    private <T> void configure(
            Select<T> select,
            String id,
            String label,
            List<T> items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(labels);
    }

    private String label(Enum<?> value) {
        return getTranslation(AttemptKeys.label(value));
    }

    /** The select asks for a label of the empty choice too ({@code null}). */
    private String personaName(@Nullable String id) {
        return personas.stream()
                .filter(p -> p.id().equals(id))
                .map(Persona::name)
                .findFirst()
                .orElse(getTranslation("calendar.post.no-persona"));
    }

    static String hourLabel(int hour) {
        return String.format(java.util.Locale.ROOT, "%02d:00", hour);
    }

    private static <T> T value(Select<T> select) {
        return java.util.Objects.requireNonNull(select.getValue());
    }
}
