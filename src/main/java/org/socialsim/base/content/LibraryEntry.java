package org.socialsim.base.content;

import java.util.List;

/**
 * A scenario or rubric with all its versions, newest first.
 *
 * @param contentId its id, as written in its file
 * @param versions at least one, newest first
 */
public record LibraryEntry(String contentId, List<VersionSummary> versions) {

    public LibraryEntry {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(contentId + " has no version");
        }
        versions = List.copyOf(versions);
    }

    public VersionSummary latest() {
        return versions.getFirst();
    }

    public String title() {
        return latest().title();
    }

    public int versionCount() {
        return versions.size();
    }
}
