package org.socialsim.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.Enrolment;
import org.socialsim.account.EnrolmentService;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Deliberately not @Transactional: the enrolment's own transaction must be the one that rolls back. */
@SocialSimTest
class EnrolmentRollbackTest {

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    UserAccountRepository accounts;

    @Test
    @WithUserDetails("admin")
    void a_failure_midway_through_an_enrolment_undoes_the_accounts_already_opened() {
        long before = accounts.count();
        List<Enrolment> batch = List.of(
                new Enrolment("First Fine", "first.fine@uni.example", "F1", Set.of("SMM 2026 — Group A")),
                new Enrolment("Second Fine", "second.fine@uni.example", null, Set.of("SMM 2026 — Group B")),
                new Enrolment("Ghost Cohort", "ghost@uni.example", null, Set.of("No Such Cohort")));

        assertThatThrownBy(() -> enrolments.enrol(batch))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("enrolment.cohort.unknown");

        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findByEmailIn(List.of("first.fine@uni.example"))).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void a_conflict_found_after_accounts_were_saved_undoes_them_too() {
        long before = accounts.count();
        List<Enrolment> batch = List.of(
                new Enrolment("First Fine", "first.fine@uni.example", "F1", Set.of("SMM 2026 — Group A")),
                new Enrolment("Tutor", "priya.natarajan@demo.socialsim.org", null, Set.of("SMM 2026 — Group A")));

        assertThatThrownBy(() -> enrolments.enrol(batch)).isInstanceOf(UserFacingException.class);

        assertThat(accounts.count()).isEqualTo(before);
    }
}
