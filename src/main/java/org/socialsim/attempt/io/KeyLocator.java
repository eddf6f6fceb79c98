package org.socialsim.attempt.io;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds where a key path starts in a file. Jackson reports some problems (an unknown key, a
 * missing key) only once it has read the whole mapping, so its own location points past the
 * place an author should look; a second pass over the tokens finds the key itself.
 */
final class KeyLocator {

    private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private KeyLocator() {}

    /** The location of the first token at {@code path}: the key of a mapping entry, or a list item's start. */
    static Optional<TokenStreamLocation> locate(
            ObjectMapper mapper, String text, List<JacksonException.Reference> path) {
        return locate(mapper, text, pointer(path));
    }

    /** The same for a key path as problems write it: {@code posts[3].week}. */
    static Optional<TokenStreamLocation> locate(ObjectMapper mapper, String text, String path) {
        JsonPointer pointer = JsonPointer.empty();
        Matcher part = PART.matcher(path);
        while (part.find()) {
            pointer = part.group(1) != null
                    ? pointer.appendProperty(part.group(1))
                    : pointer.appendIndex(Integer.parseInt(part.group(2)));
        }
        return locate(mapper, text, pointer);
    }

    private static Optional<TokenStreamLocation> locate(ObjectMapper mapper, String text, JsonPointer pointer) {
        String target = pointer.toString();
        try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.streamReadContext().pathAsPointer().toString().equals(target)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (JacksonException e) {
            // The file broke before the path: the caller keeps Jackson's own location.
        }
        return Optional.empty();
    }

    private static JsonPointer pointer(List<JacksonException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JacksonException.Reference reference : path) {
            pointer = reference.getPropertyName() != null
                    ? pointer.appendProperty(reference.getPropertyName())
                    : pointer.appendIndex(reference.getIndex());
        }
        return pointer;
    }
}
