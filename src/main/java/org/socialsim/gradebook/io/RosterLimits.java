package org.socialsim.gradebook.io;

/**
 * How much a roster upload may be. A year group of a large course is a few hundred to a few thousand students; the
 * limits leave room for that and keep a hostile file from filling the heap.
 *
 * @param maxBytes the largest file accepted (a 5,000-row CSV is about 0.5 MB, an .xlsx less)
 * @param maxRows the most student rows in one file
 * @param maxEntryBytes the largest part of an .xlsx once unzipped (5,000 rows of sheet XML are about 2 MB)
 * @param minInflateRatio compressed ÷ uncompressed size below which an .xlsx part counts as a zip bomb
 */
public record RosterLimits(long maxBytes, int maxRows, long maxEntryBytes, double minInflateRatio) {

    public static final RosterLimits DEFAULT = new RosterLimits(2L * 1024 * 1024, 5_000, 20L * 1024 * 1024, 0.01);
}
