package org.socialsim.grading.assessment;

import java.util.EnumMap;
import java.util.Map;
import org.socialsim.rubric.definition.AssessorName;

/** Every assessor a rubric can name, by its name. */
public final class Assessors {

    private static final Map<AssessorName, Assessor> ALL = collect();

    private Assessors() {}

    public static Assessor of(AssessorName name) {
        Assessor assessor = ALL.get(name);
        if (assessor == null) {
            throw new IllegalStateException("no assessor is registered for " + name.yamlName());
        }
        return assessor;
    }

    private static Map<AssessorName, Assessor> collect() {
        Map<AssessorName, Assessor> all = new EnumMap<>(AssessorName.class);
        for (Map<AssessorName, Assessor> group :
                java.util.List.of(StrategyAssessors.all(), ContentAssessors.all(), CommunityAssessors.all())) {
            group.forEach((name, assessor) -> {
                if (all.put(name, assessor) != null) {
                    throw new IllegalStateException(name.yamlName() + " is registered twice");
                }
            });
        }
        return all;
    }
}
