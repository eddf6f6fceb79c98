package org.socialsim.attempt.work;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.simulation.CrisisHour;
import org.socialsim.simulation.SimulationRun;
import org.socialsim.simulation.WeekResult;
import org.socialsim.simulation.plan.CrisisResponse;
import org.socialsim.simulation.plan.Plan;

/**
 * When the crisis room opens and closes. It opens once the crisis week has run (the crisis broke in it) and the
 * response can change until the week after the crisis has run, matching {@link PlanFreeze}: the student answers a
 * crisis after seeing it break, and the next week's results already depend on that answer.
 */
public final class CrisisRoom {

    private CrisisRoom() {}

    /** Whether the crisis has broken: its week has run. */
    public static boolean open(int crisisWeek, int weeksRun) {
        return crisisWeek <= weeksRun;
    }

    /** Whether the crisis response can still change (the attempt's own editability aside). */
    public static boolean answerable(int crisisWeek, int weeksRun) {
        return open(crisisWeek, weeksRun) && weeksRun <= crisisWeek;
    }

    /** Every crisis hour of the weeks run, in order, across the weeks the crisis spans. */
    public static List<CrisisHour> timeline(SimulationRun run) {
        List<CrisisHour> hours = new ArrayList<>();
        for (WeekResult week : run.weeks()) {
            if (week.crisis() != null) {
                hours.addAll(week.crisis().hours());
            }
        }
        return hours;
    }

    /** {@code plan} with {@code response} as the brand's answer to the crisis ({@code null}: it stays silent). */
    public static Plan withResponse(Plan plan, @Nullable CrisisResponse response) {
        return new Plan(
                plan.objectives(),
                plan.personas(),
                plan.posts(),
                plan.campaigns(),
                plan.influencers(),
                plan.community(),
                response);
    }
}
