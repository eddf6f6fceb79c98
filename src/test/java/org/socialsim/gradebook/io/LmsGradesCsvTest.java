package org.socialsim.gradebook.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialsim.gradebook.Gradebook;
import org.socialsim.gradebook.Gradebook.CriterionGrade;
import org.socialsim.gradebook.Gradebook.GradeRow;
import org.socialsim.grading.assessment.Submissions;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

class LmsGradesCsvTest {

    static final String TITLE = "BrewHaven: launch, week 1";
    static final String INJECTION = "=HYPERLINK(\"http://x\",\"y\")";

    static RubricDefinition rubric;
    static Gradebook gradebook;

    @BeforeAll
    static void a_gradebook_of_five_students_three_of_them_released() {
        rubric = Submissions.rubric("smm-coursework");
        gradebook = new Gradebook(
                TITLE,
                "Group A",
                rubric,
                List.of(
                        row("S001", "李伟", "li.wei@example.edu", 0, true, "-5 for the missing budget"),
                        row("S002", "Zoë Brontë", null, 1, true, "Good work, \"mostly\"."),
                        row("S003", INJECTION, "@evil@example.edu", 2, true, "Fine"),
                        row("S004", "Müller, Jörg", "jm@example.edu", 1, false, "Complete, not released"),
                        unmarked("S005", "Ana Núñez")));
    }

    @Test
    void the_moodle_file_has_id_number_email_and_the_grade_items_columns_and_only_released_grades() throws IOException {
        String csv = write(true);

        assertThat(csv).doesNotStartWith("\uFEFF");
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        "ID number,Email address,\"BrewHaven: launch, week 1 (Real)\","
                                + "\"BrewHaven: launch, week 1 (Feedback)\"",
                        "S001,li.wei@example.edu," + total(0) + ",'-5 for the missing budget",
                        "S002,," + total(1) + ",\"Good work, \"\"mostly\"\".\"",
                        "S003,'@evil@example.edu," + total(2) + ",Fine",
                        "");
    }

    @Test
    void the_canvas_file_has_the_student_columns_a_points_possible_row_and_only_released_grades() throws IOException {
        String csv = write(false);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n", -1))
                .containsExactly(
                        "Student,ID,SIS User ID,SIS Login ID,Section,\"BrewHaven: launch, week 1\"",
                        "Points Possible,,,,," + rubric.marks(),
                        "李伟,,S001,,Group A," + total(0),
                        "Zoë Brontë,,S002,,Group A," + total(1),
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,S003,,Group A," + total(2),
                        "");
    }

    @Test
    void names_and_feedback_in_any_script_survive_as_utf8() throws IOException {
        assertThat(write(false)).contains("李伟", "Zoë Brontë").doesNotContain("Müller", "Núñez");
        assertThat(write(true)).doesNotContain("jm@example.edu", "S005");
    }

    static String write(boolean moodle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (moodle) {
            MoodleGradesCsv.write(gradebook, out);
        } else {
            CanvasGradesCsv.write(gradebook, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static int total(int levelIndex) {
        return rubric.criteria().stream()
                .mapToInt(criterion -> criterion.levels().get(levelIndex).maxMarks())
                .sum();
    }

    static GradeRow row(
            String number, String name, @Nullable String email, int levelIndex, boolean released, String feedback) {
        List<CriterionGrade> criteria = new ArrayList<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            LevelDefinition level = criterion.levels().get(levelIndex);
            criteria.add(new CriterionGrade(criterion.id(), level.label(), level.maxMarks(), ""));
        }
        int total = total(levelIndex);
        return new GradeRow(
                number,
                name,
                email,
                "Group A",
                "BrewHaven",
                1,
                rubric.title(),
                2,
                LocalDateTime.of(2026, 11, 20, 17, 45),
                null,
                criteria,
                total,
                total / (double) rubric.marks(),
                rubric.bandFor(total),
                "Tutor One",
                null,
                false,
                released,
                feedback);
    }

    static GradeRow unmarked(String number, String name) {
        List<CriterionGrade> criteria = rubric.criteria().stream()
                .map(criterion -> new CriterionGrade(criterion.id(), null, null, ""))
                .toList();
        return new GradeRow(
                number,
                name,
                null,
                "Group A",
                "BrewHaven",
                1,
                rubric.title(),
                2,
                null,
                null,
                criteria,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                "");
    }
}
