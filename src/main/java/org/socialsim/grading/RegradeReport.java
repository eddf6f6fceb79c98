package org.socialsim.grading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.grading.assessment.SuggestionChanges.CriterionChange;

/**
 * What a regrade changed: every submitted attempt's suggestion before and after, by student name.
 *
 * @param rubricTitle the rubric's title
 * @param versionBefore the rubric version the assignment was marked under before
 * @param versionAfter the rubric version the suggestions were recomputed under (the same when only recomputed)
 * @param attempts one line per submitted attempt
 */
public record RegradeReport(String rubricTitle, int versionBefore, int versionAfter, List<AttemptRegrade> attempts) {

    public RegradeReport {
        attempts = List.copyOf(attempts);
    }

    /**
     * The attempts whose suggested total, band, or any criterion's level or mark changed: first those with marks
     * already given (the decisions to look at again), each group by student name.
     */
    public List<AttemptRegrade> changedAttempts() {
        return attempts.stream()
                .filter(AttemptRegrade::changed)
                .sorted(java.util.Comparator.comparing((AttemptRegrade attempt) -> !attempt.tutorMarked()))
                .toList();
    }

    public int changed() {
        return changedAttempts().size();
    }

    public int unchanged() {
        return attempts.size() - changed();
    }

    /** Changed suggestions a marker has already given marks against: the decisions to look at again. */
    public int changedWithTutorMarks() {
        return (int) attempts.stream()
                .filter(attempt -> attempt.changed() && attempt.tutorMarked())
                .count();
    }

    public boolean rubricCorrected() {
        return versionAfter != versionBefore;
    }

    /**
     * One attempt's suggestion before and after.
     *
     * @param attemptId the attempt
     * @param studentName its student
     * @param totalBefore the suggested total before, or null when none had been computed
     * @param bandBefore the suggested band before, or null likewise
     * @param totalAfter the suggested total now
     * @param bandAfter the suggested band now
     * @param criteria the criteria whose suggested level or mark changed, in the rubric's order
     * @param changed whether the total, band or any criterion changed
     * @param tutorMarked whether any marker has given marks on the attempt; those marks were left as they were
     * @param released whether the grade has been released to the student
     */
    public record AttemptRegrade(
            long attemptId,
            String studentName,
            @Nullable Integer totalBefore,
            @Nullable String bandBefore,
            int totalAfter,
            String bandAfter,
            List<CriterionChange> criteria,
            boolean changed,
            boolean tutorMarked,
            boolean released) {

        public AttemptRegrade {
            criteria = List.copyOf(criteria);
        }

        /** Whether no suggestion had been computed for the attempt before. */
        public boolean firstSuggestion() {
            return totalBefore == null;
        }
    }
}
