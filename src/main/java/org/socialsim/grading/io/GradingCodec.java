package org.socialsim.grading.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialsim.grading.CriterionMark;
import org.socialsim.grading.assessment.SuggestedGrade;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores suggestions and a sheet's marks as JSON documents; only the app writes them, so plain records suffice. */
public final class GradingCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, CriterionMark>> MARKS = new TypeReference<>() {};

    public String writeSuggestion(SuggestedGrade grade) {
        return JSON.writeValueAsString(grade);
    }

    public SuggestedGrade readSuggestion(String json) {
        return JSON.readValue(json, SuggestedGrade.class);
    }

    public String writeMarks(Map<String, CriterionMark> marks) {
        return JSON.writeValueAsString(marks);
    }

    public Map<String, CriterionMark> readMarks(String json) {
        return JSON.readValue(json, MARKS);
    }
}
