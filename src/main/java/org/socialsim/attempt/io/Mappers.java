package org.socialsim.attempt.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson mappers for student files, configured once. Safe for text from anyone: a size cap,
 * nesting and alias limits, duplicate keys refused, and no polymorphic typing (a file can never
 * name a Java class to construct).
 */
final class Mappers {

    /** Largest file accepted, in characters. A plan with hundreds of posts is well under 1 MB. */
    static final int MAX_CHARS = 2 * 1024 * 1024;

    /** Deepest nesting accepted; a plan is about six levels deep. */
    static final int MAX_DEPTH = 50;

    /** Plans need no YAML aliases; a handful are tolerated, "billion laughs" documents are not. */
    static final int MAX_ALIASES = 20;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_CHARS)
            .build();

    private Mappers() {}

    static YAMLMapper yaml() {
        LoadSettings loadSettings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CHARS)
                .build();
        YAMLFactory factory = YAMLFactory.builder()
                .loadSettings(loadSettings)
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return conventions(YAMLMapper.builder(factory)).build();
    }

    static JsonMapper json() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return conventions(JsonMapper.builder(factory))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    private static <M extends MapperBuilder<?, ?>> M conventions(M builder) {
        builder.annotationIntrospector(new RecordConventions())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // Record order, not Jackson 3's alphabetical default: files read like the records' Javadoc.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // "1" for a number or "yes" for a boolean is a mistake to report, not to guess around.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .changeDefaultPropertyInclusion(inclusion ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        return builder;
    }
}
