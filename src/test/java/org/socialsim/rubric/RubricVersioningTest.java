package org.socialsim.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class RubricVersioningTest {

    private static final String RUBRIC = "smm-coursework";

    @Autowired
    RubricService rubricService;

    @Test
    void the_shipped_rubric_is_in_the_library_from_its_file() {
        LibraryEntry rubric = entry();

        assertThat(rubric.versionCount()).isEqualTo(1);
        assertThat(rubric.latest().source()).isEqualTo(ContentSource.FILE);
    }

    @Test
    void an_unchanged_rubric_is_not_duplicated_and_a_changed_one_becomes_version_2() {
        String text = rubricService.latest(RUBRIC).yaml();

        assertThat(rubricService.save(RUBRIC, 1, text)).isInstanceOf(SaveOutcome.Unchanged.class);
        String retitled = text.replaceFirst("(?m)^title: .*$", "title: \"Coursework, second sitting\"");
        assertThat(rubricService.save(RUBRIC, 1, retitled)).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.version().number()).isEqualTo(2);
            assertThat(saved.version().title()).isEqualTo("Coursework, second sitting");
        });
        assertThat(entry().versionCount()).isEqualTo(2);
    }

    @Test
    void a_rubric_whose_boundaries_descend_is_refused_and_not_stored() {
        String text = rubricService.latest(RUBRIC).yaml();
        String broken = text.replaceFirst("marks: 100", "marks: -5");

        assertThat(rubricService.save(RUBRIC, 1, broken)).isInstanceOf(SaveOutcome.Invalid.class);
        assertThat(entry().versionCount()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("student2")
    void a_student_cannot_read_or_change_rubrics() {
        assertThatThrownBy(() -> rubricService.library()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rubricService.save(RUBRIC, 1, "id: x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rubricService.upload("x.yaml", "id: x")).isInstanceOf(AccessDeniedException.class);
    }

    private LibraryEntry entry() {
        return rubricService.library().stream()
                .filter(entry -> entry.contentId().equals(RUBRIC))
                .findFirst()
                .orElseThrow();
    }
}
