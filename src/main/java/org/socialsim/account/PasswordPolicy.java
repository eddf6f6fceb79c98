package org.socialsim.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import org.socialsim.base.UserFacingException;

/**
 * What a password must be: long rather than complicated (NIST SP 800-63B: at least 8 characters, no composition
 * rules, at least 64 allowed), and not the login name.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    /** BCrypt reads at most 72 bytes of a password; Spring Security refuses longer ones rather than truncate. */
    static final int MAX_BYTES = 72;

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int TEMPORARY_LENGTH = 14;

    private final SecureRandom random = new SecureRandom();

    void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw UserFacingException.because("account.password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw UserFacingException.because("account.password.too-long", MAX_BYTES);
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
