package org.socialsim.grading.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * Whether a corrected version of a rubric can replace the one an assignment is marked under. A correction may change
 * anything (assessors, weights, thresholds, descriptors, boundaries, even levels) as long as every mark a tutor has
 * already given still means the same: the same criteria out of the same marks, and each given mark still inside a
 * level of the same name. With no marks given yet, any version of the rubric fits.
 */
public final class RubricCorrection {

    private RubricCorrection() {}

    /**
     * A mark a tutor has given.
     *
     * @param student whose attempt
     * @param criterion the criterion id
     * @param level the level label chosen
     * @param mark the mark chosen inside it
     */
    public record GivenMark(String student, String criterion, String level, int mark) {}

    /** Why the corrected version cannot replace the current one. */
    public sealed interface Incompatibility {}

    /**
     * The criteria differ: marks given against a criterion that would go would be lost, and a new one would leave
     * complete sheets incomplete.
     *
     * @param onlyBefore ids only the current version has
     * @param onlyAfter ids only the corrected version has
     */
    public record OtherCriteria(List<String> onlyBefore, List<String> onlyAfter) implements Incompatibility {}

    /**
     * A criterion is out of a different number of marks, so the totals already given would no longer add up.
     *
     * @param criterion the criterion's title
     * @param before marks available now
     * @param after marks available in the corrected version
     */
    public record OtherMarks(String criterion, int before, int after) implements Incompatibility {}

    /**
     * Given marks the corrected version's levels no longer hold: the level was renamed or removed, or its range moved
     * away from the mark.
     *
     * @param marks each such mark, with its criterion's title in place of the id
     */
    public record MarksOutsideLevels(List<GivenMark> marks) implements Incompatibility {}

    /** The first reason the corrected version cannot replace the current one, or empty when it can. */
    public static Optional<Incompatibility> check(
            RubricDefinition current, RubricDefinition corrected, List<GivenMark> given) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        List<String> before =
                current.criteria().stream().map(CriterionDefinition::id).toList();
        List<String> after =
                corrected.criteria().stream().map(CriterionDefinition::id).toList();
        List<String> onlyBefore =
                before.stream().filter(id -> !after.contains(id)).toList();
        List<String> onlyAfter =
                after.stream().filter(id -> !before.contains(id)).toList();
        if (!onlyBefore.isEmpty() || !onlyAfter.isEmpty()) {
            return Optional.of(new OtherCriteria(onlyBefore, onlyAfter));
        }
        for (CriterionDefinition criterion : current.criteria()) {
            CriterionDefinition correctedCriterion = criterion(corrected, criterion.id());
            if (correctedCriterion.marks() != criterion.marks()) {
                return Optional.of(new OtherMarks(criterion.title(), criterion.marks(), correctedCriterion.marks()));
            }
        }
        List<GivenMark> outside = new ArrayList<>();
        for (GivenMark mark : given) {
            CriterionDefinition criterion = criterion(corrected, mark.criterion());
            @Nullable
            LevelDefinition level = criterion.levels().stream()
                    .filter(candidate -> candidate.label().equals(mark.level()))
                    .findFirst()
                    .orElse(null);
            if (level == null || mark.mark() < level.minMarks() || mark.mark() > level.maxMarks()) {
                outside.add(new GivenMark(mark.student(), criterion.title(), mark.level(), mark.mark()));
            }
        }
        return outside.isEmpty() ? Optional.empty() : Optional.of(new MarksOutsideLevels(outside));
    }

    private static CriterionDefinition criterion(RubricDefinition rubric, String id) {
        return rubric.criteria().stream()
                .filter(criterion -> criterion.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + id + " in " + rubric.id()));
    }
}
