package org.socialsim.rubric.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.base.ui.VersionEditor;
import org.socialsim.rubric.RubricService;
import org.socialsim.rubric.definition.RubricDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor2")
class RubricEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    RubricService rubricService;

    @Test
    void an_invalid_rubric_shows_its_problem_at_the_line_and_cannot_be_saved() {
        RubricEditorView view = navigate("tutor/rubrics/smm-coursework", RubricEditorView.class);
        VersionEditor<RubricDefinition> editor = view.editor;
        assertThat(editor).isNotNull();
        test(editor.tabs()).select("Preview as a student");
        test(editor.tabs()).select("YAML");
        roundTrip();
        String broken = editor.yaml().getText().replaceFirst("marks: 100 ", "marks: lots ");

        test(editor.yaml().textArea()).setValue(broken);

        assertThat(editor.yaml().shownProblems())
                .anySatisfy(problem -> assertThat(problem).startsWith("line 33, column 8: marks: "));
        assertThat(editor.saveButton().isEnabled()).isFalse();
        assertThat(rubricService.latest("smm-coursework").version().number()).isEqualTo(1);
    }

    @Test
    void the_preview_lists_every_criterion_with_its_levels() {
        RubricEditorView view = navigate("tutor/rubrics/smm-coursework", RubricEditorView.class);
        VersionEditor<RubricDefinition> editor = view.editor;
        assertThat(editor).isNotNull();
        RubricDefinition rubric = editor.current();
        assertThat(rubric).isNotNull();

        test(editor.tabs()).select("Preview as a student");
        roundTrip();

        String shown = view.preview.getElement().getOuterHTML();
        rubric.criteria().forEach(criterion -> assertThat(shown).contains(criterion.title()));
    }
}
