package org.socialsim.base.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Groups versions listed by id and newest first into one entry per id, in the listing's order. */
    public static List<LibraryEntry> byContentId(List<VersionSummary> listing) {
        Map<String, List<VersionSummary>> byId = new LinkedHashMap<>();
        for (VersionSummary version : listing) {
            byId.computeIfAbsent(version.contentId(), id -> new ArrayList<>()).add(version);
        }
        return byId.entrySet().stream()
                .map(entry -> new LibraryEntry(entry.getKey(), entry.getValue()))
                .toList();
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
