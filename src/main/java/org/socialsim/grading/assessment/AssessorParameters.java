package org.socialsim.grading.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An assessor's settings from the rubric file ({@code parameters: { min_objectives: 3 }}). The rubric reader has
 * already checked names and ranges (docs/rubric-format.md), so a getter only supplies the documented default for an
 * omitted name.
 */
public record AssessorParameters(Map<String, Object> values) {

    public static final AssessorParameters NONE = new AssessorParameters(Map.of());

    public AssessorParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static AssessorParameters of(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new AssessorParameters(values);
    }

    public int integer(String name, int fallback) {
        return values.get(name) instanceof Number number ? number.intValue() : fallback;
    }

    public double number(String name, double fallback) {
        return values.get(name) instanceof Number number ? number.doubleValue() : fallback;
    }

    public boolean flag(String name, boolean fallback) {
        return values.get(name) instanceof Boolean flag ? flag : fallback;
    }

    public String text(String name, String fallback) {
        return values.get(name) instanceof String text ? text : fallback;
    }
}
