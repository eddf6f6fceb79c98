package org.socialsim.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialsim.attempt.io.PlanCodec;
import org.socialsim.attempt.io.WorkCodec;
import org.socialsim.base.io.ReadResult;
import org.socialsim.grading.assessment.Submissions;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Plan;
import tools.jackson.databind.json.JsonMapper;

class DemoSubmissionsTest {

    private static final ScenarioDefinition BREWHAVEN = Submissions.brewhaven();

    @ParameterizedTest
    @ValueSource(strings = {"student2", "student3"})
    void each_demo_submission_reads_against_the_scenario_and_quotes_its_own_figures(String student) throws IOException {
        Path folder = Path.of("src/main/resources/demo");
        byte[] planFile = Files.readAllBytes(folder.resolve("brewhaven-" + student + "-plan.yaml"));
        ReadResult<Plan> plan = new PlanCodec().read("plan.yaml", planFile, BREWHAVEN);
        assertThat(plan).isInstanceOf(ReadResult.Valid.class);
        SimulationRun run = new SimulationEngine()
                .run(BREWHAVEN, ((ReadResult.Valid<Plan>) plan).definition(), 42, BREWHAVEN.weeks());

        String work = DemoSubmissions.filledIn(
                Files.readString(folder.resolve("brewhaven-" + student + "-work.json"), StandardCharsets.UTF_8),
                run,
                BREWHAVEN);

        assertThat(work).doesNotContain("{reach}").doesNotContainPattern("\\{[a-z_]+(@[a-z_]+)?}");
        var document = JsonMapper.builder().build().readTree(work);
        WorkCodec codec = new WorkCodec();
        assertThat(codec.readAnalysis(document.get("analysis").toString()).strengths())
                .isNotBlank();
        assertThat(codec.readEvaluation(document.get("evaluation").toString()).whatHappened())
                .isNotBlank();
    }
}
