package org.socialsim.attempt.io;

import java.util.List;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.simulation.plan.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes a student's {@link Plan} as YAML or JSON: the format the app stores, a tutor
 * downloads and {@code simulate --plan} replays. Keys are the record components in snake_case,
 * enum values lower case ({@code reply_then_dm}, {@code monday}, {@code short_video}), absent
 * values are left out. Reading refuses unknown keys, wrong types and missing required keys with a
 * located {@link Problem}; it never constructs a type the file names. Thread-safe.
 */
public final class PlanCodec {

    private static final YAMLMapper YAML = Mappers.yaml();
    private static final JsonMapper JSON = Mappers.json();

    /** Reads YAML or JSON, chosen by the file name's extension ({@code .json}, else YAML). */
    public ReadResult<Plan> read(String fileName, String text) {
        return fileName.endsWith(".json") ? readJson(fileName, text) : readYaml(fileName, text);
    }

    public ReadResult<Plan> readYaml(String fileName, String text) {
        return read(YAML, fileName, text);
    }

    public ReadResult<Plan> readJson(String fileName, String text) {
        return read(JSON, fileName, text);
    }

    public String writeYaml(Plan plan) {
        return YAML.writeValueAsString(plan);
    }

    public String writeJson(Plan plan) {
        return JSON.writeValueAsString(plan) + "\n";
    }

    private static ReadResult<Plan> read(ObjectMapper mapper, String fileName, String text) {
        if (text.length() > Mappers.MAX_CHARS) {
            return invalid(new Problem(
                    fileName,
                    0,
                    0,
                    "",
                    "file has " + text.length() + " characters; a plan may have at most " + Mappers.MAX_CHARS));
        }
        if (text.isBlank()) {
            return invalid(new Problem(fileName, 0, 0, "", "file is empty; expected a plan"));
        }
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                return new ReadResult.Valid<>(mapper.readValue(parser, Plan.class));
            } catch (JacksonException e) {
                // Described while the parser is still open: it knows the token the file had there.
                return invalid(JacksonProblems.of(fileName, e, parser, mapper, text));
            }
        } catch (JacksonException e) {
            return invalid(JacksonProblems.of(fileName, e, null, mapper, text));
        }
    }

    private static ReadResult<Plan> invalid(Problem problem) {
        return new ReadResult.Invalid<>(List.of(problem));
    }
}
