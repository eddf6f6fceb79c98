package org.socialsim.grading.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * Two markers' decisions side by side for moderation, criterion by criterion, with how far apart they are and which
 * differences are large enough to talk about.
 *
 * <p>The assignment's threshold is in marks on the total, as the marking queue flags attempts by it. A criterion is
 * flagged when its two marks differ by more than its share of that threshold (threshold × the criterion's marks / the
 * rubric's marks): with a threshold of 10 on 100 marks, a 25-mark criterion is flagged beyond 2.5 marks apart. A
 * criterion is also flagged when the markers chose levels more than one apart, whatever the marks, since the level
 * descriptors then disagree about what the work is.
 *
 * @param rows one per criterion, in the rubric's order
 * @param firstTotal the first marker's total
 * @param secondTotal the second marker's total
 * @param threshold the assignment's threshold in marks on the total
 */
public record MarkerComparison(List<Row> rows, int firstTotal, int secondTotal, int threshold) {

    public MarkerComparison {
        rows = List.copyOf(rows);
    }

    /**
     * One criterion compared.
     *
     * @param criterion the criterion's id
     * @param title its title
     * @param maxMarks its marks
     * @param first the first marker's decision, if any
     * @param second the second marker's decision, if any
     * @param suggested the suggestion, or null when it must not be shown yet
     * @param levelsApart how many levels apart the markers are, once both decided
     * @param marksApart how many marks apart they are, once both decided
     * @param flagged whether the difference is large enough to discuss (see the class comment)
     */
    public record Row(
            String criterion,
            String title,
            int maxMarks,
            @Nullable LevelMark first,
            @Nullable LevelMark second,
            @Nullable LevelMark suggested,
            OptionalInt levelsApart,
            OptionalInt marksApart,
            boolean flagged) {

        /** Whether both markers decided on this criterion and chose the same level and mark. */
        public boolean sameDecision() {
            return first != null && first.equals(second);
        }
    }

    /**
     * Compares the markers' decisions by criterion id.
     *
     * @param suggested the suggestion by criterion id, or null to leave it out (before both markers are complete)
     */
    public static MarkerComparison of(
            RubricDefinition rubric,
            Map<String, LevelMark> first,
            Map<String, LevelMark> second,
            @Nullable Map<String, LevelMark> suggested,
            int threshold) {
        List<Row> rows = new ArrayList<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            LevelMark firstMark = first.get(criterion.id());
            LevelMark secondMark = second.get(criterion.id());
            OptionalInt levelsApart = OptionalInt.empty();
            OptionalInt marksApart = OptionalInt.empty();
            boolean flagged = false;
            if (firstMark != null && secondMark != null) {
                int marks = Math.abs(firstMark.mark() - secondMark.mark());
                marksApart = OptionalInt.of(marks);
                OptionalInt firstLevel = Levels.index(criterion, firstMark.level());
                OptionalInt secondLevel = Levels.index(criterion, secondMark.level());
                if (firstLevel.isPresent() && secondLevel.isPresent()) {
                    levelsApart = OptionalInt.of(Math.abs(firstLevel.getAsInt() - secondLevel.getAsInt()));
                }
                double share = (double) threshold * criterion.marks() / rubric.marks();
                flagged = marks > share || levelsApart.orElse(0) > 1;
            }
            rows.add(new Row(
                    criterion.id(),
                    criterion.title(),
                    criterion.marks(),
                    firstMark,
                    secondMark,
                    suggested == null ? null : suggested.get(criterion.id()),
                    levelsApart,
                    marksApart,
                    flagged));
        }
        return new MarkerComparison(rows, total(first), total(second), threshold);
    }

    private static int total(Map<String, LevelMark> marks) {
        return marks.values().stream().mapToInt(LevelMark::mark).sum();
    }

    /** How many marks apart the two totals are. */
    public int totalsApart() {
        return Math.abs(firstTotal - secondTotal);
    }

    /** Whether the totals differ by more than the assignment's threshold, as the marking queue flags it. */
    public boolean totalFlagged() {
        return totalsApart() > threshold;
    }

    /** How many criteria are flagged. */
    public long flaggedCriteria() {
        return rows.stream().filter(Row::flagged).count();
    }
}
