package org.socialsim.rubric.ui;

import com.vaadin.flow.component.html.Main;
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
import org.socialsim.rubric.RubricService;
import org.socialsim.rubric.definition.RubricDefinition;

/** Edits a rubric as raw YAML with live problems, beside a preview of its criteria, levels and boundaries. */
@Route(value = "tutor/rubrics", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
public final class RubricEditorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    @Nullable
    VersionEditor<RubricDefinition> editor;

    final RubricPreview preview = new RubricPreview();

    private final RubricService rubricService;
    private final Clock clock;
    private String title = "";

    RubricEditorView(RubricService rubricService, Clock clock) {
        this.rubricService = rubricService;
        this.clock = clock;
        addClassName("editor-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String rubricId) {
        VersionText opened = rubricService.latest(rubricId);
        title = opened.version().title();
        VersionEditor<RubricDefinition> created = new VersionEditor<>(
                opened,
                text -> rubricService.check(rubricId, text),
                (basedOn, text) -> rubricService.save(rubricId, basedOn, text),
                preview,
                preview::show,
                clock.getZone(),
                "tutor/library");
        removeAll();
        add(created);
        editor = created;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.rubric.page-title", title);
    }
}
