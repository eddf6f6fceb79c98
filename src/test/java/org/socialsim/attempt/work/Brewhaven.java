package org.socialsim.attempt.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Plan;

/** The shipped BrewHaven scenario (6 weeks, Instagram and TikTok, crisis in week 4) and plans for it. */
final class Brewhaven {

    static final ScenarioDefinition SCENARIO = read();

    private Brewhaven() {}

    /** The competent reference plan without inbox answers or crisis response: what a student has before answering. */
    static Plan unanswered() {
        Plan plan = ReferencePlans.competent(SCENARIO);
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                java.util.List.of(),
                null);
    }

    private static ScenarioDefinition read() {
        try {
            Path file = Path.of("scenarios/brewhaven-cold-brew.yaml");
            return switch (new ScenarioReader().read(file.getFileName().toString(), Files.readString(file))) {
                case ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition) -> definition;
                case ReadResult.Invalid<ScenarioDefinition> invalid ->
                    throw new IllegalStateException(invalid.problems().toString());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
