package org.socialsim.grading.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * How an assignment's cohort did: the distribution of totals, the levels given per criterion, how many scripts fall
 * in each band, and the scripts whose totals lie outside Tukey's fences (worth a second look before release).
 *
 * @param scripts how many marked scripts the report covers
 * @param totals the distribution of totals out of the rubric's marks
 * @param bands the count per band, lowest band first
 * @param criteria per criterion, in the rubric's order
 * @param outliers the scripts whose totals are outliers, in the order given
 */
public record CohortReport(
        int scripts,
        MarkDistribution totals,
        List<BandCount> bands,
        List<CriterionSpread> criteria,
        List<OutlierScript> outliers) {

    public CohortReport {
        bands = List.copyOf(bands);
        criteria = List.copyOf(criteria);
        outliers = List.copyOf(outliers);
    }

    /**
     * A marked script: its final marks.
     *
     * @param attemptId the attempt, so a view can link to its marking
     * @param studentName whose it is
     * @param marks the final decision per criterion id
     */
    public record MarkedScript(long attemptId, String studentName, Map<String, LevelMark> marks) {

        public MarkedScript {
            marks = Map.copyOf(marks);
        }

        public int total() {
            return marks.values().stream().mapToInt(LevelMark::mark).sum();
        }
    }

    /** @param from the lowest total in the band */
    public record BandCount(String band, int from, int count) {}

    /**
     * One criterion across the cohort.
     *
     * @param levels how many scripts got each level, in the rubric's order (best first)
     * @param marks the distribution of the criterion's marks
     */
    public record CriterionSpread(
            String criterion, String title, int maxMarks, List<LevelCount> levels, MarkDistribution marks) {

        public CriterionSpread {
            levels = List.copyOf(levels);
        }
    }

    public record LevelCount(String level, int count) {}

    /**
     * A script whose total lies outside Tukey's fences.
     *
     * @param high above the upper fence (true) or below the lower (false)
     */
    public record OutlierScript(long attemptId, String studentName, int total, boolean high) {}

    /** The report over {@code scripts} marked under {@code rubric}. */
    public static CohortReport of(RubricDefinition rubric, List<MarkedScript> scripts) {
        List<Integer> totals = scripts.stream().map(MarkedScript::total).toList();
        MarkDistribution distribution = MarkDistribution.of(totals, rubric.marks());

        List<BandCount> bands = new ArrayList<>();
        for (int i = 0; i < rubric.boundaries().size(); i++) {
            GradeBoundary boundary = rubric.boundaries().get(i);
            int band = i;
            int count = (int) totals.stream()
                    .filter(total -> Levels.bandIndex(rubric, total) == band)
                    .count();
            bands.add(new BandCount(boundary.band(), boundary.from(), count));
        }

        List<CriterionSpread> criteria = new ArrayList<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            List<LevelCount> levels = new ArrayList<>();
            for (LevelDefinition level : criterion.levels()) {
                int count = (int) scripts.stream()
                        .map(script -> script.marks().get(criterion.id()))
                        .filter(mark -> mark != null && mark.level().equals(level.label()))
                        .count();
                levels.add(new LevelCount(level.label(), count));
            }
            List<Integer> marks = scripts.stream()
                    .map(script -> script.marks().get(criterion.id()))
                    .filter(mark -> mark != null)
                    .map(LevelMark::mark)
                    .toList();
            criteria.add(new CriterionSpread(
                    criterion.id(),
                    criterion.title(),
                    criterion.marks(),
                    levels,
                    MarkDistribution.of(marks, criterion.marks())));
        }

        List<OutlierScript> outliers = distribution.outliers().stream()
                .map(outlier -> {
                    MarkedScript script = scripts.get(outlier.index());
                    return new OutlierScript(script.attemptId(), script.studentName(), outlier.mark(), outlier.high());
                })
                .toList();
        return new CohortReport(scripts.size(), distribution, bands, criteria, outliers);
    }
}
