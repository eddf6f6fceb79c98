package org.socialsim.grading.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.assessment.Submissions;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.GradeBoundary;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.Post;

/** The validity set's reference marking is a marking the rubric allows, and the samples are what they say they are. */
class ValiditySamplesTest {

    private static final RubricDefinition RUBRIC = Submissions.rubric("smm-coursework");
    private static final List<ValiditySample> SAMPLES = ValiditySamples.all();

    @Test
    void there_are_at_least_twelve_samples_with_distinct_ids_and_every_band_at_least_three_times() {
        assertThat(SAMPLES).hasSizeGreaterThanOrEqualTo(12);
        assertThat(SAMPLES.stream().map(ValiditySample::id).distinct()).hasSize(SAMPLES.size());
        Map<String, Long> perBand =
                SAMPLES.stream().collect(Collectors.groupingBy(ValiditySample::band, Collectors.counting()));
        for (GradeBoundary boundary : RUBRIC.boundaries()) {
            assertThat(perBand.getOrDefault(boundary.band(), 0L))
                    .as("samples in band " + boundary.band())
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void every_sample_judges_every_criterion_once_with_a_level_of_the_rubric_and_a_mark_inside_it() {
        for (ValiditySample sample : SAMPLES) {
            assertThat(sample.judgements().stream().map(ValiditySample.Judgement::criterion))
                    .as(sample.id())
                    .containsExactlyElementsOf(RUBRIC.criteria().stream()
                            .map(CriterionDefinition::id)
                            .toList());
            for (CriterionDefinition criterion : RUBRIC.criteria()) {
                ValiditySample.Judgement judgement = sample.judgement(criterion.id());
                Map<String, LevelDefinition> levels = criterion.levels().stream()
                        .collect(Collectors.toMap(LevelDefinition::label, Function.identity()));
                assertThat(levels).as(sample.id() + " " + criterion.id()).containsKey(judgement.level());
                LevelDefinition level = levels.get(judgement.level());
                assertThat(judgement.mark())
                        .as(sample.id() + " " + criterion.id() + " mark inside " + level.label())
                        .isBetween(level.minMarks(), level.maxMarks());
            }
        }
    }

    @Test
    void each_reference_band_is_the_band_of_the_reference_marks_total() {
        for (ValiditySample sample : SAMPLES) {
            assertThat(RUBRIC.bandFor(sample.referenceTotal()))
                    .as(sample.id() + " total " + sample.referenceTotal())
                    .isEqualTo(sample.band());
        }
    }

    @Test
    void every_sample_has_all_six_weeks_run_as_the_app_requires_before_submission() {
        for (ValiditySample sample : SAMPLES) {
            assertThat(sample.submission().weeksRun()).as(sample.id()).isEqualTo(6);
            assertThat(sample.submission().results()).as(sample.id()).isNotNull();
        }
    }

    @Test
    void the_tricky_samples_carry_the_flaw_they_are_named_after() {
        var stopped = sample("stoppedAfterThreeWeeks").submission().plan();
        assertThat(stopped.posts()).allSatisfy(p -> assertThat(p.week()).isLessThanOrEqualTo(3));
        assertThat(stopped.crisis()).isNull();

        assertThat(sample("polishedVanityAtNight").submission().plan().posts())
                .extracting(Post::hour)
                .allSatisfy(hour -> assertThat(hour).isBetween(0, 2));

        assertThat(sample("hardSell").submission().plan().posts())
                .allSatisfy(p -> assertThat(p.pillar().name()).isEqualTo("PROMOTIONAL"));

        assertThat(sample("denialInAPreventableCrisis").submission().plan().crisis())
                .satisfies(c -> assertThat(c.strategy().name()).isEqualTo("DENY"));

        assertThat(sample("undisclosedCreator").submission().plan().influencers())
                .anySatisfy(i -> assertThat(i.disclosed()).isFalse());

        // The distinction samples change their plan between weeks: Instagram week 2 differs from week 3.
        for (String id : List.of("exemplary", "lateHoldingStatement")) {
            var posts = sample(id).submission().plan().posts();
            var week2 = posts.stream()
                    .filter(p -> p.week() == 2 && p.platform() == Platform.INSTAGRAM)
                    .map(Post::format)
                    .toList();
            var week3 = posts.stream()
                    .filter(p -> p.week() == 3 && p.platform() == Platform.INSTAGRAM)
                    .map(Post::format)
                    .toList();
            assertThat(week2).as(id).isNotEqualTo(week3);
        }
    }

    private static ValiditySample sample(String id) {
        return SAMPLES.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
