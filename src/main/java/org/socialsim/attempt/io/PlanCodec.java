package org.socialsim.attempt.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socialsim.base.io.Problem;
import org.socialsim.base.io.ReadResult;
import org.socialsim.scenario.definition.ScenarioDefinition;
import org.socialsim.simulation.plan.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
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

    /**
     * Reads a plan from a file's bytes, which must be UTF-8 (a byte-order mark is skipped) and at
     * most {@value Mappers#MAX_CHARS} bytes.
     */
    public ReadResult<Plan> read(String fileName, byte[] content) {
        return switch (decode(fileName, content)) {
            case ReadResult.Valid<String> text -> read(fileName, text.definition());
            case ReadResult.Invalid<String> invalid -> new ReadResult.Invalid<>(invalid.problems());
        };
    }

    /**
     * Reads a plan and checks it against the scenario it is for: weeks, hours, platforms, formats,
     * persona, influencer and message ids, money. Every problem is located in the file.
     */
    public ReadResult<Plan> read(String fileName, byte[] content, ScenarioDefinition scenario) {
        if (!(decode(fileName, content) instanceof ReadResult.Valid<String> decoded)) {
            return read(fileName, content);
        }
        String text = decoded.definition();
        ReadResult<Plan> read = read(fileName, text);
        if (!(read instanceof ReadResult.Valid<Plan> valid)) {
            return read;
        }
        List<PlanChecks.Finding> findings = PlanChecks.check(valid.definition(), scenario);
        if (findings.isEmpty()) {
            return read;
        }
        ObjectMapper mapper = fileName.endsWith(".json") ? JSON : YAML;
        List<Problem> problems = findings.stream()
                .map(finding -> {
                    // A finding about a key the file left out (bid_cap) points at the mapping that lacks it.
                    String parent = finding.path().replaceFirst("(\\.[^.\\[]+|\\[\\d+])$", "");
                    TokenStreamLocation at = KeyLocator.locate(mapper, text, finding.path())
                            .or(() -> KeyLocator.locate(mapper, text, parent))
                            .orElse(null);
                    return new Problem(
                            fileName,
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            finding.path(),
                            finding.message());
                })
                .toList();
        return new ReadResult.Invalid<>(problems);
    }

    private static ReadResult<String> decode(String fileName, byte[] content) {
        if (content.length > Mappers.MAX_CHARS) {
            return invalid(new Problem(
                    fileName,
                    0,
                    0,
                    "",
                    "file has " + content.length + " bytes; a plan may have at most " + Mappers.MAX_CHARS));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(content)).toString();
            return new ReadResult.Valid<>(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return invalid(new Problem(fileName, 0, 0, "", "file is not UTF-8 text; save it as UTF-8"));
        }
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

    private static <T> ReadResult<T> invalid(Problem problem) {
        return new ReadResult.Invalid<>(List.of(problem));
    }
}
