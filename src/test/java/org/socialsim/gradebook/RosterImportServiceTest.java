package org.socialsim.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.account.EnrolmentOutcome;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so tests leave the shared demo data as they found it.
@SocialSimTest
@Transactional
class RosterImportServiceTest {

    static final String HEADER = "name,email,student id,cohort\n";
    static final String GROUP_A = "SMM 2026 — Group A";

    @Autowired
    RosterImportService rosterImport;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    CohortRepository cohorts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("admin")
    void every_kind_of_row_error_is_reported_with_its_message_and_row_number() {
        RosterPreview preview = preview(HEADER
                + ",nameless@uni.example,N1," + GROUP_A + "\n"
                + "N".repeat(201) + ",long@uni.example,N2," + GROUP_A + "\n"
                + "No Mail,,N3," + GROUP_A + "\n"
                + "Bad Mail,not-an-email,N4," + GROUP_A + "\n"
                + "Long Mail," + "m".repeat(250) + "@x.example,N5," + GROUP_A + "\n"
                + "Long Id,longid@uni.example," + "9".repeat(65) + "," + GROUP_A + "\n"
                + "No Cohort,nocohort@uni.example,N7,\n"
                + "Unknown Cohort,unknown@uni.example,N8,Group Z\n"
                + "Long Cohort,longcohort@uni.example,N9," + "C".repeat(121) + "\n"
                + "\n"
                + "Ana Silva,ana@uni.example,A1," + GROUP_A + "\n"
                + "Ana Silva,ANA@uni.example,A1," + GROUP_A + "\n"
                + "Ana Silva,ana@uni.example,A2,SMM 2026 — Group B\n"
                + "Ana Sylva,ana@uni.example,A1,smm 2026 — group b\n"
                + "Ben Okoro,ben@uni.example,A1," + GROUP_A + "\n"
                + "Tutor Priya,priya.natarajan@demo.socialsim.org,T1," + GROUP_A + "\n");

        assertThat(preview.rows()).extracting(RosterRow::row).doesNotContain(11);
        assertProblems(preview, 2, "roster.row.name-missing");
        assertProblems(preview, 3, "roster.row.name-too-long");
        assertProblems(preview, 4, "roster.row.email-missing");
        assertProblems(preview, 5, "roster.row.email-malformed");
        assertProblems(preview, 6, "roster.row.email-too-long");
        assertProblems(preview, 7, "roster.row.student-id-too-long");
        assertProblems(preview, 8, "roster.row.cohort-missing");
        assertProblems(preview, 9, "roster.row.cohort-unknown");
        assertProblems(preview, 10, "roster.row.cohort-too-long");
        assertThat(row(preview, 12).status()).isEqualTo(RosterRowStatus.NEW);
        assertProblems(preview, 13, "roster.row.duplicate");
        assertThat(row(preview, 13).problems().getFirst().arguments()).containsExactly(12);
        assertProblems(preview, 14, "roster.row.email-other-student-id");
        assertProblems(preview, 15, "roster.row.duplicate", "roster.row.email-other-name");
        assertProblems(preview, 16, "roster.row.student-id-twice");
        assertProblems(preview, 17, "roster.row.email-not-student");
        assertThat(preview.committable()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void conflicts_with_existing_accounts_are_errors_and_exact_matches_are_unchanged() {
        commit(HEADER + "Rita Okafor,rita@uni.example,R1," + GROUP_A + "\n");

        RosterPreview preview = preview(HEADER
                + "Rita Okafor,Rita@Uni.example,r1," + GROUP_A + "\n"
                + "Someone Else,else@uni.example,R1," + GROUP_A + "\n"
                + "Zoë Achterberg,zoe.achterberg@demo.socialsim.org,Z1," + GROUP_A + "\n"
                + "Kwame Mensah,kwame.mensah@demo.socialsim.org,,SMM 2026 — Group B\n");

        assertThat(row(preview, 2).status()).isEqualTo(RosterRowStatus.UNCHANGED);
        assertProblems(preview, 3, "roster.row.student-id-twice", "roster.row.student-id-taken");
        assertThat(row(preview, 3).problems().get(1).arguments()).containsExactly("rita@uni.example");
        // An existing student without a student id gets one recorded: an update, not a conflict.
        assertThat(row(preview, 4).status()).isEqualTo(RosterRowStatus.UPDATE);
        assertThat(row(preview, 5).status()).isEqualTo(RosterRowStatus.UPDATE);

        RosterPreview otherId = preview(HEADER + "Rita Okafor,rita@uni.example,R9," + GROUP_A + "\n");
        assertProblems(otherId, 2, "roster.row.email-has-other-id");
    }

    @Test
    @WithUserDetails("admin")
    void a_valid_roster_opens_accounts_with_temporary_passwords_and_adds_memberships() {
        long before = accounts.count();
        EnrolmentOutcome outcome = commit(HEADER
                + "Rita Okafor,Rita.Okafor@Uni.example,r1," + GROUP_A + "\n"
                + "Rita Okafor,rita.okafor@uni.example,R1,SMM 2026 — Group B\n"
                + "Noa Ben-David,noa@uni.example,," + GROUP_A + "\n"
                + "Zoë Achterberg,zoe.achterberg@demo.socialsim.org,Z1," + GROUP_A + "\n");

        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(accounts.count()).isEqualTo(before + 2);
        var rita = accounts.findByUsernameIgnoreCase("rita.okafor").orElseThrow();
        assertThat(rita.getEmail()).isEqualTo("rita.okafor@uni.example");
        assertThat(rita.getStudentNumber()).isEqualTo("R1");
        assertThat(rita.isMustChangePassword()).isTrue();
        var credential = outcome.credentials().stream()
                .filter(c -> c.username().equals("rita.okafor"))
                .findFirst()
                .orElseThrow();
        assertThat(passwordEncoder.matches(credential.temporaryPassword(), rita.getPasswordHash()))
                .isTrue();
        assertThat(cohorts.membershipsOf(List.of(rita.getId())))
                .extracting(m -> m.cohortName())
                .containsExactlyInAnyOrder(GROUP_A, "SMM 2026 — Group B");
        assertThat(accounts.findByUsernameIgnoreCase("student1").orElseThrow().getStudentNumber())
                .isEqualTo("Z1");
    }

    @Test
    @WithUserDetails("admin")
    void logins_come_from_the_email_and_are_numbered_when_taken() {
        EnrolmentOutcome outcome = commit(HEADER
                + "Other Student,student1@elsewhere.example,,SMM 2026 — Group B\n"
                + "Zoë Ä,zoë@uni.example,," + GROUP_A + "\n"
                + "Zed,z@uni.example,," + GROUP_A + "\n");

        assertThat(outcome.credentials()).extracting(c -> c.username()).containsExactly("student12", "zoe", "studentz");
    }

    @Test
    @WithUserDetails("admin")
    void re_importing_the_same_file_changes_nothing() {
        String roster = HEADER + "Rita Okafor,rita@uni.example,R1," + GROUP_A + "\n"
                + "Noa Ben-David,noa@uni.example,N1,SMM 2026 — Group B\n";
        commit(roster);
        long after = accounts.count();

        assertThat(preview(roster).count(RosterRowStatus.UNCHANGED)).isEqualTo(2);
        EnrolmentOutcome again = commit(roster);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.credentials()).isEmpty();
        assertThat(accounts.count()).isEqualTo(after);
    }

    @Test
    @WithUserDetails("admin")
    void a_file_with_one_bad_row_stores_nothing() {
        long before = accounts.count();
        String roster = HEADER + "Rita Okafor,rita@uni.example,R1," + GROUP_A + "\n" + "Bad Mail,not-an-email,R2,"
                + GROUP_A + "\n";

        assertThatThrownBy(() -> commit(roster))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("roster.commit.has-errors");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findByUsernameIgnoreCase("rita")).isEmpty();
    }

    @Test
    @WithUserDetails("tutor1")
    void tutors_cannot_preview_or_import_rosters() {
        assertThatThrownBy(() -> preview(HEADER)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> commit(HEADER)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("student1")
    void students_cannot_preview_or_import_rosters() {
        assertThatThrownBy(() -> preview(HEADER)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> commit(HEADER)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private RosterPreview preview(String csv) {
        return rosterImport.preview("roster.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private EnrolmentOutcome commit(String csv) {
        return rosterImport.commit("roster.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static RosterRow row(RosterPreview preview, int number) {
        return preview.rows().stream()
                .filter(row -> row.row() == number)
                .findFirst()
                .orElseThrow();
    }

    private static void assertProblems(RosterPreview preview, int number, String... keys) {
        RosterRow row = row(preview, number);
        assertThat(row.status()).isEqualTo(RosterRowStatus.ERROR);
        assertThat(row.problems()).extracting(RosterProblem::messageKey).containsExactly(keys);
    }
}
