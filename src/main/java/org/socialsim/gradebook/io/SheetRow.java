package org.socialsim.gradebook.io;

import java.util.List;

/**
 * One row of a CSV file or worksheet, as text.
 *
 * @param number the row number a person sees in a spreadsheet program (the line where it starts, in a CSV file)
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
