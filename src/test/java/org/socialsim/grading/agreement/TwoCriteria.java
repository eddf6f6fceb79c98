package org.socialsim.grading.agreement;

import java.util.List;
import java.util.Map;
import org.socialsim.rubric.definition.AssessorName;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.EvidenceDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/** A hand-made rubric small enough to check every report number by hand. */
final class TwoCriteria {

    static final CriterionDefinition STRATEGY = new CriterionDefinition(
            "strategy",
            "Strategy",
            "",
            60,
            List.of(new EvidenceDefinition(AssessorName.SMART_OBJECTIVES, 1.0, Map.of())),
            List.of(
                    new LevelDefinition("Excellent", 0.7, 45, 60, "x"),
                    new LevelDefinition("Good", 0.5, 30, 44, "x"),
                    new LevelDefinition("Fair", 0.3, 15, 29, "x"),
                    new LevelDefinition("Weak", 0.0, 0, 14, "x")));

    static final CriterionDefinition CONTENT = new CriterionDefinition(
            "content",
            "Content plan",
            "",
            40,
            List.of(new EvidenceDefinition(AssessorName.CONTENT_MIX, 1.0, Map.of())),
            List.of(
                    new LevelDefinition("Excellent", 0.7, 30, 40, "x"),
                    new LevelDefinition("Good", 0.4, 20, 29, "x"),
                    new LevelDefinition("Weak", 0.0, 0, 19, "x")));

    static final RubricDefinition RUBRIC = new RubricDefinition(
            "two-criteria",
            "Two criteria",
            "",
            100,
            List.of(
                    new GradeBoundary("Fail", 0),
                    new GradeBoundary("Pass", 40),
                    new GradeBoundary("Merit", 60),
                    new GradeBoundary("Distinction", 70)),
            List.of(STRATEGY, CONTENT));

    private TwoCriteria() {}

    /** Decisions on both criteria, e.g. {@code marks("Good", 40, "Excellent", 32)}. */
    static Map<String, LevelMark> marks(String strategyLevel, int strategyMark, String contentLevel, int contentMark) {
        return Map.of(
                "strategy", new LevelMark(strategyLevel, strategyMark),
                "content", new LevelMark(contentLevel, contentMark));
    }
}
