package org.socialsim.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class CohortServiceTest {

    private static final String GROUP_A = "SMM 2026 — Group A";
    private static final String GROUP_B = "SMM 2026 — Group B";

    @Autowired
    CohortService cohortService;

    @Autowired
    UserAccountRepository accounts;

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_sees_only_the_cohorts_they_own_with_their_students() {
        var cohorts = cohortService.visibleCohorts();

        assertThat(cohorts).extracting(CohortSummary::name).containsExactly(GROUP_A);
        assertThat(cohorts.getFirst().members())
                .extracting(UserSummary::username)
                .containsExactlyInAnyOrder("student1", "student2", "student3");
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_open_another_tutors_cohort_by_guessing_its_id() {
        long groupB = cohortIdOf(GROUP_B);
        assertThatThrownBy(() -> cohortService.cohort(groupB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohortService.cohort(987_654)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_add_students_to_another_tutors_cohort() {
        long groupB = cohortIdOf(GROUP_B);
        long student1 = idOf("student1");
        assertThatThrownBy(() -> cohortService.addStudent(groupB, student1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_change_membership_even_of_their_own_cohort() {
        long groupA = cohortIdOf(GROUP_A);
        long student4 = idOf("student4");
        long student1 = idOf("student1");
        assertThatThrownBy(() -> cohortService.addStudent(groupA, student4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohortService.removeStudent(groupA, student1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohortService.studentsNotIn(groupA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_adds_and_removes_students_and_adding_twice_changes_nothing() {
        long groupA = cohortIdOf(GROUP_A);
        long student4 = idOf("student4");
        assertThat(cohortService.studentsNotIn(groupA))
                .extracting(UserSummary::username)
                .containsExactlyInAnyOrder("student4", "student5", "student6");

        assertThat(cohortService.addStudent(groupA, student4).memberCount()).isEqualTo(4);
        assertThat(cohortService.addStudent(groupA, student4).memberCount()).isEqualTo(4);
        assertThat(cohortService.studentsNotIn(groupA))
                .extracting(UserSummary::username)
                .doesNotContain("student4");
        assertThat(cohortService.removeStudent(groupA, student4).memberCount()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("admin")
    void only_students_can_be_members() {
        long groupA = cohortIdOf(GROUP_A);
        long tutor2 = idOf("tutor2");
        assertThatThrownBy(() -> cohortService.addStudent(groupA, tutor2))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("cohort.member.not-student");
    }

    @Test
    @WithUserDetails("student1")
    void a_student_sees_their_cohort_but_not_their_classmates() {
        var cohorts = cohortService.visibleCohorts();

        assertThat(cohorts).extracting(CohortSummary::name).containsExactly(GROUP_A);
        assertThat(cohorts.getFirst().members()).isEmpty();
        assertThat(cohorts.getFirst().ownerName()).isEqualTo("Dr Priya Natarajan");
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_open_a_cohort_they_are_not_in() {
        long groupB = cohortIdOf(GROUP_B);
        assertThatThrownBy(() -> cohortService.cohort(groupB)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_change_membership_even_of_their_own_cohort() {
        long groupA = cohortIdOf(GROUP_A);
        long student1 = idOf("student1");
        assertThatThrownBy(() -> cohortService.removeStudent(groupA, student1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_sees_any_cohort() {
        assertThatThrownBy(() -> cohortService.visibleCohorts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_cohort_owned_by_a_tutor_and_sees_all_cohorts() {
        CohortSummary created = cohortService.createCohort("  Evening class  ", idOf("tutor2"));

        assertThat(created.name()).isEqualTo("Evening class");
        assertThat(cohortService.visibleCohorts())
                .extracting(CohortSummary::name)
                .contains(GROUP_A, GROUP_B, "Evening class");
    }

    @Test
    @WithUserDetails("admin")
    void a_cohort_needs_a_unique_name_and_a_tutor_as_owner() {
        assertThatThrownBy(() -> cohortService.createCohort("smm 2026 — group a", idOf("tutor1")))
                .hasMessageStartingWith("cohort.name.taken");
        assertThatThrownBy(() -> cohortService.createCohort(" ", idOf("tutor1")))
                .hasMessageStartingWith("cohort.name.missing");
        assertThatThrownBy(() -> cohortService.createCohort("Owned by a student", idOf("student1")))
                .hasMessageStartingWith("cohort.owner.not-tutor");
    }

    @Test
    @WithUserDetails("tutor1")
    void a_tutor_cannot_create_cohorts() {
        assertThatThrownBy(() -> cohortService.createCohort("Mine", idOf("tutor1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();
    }

    private long cohortIdOf(String name) {
        // Read as admin would: the test looks the id up directly, as an attacker guessing ids might.
        return cohortRepository.findAllWithOwner().stream()
                .filter(cohort -> cohort.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Autowired
    org.socialsim.account.domain.CohortRepository cohortRepository;
}
