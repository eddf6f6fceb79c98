package org.socialsim.rubric.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One assessor's contribution to a criterion's suggested level.
 *
 * @param assessor a known assessor name ({@link AssessorName}), e.g. {@code smart_objectives}
 * @param weight its weight in the criterion, in (0, 1]
 * @param parameters assessor-specific settings (names and ranges per assessor in
 *     docs/rubric-format.md); values are numbers, booleans or strings, in file order
 */
public record EvidenceDefinition(AssessorName assessor, double weight, Map<String, Object> parameters) {

    public EvidenceDefinition {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
