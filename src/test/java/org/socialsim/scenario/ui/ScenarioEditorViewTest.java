package org.socialsim.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.ui.AccessDeniedView;
import org.socialsim.base.ui.VersionEditor;
import org.socialsim.scenario.ScenarioService;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so every test starts from the shipped version 1.
@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class ScenarioEditorViewTest extends SpringBrowserlessTest {

    private static final String BREWHAVEN = "brewhaven-cold-brew";

    @Autowired
    ScenarioService scenarioService;

    @Test
    void invalid_yaml_shows_the_problem_at_its_line_and_nothing_can_be_saved() {
        VersionEditor<ScenarioDefinition> editor = open();
        String broken = editor.yaml().getText().replace("weeks: 6 ", "weeks: sixty ");
        int line = lineOf(broken, "weeks: sixty");

        test(editor.yaml().textArea()).setValue(broken);

        assertThat(editor.yaml().shownProblems())
                .anySatisfy(problem -> assertThat(problem).startsWith("line " + line + ", column 8: weeks: "));
        assertThat(editor.saveButton().isEnabled()).isFalse();
        assertThat(versionCount()).isEqualTo(1);
    }

    @Test
    void fixing_the_problem_enables_save_and_saving_makes_version_2() {
        VersionEditor<ScenarioDefinition> editor = open();
        String original = editor.yaml().getText();
        test(editor.yaml().textArea()).setValue(original.replace("weeks: 6 ", "weeks: sixty "));

        test(editor.yaml().textArea()).setValue(original.replace("weeks: 6 ", "weeks: 7 "));
        test(editor.saveButton()).click();

        assertThat(editor.yaml().shownProblems()).isEmpty();
        assertThat(versionCount()).isEqualTo(2);
        assertThat(scenarioService.latest(BREWHAVEN).yaml()).contains("weeks: 7 ");
    }

    @Test
    void saving_unchanged_text_makes_no_new_version() {
        VersionEditor<ScenarioDefinition> editor = open();

        test(editor.saveButton()).click();

        assertThat(versionCount()).isEqualTo(1);
    }

    @Test
    void a_stale_save_says_who_saved_meanwhile_keeps_the_text_and_saves_on_the_second_try() {
        VersionEditor<ScenarioDefinition> editor = open();
        String original = editor.yaml().getText();
        scenarioService.save(BREWHAVEN, 1, original.replace("weeks: 6 ", "weeks: 8 "));
        String mine = original.replace("weeks: 6 ", "weeks: 7 ");

        test(editor.yaml().textArea()).setValue(mine);
        test(editor.saveButton()).click();

        assertThat(editor.staleBanner().isVisible()).isTrue();
        assertThat(editor.staleBanner().getText())
                .contains("Someone else saved version 2 (Dr Priya Natarajan")
                .contains("after you opened version 1");
        assertThat(editor.yaml().getText()).isEqualTo(mine);
        assertThat(versionCount()).isEqualTo(2);

        test(editor.saveButton()).click();

        assertThat(versionCount()).isEqualTo(3);
    }

    @Test
    void the_structured_form_rewrites_the_yaml_and_the_change_can_be_saved() {
        ScenarioEditorView view = navigate("tutor/scenarios/" + BREWHAVEN, ScenarioEditorView.class);
        VersionEditor<ScenarioDefinition> editor = view.editor();

        test(editor.tabs()).select("Form");
        roundTrip();
        assertThat(view.form.title.getValue()).isEqualTo("BrewHaven: launching a cold-brew range");
        test(view.form.title).setValue("BrewHaven: summer relaunch");
        test(view.form.weeks).setValue(7);

        assertThat(editor.yaml().getText())
                .contains("BrewHaven: summer relaunch")
                .contains("weeks: 7");
        assertThat(editor.yaml().shownProblems()).isEmpty();
        test(editor.saveButton()).click();
        assertThat(scenarioService.latest(BREWHAVEN).version().title()).isEqualTo("BrewHaven: summer relaunch");
    }

    @Test
    void the_preview_shows_what_students_see_and_never_the_hidden_segments() {
        ScenarioEditorView view = navigate("tutor/scenarios/" + BREWHAVEN, ScenarioEditorView.class);
        ScenarioDefinition scenario = view.editor().current();
        assertThat(scenario).isNotNull();

        test(view.editor().tabs()).select("Preview as a student");
        roundTrip();

        String shown = view.preview.getElement().getOuterHTML();
        assertThat(shown).contains("BrewHaven: launching a cold-brew range").contains("Business objectives");
        assertThat(view.preview.isVisible()).isTrue();
        scenario.segments().forEach(segment -> assertThat(shown).doesNotContain(segment.id()));
        assertThat(shown).doesNotContain(scenario.crisis().trigger());
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_open_the_editor_or_the_library() {
        navigate("tutor/scenarios/" + BREWHAVEN, AccessDeniedView.class);
        navigate("tutor/library", AccessDeniedView.class);
        navigate("tutor/assignments", AccessDeniedView.class);
    }

    private VersionEditor<ScenarioDefinition> open() {
        VersionEditor<ScenarioDefinition> editor = navigate("tutor/scenarios/" + BREWHAVEN, ScenarioEditorView.class)
                .editor();
        // A TabSheet attaches a tab's content when the tab is selected, just before the response; the browserless
        // test sends no response for the initial selection, so the tutor's click on the YAML tab is made here.
        test(editor.tabs()).select("Form");
        test(editor.tabs()).select("YAML");
        roundTrip();
        return editor;
    }

    private int versionCount() {
        return scenarioService.library().stream()
                .filter(entry -> entry.contentId().equals(BREWHAVEN))
                .mapToInt(LibraryEntry::versionCount)
                .findFirst()
                .orElseThrow();
    }

    private static int lineOf(String text, String fragment) {
        return (int) text.substring(0, text.indexOf(fragment))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
