package org.socialsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.io.CanonicalJson;
import org.socialsim.attempt.io.PlanCodec;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.scenario.io.ScenarioReader;
import org.socialsim.simulation.ReplicatedRun;
import org.socialsim.simulation.SimulationEngine;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.plan.Plan;

/**
 * {@code simulate}: replays a plan against a scenario outside the app, as a table or as canonical
 * JSON that is byte-identical for the same scenario, plan and seed. Exit codes: 0 done, 1 an input
 * file is missing or invalid (one {@code file:line:column: message} line per problem), 2 the
 * arguments are wrong.
 */
final class SimulateCommand implements Command {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;

    /** Largest file read; both readers refuse far smaller files anyway. */
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "simulate --scenario FILE_OR_ID --plan FILE --seed N [--replications K] [--format table|json]"
                + " [--weeks W]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        SimulateOptions options;
        try {
            options = SimulateOptions.parse(arguments);
        } catch (SimulateOptions.UsageException e) {
            err.println("simulate: " + e.getMessage());
            err.println("usage: java -jar socialsim.jar " + usage());
            return USAGE;
        }
        ReadResult<ScenarioDefinition> scenario = readScenario(options.scenario());
        Optional<byte[]> planFile = readFile(options.plan());
        ReadResult<Plan> plan = planFile.isEmpty()
                ? missing(options.plan(), "no such file")
                : scenario instanceof ReadResult.Valid<ScenarioDefinition> valid
                        ? new PlanCodec().read(options.plan(), planFile.get(), valid.definition())
                        : new PlanCodec().read(options.plan(), planFile.get());
        if (!scenario.isValid() || !plan.isValid()) {
            scenario.problems().forEach(err::println);
            plan.problems().forEach(err::println);
            return INVALID_INPUT;
        }
        ScenarioDefinition definition = ((ReadResult.Valid<ScenarioDefinition>) scenario).definition();
        Plan decisions = ((ReadResult.Valid<Plan>) plan).definition();
        if (options.weeks() != null && options.weeks() > definition.weeks()) {
            err.println("simulate: --weeks " + options.weeks() + " is more than the " + definition.weeks()
                    + " weeks of scenario " + definition.id());
            return USAGE;
        }
        Results results;
        try {
            results = simulate(definition, decisions, options);
        } catch (IllegalArgumentException e) {
            // The engine refuses a plan that does not fit the scenario (an unknown persona, a format the platform
            // lacks).
            err.println(new Problem(options.plan(), 0, 0, "", String.valueOf(e.getMessage())));
            return INVALID_INPUT;
        }
        out.print(render(results, options.format(), definition.currency()));
        out.flush();
        return OK;
    }

    /** A single run, and the replications when more than one was asked for. */
    private record Results(SimulationRun run, @Nullable ReplicatedRun replicated) {}

    private static Results simulate(ScenarioDefinition scenario, Plan plan, SimulateOptions options) {
        SimulationEngine engine = new SimulationEngine();
        int weeks = options.weeks() == null ? scenario.weeks() : options.weeks();
        SimulationRun run = engine.run(scenario, plan, options.seed(), weeks);
        ReplicatedRun replicated = options.replications() > 1
                ? engine.replicate(scenario, plan, options.seed(), options.replications(), weeks)
                : null;
        return new Results(run, replicated);
    }

    private static String render(Results results, SimulateOptions.Format format, String currency) {
        ReplicatedRun replicated = results.replicated();
        return switch (format) {
            case JSON -> CanonicalJson.write(replicated != null ? replicated : results.run());
            case TABLE ->
                replicated != null
                        ? RunReport.of(replicated, results.run(), currency)
                        : RunReport.of(results.run(), currency);
        };
    }

    /**
     * A path to a scenario file, or the id of a shipped scenario: {@code scenarios/<id>.yaml} under
     * the working directory, else the same resource in the app jar.
     */
    private static ReadResult<ScenarioDefinition> readScenario(String fileOrId) {
        ScenarioReader reader = new ScenarioReader();
        Optional<byte[]> file = readFile(fileOrId);
        if (file.isPresent()) {
            return reader.read(fileOrId, file.get());
        }
        if (SCENARIO_ID.matcher(fileOrId).matches()) {
            String shipped = "scenarios/" + fileOrId + ".yaml";
            Optional<byte[]> content = readFile(shipped).or(() -> readResource(shipped));
            if (content.isPresent()) {
                return reader.read(shipped, content.get());
            }
            return missing(fileOrId, "no such file, and no shipped scenario " + shipped);
        }
        return missing(fileOrId, "no such file");
    }

    private static Optional<byte[]> readFile(String name) {
        Path path = Path.of(name);
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                // Read only the first bytes past the cap: the reader reports the size without loading it all.
                try (InputStream in = Files.newInputStream(path)) {
                    return Optional.of(in.readNBytes((int) MAX_FILE_BYTES + 1));
                }
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> readResource(String name) {
        try (InputStream in = SimulateCommand.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes((int) MAX_FILE_BYTES + 1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static <T> ReadResult<T> missing(String file, String message) {
        return new ReadResult.Invalid<>(List.of(new Problem(file, 0, 0, "", message)));
    }
}
