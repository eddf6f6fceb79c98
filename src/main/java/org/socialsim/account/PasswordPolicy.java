package org.socialsim.account;

import java.security.SecureRandom;
import java.util.Locale;
import org.socialsim.base.UserFacingException;

/**
 * What a password must be: long rather than complicated (NIST SP 800-63B: at least 8 characters, no composition
 * rules, at most 64 or more allowed), and not the login name.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int TEMPORARY_LENGTH = 14;

    private final SecureRandom random = new SecureRandom();

    void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw UserFacingException.because("account.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw UserFacingException.because("account.password.too-long", MAX_LENGTH);
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            throw UserFacingException.because("account.password.same-as-username");
        }
    }

    String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
