package org.socialsim.base.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.socialsim.base.io.SafeYaml;

/**
 * A scenario or rubric text as it is stored, and its identity. Two texts that differ only in line endings, a byte
 * order mark or trailing blank lines are the same version: a file checked out on Windows must not become a new one.
 *
 * @param text the normalised text: LF line endings, no byte order mark, exactly one final newline
 * @param hash SHA-256 of {@code text} in UTF-8, as 64 lower-case hex digits
 */
public record ContentText(String text, String hash) {

    /**
     * The most a scenario or rubric text may hold; uploads and the editor are refused beyond it. The reader's own
     * limit, so the upload, the editor, the startup loader and {@code validate} all draw the line at the same byte.
     */
    public static final int MAX_BYTES = SafeYaml.MAX_BYTES;

    public static ContentText of(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = text.stripTrailing() + "\n";
        return new ContentText(text, sha256(text));
    }

    /** Whether the text fits in {@link #MAX_BYTES} once encoded as UTF-8. */
    public static boolean fits(String raw) {
        // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short texts need no encoding to check.
        return raw.length() * 3L <= MAX_BYTES || raw.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException(impossible);
        }
    }
}
