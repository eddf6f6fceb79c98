package org.socialsim.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.rubric.RubricService;
import org.socialsim.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class AssignmentServiceTest {

    private static final Instant OPENS = Instant.parse("2027-01-11T09:00:00Z");
    private static final Instant DUE = OPENS.plus(Duration.ofDays(42));

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    ScenarioService scenarioService;

    @Autowired
    RubricService rubricService;

    @Autowired
    CohortRepository cohorts;

    @Test
    @WithUserDetails("tutor1")
    void an_assignment_pins_its_versions_and_a_later_edit_never_changes_them() {
        long groupA = cohortId("SMM 2026 — Group A");
        LibraryEntry brewhaven = scenario("brewhaven-cold-brew");
        long rubricVersion = rubricService.latest("smm-coursework").version().id();

        AssignmentSummary set = assignmentService.assign(new NewAssignment(
                groupA, brewhaven.latest().id(), rubricVersion, " Coursework 1: BrewHaven ", OPENS, DUE));
        String edited = scenarioService.latest("brewhaven-cold-brew").yaml().replace("weeks: 6 ", "weeks: 8 ");
        assertThat(scenarioService.save("brewhaven-cold-brew", 1, edited)).isInstanceOf(SaveOutcome.Saved.class);

        // The demo data already set one assignment (DemoAssignments); ours sorts after it by deadline.
        assertThat(assignmentService.assignments(groupA)).hasSize(2).last().satisfies(shown -> {
            assertThat(shown.id()).isEqualTo(set.id());
            assertThat(shown.title()).isEqualTo("Coursework 1: BrewHaven");
            assertThat(shown.scenarioVersionId()).isEqualTo(brewhaven.latest().id());
            assertThat(shown.scenarioVersion()).isEqualTo(1);
            assertThat(shown.rubricVersionId()).isEqualTo(rubricVersion);
            assertThat(shown.opensAt()).isEqualTo(OPENS);
            assertThat(shown.dueAt()).isEqualTo(DUE);
        });
        assertThat(scenarioService.definition(brewhaven.latest().id()).weeks()).isEqualTo(6);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_assign_to_or_list_another_tutors_cohort() {
        long groupB = cohortId("SMM 2026 — Group B");
        var request = request(groupB, "Not mine", OPENS, DUE);

        assertThatThrownBy(() -> assignmentService.assign(request)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignmentService.assignments(groupB)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_can_assign_to_any_cohort() {
        long groupB = cohortId("SMM 2026 — Group B");

        int before = assignmentService.assignments(groupB).size();

        assignmentService.assign(request(groupB, "Set by the department", OPENS, DUE));

        assertThat(assignmentService.assignments(groupB)).hasSize(before + 1);
    }

    @Test
    @WithUserDetails("tutor1")
    void the_deadline_must_come_after_the_opening_and_the_title_is_required() {
        long groupA = cohortId("SMM 2026 — Group A");
        var before = assignmentService.assignments(groupA);

        assertThatThrownBy(() -> assignmentService.assign(request(groupA, "Backwards", DUE, OPENS)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("assignment.due.not-after-opening");
        assertThatThrownBy(() -> assignmentService.assign(request(groupA, "Same time", OPENS, OPENS)))
                .hasMessageStartingWith("assignment.due.not-after-opening");
        assertThatThrownBy(() -> assignmentService.assign(request(groupA, "  ", OPENS, DUE)))
                .hasMessageStartingWith("assignment.title.missing");
        assertThat(assignmentService.assignments(groupA)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_set_or_list_assignments_through_the_tutor_service() {
        long groupA = cohortId("SMM 2026 — Group A");

        assertThatThrownBy(() -> assignmentService.assign(new NewAssignment(groupA, 1, 1, "Mine", OPENS, DUE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignmentService.assignments(groupA)).isInstanceOf(AccessDeniedException.class);
    }

    private NewAssignment request(long cohortId, String title, Instant opens, Instant due) {
        long scenarioVersion = scenario("tallybook-b2b-saas").latest().id();
        long rubricVersion = rubricService.latest("smm-coursework").version().id();
        return new NewAssignment(cohortId, scenarioVersion, rubricVersion, title, opens, due);
    }

    private LibraryEntry scenario(String id) {
        return scenarioService.library().stream()
                .filter(entry -> entry.contentId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private long cohortId(String name) {
        return cohorts.findAllWithOwner().stream()
                .filter(cohort -> cohort.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
