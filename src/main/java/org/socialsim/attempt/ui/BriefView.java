package org.socialsim.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.scenario.ui.ScenarioPreview;

/** Step 1: the scenario brief, the brand and what is known of the market; never the hidden audience segments. */
@Route(value = AttemptStep.PREFIX + "brief", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class BriefView extends AttemptStepView {

    BriefView(AttemptService attempts) {
        super(attempts, AttemptStep.BRIEF);
    }

    @Override
    protected void render(AttemptState state) {
        ScenarioPreview preview = new ScenarioPreview();
        preview.showToStudent(state.scenario());
        Paragraph next = new Paragraph(getTranslation("attempt.brief.next"));
        next.addClassName("muted");
        Button start = new Button(
                getTranslation("attempt.brief.start"),
                click -> getUI().ifPresent(ui -> ui.navigate(AttemptStep.ANALYSIS.path(state.attemptId()))));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(preview, next, start);
    }
}
