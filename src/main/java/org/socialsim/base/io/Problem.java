package org.socialsim.base.io;

/**
 * One thing wrong with a file, located so an author can go straight to it.
 *
 * @param file the file name as the author knows it (e.g. {@code scenarios/brewhaven.yaml})
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param path the key path, e.g. {@code platforms.instagram.engagement_rate.rate}; empty for the
 *     whole file
 * @param message what was found, what was expected, and a hint where one helps
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** The {@code file:line:column: message} form compilers and CI annotations understand. */
    @Override
    public String toString() {
        String where = path.isEmpty() ? "" : path + ": ";
        return file + ":" + line + ":" + column + ": " + where + message;
    }
}
