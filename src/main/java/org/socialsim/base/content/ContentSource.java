package org.socialsim.base.content;

/** Where a version's text came from. */
public enum ContentSource {
    /** a file under {@code scenarios/} or {@code rubrics/}, loaded at startup */
    FILE,
    /** written or edited in the browser's editor */
    BROWSER,
    /** a YAML file a tutor uploaded */
    UPLOAD
}
