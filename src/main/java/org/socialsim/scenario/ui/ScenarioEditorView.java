package org.socialsim.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.content.VersionText;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.VersionEditor;
import org.socialsim.scenario.ScenarioBasics;
import org.socialsim.scenario.ScenarioService;
import org.socialsim.scenario.definition.ScenarioDefinition;

/**
 * Edits a scenario: the raw YAML with its problems shown live at their lines, a structured form for the top-level
 * facts, and the student's-eye preview. Each save makes a new version.
 */
@Route(value = ContentLibraryView.SCENARIO_EDITOR, layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class ScenarioEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    @Nullable
    VersionEditor<ScenarioDefinition> editor;

    final ScenarioBasicsForm form = new ScenarioBasicsForm();
    final ScenarioPreview preview = new ScenarioPreview();

    private final ScenarioService scenarioService;
    private final Clock clock;
    private String title = "";

    ScenarioEditorView(ScenarioService scenarioService, Clock clock) {
        this.scenarioService = scenarioService;
        this.clock = clock;
        addClassName("editor-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String scenarioId) {
        VersionText opened = scenarioService.latest(scenarioId);
        title = opened.version().title();
        VersionEditor<ScenarioDefinition> created = new VersionEditor<>(
                opened,
                text -> scenarioService.check(scenarioId, text),
                (basedOn, text) -> scenarioService.save(scenarioId, basedOn, text),
                preview,
                preview::show,
                clock.getZone(),
                "tutor/library");
        Div formTab = new Div(form);
        Tab tab = created.addTab(getTranslation("editor.tab.form"), formTab);
        created.tabs().addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == tab) {
                fillForm(created.current());
            }
        });
        created.addValidityListener(definition -> form.setEnabled(definition != null));
        form.onChange(basics -> {
            ScenarioDefinition current = created.current();
            if (current != null) {
                created.replaceText(scenarioService.rewrite(current, basics));
            }
        });
        removeAll();
        add(created);
        editor = created;
    }

    private void fillForm(@Nullable ScenarioDefinition current) {
        form.setEnabled(current != null);
        if (current != null) {
            form.fill(ScenarioBasics.of(current));
        }
    }

    VersionEditor<ScenarioDefinition> editor() {
        VersionEditor<ScenarioDefinition> opened = editor;
        if (opened == null) {
            throw new IllegalStateException("no scenario opened");
        }
        return opened;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.scenario.page-title", title);
    }
}
