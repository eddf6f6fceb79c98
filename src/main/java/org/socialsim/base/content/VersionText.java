package org.socialsim.base.content;

/**
 * A stored version and its YAML text, for the editor and for downloads.
 *
 * @param version what the library shows about it
 * @param yaml its text exactly as stored (normalised line endings)
 */
public record VersionText(VersionSummary version, String yaml) {

    /** The file name a download offers: the id with the extension the readers expect. */
    public String fileName() {
        return version.contentId() + ".yaml";
    }
}
