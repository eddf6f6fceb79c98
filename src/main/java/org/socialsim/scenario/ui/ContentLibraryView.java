package org.socialsim.scenario.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.rubric.RubricService;
import org.socialsim.scenario.ScenarioService;

/**
 * The scenario and rubric library: every scenario and rubric with its versions, and the ways to add, edit, download
 * and upload them. Tutors and administrators only; the services check again.
 */
@Route(value = "tutor/library", layout = MainLayout.class)
@RolesAllowed({"TUTOR", "ADMIN"})
@Menu(order = 40, icon = "vaadin:book", title = "nav.library")
public final class ContentLibraryView extends Main implements HasDynamicTitle {

    /** The scenario editor's route; a scenario id follows it. */
    public static final String SCENARIO_EDITOR = "tutor/scenarios";
    /** The rubric editor's route; a rubric id follows it. */
    public static final String RUBRIC_EDITOR = "tutor/rubrics";

    final LibrarySection scenarios;
    final LibrarySection rubrics;

    ContentLibraryView(ScenarioService scenarioService, RubricService rubricService, Clock clock) {
        addClassName("list-view");
        Paragraph intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("muted");
        scenarios = new LibrarySection(
                new LibrarySection.Kind(
                        getTranslation("library.scenarios"),
                        getTranslation("library.new-scenario"),
                        SCENARIO_EDITOR,
                        scenarioService::library,
                        scenarioService::latest,
                        scenarioService::upload,
                        scenarioService::createFrom),
                clock.getZone());
        rubrics = new LibrarySection(
                new LibrarySection.Kind(
                        getTranslation("library.rubrics"),
                        getTranslation("library.new-rubric"),
                        RUBRIC_EDITOR,
                        rubricService::library,
                        rubricService::latest,
                        rubricService::upload,
                        rubricService::createFrom),
                clock.getZone());
        add(intro, scenarios, rubrics);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }
}
