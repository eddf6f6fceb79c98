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
 * An assignment's released grades shaped for Canvas's gradebook import (Grades → Import): the student columns Canvas
 * expects ({@code Student}, {@code ID}, {@code SIS User ID}, {@code SIS Login ID}, {@code Section}), then one column
 * named after the assignment — a name without a Canvas id in brackets, which Canvas offers to create as a new
 * assignment — and a {@code Points Possible} row giving the rubric's marks. SocialSim knows neither Canvas's own user id
 * nor the LMS login, so those cells stay blank and Canvas matches students by {@code SIS User ID} (the student
 * number). UTF-8 with a byte-order mark, as Canvas writes its own gradebook exports when asked to, so the file also
 * opens in Excel with names in any script intact. See docs/exports.md.
 */
public final class CanvasGradesCsv {

    public static final List<String> STUDENT_COLUMNS =
            List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
    public static final String POINTS_POSSIBLE = "Points Possible";

    private CanvasGradesCsv() {}

    /** The header row for an assignment with this title. */
    public static List<String> header(String assignmentTitle) {
        List<String> header = new ArrayList<>(STUDENT_COLUMNS);
        header.add(assignmentTitle);
        return header;
    }

    /** Writes the BOM, the header, the points-possible row and one line per student whose final grade was released. */
    public static void write(Gradebook gradebook, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvText.line(writer, header(gradebook.assignmentTitle()));
        List<Object> points = new ArrayList<>(List.of(POINTS_POSSIBLE, "", "", "", ""));
        points.add(gradebook.rubric().marks());
        CsvText.line(writer, points);
        for (GradeRow row : gradebook.rows()) {
            if (!row.released() || row.total() == null) {
                continue;
            }
            List<@Nullable Object> line = new ArrayList<>();
            line.add(row.name());
            line.add("");
            line.add(row.studentNumber());
            line.add("");
            line.add(row.cohort());
            line.add(row.total());
            CsvText.line(writer, line);
        }
        writer.flush();
    }
}
