package org.socialsim.base.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;

class SafeYamlTest {

    @Test
    void a_few_aliases_to_a_large_value_are_refused_before_they_expand() {
        String items = "[" + "1, ".repeat(20_000) + "1]";
        String yaml = "a: &a " + items + "\n" + "b: [" + "*a, ".repeat(9) + "*a]\n";

        ReadResult<?> result = SafeYaml.parse("f.yaml", yaml);

        assertThat(result.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith("alias `*a` makes the file expand to more than 100,000 values");
    }

    @Test
    void an_author_may_share_a_value_with_an_anchor_and_a_few_aliases() {
        ReadResult<?> result = SafeYaml.parse("f.yaml", "a: &formats { reel: 1.4 }\nb: *formats\nc: *formats\n");

        assertThat(result.isValid()).isTrue();
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_text() {
        byte[] bytes = "\uFEFFid: x\n".getBytes(StandardCharsets.UTF_8);

        assertThat(SafeYaml.decode("f.yaml", bytes)).isEqualTo(new ReadResult.Valid<>("id: x\n"));
    }

    @Test
    void a_bad_byte_is_located_by_line_and_character_column() {
        byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF};

        assertThat(SafeYaml.decode("f.yaml", bytes).problems())
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactly("2:5");
    }

    @Test
    void a_document_with_a_second_document_after_it_is_a_syntax_error() {
        assertThat(SafeYaml.parse("f.yaml", "a: 1\n---\nb: 2\n").problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith("YAML syntax error:");
    }

    @Test
    void tags_never_construct_java_objects() {
        ReadResult<?> result = SafeYaml.parse("f.yaml", "a: !!java.net.URL [\"http://example.com\"]\n");

        // The tree is only nodes; readers then refuse a list where they expect a value.
        assertThat(result.isValid()).isTrue();
        assertThat(((ReadResult.Valid<?>) result).definition()).isInstanceOf(MappingNode.class);
    }

    @Test
    void did_you_mean_finds_typos_case_and_camel_case_but_not_unrelated_words() {
        List<String> keys = List.of("engagement_rate", "organic_reach", "followers");

        assertThat(Hints.didYouMean("engagment_rate", keys)).contains("engagement_rate");
        assertThat(Hints.didYouMean("engagementRate", keys)).contains("engagement_rate");
        assertThat(Hints.didYouMean("Followers", keys)).contains("followers");
        assertThat(Hints.didYouMean("budget", keys)).isEmpty();
    }
}
