package org.socialsim.account;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialsim.account.domain.Cohort;
import org.socialsim.account.domain.CohortRepository;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.SocialSimProperties;
import org.socialsim.base.UserFacingException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database: with the README's demo accounts when {@code socialsim.demo} is on, otherwise with one
 * administrator whose password the operator must supply. There is no default password outside the demo.
 */
@Component
@Order(0) // before the content loaders and the demo assignments that need its accounts
public class FirstStart implements ApplicationRunner {

    /** The password of every demo account; it is printed in the README, so it exists only in demo mode. */
    public static final String DEMO_PASSWORD = "socialsim";

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final SocialSimProperties properties;
    private final AccountService accountService;
    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final Clock clock;

    FirstStart(
            SocialSimProperties properties,
            AccountService accountService,
            UserAccountRepository accounts,
            CohortRepository cohorts,
            Clock clock) {
        this.properties = properties;
        this.accountService = accountService;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accountService.anyAccountExists()) {
            if (properties.admin().password() != null) {
                log.warn(
                        "socialsim.admin.password is set but unused: the database in {} already has accounts. "
                                + "Remove the setting; change passwords in the app.",
                        properties.dataDir());
            }
            return;
        }
        if (properties.demo()) {
            createDemoData();
        } else {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String password = properties.admin().password();
        if (password == null || password.isBlank()) {
            throw new FirstStartRefused(
                    "This is the first start of an empty database, and no administrator password was given.",
                    "Set SOCIALSIM_ADMIN_PASSWORD (or --socialsim.admin.password=...) to a password of at least "
                            + PasswordPolicy.MIN_LENGTH
                            + " characters for the first administrator, '"
                            + properties.admin().username()
                            + "' (change the name with SOCIALSIM_ADMIN_USERNAME). "
                            + "Or start with demo data: --spring.profiles.active=demo (see the README).");
        }
        try {
            accountService.createAccountAtFirstStart(
                    new NewAccount(properties.admin().username(), "Administrator", null, Role.ADMIN, password));
        } catch (UserFacingException refused) {
            // No UI yet to translate with: read the same message bundle the views use.
            ResourceBundle messages = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
            String reason = new MessageFormat(messages.getString(refused.messageKey()), Locale.ROOT)
                    .format(refused.arguments());
            throw new FirstStartRefused(
                    "The first administrator could not be created: " + reason,
                    "Choose a login name of 3 to 64 letters, digits, dots, dashes or underscores, and a password of "
                            + PasswordPolicy.MIN_LENGTH + " characters to " + PasswordPolicy.MAX_BYTES
                            + " bytes that differs from the login name.");
        }
        log.info("Created the first administrator '{}'", properties.admin().username());
    }

    private void createDemoData() {
        account("admin", "Alex Admin", "admin@demo.socialsim.org", Role.ADMIN);
        var priya = account("tutor1", "Dr Priya Natarajan", "priya.natarajan@demo.socialsim.org", Role.TUTOR);
        var tomas = account("tutor2", "Tomás Oyelaran", "tomas.oyelaran@demo.socialsim.org", Role.TUTOR);
        var groupA = List.of(
                account("student1", "Zoë Achterberg", "zoe.achterberg@demo.socialsim.org", Role.STUDENT),
                account("student2", "Kwame Mensah", "kwame.mensah@demo.socialsim.org", Role.STUDENT),
                account("student3", "李伟 (Li Wei)", "li.wei@demo.socialsim.org", Role.STUDENT));
        var groupB = List.of(
                account("student4", "Fatima Al-Sayed", "fatima.alsayed@demo.socialsim.org", Role.STUDENT),
                account("student5", "Jonas Müller", "jonas.mueller@demo.socialsim.org", Role.STUDENT),
                account("student6", "Aoife Ní Bhriain", "aoife.nibhriain@demo.socialsim.org", Role.STUDENT));
        cohort("SMM 2026 — Group A", priya, groupA);
        cohort("SMM 2026 — Group B", tomas, groupB);
        log.info("Created the demo accounts (password '{}'): admin, tutor1-2, student1-6", DEMO_PASSWORD);
    }

    private UserSummary account(String username, String name, String email, Role role) {
        return accountService.createAccountAtFirstStart(new NewAccount(username, name, email, role, DEMO_PASSWORD));
    }

    private void cohort(String name, UserSummary owner, List<UserSummary> students) {
        Cohort cohort = new Cohort(name, accounts.getReferenceById(owner.id()), clock.instant());
        students.forEach(student -> cohort.addMember(accounts.getReferenceById(student.id())));
        cohorts.save(cohort);
    }
}
