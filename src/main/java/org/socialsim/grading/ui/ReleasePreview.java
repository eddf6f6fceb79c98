package org.socialsim.grading.ui;

import java.util.List;
import org.socialsim.grading.MarkingQueueRow;

/**
 * What pressing "Release grades" would do, read off the queue before asking the tutor to confirm: how many grades go
 * out now and which submitted students would still wait. (The service decides again when it releases; this only
 * words the question.)
 *
 * @param ready attempts whose final marks are complete and not yet released
 * @param alreadyReleased attempts released earlier
 * @param notReady students who submitted but whose marking is not complete or not agreed, by name
 */
record ReleasePreview(int ready, int alreadyReleased, List<String> notReady) {

    ReleasePreview {
        notReady = List.copyOf(notReady);
    }

    static ReleasePreview of(List<MarkingQueueRow> rows) {
        int ready = 0;
        int released = 0;
        List<String> waiting = new java.util.ArrayList<>();
        for (MarkingQueueRow row : rows) {
            switch (row.stage()) {
                case READY -> ready++;
                case RELEASED -> released++;
                case NOT_SUBMITTED -> {
                    // Nothing to release and nothing to wait for: the student has not handed in.
                }
                case TO_MARK, IN_PROGRESS, WITH_SECOND_MARKER, TO_AGREE -> waiting.add(row.studentName());
            }
        }
        return new ReleasePreview(ready, released, waiting);
    }
}
