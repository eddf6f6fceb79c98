package org.socialsim.gradebook.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.gradebook.Gradebook;
import org.socialsim.gradebook.Gradebook.GradeRow;

/**
 * An assignment's released grades shaped for Moodle's grade import (Grades → Import → CSV file). Moodle asks which
 * column identifies the user ("Map from" → "Map to": {@code Email address} → useremail, or {@code ID number} →
 * useridnumber) and which grade item each other column fills; the grade and feedback columns are named as Moodle's own
 * plain-text export names a manual grade item ({@code <name> (Real)}, {@code <name> (Feedback)}), so the file reads
 * like one Moodle wrote. Grade and feedback go together because importing feedback alone overwrites the item's grades.
 * UTF-8 without a byte-order mark: the import form's encoding defaults to UTF-8 and a BOM would be read into the first
 * column's name. See docs/exports.md.
 */
public final class MoodleGradesCsv {

    public static final String EMAIL = "Email address";
    public static final String ID_NUMBER = "ID number";

    private MoodleGradesCsv() {}

    /** The header row for an assignment with this title. */
    public static List<String> header(String assignmentTitle) {
        return List.of(ID_NUMBER, EMAIL, assignmentTitle + " (Real)", assignmentTitle + " (Feedback)");
    }

    /** Writes the header and one line per student whose final grade was released; nothing else. */
    public static void write(Gradebook gradebook, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvText.line(writer, header(gradebook.assignmentTitle()));
        for (GradeRow row : gradebook.rows()) {
            if (!row.released() || row.total() == null) {
                continue;
            }
            List<@Nullable Object> line = new ArrayList<>();
            line.add(row.studentNumber());
            line.add(row.email());
            line.add(row.total());
            line.add(row.overallFeedback());
            CsvText.line(writer, line);
        }
        writer.flush();
    }
}
