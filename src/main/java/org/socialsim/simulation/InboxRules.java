package org.socialsim.simulation;

import org.socialsim.scenario.definition.MessageTemplate;

/** The engine's rules for the inbox that a student's screens and checklists need to agree with. */
public final class InboxRules {

    private InboxRules() {}

    /** Whether a message from {@code template} calls for an answer (it counts for the response rate). */
    public static boolean needsAnswer(MessageTemplate template) {
        return Community.needsAnswer(template);
    }

    /** How much a reply after {@code hours} counts for its timeliness, 1 within the hour, 0.2 after a day. */
    public static double timeliness(double hours) {
        return Community.timeliness(hours);
    }
}
