package org.socialsim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet stays well-formed. A browser silently drops every rule after an unclosed block, so a brace
 * lost in a merge would unstyle whole pages without any error.
 */
class StylesheetTest {

    @Test
    void every_block_in_the_stylesheet_is_closed_where_it_was_opened() throws IOException {
        String css = Files.readString(Path.of("frontend/styles/socialsim.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("a closing brace without an opening one near line %d", line)
                        .isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end of the stylesheet").isZero();
    }
}
