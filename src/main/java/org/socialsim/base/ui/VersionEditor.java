package org.socialsim.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.content.VersionSummary;
import org.socialsim.base.content.VersionText;
import org.socialsim.base.io.ReadResult;

/**
 * Edits one scenario or rubric: the raw YAML with live problems, a preview of the last valid text, and room for more
 * tabs (the scenario's structured form). Saving makes a new version and never overwrites; an unchanged text, a stale
 * base or an invalid text each say so and keep the author's text.
 *
 * @param <D> the definition the text describes
 */
public final class VersionEditor<D> extends Composite<Div> {

    final YamlEditor yaml;
    final Button save = new Button();
    final Paragraph basedOnLine = new Paragraph();
    final Paragraph staleBanner = new Paragraph();
    final TabSheet tabs = new TabSheet();

    private final Function<String, ReadResult<D>> check;
    private final BiFunction<Integer, String, SaveOutcome> saver;
    private final Div preview = new Div();
    private final Paragraph previewUnavailable = new Paragraph();
    private final Consumer<D> renderPreview;
    private final List<Consumer<@Nullable D>> validListeners = new ArrayList<>();
    private final DateTimeFormatter dates;
    private final Tab previewTab;
    private VersionSummary basedOn;
    private @Nullable D current;
    private int extraTabs;

    /**
     * @param opened the version the author starts from
     * @param check reads a text without storing it
     * @param saver stores a text as the next version after the given version number
     * @param previewContent shows a valid definition; it is refreshed whenever the preview tab is shown
     */
    public VersionEditor(
            VersionText opened,
            Function<String, ReadResult<D>> check,
            BiFunction<Integer, String, SaveOutcome> saver,
            Component previewContent,
            Consumer<D> renderPreview,
            ZoneId zone,
            String backPath) {
        this.check = check;
        this.saver = saver;
        this.renderPreview = renderPreview;
        this.basedOn = opened.version();
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(zone);

        yaml = new YamlEditor(getTranslation("editor.yaml.label", opened.fileName()));
        save.setText(getTranslation("editor.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button back = new Button(
                getTranslation("editor.back"),
                VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(backPath));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        basedOnLine.addClassName("muted");
        HorizontalLayout bar = new HorizontalLayout(back, basedOnLine, save);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(basedOnLine);
        bar.addClassName("editor-bar");

        staleBanner.addClassName("callout");
        staleBanner.addClassName("stale");
        staleBanner.getElement().setAttribute("role", "alert");
        staleBanner.setVisible(false);

        previewUnavailable.setText(getTranslation("editor.preview.unavailable"));
        previewUnavailable.addClassName("empty-state");
        preview.add(previewUnavailable, previewContent);
        tabs.add(getTranslation("editor.tab.yaml"), yaml);
        previewTab = tabs.add(getTranslation("editor.tab.preview"), preview);
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == previewTab) {
                refreshPreview();
            }
        });
        tabs.setWidthFull();

        yaml.addTextListener(this::checkText);
        getContent().addClassName("version-editor");
        getContent().add(bar, staleBanner, tabs);

        describeBase();
        yaml.setText(opened.yaml());
        checkText(opened.yaml());
    }

    /** Adds a tab before the preview (the scenario's structured form). */
    public Tab addTab(String label, Component content) {
        // Between the YAML (first) and the preview (last): position 1 for the first added tab, 2 for the next, ...
        return tabs.add(new Tab(label), content, ++extraTabs);
    }

    /** Hears the last valid definition after each check, or null while the text has problems. */
    public void addValidityListener(Consumer<@Nullable D> listener) {
        validListeners.add(listener);
    }

    /** The definition of the text as it stands, if it is valid. */
    public @Nullable D current() {
        return current;
    }

    /** Replaces the text, e.g. with the structured form's rewrite; it is checked at once. */
    public void replaceText(String text) {
        yaml.setText(text);
    }

    public YamlEditor yaml() {
        return yaml;
    }

    public Button saveButton() {
        return save;
    }

    public Paragraph staleBanner() {
        return staleBanner;
    }

    public TabSheet tabs() {
        return tabs;
    }

    private void checkText(String text) {
        ReadResult<D> result = check.apply(text);
        yaml.showProblems(result.problems());
        current = result instanceof ReadResult.Valid<D>(D definition) ? definition : null;
        save.setEnabled(current != null);
        if (tabs.getSelectedTab() == previewTab) {
            refreshPreview();
        }
        validListeners.forEach(listener -> listener.accept(current));
    }

    private void refreshPreview() {
        D definition = current;
        previewUnavailable.setVisible(definition == null);
        preview.getChildren()
                .filter(child -> child != previewUnavailable)
                .forEach(child -> child.setVisible(definition != null));
        if (definition != null) {
            renderPreview.accept(definition);
        }
    }

    private void save() {
        switch (saver.apply(basedOn.number(), yaml.getText())) {
            case SaveOutcome.Saved(VersionSummary version) -> {
                basedOn = version;
                staleBanner.setVisible(false);
                describeBase();
                Notifications.success(getTranslation("editor.saved", version.number(), version.contentId()));
            }
            case SaveOutcome.Unchanged(VersionSummary existing) ->
                Notifications.success(getTranslation("editor.unchanged", existing.number(), existing.contentId()));
            case SaveOutcome.Invalid(var problems) -> {
                yaml.showProblems(problems);
                save.setEnabled(false);
            }
            case SaveOutcome.Stale(VersionSummary latest) -> {
                staleBanner.setText(getTranslation(
                        "editor.stale",
                        latest.number(),
                        latest.createdBy() == null ? getTranslation("library.saved-by.file") : latest.createdBy(),
                        dates.format(latest.createdAt()),
                        basedOn.number(),
                        latest.number() + 1));
                staleBanner.setVisible(true);
                // The author has now been told; saving again stores their text after the newer version.
                basedOn = latest;
                describeBase();
            }
        }
    }

    private void describeBase() {
        basedOnLine.setText(getTranslation(
                "editor.based-on",
                basedOn.contentId(),
                basedOn.number(),
                basedOn.createdBy() == null ? getTranslation("library.saved-by.file") : basedOn.createdBy(),
                dates.format(basedOn.createdAt())));
    }
}
