package org.socialsim.grading;

import java.util.List;

/**
 * What a release did.
 *
 * @param released attempts released now
 * @param alreadyReleased attempts released earlier
 * @param notReady students whose marking is not complete (or not agreed), so nothing was released to them
 */
public record ReleaseOutcome(int released, int alreadyReleased, List<String> notReady) {

    public ReleaseOutcome {
        notReady = List.copyOf(notReady);
    }
}
