package org.socialsim.attempt.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;

/** A shipped scenario file, read as the app reads it. */
final class ShippedScenario {

    private ShippedScenario() {}

    static ScenarioDefinition load(String id) {
        try {
            String yaml = Files.readString(Path.of("scenarios", id + ".yaml"));
            return switch (new ScenarioReader().read(id + ".yaml", yaml)) {
                case ReadResult.Valid<ScenarioDefinition>(ScenarioDefinition definition) -> definition;
                case ReadResult.Invalid<ScenarioDefinition> invalid ->
                    throw new IllegalStateException(id + " does not read: " + invalid.problems());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
