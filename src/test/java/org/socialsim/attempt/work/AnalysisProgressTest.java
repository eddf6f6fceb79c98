package org.socialsim.attempt.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisProgressTest {

    @Test
    void an_empty_analysis_has_nothing_written() {
        AnalysisProgress progress = AnalysisProgress.of(SituationalAnalysis.empty(), WorkFixtures.brewhaven());

        assertThat(progress).isEqualTo(new AnalysisProgress(0, 0, 2, false));
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void blank_parts_do_not_count_and_notes_count_per_competitor_of_the_scenario() {
        SituationalAnalysis analysis = new SituationalAnalysis(
                "Loyal café customers, roasts its own beans",
                "  ",
                "Cold brew is growing",
                "Bean There is big",
                Map.of("Bean There", "86k on Instagram, posts 6 a week", "Gone Competitor", "old note"),
                "");

        assertThat(AnalysisProgress.of(analysis, WorkFixtures.brewhaven()))
                .isEqualTo(new AnalysisProgress(3, 1, 2, false));
    }

    @Test
    void every_part_written_is_complete() {
        SituationalAnalysis analysis = new SituationalAnalysis(
                "s", "w", "o", "t", Map.of("Bean There", "n", "Nitro North", "n"), "Commuters and students");

        assertThat(AnalysisProgress.of(analysis, WorkFixtures.brewhaven()).complete())
                .isTrue();
    }
}
