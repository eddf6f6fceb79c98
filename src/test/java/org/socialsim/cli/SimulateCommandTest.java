package org.socialsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulateCommandTest {

    static final String SCENARIO = "scenarios/brewhaven-cold-brew.yaml";
    static final String PLAN = "examples/plans/brewhaven-cold-brew-competent.yaml";

    /** What one in-process run printed and returned. */
    record Outcome(int exit, String out, String err) {}

    static Outcome simulate(String... arguments) {
        List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<Integer> exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = CommandLine.run(args.toArray(String[]::new), o, e);
        }
        assertThat(exit).as("simulate is a registered command").isPresent();
        return new Outcome(exit.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_plan_replays_as_a_weekly_table_with_totals_and_the_reasons() {
        Outcome outcome = simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "42");

        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out())
                .contains("Scenario brewhaven-cold-brew, seed 42, 6 weeks (money in GBP)")
                .contains("week", "reach", "eng. rate", "ROAS", "response rate")
                .containsPattern("(?m)^total ")
                .containsPattern("(?m)^6 ");
        assertThat(outcome.out()).containsAnyOf("What moved the KPIs most:", "No factor moved");
    }

    @Test
    void a_shipped_scenario_can_be_named_by_its_id() {
        Outcome byId = simulate("--scenario", "brewhaven-cold-brew", "--plan", PLAN, "--seed", "7", "--format", "json");
        Outcome byFile = simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "7", "--format", "json");

        assertThat(byId.exit()).isZero();
        assertThat(byId.out()).isEqualTo(byFile.out());
    }

    @Test
    void the_same_inputs_give_byte_identical_json_and_another_seed_gives_other_numbers() {
        Outcome first = simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "42", "--format", "json");
        Outcome second = simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "42", "--format", "json");
        Outcome otherSeed = simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "43", "--format", "json");

        assertThat(first.exit()).isZero();
        assertThat(second.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
        assertThat(otherSeed.out()).isNotEqualTo(first.out());
        JsonNode json = JsonMapper.builder().build().readTree(first.out());
        assertThat(json.get("scenario").asString()).isEqualTo("brewhaven-cold-brew");
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("weeks")).hasSize(6);
    }

    @Test
    void weeks_limits_the_run() {
        Outcome outcome =
                simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "42", "--weeks", "2", "--format", "json");

        assertThat(outcome.exit()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(outcome.out());
        assertThat(json.get("weeks_run").asInt()).isEqualTo(2);
        assertThat(json.get("weeks")).hasSize(2);
    }

    @Test
    void replications_show_the_mean_and_a_90_percent_band() {
        Outcome table = simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "42", "--replications", "20");
        Outcome json = simulate(
                "--scenario", SCENARIO, "--plan", PLAN, "--seed", "42", "--replications", "20", "--format", "json");

        assertThat(table.exit()).isZero();
        assertThat(table.out())
                .contains("20 replications from seed 42", "total mean", "90% band", "week 6")
                .containsPattern("(?m)^reach ")
                .containsAnyOf("What moved the KPIs most in the run with seed 42:", "No factor moved");
        JsonNode parsed = JsonMapper.builder().build().readTree(json.out());
        assertThat(parsed.get("replications").asInt()).isEqualTo(20);
        assertThat(parsed.get("totals").get("reach").get("p5").asDouble())
                .isLessThanOrEqualTo(
                        parsed.get("totals").get("reach").get("p95").asDouble());
    }

    @Test
    void a_missing_file_is_an_input_error_naming_it() {
        Outcome outcome = simulate("--scenario", "nowhere/none.yaml", "--plan", PLAN, "--seed", "1");

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("nowhere/none.yaml:0:0: no such file\n");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void an_unknown_scenario_id_says_where_it_was_looked_for() {
        Outcome outcome = simulate("--scenario", "no-such-brand", "--plan", PLAN, "--seed", "1");

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err())
                .contains("no-such-brand:0:0: no such file, and no shipped scenario scenarios/no-such-brand.yaml");
    }

    @Test
    void an_invalid_plan_is_reported_as_file_line_column_lines(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("bad-plan.yaml");
        Files.writeString(
                plan, "posts: []\ncommunity:\n  - { message: x, action: shout, reply: hi, response_hours: 1 }\n");

        Outcome outcome = simulate("--scenario", SCENARIO, "--plan", plan.toString(), "--seed", "1");

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err())
                .startsWith(plan + ":3:27: community[0].action: found 'shout'; expected one of: reply_public,");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void a_plan_that_does_not_fit_the_scenario_is_refused_rather_than_run(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("other-scenario.yaml");
        Files.writeString(plan, "community:\n  - { message: praise, action: hide, reply: '', response_hours: 1 }\n");

        Outcome outcome = simulate("--scenario", SCENARIO, "--plan", plan.toString(), "--seed", "1");

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err())
                .isEqualTo(plan + ":2:7: community[0].message: 'praise' is neither a message template of"
                        + " brewhaven-cold-brew nor a message from one (template-wWEEK-N)\n");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void an_invalid_scenario_and_an_invalid_plan_are_both_reported(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("broken.yaml");
        Files.writeString(scenario, "id: broken\ntitle: [\n");
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"postz\": []}");

        Outcome outcome = simulate("--scenario", scenario.toString(), "--plan", plan.toString(), "--seed", "1");

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.err().lines()).anyMatch(line -> line.startsWith(scenario + ":"));
        assertThat(outcome.err().lines()).anyMatch(line -> line.startsWith(plan + ":1:2: postz: unknown key 'postz'"));
    }

    @Test
    void wrong_arguments_are_a_usage_error() {
        assertThat(simulate().exit()).isEqualTo(2);
        assertThat(simulate().err())
                .contains("--scenario, --plan and --seed are required", "usage: java -jar socialsim.jar simulate");
        assertThat(simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "forty-two")
                        .err())
                .contains("--seed must be a whole number, not 'forty-two'");
        assertThat(simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "1", "--format", "xml")
                        .err())
                .contains("--format must be table or json");
        assertThat(simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "1", "--replications", "0")
                        .exit())
                .isEqualTo(2);
        assertThat(simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "1", "--colour")
                        .err())
                .contains("unknown option '--colour'");
        assertThat(simulate("--scenario", SCENARIO, "--plan", PLAN, "--seed", "1", "--weeks", "9")
                        .err())
                .contains("--weeks 9 is more than the 6 weeks of scenario brewhaven-cold-brew");
        assertThat(simulate("--scenario=" + SCENARIO, "--plan=" + PLAN, "--seed=1", "--weeks=1")
                        .exit())
                .isZero();
    }
}
