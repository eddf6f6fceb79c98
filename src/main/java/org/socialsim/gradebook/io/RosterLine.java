package org.socialsim.gradebook.io;

/**
 * One student row of a roster file, its values trimmed; a column the file lacks reads as empty.
 *
 * @param row the row number a person sees in a spreadsheet program
 */
public record RosterLine(int row, String name, String email, String studentId, String cohort) {}
