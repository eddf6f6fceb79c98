package org.socialsim.attempt.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;

/** The shipped BrewHaven scenario (6 weeks; Instagram 4,200 followers at 0.47%, TikTok 1,800 at 2.63%). */
final class WorkFixtures {

    private static final ScenarioDefinition BREWHAVEN = read("brewhaven-cold-brew.yaml");

    private WorkFixtures() {}

    static ScenarioDefinition brewhaven() {
        return BREWHAVEN;
    }

    private static ScenarioDefinition read(String name) {
        try {
            ReadResult<ScenarioDefinition> result =
                    new ScenarioReader().read(name, Files.readString(Path.of("scenarios", name)));
            return ((ReadResult.Valid<ScenarioDefinition>) result).definition();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
