package org.socialsim.simulation.plan;

import java.util.List;
import org.socialsim.scenario.definition.Platform;

/**
 * How the brand answers the crisis.
 *
 * @param firstResponseHours hours from the trigger to the first public statement, ≥ 0
 * @param strategy the primary SCCT strategy
 * @param bolster whether the statement adds bolstering (reminding of past good work, thanking
 *     supporters) as SCCT's supplementary strategy
 * @param channels the platforms the statement goes out on
 * @param holdingStatement the first statement's text
 * @param pausePromotion whether scheduled promotional posts and ads are paused while it runs
 * @param followUps later updates
 */
public record CrisisResponse(
        double firstResponseHours,
        CrisisStrategy strategy,
        boolean bolster,
        List<Platform> channels,
        String holdingStatement,
        boolean pausePromotion,
        List<CrisisFollowUp> followUps) {

    public CrisisResponse {
        channels = List.copyOf(channels);
        followUps = List.copyOf(followUps);
    }
}
