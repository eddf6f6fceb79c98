package org.socialsim.gradebook.io;

import java.util.List;
import org.socialsim.account.TemporaryCredential;

/**
 * The new accounts' temporary passwords as a UTF-8 CSV file (with a byte-order mark, so Excel reads accents right).
 * Cells that a spreadsheet would run as a formula are neutralised with a leading apostrophe (OWASP, CSV injection).
 */
public final class TemporaryPasswordsCsv {

    private TemporaryPasswordsCsv() {}

    public static String write(List<TemporaryCredential> credentials) {
        StringBuilder csv = new StringBuilder("\uFEFFname,email,student_id,login,temporary_password\r\n");
        for (TemporaryCredential credential : credentials) {
            csv.append(String.join(
                            ",",
                            cell(credential.displayName()),
                            cell(credential.email()),
                            cell(credential.studentNumber() == null ? "" : credential.studentNumber()),
                            cell(credential.username()),
                            cell(credential.temporaryPassword())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
