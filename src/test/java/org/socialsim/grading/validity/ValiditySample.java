package org.socialsim.grading.validity;

import java.util.List;
import org.socialsim.grading.assessment.Submission;

/**
 * One hand-written submission of the validity set with the examiner's reference marking: a level and mark per
 * criterion (decided from the rubric's descriptors and guidance before the assessors were run) and the band their
 * total reaches. The justification of each level is the Javadoc of the method in {@link ValiditySamples} that builds
 * the sample.
 *
 * @param id a short name, the builder method's
 * @param summary what the sample is, in one line
 * @param submission the work as the app would hold it, all weeks run
 * @param band the reference band
 * @param judgements the reference level and mark of each criterion, in the rubric's order
 */
record ValiditySample(String id, String summary, Submission submission, String band, List<Judgement> judgements) {

    ValiditySample {
        judgements = List.copyOf(judgements);
    }

    /** The examiner's level and mark for one criterion. */
    record Judgement(String criterion, String level, int mark) {}

    static Judgement judge(String criterion, String level, int mark) {
        return new Judgement(criterion, level, mark);
    }

    int referenceTotal() {
        return judgements.stream().mapToInt(Judgement::mark).sum();
    }

    Judgement judgement(String criterion) {
        return judgements.stream()
                .filter(j -> j.criterion().equals(criterion))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no judgement for " + criterion));
    }
}
