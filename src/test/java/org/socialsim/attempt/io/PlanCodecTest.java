package org.socialsim.attempt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.simulation.plan.Plan;

class PlanCodecTest {

    private final PlanCodec codec = new PlanCodec();

    @Test
    void a_plan_written_as_yaml_reads_back_equal() {
        Plan plan = SamplePlans.everything();

        ReadResult<Plan> read = codec.readYaml("plan.yaml", codec.writeYaml(plan));

        assertThat(read).isEqualTo(new ReadResult.Valid<>(plan));
    }

    @Test
    void a_plan_written_as_json_reads_back_equal() {
        Plan plan = SamplePlans.everything();

        ReadResult<Plan> read = codec.readJson("plan.json", codec.writeJson(plan));

        assertThat(read).isEqualTo(new ReadResult.Valid<>(plan));
    }

    @Test
    void the_empty_plan_round_trips_in_both_formats() {
        assertThat(codec.readYaml("p.yaml", codec.writeYaml(Plan.empty())))
                .isEqualTo(new ReadResult.Valid<>(Plan.empty()));
        assertThat(codec.readJson("p.json", codec.writeJson(Plan.empty())))
                .isEqualTo(new ReadResult.Valid<>(Plan.empty()));
    }

    @Test
    void files_use_snake_case_keys_and_lower_case_values_and_leave_out_what_is_absent() {
        String yaml = codec.writeYaml(SamplePlans.everything());

        assertThat(yaml)
                .contains("deadline_week: 6", "business_objective: awareness", "call_to_action: shop_now")
                .contains("day: monday", "format: short_video", "action: reply_then_dm", "bid_strategy: bid_cap")
                .contains("first_response_hours:", "pause_promotion: true")
                .doesNotContain("null", "deadlineWeek", "MONDAY");
        assertThat(codec.writeJson(SamplePlans.everything()))
                .contains("\"response_hours\" : 1.5", "\"day\" : \"saturday\"")
                .doesNotContain("null");
    }

    @Test
    void keys_may_come_in_any_order_and_empty_lists_may_be_left_out() {
        ReadResult<Plan> read = codec.readYaml("plan.yaml", """
                community:
                  - { response_hours: 2, reply: "Thanks!", action: reply_public, message: praise }
                """);

        assertThat(read.isValid()).isTrue();
        Plan plan = ((ReadResult.Valid<Plan>) read).definition();
        assertThat(plan.community()).hasSize(1);
        assertThat(plan.posts()).isEmpty();
        assertThat(plan.crisis()).isNull();
    }

    @Test
    void an_unknown_key_is_refused_with_its_place_and_the_keys_that_would_fit() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", """
                posts: []
                community:
                  - message: praise
                    action: reply_public
                    reply: "Thanks!"
                    response_hours: 2
                    tone: friendly
                """));

        assertThat(problem.file()).isEqualTo("plan.yaml");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.path()).isEqualTo("community[0].tone");
        assertThat(problem.message())
                .isEqualTo("unknown key 'tone'; expected one of: action, message, reply, response_hours");
        assertThat(problem.toString()).startsWith("plan.yaml:7:5: community[0].tone: unknown key 'tone'");
    }

    @Test
    void a_misspelt_enum_value_is_refused_with_the_values_that_would_fit() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", """
                community:
                  - { message: praise, action: reply_and_dm, reply: "Hi", response_hours: 2 }
                """));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.path()).isEqualTo("community[0].action");
        assertThat(problem.message())
                .isEqualTo(
                        "found 'reply_and_dm'; expected one of: reply_public, reply_then_dm, escalate, hide, ignore");
    }

    @Test
    void an_upper_case_enum_value_is_refused_so_files_stay_in_one_style() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", """
                community:
                  - { message: praise, action: REPLY_PUBLIC, reply: "Hi", response_hours: 2 }
                """));

        assertThat(problem.message()).startsWith("found 'REPLY_PUBLIC'; expected one of: reply_public,");
    }

    @Test
    void text_where_a_number_belongs_is_refused() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", """
                community:
                  - { message: praise, action: reply_public, reply: "Hi", response_hours: soon }
                """));

        assertThat(problem.path()).isEqualTo("community[0].response_hours");
        assertThat(problem.message()).isEqualTo("found text 'soon'; expected a number");
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_refused_not_rounded() {
        Problem problem = onlyProblem(codec.readJson("plan.json", """
                {"crisis": {"first_response_hours": 2, "strategy": "rebuild", "bolster": false,
                  "channels": [], "holding_statement": "x", "pause_promotion": true,
                  "follow_ups": [{"hour": 1.5, "text": "y"}]}}
                """));

        assertThat(problem.path()).isEqualTo("crisis.follow_ups[0].hour");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("expected a whole number");
    }

    @Test
    void a_single_value_where_a_list_belongs_is_refused() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", "posts: hello\n"));

        assertThat(problem.path()).isEqualTo("posts");
        assertThat(problem.message()).isEqualTo("found text 'hello'; expected a list");
    }

    @Test
    void a_missing_required_key_is_named() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", """
                community:
                  - { message: praise, action: reply_public, reply: "Hi" }
                """));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.path()).isEqualTo("community[0].response_hours");
        assertThat(problem.message()).isEqualTo("missing key 'response_hours'");
    }

    @Test
    void null_for_a_required_value_is_refused_but_allowed_where_the_plan_allows_absence() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", """
                community:
                  - { message: null, action: reply_public, reply: "Hi", response_hours: 1 }
                """));
        assertThat(problem.path()).isEqualTo("community[0].message");
        assertThat(problem.message()).isEqualTo("a value is required here, not null");

        assertThat(codec.readYaml("plan.yaml", "crisis: null\n").isValid()).isTrue();
    }

    @Test
    void a_yaml_syntax_error_is_located() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", "posts:\n  - id: p1\n\tweek: 2\n"));

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message())
                .contains("Do not use \\t(TAB) for indentation")
                .doesNotContain("in reader");
    }

    @Test
    void a_json_syntax_error_is_located() {
        Problem problem = onlyProblem(codec.readJson("plan.json", "{\n  \"posts\": [,]\n}"));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("Unexpected character");
    }

    @Test
    void a_duplicate_key_is_refused_in_both_formats() {
        Problem yaml = onlyProblem(codec.readYaml("plan.yaml", "posts: []\nposts: []\n"));
        assertThat(yaml.line()).isEqualTo(2);
        assertThat(yaml.message()).isEqualTo("duplicate key 'posts'; each key may appear once in a mapping");
        assertThat(onlyProblem(codec.readJson("plan.json", "{\"posts\": [], \"posts\": []}"))
                        .message())
                .startsWith("duplicate key 'posts'");
    }

    @Test
    void a_yaml_tag_naming_a_java_class_constructs_nothing() {
        ReadResult<Plan> read = codec.readYaml("plan.yaml", """
                crisis: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]
                """);

        assertThat(read.isValid()).isFalse();
    }

    @Test
    void a_file_over_the_size_cap_is_refused_before_parsing() {
        String huge = "posts: []\n" + "#".repeat(Mappers.MAX_CHARS);

        Problem problem = onlyProblem(codec.readYaml("plan.yaml", huge));

        assertThat(problem.line()).isZero();
        assertThat(problem.message()).contains("at most " + Mappers.MAX_CHARS);
    }

    @Test
    void deeply_nested_input_is_refused() {
        String deep = "{\"posts\": " + "[".repeat(200) + "]".repeat(200) + "}";

        assertThat(codec.readJson("plan.json", deep).isValid()).isFalse();
        assertThat(codec.readYaml("plan.yaml", "posts: " + deep).isValid()).isFalse();
        // Binding stops at the first list where a post belongs; the parsers refuse depth on their own too.
        assertThatThrownBy(() -> Mappers.json().readTree(deep)).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> Mappers.yaml().readTree(deep)).hasMessageContaining("nesting depth");
    }

    @Test
    void a_billion_laughs_document_is_refused_quickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, previous)));
            yaml.append("]\n");
        }

        assertThat(codec.readYaml("plan.yaml", yaml.toString()).isValid()).isFalse();
    }

    @Test
    void a_second_document_after_the_plan_is_refused() {
        assertThat(onlyProblem(codec.readJson("plan.json", "{} {}")).message())
                .isEqualTo("more after the end of the plan; a file holds exactly one plan");
    }

    @Test
    void an_alias_is_read_as_plain_text_so_it_cannot_multiply_the_document() {
        Problem problem = onlyProblem(codec.readYaml("plan.yaml", "posts: &x []\ncampaigns: *x\n"));

        assertThat(problem.path()).isEqualTo("campaigns");
        assertThat(problem.message()).isEqualTo("found text 'x'; expected a list");
    }

    @Test
    void file_bytes_must_be_utf8_and_may_start_with_a_byte_order_mark() {
        byte[] latin1 = "posts: []\ncommunity: [{message: caf\u00e9, action: hide, reply: '', response_hours: 0}]\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] withBom = ("\uFEFF" + codec.writeYaml(SamplePlans.everything()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(onlyProblem(codec.read("plan.yaml", latin1)).message())
                .isEqualTo("file is not UTF-8 text; save it as UTF-8");
        assertThat(codec.read("plan.yaml", withBom)).isEqualTo(new ReadResult.Valid<>(SamplePlans.everything()));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(onlyProblem(codec.readYaml("plan.yaml", "  \n")).message())
                .isEqualTo("file is empty; expected a plan");
    }

    @Test
    void the_extension_picks_the_format() {
        String json = codec.writeJson(SamplePlans.everything());

        assertThat(codec.read("attempt.json", json).isValid()).isTrue();
        assertThat(codec.read("attempt.yaml", codec.writeYaml(SamplePlans.everything()))
                        .isValid())
                .isTrue();
    }

    private static Problem onlyProblem(ReadResult<Plan> read) {
        List<Problem> problems = read.problems();
        assertThat(problems).as("problems of %s", read).hasSize(1);
        return problems.getFirst();
    }
}
