package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.EvidenceDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * Turns assessor scores into a suggested level and mark per criterion, a total and a band (DESIGN.md, Grading model).
 */
public final class SuggestedMarks {

    private SuggestedMarks() {}

    public static SuggestedGrade suggest(RubricDefinition rubric, Submission submission) {
        // The shipped rubric calls evaluation_quality twice with different parameters; the same call is made once.
        Map<EvidenceDefinition, Assessment> made = new HashMap<>();
        List<CriterionSuggestion> criteria = new ArrayList<>();
        int total = 0;
        for (CriterionDefinition criterion : rubric.criteria()) {
            List<AssessorResult> results = new ArrayList<>();
            double score = 0;
            for (EvidenceDefinition evidence : criterion.evidence()) {
                Assessment assessment = made.computeIfAbsent(
                        new EvidenceDefinition(evidence.assessor(), 1, evidence.parameters()),
                        key -> Assessors.of(key.assessor())
                                .assess(submission, new AssessorParameters(key.parameters())));
                results.add(new AssessorResult(evidence.assessor(), evidence.weight(), assessment));
                score += evidence.weight() * assessment.score();
            }
            // Weights sum to 1 within the reader's ±0.001, so the sum may stray just outside [0, 1].
            score = Math.clamp(score, 0.0, 1.0);
            // A serious error caps the criterion, as the rubric guidance says, however good the rest is.
            for (AssessorResult result : results) {
                score = Math.min(score, result.assessment().ceiling());
            }
            LevelDefinition level = criterion.levelFor(score);
            int mark = markWithin(criterion, level, score);
            criteria.add(new CriterionSuggestion(criterion.id(), score, level.label(), mark, results));
            total += mark;
        }
        return new SuggestedGrade(criteria, total, rubric.bandFor(total));
    }

    /**
     * The mark inside {@code level}'s range for {@code score}: linear between the level's threshold (its lowest mark)
     * and the next better level's threshold, so a score just over a threshold gets the level's lowest mark.
     */
    static int markWithin(CriterionDefinition criterion, LevelDefinition level, double score) {
        int index = criterion.levels().indexOf(level);
        double ceiling = index == 0 ? 1.0 : criterion.levels().get(index - 1).from();
        double position = ceiling > level.from() ? (score - level.from()) / (ceiling - level.from()) : 1.0;
        position = Math.clamp(position, 0.0, 1.0);
        // The range is cut into equal bins, one per mark, so every mark of the level can be suggested.
        int span = level.maxMarks() - level.minMarks();
        return level.minMarks() + Math.min(span, (int) Math.floor(position * (span + 1)));
    }
}
