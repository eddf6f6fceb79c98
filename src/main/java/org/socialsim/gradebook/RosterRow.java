package org.socialsim.gradebook;

import java.util.List;

/**
 * One student row of an uploaded roster, as the preview shows it.
 *
 * @param row the row number in the file, as a spreadsheet program shows it
 * @param problems empty unless the status is {@link RosterRowStatus#ERROR}
 */
public record RosterRow(
        int row,
        String name,
        String email,
        String studentId,
        String cohort,
        RosterRowStatus status,
        List<RosterProblem> problems) {

    public RosterRow {
        problems = List.copyOf(problems);
    }
}
