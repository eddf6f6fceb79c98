package org.socialsim.grading;

import java.time.Instant;
import java.util.List;
import org.socialsim.grading.assessment.EvidenceLine;

/**
 * A released grade as the student reads it.
 *
 * @param rubricTitle the rubric's title
 * @param total the final total
 * @param maxMarks the rubric's marks
 * @param band the band of the total
 * @param overallFeedback the marker's feedback on the whole submission
 * @param criteria per criterion, in the rubric's order
 * @param releasedAt when it was released
 */
public record Feedback(
        String rubricTitle,
        int total,
        int maxMarks,
        String band,
        String overallFeedback,
        List<CriterionFeedback> criteria,
        Instant releasedAt) {

    public Feedback {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion's feedback.
     *
     * @param title what was assessed
     * @param level the level given
     * @param descriptor what work at that level looks like
     * @param mark the mark given
     * @param maxMarks the criterion's marks
     * @param comment the marker's comment
     * @param evidence what the automatic checks found, strengths and gaps
     */
    public record CriterionFeedback(
            String title,
            String level,
            String descriptor,
            int mark,
            int maxMarks,
            String comment,
            List<EvidenceLine> evidence) {

        public CriterionFeedback {
            evidence = List.copyOf(evidence);
        }
    }
}
