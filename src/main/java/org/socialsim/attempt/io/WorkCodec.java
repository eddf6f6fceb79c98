package org.socialsim.attempt.io;

import org.socialsim.attempt.work.Evaluation;
import org.socialsim.attempt.work.SituationalAnalysis;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a student's written work as JSON with the plan files' conventions (snake_case keys, lower-case enums), so
 * the stored documents read like the plan format.
 */
public final class WorkCodec {

    private static final JsonMapper JSON = Mappers.json();

    public String writeAnalysis(SituationalAnalysis analysis) {
        return JSON.writeValueAsString(analysis);
    }

    public SituationalAnalysis readAnalysis(String json) {
        return JSON.readValue(json, SituationalAnalysis.class);
    }

    public String writeEvaluation(Evaluation evaluation) {
        return JSON.writeValueAsString(evaluation);
    }

    public Evaluation readEvaluation(String json) {
        return JSON.readValue(json, Evaluation.class);
    }
}
