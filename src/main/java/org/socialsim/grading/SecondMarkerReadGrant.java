package org.socialsim.grading;

import org.socialsim.attempt.AttemptReadGrant;
import org.socialsim.grading.domain.MarkSheetRepository;
import org.springframework.stereotype.Component;

/** A second marker may read the attempts they were named for, though the attempt's cohort is not theirs. */
@Component
class SecondMarkerReadGrant implements AttemptReadGrant {

    private final MarkSheetRepository sheets;

    SecondMarkerReadGrant(MarkSheetRepository sheets) {
        this.sheets = sheets;
    }

    @Override
    public boolean mayRead(long attemptId, long userId) {
        return sheets.isMarker(attemptId, userId);
    }
}
