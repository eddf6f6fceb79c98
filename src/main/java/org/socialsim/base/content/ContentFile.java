package org.socialsim.base.content;

/**
 * A scenario or rubric file as read from disk or from the classpath.
 *
 * @param name the name an author knows it by, e.g. {@code scenarios/brewhaven-cold-brew.yaml}
 * @param text its text as read, UTF-8
 */
public record ContentFile(String name, String text) {

    /** The bare file name, e.g. {@code brewhaven-cold-brew.yaml}. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
