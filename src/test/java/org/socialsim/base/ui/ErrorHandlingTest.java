package org.socialsim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.base.UserFacingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class ErrorHandlingTest {

    @Test
    void a_refusal_deep_in_the_cause_chain_is_shown_as_its_own_message() {
        var error =
                new RuntimeException("wrapped", UserFacingException.because("cohort.name.taken", "SMM 2026 — Group A"));

        var message = ErrorHandling.messageFor(error);

        assertThat(message.key()).isEqualTo("cohort.name.taken");
        assertThat(message.arguments()).containsExactly("SMM 2026 — Group A");
    }

    @Test
    void a_save_that_lost_a_race_says_someone_else_changed_it() {
        var stale = new ObjectOptimisticLockingFailureException("Cohort", 7L);

        assertThat(ErrorHandling.messageFor(new RuntimeException(stale)).key()).isEqualTo("error.changed-meanwhile");
    }

    @Test
    void a_constraint_violation_says_nothing_was_saved() {
        assertThat(ErrorHandling.messageFor(new DataIntegrityViolationException("unique"))
                        .key())
                .isEqualTo("error.conflict");
    }

    @Test
    void access_denied_and_anything_else_get_their_own_plain_messages() {
        assertThat(ErrorHandling.messageFor(new AccessDeniedException("no")).key())
                .isEqualTo("error.access-denied.action");
        assertThat(ErrorHandling.messageFor(new IllegalStateException("boom")).key())
                .isEqualTo("error.unexpected");
    }
}
