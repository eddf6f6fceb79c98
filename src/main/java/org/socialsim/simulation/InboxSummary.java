package org.socialsim.simulation;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.simulation.plan.Kpi;

/**
 * How the inbox went over a week or the run, and what to tell the student about it.
 *
 * @param needing messages whose good actions include answering
 * @param unanswered those of them that got no answer
 * @param unansweredComplaints the complaints among them
 * @param answered those answered
 * @param answeredQuality summed handling quality of the answered ones
 * @param lostWeight mention-equivalents lost to poor handling (negative gained plus positive missed)
 * @param totalWeight mention-equivalents at stake
 */
record InboxSummary(
        int needing,
        int unanswered,
        int unansweredComplaints,
        int answered,
        double answeredQuality,
        double lostWeight,
        double totalWeight) {

    static final InboxSummary NONE = new InboxSummary(0, 0, 0, 0, 0, 0, 0);

    InboxSummary plus(InboxSummary other) {
        return new InboxSummary(
                needing + other.needing,
                unanswered + other.unanswered,
                unansweredComplaints + other.unansweredComplaints,
                answered + other.answered,
                answeredQuality + other.answeredQuality,
                lostWeight + other.lostWeight,
                totalWeight + other.totalWeight);
    }

    /** The explanations, {@code when} being e.g. " in week 3" or "" for the run. */
    List<Explanation> explain(String when) {
        List<Explanation> out = new ArrayList<>();
        if (unanswered > 0) {
            double sentiment = totalWeight > 0 ? -lostWeight / totalWeight : 0;
            out.add(new Explanation(
                    "inbox-ignored",
                    Kpi.RESPONSE_RATE,
                    null,
                    -(double) unanswered / needing,
                    unanswered + " of " + needing + " messages that needed an answer" + when + " got none"
                            + (unansweredComplaints > 0
                                    ? ", including " + unansweredComplaints
                                            + " complaint(s): others saw them go unanswered, and about 30% of ignored customers move to a competitor"
                                    : "")
                            + ". Net sentiment " + Explainer.points(sentiment) + " against an inbox answered well."));
        }
        if (answered > 0 && answeredQuality / answered < 0.6) {
            out.add(
                    new Explanation(
                            "inbox-quality",
                            Kpi.NET_SENTIMENT,
                            null,
                            totalWeight > 0 ? -lostWeight / totalWeight : 0,
                            "Your answers" + when + " scored " + Math.round(100 * answeredQuality / answered)
                                    + "/100: answer fast (within the hour), by name, with empathy, doing what the message needs, and without selling."));
        }
        return out;
    }
}
