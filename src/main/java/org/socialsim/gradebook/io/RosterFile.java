package org.socialsim.gradebook.io;

import java.util.List;

/**
 * A roster file that could be read: its header texts and its non-blank student rows.
 *
 * @param headers the header cells as written in the file
 */
public record RosterFile(List<String> headers, List<RosterLine> lines) {

    public RosterFile {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
    }
}
