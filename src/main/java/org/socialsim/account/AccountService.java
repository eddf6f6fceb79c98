package org.socialsim.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialsim.account.domain.UserAccount;
import org.socialsim.account.domain.UserAccountRepository;
import org.socialsim.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts, resets and changes passwords. Administration needs the ADMIN role; the rest acts on oneself. */
@Service
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    /** Deliberately loose: one @, something on each side, a dot in the domain. Delivery is the real test. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 200;
    public static final int MAX_EMAIL = 254;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listAccounts() {
        return accounts.findAllByOrderByRoleAscDisplayNameAsc().stream()
                .map(AccountService::summary)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listAccounts(Role role) {
        return accounts.findByRoleOrderByDisplayNameAsc(role).stream()
                .map(AccountService::summary)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createAccount(NewAccount request) {
        return summary(accounts.save(validatedAccount(request)));
    }

    /**
     * Opens an account without asking who is asking. Package-private: only the first start of an empty database (the
     * first administrator, or the demo data) uses it, before anyone can sign in.
     */
    @Transactional
    UserSummary createAccountAtFirstStart(NewAccount request) {
        return summary(accounts.save(validatedAccount(request)));
    }

    /**
     * Gives the account a new random password that its owner must change at the next sign-in, and signs the account
     * out everywhere.
     *
     * @return the temporary password, to hand to its owner; it is not stored in clear anywhere
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long accountId) {
        UserAccount account =
                accounts.findById(accountId).orElseThrow(() -> UserFacingException.because("account.not-found"));
        String temporary = passwordPolicy.temporaryPassword();
        account.changePasswordHash(passwordEncoder.encode(temporary), true);
        events.publishEvent(new PasswordChanged(account.getId(), account.getUsername(), true));
        return temporary;
    }

    /** Changes the signed-in user's own password, which needs the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id())
                .orElseThrow(() -> UserFacingException.because("account.not-found"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw UserFacingException.because("account.password.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw UserFacingException.because("account.password.unchanged");
        }
        passwordPolicy.check(account.getUsername(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword), false);
        events.publishEvent(new PasswordChanged(account.getId(), account.getUsername(), false));
    }

    /** Whether the signed-in user still holds a temporary password from an administrator's reset. */
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        return currentUser
                .find()
                .flatMap(user -> accounts.findById(user.id()))
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    private UserAccount validatedAccount(NewAccount request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw UserFacingException.because("account.username.invalid");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw UserFacingException.because("account.username.taken", username);
        }
        String displayName = request.displayName().strip();
        if (displayName.isEmpty()) {
            throw UserFacingException.because("account.display-name.missing");
        }
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw UserFacingException.because("account.display-name.too-long", MAX_DISPLAY_NAME);
        }
        String email = normalisedEmail(request.email());
        if (email != null && accounts.existsByEmailIgnoreCase(email)) {
            throw UserFacingException.because("account.email.taken", email);
        }
        passwordPolicy.check(username, request.initialPassword());
        return new UserAccount(
                username,
                displayName,
                email,
                request.role(),
                passwordEncoder.encode(request.initialPassword()),
                clock.instant());
    }

    private static @Nullable String normalisedEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip().toLowerCase(Locale.ROOT);
        if (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            throw UserFacingException.because("account.email.invalid");
        }
        return trimmed;
    }

    static UserSummary summary(UserAccount account) {
        return new UserSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                account.isEnabled());
    }
}
