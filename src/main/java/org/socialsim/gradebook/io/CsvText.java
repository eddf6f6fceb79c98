package org.socialsim.gradebook.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One CSV line as RFC 4180 writes it: fields separated by commas, lines ended by CRLF, a field in double quotes when it
 * holds a comma, a double quote, CR or LF, with its quotes doubled. Text fields are neutralised first with
 * {@link SpreadsheetText#safe} (a CSV opened in Excel runs formulas too); numbers are passed in as {@link Number}s and
 * left as they are, so a grade of {@code -1} could never be written, but a name of {@code -1} would be neutralised.
 */
final class CsvText {

    private CsvText() {}

    /** Writes one line; a null field is an empty cell. */
    static void line(Writer out, List<? extends @Nullable Object> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object field = fields.get(i);
            if (field instanceof Number number) {
                out.write(number.toString());
            } else if (field != null) {
                out.write(quoted(SpreadsheetText.safe(field.toString())));
            }
        }
        out.write("\r\n");
    }

    static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
