package org.socialsim.gradebook.io;

/**
 * Text bound for a spreadsheet cell, made harmless. A cell whose text begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is taken for a formula by spreadsheet programs as soon as someone edits it, or
 * when the sheet is saved as CSV and opened again (CSV/formula injection, OWASP). Such text gets a leading apostrophe:
 * stored as part of the text, shown by Excel and LibreOffice, and kept when the sheet is converted to CSV, so the
 * value can never turn into a formula anywhere downstream. A tutor sees {@code '=HYPERLINK(...)} — the student's
 * name exactly as typed, behind one visible marker.
 */
public final class SpreadsheetText {

    /** The character put in front of text that a spreadsheet would read as a formula. */
    public static final char NEUTRALISER = '\'';

    private SpreadsheetText() {}

    /** The text as it is safe to store in a cell. */
    public static String safe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> NEUTRALISER + text;
            default -> text;
        };
    }
}
