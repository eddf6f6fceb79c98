package org.socialsim.gradebook;

import java.util.List;

/** What importing a roster file would do, row by row, before anything is stored. */
public record RosterPreview(String fileName, List<RosterRow> rows) {

    public RosterPreview {
        rows = List.copyOf(rows);
    }

    public long count(RosterRowStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    /** All or nothing: a roster with any row in error cannot be committed. */
    public boolean committable() {
        return count(RosterRowStatus.ERROR) == 0;
    }
}
