package org.socialsim.grading.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/**
 * An assignment's agreement report: per criterion and overall on grade bands, how well the first and second markers
 * agreed, and how well the tutors' levels agreed with the suggestions (the calibration verdicts).
 *
 * <p>Markers are compared on the scripts both completed. The suggestions are compared with the first marker's
 * completed levels: the first marker is the tutor who decides, and one pair per script keeps "11 of 12 scripts" a
 * count of scripts. The overall rows compare the bands the totals fall in.
 *
 * @param criteria one row per criterion, in the rubric's order
 * @param markersOnBands the two markers' bands on the scripts both completed
 * @param suggestionsOnBands the first marker's band against the suggested band
 */
public record AgreementReport(
        List<CriterionRow> criteria, Agreement markersOnBands, Calibration.Verdict suggestionsOnBands) {

    public AgreementReport {
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion's agreement.
     *
     * @param criterion its id
     * @param title its title
     * @param betweenMarkers first against second marker's levels
     * @param suggestions the first marker's levels against the suggested ones, as advice
     */
    public record CriterionRow(
            String criterion, String title, Agreement betweenMarkers, Calibration.Verdict suggestions) {}

    /**
     * One script's complete markings: a sheet counts only once its marker declared it complete.
     *
     * @param first the first marker's decisions by criterion id, or null while not complete
     * @param second the second marker's, or null when there is none or it is not complete
     * @param suggested the suggestion's, or null when none was computed
     */
    public record MarkedScript(
            @Nullable Map<String, LevelMark> first,
            @Nullable Map<String, LevelMark> second,
            @Nullable Map<String, LevelMark> suggested) {}

    /** The report for {@code scripts} marked under {@code rubric}. */
    public static AgreementReport of(RubricDefinition rubric, List<MarkedScript> scripts, Calibration calibration) {
        List<CriterionRow> rows = new ArrayList<>();
        for (CriterionDefinition criterion : rubric.criteria()) {
            List<RatingPair> markers = new ArrayList<>();
            List<RatingPair> suggestions = new ArrayList<>();
            for (MarkedScript script : scripts) {
                if (script.first() != null && script.second() != null) {
                    pair(criterion, script.first(), script.second()).ifPresent(markers::add);
                }
                if (script.first() != null && script.suggested() != null) {
                    pair(criterion, script.first(), script.suggested()).ifPresent(suggestions::add);
                }
            }
            rows.add(new CriterionRow(
                    criterion.id(),
                    criterion.title(),
                    Agreement.of(criterion.levels().size(), markers),
                    calibration.verdict(
                            criterion.id(),
                            criterion.title(),
                            criterion.levels().size(),
                            suggestions)));
        }
        List<RatingPair> markerBands = new ArrayList<>();
        List<RatingPair> suggestionBands = new ArrayList<>();
        for (MarkedScript script : scripts) {
            if (script.first() != null && script.second() != null) {
                markerBands.add(bands(rubric, script.first(), script.second()));
            }
            if (script.first() != null && script.suggested() != null) {
                suggestionBands.add(bands(rubric, script.first(), script.suggested()));
            }
        }
        int bands = rubric.boundaries().size();
        // Bands ascend (0 = lowest), levels descend (0 = best): a higher band index is the better grade, so "suggestion
        // higher" counts the other way round; the pairs are mirrored to keep one reading for both.
        List<RatingPair> mirrored = suggestionBands.stream()
                .map(pair -> new RatingPair(bands - 1 - pair.first(), bands - 1 - pair.second()))
                .toList();
        return new AgreementReport(
                rows, Agreement.of(bands, markerBands), calibration.verdict("bands", rubric.title(), bands, mirrored));
    }

    private static Optional<RatingPair> pair(
            CriterionDefinition criterion, Map<String, LevelMark> first, Map<String, LevelMark> second) {
        LevelMark a = first.get(criterion.id());
        LevelMark b = second.get(criterion.id());
        if (a == null || b == null) {
            return Optional.empty();
        }
        OptionalInt i = Levels.index(criterion, a.level());
        OptionalInt j = Levels.index(criterion, b.level());
        return i.isPresent() && j.isPresent()
                ? Optional.of(new RatingPair(i.getAsInt(), j.getAsInt()))
                : Optional.empty();
    }

    private static RatingPair bands(
            RubricDefinition rubric, Map<String, LevelMark> first, Map<String, LevelMark> second) {
        return new RatingPair(Levels.bandIndex(rubric, total(first)), Levels.bandIndex(rubric, total(second)));
    }

    private static int total(Map<String, LevelMark> marks) {
        return marks.values().stream().mapToInt(LevelMark::mark).sum();
    }
}
